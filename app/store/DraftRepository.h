#pragma once

#include "core/Draft.h"

#include <QList>
#include <QString>

namespace corroborate {

class Database;

// The drafts table. Writes join the caller's transaction.
class DraftRepository
{
public:
    explicit DraftRepository(Database& db)
        : m_db(db)
    {
    }

    // Inserts or replaces the user's draft of the same kind about the same record.
    void put(const DraftRecord& draft);
    // The user's drafts, oldest first.
    QList<DraftRecord> forUser(const QString& username);
    void removeForUser(const QString& username);
    int countAbout(qint64 nominalId);

private:
    Database& m_db;
};

} // namespace corroborate
