#include "NominalListQueries.h"

#include "Database.h"

#include <algorithm>

namespace corroborate {

namespace {
QByteArray orderBy(NominalOrder order, bool descending)
{
    const QByteArray dir = descending ? " DESC" : "";
    if (order == NominalOrder::Reference)
        return " ORDER BY reference" + dir;
    return " ORDER BY surname" + dir + ", forenames" + dir + ", id" + dir;
}

QList<NominalSummary> readAll(Statement& st)
{
    QList<NominalSummary> out;
    while (st.step())
        out << NominalRepository::readSummary(st);
    return out;
}
} // namespace

qint64 NominalListQueries::count()
{
    return m_db.scalarInt("SELECT count(*) FROM nominals;");
}

QList<NominalSummary> NominalListQueries::pageAfter(NominalOrder order, bool descending,
                                                    const std::optional<NominalSummary>& after,
                                                    int limit)
{
    QByteArray sql = QByteArray("SELECT ") + NominalRepository::kSummaryColumns + " FROM nominals";
    const char* cmp = descending ? " < " : " > ";
    if (after) {
        if (order == NominalOrder::Reference)
            sql += QByteArray(" WHERE reference") + cmp + "?";
        else
            sql += QByteArray(" WHERE (surname, forenames, id)") + cmp + "(?, ?, ?)";
    }
    sql += orderBy(order, descending) + " LIMIT ?;";
    Statement st = m_db.prepare(sql.constData());
    int next = 1;
    if (after) {
        if (order == NominalOrder::Reference) {
            st.bind(next++, after->reference);
        } else {
            st.bind(1, after->surname).bind(2, after->forenames).bind(3, after->id);
            next = 4;
        }
    }
    st.bind(next, limit);
    return readAll(st);
}

QList<NominalSummary> NominalListQueries::pageAt(NominalOrder order, bool descending, qint64 offset,
                                                 int limit, qint64 total)
{
    bool fromEnd = false;
    qint64 skip = offset;
    int take = limit;
    if (total >= 0 && offset > total / 2) {
        // Count from the far end in the opposite order, then turn the page round.
        fromEnd = true;
        const qint64 end = std::min(total, offset + limit);
        take = static_cast<int>(end - offset);
        skip = total - end;
        if (take <= 0)
            return {};
    }
    const QByteArray sql = QByteArray("SELECT ") + NominalRepository::kSummaryColumns +
                           " FROM nominals" + orderBy(order, descending != fromEnd) +
                           " LIMIT ? OFFSET ?;";
    Statement st = m_db.prepare(sql.constData());
    st.bind(1, take).bind(2, skip);
    QList<NominalSummary> out = readAll(st);
    if (fromEnd)
        std::reverse(out.begin(), out.end());
    return out;
}

void NominalListQueries::forEachName(
    const std::function<void(qint64, const QString&, const QString&)>& visit)
{
    Statement st =
        m_db.prepare("SELECT id, surname, forenames FROM nominals INDEXED BY nominals_by_name;");
    while (st.step())
        visit(st.integer(0), st.text(1), st.text(2));
}

QString NominalListQueries::nextReference()
{
    // An erased person's reference is retired (never reused), so the register counts too.
    Statement st = m_db.prepare(
        "SELECT max(reference) FROM (SELECT max(reference) AS reference FROM nominals WHERE "
        "reference GLOB 'N-[0-9]*' UNION ALL SELECT max(reference) FROM erasures WHERE "
        "reference GLOB 'N-[0-9]*');");
    qint64 last = 0;
    if (st.step() && !st.isNull(0))
        last = st.text(0).mid(2).toLongLong();
    return QStringLiteral("N-%1").arg(last + 1, 6, 10, QLatin1Char('0'));
}

} // namespace corroborate
