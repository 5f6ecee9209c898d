#pragma once

#include "core/Nominal.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace corroborate {

class Database;

// What the nominal lists need beside each row's summary, for a whole page of rows at once (a
// statement per page, not per row): the intelligence of each nominal, and which have a removal
// proposal pending. Meant to run on a worker thread's own connection.
class NominalRowQueries
{
public:
    explicit NominalRowQueries(Database& db)
        : m_db(db)
    {
    }
    // Each nominal's items in NominalRepository::intelligenceFor's order (newest obtained
    // first, then by id); a nominal without items has no entry.
    QHash<qint64, QList<IntelligenceItem>> intelligenceFor(const QList<qint64>& nominalIds);
    // The nominals among these with a removal proposal pending.
    QSet<qint64> pendingRemovals(const QList<qint64>& nominalIds);

private:
    Database& m_db;
};

} // namespace corroborate
