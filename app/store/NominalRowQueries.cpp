#include "NominalRowQueries.h"

#include "Database.h"
#include "ItemRows.h"

namespace corroborate {

namespace {
using item_rows::kItemColumns;
using item_rows::readItem;

// A page is at most a few hundred rows; chunks keep each statement well under SQLite's limit
// on bound parameters.
constexpr qsizetype kChunk = 500;

// "?, ?, ?" for `count` parameters.
QByteArray placeholders(qsizetype count)
{
    QByteArray out;
    for (qsizetype i = 0; i < count; ++i)
        out += i == 0 ? "?" : ", ?";
    return out;
}

void bindIds(Statement& st, const QList<qint64>& ids)
{
    for (qsizetype i = 0; i < ids.size(); ++i)
        st.bind(static_cast<int>(i + 1), ids[i]);
}
} // namespace

QHash<qint64, QList<IntelligenceItem>>
NominalRowQueries::intelligenceFor(const QList<qint64>& nominalIds)
{
    QHash<qint64, QList<IntelligenceItem>> out;
    for (qsizetype first = 0; first < nominalIds.size(); first += kChunk) {
        const QList<qint64> ids = nominalIds.mid(first, kChunk);
        const QByteArray sql = QByteArray("SELECT ") + kItemColumns +
                               " FROM intelligence WHERE nominal_id IN (" +
                               placeholders(ids.size()) + ") ORDER BY obtained_on DESC, id;";
        Statement st = m_db.prepare(sql.constData());
        bindIds(st, ids);
        while (st.step()) {
            IntelligenceItem item = readItem(st);
            out[item.nominalId] << std::move(item);
        }
    }
    return out;
}

QSet<qint64> NominalRowQueries::pendingRemovals(const QList<qint64>& nominalIds)
{
    QSet<qint64> out;
    for (qsizetype first = 0; first < nominalIds.size(); first += kChunk) {
        const QList<qint64> ids = nominalIds.mid(first, kChunk);
        const QByteArray sql =
            "SELECT DISTINCT nominal_id FROM removal_requests WHERE state = 'pending' AND "
            "nominal_id IN (" +
            placeholders(ids.size()) + ");";
        Statement st = m_db.prepare(sql.constData());
        bindIds(st, ids);
        while (st.step())
            out.insert(st.integer(0));
    }
    return out;
}

} // namespace corroborate
