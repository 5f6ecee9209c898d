#include "NominalRowQueries.h"

#include "Database.h"
#include "LegacyColumns.h"

namespace corroborate {

namespace {
// The columns and reading of NominalRepository's intelligence items (kItemColumns, readItem).
constexpr const char* kItemColumns =
    "id, nominal_id, provider, originator, reference, obtained_on, source_evaluation, "
    "assessment, handling_code, handling_conditions, indicates, summary, recorded_by, version, "
    "legacy_source, legacy_intelligence, legacy_handling, legacy_regraded_at";

IntelligenceItem readItem(const Statement& st)
{
    IntelligenceItem i;
    i.id = st.integer(0);
    i.nominalId = st.integer(1);
    i.provider = Vocabulary::providerFrom(st.text(2)).value_or(Provider::Police);
    i.originator = st.text(3);
    i.reference = st.text(4);
    i.obtainedOn = st.date(5);
    i.sourceEvaluation =
        Grading::sourceEvaluationFrom(st.text(6)).value_or(SourceEvaluation::NotReliable3);
    i.assessment = Grading::assessmentFrom(st.text(7)).value_or(IntelligenceAssessment::E);
    i.handlingCode = Grading::handlingCodeFrom(st.text(8)).value_or(HandlingCode::C);
    i.handlingConditions = st.text(9);
    i.indicates = Vocabulary::indicationFrom(st.text(10)).value_or(Indication::Other);
    i.summary = st.text(11);
    i.recordedBy = st.text(12);
    i.version = static_cast<int>(st.integer(13));
    legacy_columns::read(st, 14, i);
    return i;
}

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
