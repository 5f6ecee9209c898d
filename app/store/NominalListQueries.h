#pragma once

#include "core/NominalSummary.h"

#include "NominalRepository.h"

#include <QList>
#include <functional>
#include <optional>

namespace corroborate {

class Database;

// List pages for the windows: keyset pages in either direction over an index, and a counted
// jump for the scroll bar (OFFSET from whichever end is nearer, so at most half the list is
// skipped). The whole-list pass is EvaluationStream's. Meant to run on a worker thread's own
// connection.
class NominalListQueries
{
public:
    explicit NominalListQueries(Database& db)
        : m_db(db)
    {
    }

    qint64 count();
    // The page after `after` (the last row of the previous page) in the given order.
    QList<NominalSummary> pageAfter(NominalOrder order, bool descending,
                                    const std::optional<NominalSummary>& after, int limit);
    // The page starting at row `offset` of the given order; counts rows from the nearer end
    // when `total` is given.
    QList<NominalSummary> pageAt(NominalOrder order, bool descending, qint64 offset, int limit,
                                 qint64 total = -1);

    // Every nominal's id and names, streamed from the name index alone (it covers them): for
    // putting names on a whole-list pass that read only the evaluation's columns.
    void forEachName(const std::function<void(qint64 id, const QString& surname,
                                              const QString& forenames)>& visit);

    // The next free reference of the form N-000123.
    QString nextReference();

private:
    Database& m_db;
};

} // namespace corroborate
