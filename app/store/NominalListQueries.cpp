#include "NominalListQueries.h"

#include "Database.h"

#include <QHash>
#include <algorithm>

namespace corroborate {

namespace {
constexpr const char* kSummaryColumns = "id, reference, surname, forenames, date_of_birth, "
                                        "classification, area, grp, harm_score, listed_on, "
                                        "last_reviewed_on";

NominalSummary readSummary(const Statement& st)
{
    NominalSummary s;
    s.id = st.integer(0);
    s.reference = st.text(1);
    s.surname = st.text(2);
    s.forenames = st.text(3);
    s.dateOfBirth = st.date(4);
    s.classification =
        Vocabulary::classificationFrom(st.text(5)).value_or(Classification::SuspectedOffender);
    s.area = st.text(6);
    s.group = st.text(7);
    s.harmScore = st.optionalInt(8);
    s.listedOn = st.date(9);
    s.lastReviewedOn = st.date(10);
    return s;
}

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
        out << readSummary(st);
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
    QByteArray sql = QByteArray("SELECT ") + kSummaryColumns + " FROM nominals";
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
    const QByteArray sql = QByteArray("SELECT ") + kSummaryColumns + " FROM nominals" +
                           orderBy(order, descending != fromEnd) + " LIMIT ? OFFSET ?;";
    Statement st = m_db.prepare(sql.constData());
    st.bind(1, take).bind(2, skip);
    QList<NominalSummary> out = readAll(st);
    if (fromEnd)
        std::reverse(out.begin(), out.end());
    return out;
}

qint64 NominalListQueries::scan(qint64 afterId, int limit,
                                const std::function<void(const ScannedNominal&)>& visit)
{
    QList<ScannedNominal> batch;
    {
        Statement st = m_db.prepare(
            "SELECT id, reference, surname, forenames, date_of_birth, classification, harm_score, "
            "listed_on, last_reviewed_on, version FROM nominals WHERE id > ? ORDER BY id LIMIT ?;");
        st.bind(1, afterId).bind(2, limit);
        while (st.step()) {
            ScannedNominal s;
            Nominal& n = s.nominal;
            n.id = st.integer(0);
            n.reference = st.text(1);
            n.surname = st.text(2);
            n.forenames = st.text(3);
            n.dateOfBirth = st.date(4);
            n.classification = Vocabulary::classificationFrom(st.text(5))
                                   .value_or(Classification::SuspectedOffender);
            n.harmScore = st.optionalInt(6);
            n.listedOn = st.date(7);
            n.lastReviewedOn = st.date(8);
            n.version = static_cast<int>(st.integer(9));
            batch << s;
        }
    }
    if (batch.isEmpty())
        return 0;
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < batch.size(); ++i)
        index.insert(batch[i].nominal.id, i);
    // Only columns of the covering index intelligence_for_evaluation: no table lookups.
    Statement items = m_db.prepare(
        "SELECT nominal_id, obtained_on, source_evaluation, assessment, indicates, provider, "
        "originator, id FROM intelligence WHERE nominal_id BETWEEN ? AND ? "
        "ORDER BY nominal_id, obtained_on DESC, id;");
    items.bind(1, batch.first().nominal.id).bind(2, batch.last().nominal.id);
    while (items.step()) {
        const auto it = index.constFind(items.integer(0));
        if (it == index.constEnd())
            continue;
        IntelligenceItem item;
        item.nominalId = items.integer(0);
        item.obtainedOn = items.date(1);
        item.sourceEvaluation =
            Grading::sourceEvaluationFrom(items.text(2)).value_or(SourceEvaluation::NotReliable3);
        item.assessment =
            Grading::assessmentFrom(items.text(3)).value_or(IntelligenceAssessment::E);
        item.indicates = Vocabulary::indicationFrom(items.text(4)).value_or(Indication::Other);
        item.provider = Vocabulary::providerFrom(items.text(5)).value_or(Provider::Police);
        item.originator = items.text(6);
        item.id = items.integer(7);
        batch[*it].intelligence << item;
    }
    for (const ScannedNominal& s : batch)
        visit(s);
    return batch.last().nominal.id;
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
    Statement st = m_db.prepare("SELECT reference FROM nominals WHERE reference GLOB "
                                "'N-[0-9]*' ORDER BY reference DESC LIMIT 1;");
    qint64 last = 0;
    if (st.step())
        last = st.text(0).mid(2).toLongLong();
    return QStringLiteral("N-%1").arg(last + 1, 6, 10, QLatin1Char('0'));
}

} // namespace corroborate
