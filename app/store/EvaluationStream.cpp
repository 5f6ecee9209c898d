#include "EvaluationStream.h"

#include "Database.h"

#include <QHash>

#include <algorithm>

namespace corroborate {

namespace {
// The packed evaluation_grade column (see Migrations.cpp) back into the codes.
constexpr SourceEvaluation kSources[] = {SourceEvaluation::Reliable1, SourceEvaluation::Untested2,
                                         SourceEvaluation::NotReliable3,
                                         SourceEvaluation::NotReliable3};
constexpr Indication kIndications[] = {Indication::GangMembership, Indication::Association,
                                       Indication::Victimisation, Indication::Other};
constexpr Provider kProviders[] = {Provider::Police, Provider::PartnerAgency, Provider::Community,
                                   Provider::Community};

void unpackGrade(qint64 grade, IntelligenceItem& item)
{
    item.sourceEvaluation = kSources[grade & 3];
    item.assessment = static_cast<IntelligenceAssessment>(std::min<qint64>((grade >> 2) & 7, 4));
    item.indicates = kIndications[(grade >> 5) & 3];
    item.provider = kProviders[(grade >> 7) & 3];
}

// YYYYMMDD, or null when the stored date was not a date.
QDate unpackDay(const Statement& st, int column)
{
    if (st.isNull(column))
        return {};
    const qint64 v = st.integer(column);
    return QDate(static_cast<int>(v / 10000), static_cast<int>(v / 100 % 100),
                 static_cast<int>(v % 100));
}

Classification classificationOf(std::string_view v)
{
    if (v == "victim")
        return Classification::Victim;
    if (v == "at_risk")
        return Classification::AtRisk;
    return Classification::SuspectedOffender;
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
    const bool references = m_detail == Detail::WithItemReferences;
    Statement items = m_db.prepare(
        references ? "SELECT nominal_id, evaluation_day, evaluation_grade, originator_id, id, "
                     "legacy_grade, reference FROM intelligence INDEXED BY "
                     "intelligence_for_evaluation WHERE nominal_id > ? ORDER BY nominal_id;"
                   : "SELECT nominal_id, evaluation_day, evaluation_grade, originator_id, id, "
                     "legacy_grade FROM intelligence INDEXED BY intelligence_for_evaluation "
                     "WHERE nominal_id > ? ORDER BY nominal_id;");
    items.bind(1, afterId);
    m_interned->load(m_db);

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
            item.obtainedOn = unpackDay(items, 1);
            unpackGrade(items.integer(2), item);
            item.originator = m_interned->originator(items.integer(3));
            item.id = items.integer(4);
            // A legacy 5x5x5 item: its source and intelligence codes (the evaluator reads no
            // handling code); nothing for a 3x5x2 item (legacy_grade 0).
            item.legacy = Grading::unpackLegacy(static_cast<int>(items.integer(5)));
            if (references)
                item.reference = items.text(6);
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
