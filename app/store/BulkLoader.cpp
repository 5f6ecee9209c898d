#include "BulkLoader.h"

#include "LegacyColumns.h"

#include "Database.h"
#include "core/Time.h"

namespace corroborate {

BulkLoader::BulkLoader(Database& db, const QString& username)
    : m_db(db)
    , m_username(username)
    , m_now(Time::nowUtc())
    , m_nominal(db.handle(),
                "INSERT INTO nominals (reference, surname, forenames, date_of_birth, gender, "
                "ethnicity, area, grp, classification, harm_score, listed_on, last_reviewed_on, "
                "created_at, created_by, updated_at, updated_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);")
    , m_item(db.handle(),
             "INSERT INTO intelligence (nominal_id, provider, originator, reference, obtained_on, "
             "source_evaluation, assessment, handling_code, handling_conditions, indicates, "
             "summary, recorded_by, recorded_at, updated_at, updated_by, originator_id, "
             "legacy_source, legacy_intelligence, legacy_handling, legacy_grade) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);")
    , m_search(db.handle(), "INSERT INTO nominal_search (rowid, reference, surname, forenames) "
                            "VALUES (?, ?, ?, ?);")
    , m_review(
          db.handle(),
          "INSERT INTO reviews (nominal_id, reviewer, reviewed_at, policy_version, "
          "evaluation, decision, reason, retain_until) VALUES (?, ?, ?, ?, ?, 'retain', ?, ?);")
    , m_addOriginator(db.handle(), "INSERT OR IGNORE INTO originators (name) VALUES (?);")
    , m_findOriginator(db.handle(), "SELECT id FROM originators WHERE name = ?;")
{
}

BulkLoader::~BulkLoader() = default;

void BulkLoader::beginFreshFileLoad(Database& db)
{
    db.exec("PRAGMA journal_mode = DELETE;");
    db.exec("PRAGMA synchronous = OFF;");
}

void BulkLoader::endFreshFileLoad(Database& db)
{
    db.exec("ANALYZE;");
    db.exec("PRAGMA synchronous = FULL;");
    db.exec("PRAGMA journal_mode = WAL;");
}

qint64 BulkLoader::add(const NominalRecord& record)
{
    const Nominal& n = record.nominal;
    m_nominal.reset();
    m_nominal.bind(1, n.reference)
        .bind(2, n.surname)
        .bind(3, n.forenames)
        .bind(4, n.dateOfBirth)
        .bind(5, n.gender)
        .bind(6, n.ethnicity)
        .bind(7, n.area)
        .bind(8, n.group)
        .bind(9, Vocabulary::wireName(n.classification))
        .bind(10, n.harmScore)
        .bind(11, n.listedOn)
        .bind(12, n.lastReviewedOn)
        .bind(13, m_now)
        .bind(14, m_username)
        .bind(15, m_now)
        .bind(16, m_username)
        .run();
    const qint64 id = m_db.lastInsertId();
    for (const IntelligenceItem& i : record.intelligence) {
        m_item.reset();
        m_item.bind(1, id)
            .bind(2, Vocabulary::wireName(i.provider))
            .bind(3, i.originator)
            .bind(4, i.reference)
            .bind(5, i.obtainedOn)
            .bind(6, legacy_columns::stored(i, Grading::code(i.sourceEvaluation)))
            .bind(7, legacy_columns::stored(i, Grading::code(i.assessment)))
            .bind(8, legacy_columns::stored(i, Grading::code(i.handlingCode)))
            .bind(9, i.handlingConditions)
            .bind(10, Vocabulary::wireName(i.indicates))
            .bind(11, i.summary)
            .bind(12, i.recordedBy.isEmpty() ? m_username : i.recordedBy)
            .bind(13, m_now)
            .bind(14, m_now)
            .bind(15, m_username)
            .bind(16, originatorId(i.originator));
        legacy_columns::bind(m_item, 17, i);
        m_item.run();
    }
    m_search.reset();
    m_search.bind(1, id).bind(2, n.reference).bind(3, n.surname).bind(4, n.forenames).run();
    return id;
}

qint64 BulkLoader::originatorId(const QString& name)
{
    const auto known = m_originators.constFind(name);
    if (known != m_originators.constEnd())
        return *known;
    m_addOriginator.reset();
    m_addOriginator.bind(1, name).run();
    m_findOriginator.reset();
    m_findOriginator.bind(1, name);
    m_findOriginator.step();
    const qint64 id = m_findOriginator.integer(0);
    m_originators.insert(name, id);
    return id;
}

void BulkLoader::addReview(qint64 nominalId, const QDate& on, const QString& reviewer,
                           int policyVersion)
{
    m_review.reset();
    m_review.bind(1, nominalId)
        .bind(2, reviewer)
        .bind(3, on.toString(Qt::ISODate) + QStringLiteral("T10:00:00Z"))
        .bind(4, policyVersion)
        .bind(5, QStringLiteral("{\"synthetic\":true}"))
        .bind(6, QStringLiteral("Scheduled review (synthetic)"))
        .bind(7, on.addDays(90))
        .run();
}

} // namespace corroborate
