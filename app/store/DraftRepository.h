#pragma once

#include <QList>
#include <QString>

namespace corroborate {

class Database;

// A piece of unsaved work kept in the case file: a review step's choices, an edit dialog's
// fields. Never a decision; only its author reads it back.
struct DraftRecord
{
    qint64 id = 0;
    QString username;
    QString kind; // review | nominal_edit | nominal_new | intelligence_edit | intelligence_new
    qint64 nominalId = 0; // 0: about nobody yet (a new nominal)
    qint64 itemId = 0;
    QString payload; // JSON
    QString savedAt; // UTC ISO 8601
};

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
