#include "EvaluationStream.h"

#include "Database.h"

#include <QHash>

#include <algorithm>

namespace corroborate {

namespace {
// The wire codes, parsed from the raw column bytes without making strings.
Classification classificationOf(std::string_view v)
{
    if (v == "victim")
        return Classification::Victim;
    if (v == "at_risk")
        return Classification::AtRisk;
    return Classification::SuspectedOffender;
}

Provider providerOf(std::string_view v)
{
    if (v == "partner_agency")
        return Provider::PartnerAgency;
    if (v == "community")
        return Provider::Community;
    return Provider::Police;
}

Indication indicationOf(std::string_view v)
{
    if (v == "gang_membership")
        return Indication::GangMembership;
    if (v == "association")
        return Indication::Association;
    if (v == "victimisation")
        return Indication::Victimisation;
    return Indication::Other;
}

// Unknown or damaged codes take the weakest value, so they can never make anyone qualify.
SourceEvaluation sourceOf(std::string_view v)
{
    if (v == "1")
        return SourceEvaluation::Reliable1;
    if (v == "2")
        return SourceEvaluation::Untested2;
    return SourceEvaluation::NotReliable3;
}

IntelligenceAssessment assessmentOf(std::string_view v)
{
    if (v.size() == 1 && v[0] >= 'A' && v[0] <= 'E')
        return static_cast<IntelligenceAssessment>(v[0] - 'A');
    return IntelligenceAssessment::E;
}
} // namespace

// Originators are stored once each (table originators); the index holds their ids. The
// texts are loaded once per pass and shared (implicitly) by every item that names them.
struct EvaluationStream::Interned
{
    QHash<qint64, QString> originators;

    void load(Database& db)
    {
        originators.clear();
        Statement st = db.prepare("SELECT id, name FROM originators;");
        while (st.step())
            originators.insert(st.integer(0), st.text(1));
    }
    QString originator(qint64 id) const { return originators.value(id); }
};

EvaluationStream::EvaluationStream(Database& db, Detail detail)
    : m_db(db)
    , m_detail(detail)
    , m_interned(std::make_unique<Interned>())
{
}

EvaluationStream::~EvaluationStream() = default;

qint64 EvaluationStream::run(const Visitor& visit, qint64 afterId)
{
    const bool names = m_detail == Detail::WithNames;
    Statement nominals = m_db.prepare(
        names ? "SELECT id, reference, classification, harm_score, listed_on, last_reviewed_on, "
                "surname, forenames FROM nominals WHERE id > ? ORDER BY id;"
              : "SELECT id, reference, classification, harm_score, listed_on, last_reviewed_on "
                "FROM nominals INDEXED BY nominals_for_evaluation WHERE id > ? ORDER BY id;");
    nominals.bind(1, afterId);
    // Without item references the index covers every column read; with them, each row also
    // visits the table (only per-item output asks for that).
    const bool references = m_detail != Detail::Evaluation;
    Statement items = m_db.prepare(
        references ? "SELECT nominal_id, obtained_on, source_evaluation, assessment, indicates, "
                     "provider, originator_id, id, reference FROM intelligence INDEXED BY "
                     "intelligence_for_evaluation WHERE nominal_id > ? ORDER BY nominal_id;"
                   : "SELECT nominal_id, obtained_on, source_evaluation, assessment, indicates, "
                     "provider, originator_id, id FROM intelligence INDEXED BY "
                     "intelligence_for_evaluation WHERE nominal_id > ? ORDER BY nominal_id;");
    m_interned->load(m_db);
    items.bind(1, afterId);

    Nominal nominal;
    QList<IntelligenceItem> intelligence;
    intelligence.reserve(64);
    bool itemRow = items.step();
    qint64 visited = 0;
    while (nominals.step()) {
        nominal.id = nominals.integer(0);
        nominal.reference = nominals.text(1);
        nominal.classification = classificationOf(nominals.view(2));
        nominal.harmScore = nominals.optionalInt(3);
        nominal.listedOn = nominals.date(4);
        nominal.lastReviewedOn = nominals.date(5);
        if (names) {
            nominal.surname = nominals.text(6);
            nominal.forenames = nominals.text(7);
        }
        intelligence.resize(0);
        qint64 itemNominal = itemRow ? items.integer(0) : 0;
        while (itemRow && itemNominal < nominal.id) {
            itemRow = items.step(); // an orphan row: foreign keys make this impossible
            itemNominal = itemRow ? items.integer(0) : 0;
        }
        while (itemRow && itemNominal == nominal.id) {
            IntelligenceItem& item = intelligence.emplace_back();
            item.nominalId = nominal.id;
            item.obtainedOn = items.date(1);
            item.sourceEvaluation = sourceOf(items.view(2));
            item.assessment = assessmentOf(items.view(3));
            item.indicates = indicationOf(items.view(4));
            item.provider = providerOf(items.view(5));
            item.originator = m_interned->originator(items.integer(6));
            item.id = items.integer(7);
            if (references)
                item.reference = items.text(8);
            itemRow = items.step();
            itemNominal = itemRow ? items.integer(0) : 0;
        }
        // The index yields a nominal's items by date; callers see them in the order they were
        // recorded (id order), as everywhere else.
        std::sort(intelligence.begin(), intelligence.end(),
                  [](const IntelligenceItem& a, const IntelligenceItem& b) { return a.id < b.id; });
        ++visited;
        if (!visit(nominal, intelligence))
            break;
    }
    return visited;
}

} // namespace corroborate
