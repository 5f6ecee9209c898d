#include "NominalRepository.h"

#include "Database.h"
#include "ItemRows.h"
#include "LegacyColumns.h"
#include "core/Error.h"
#include "core/Time.h"

#include <QSet>

namespace corroborate {

namespace {
using item_rows::kItemColumns;
using item_rows::readItem;

constexpr const char* kNominalColumns =
    "id, reference, surname, forenames, date_of_birth, gender, ethnicity, area, grp, "
    "classification, harm_score, listed_on, last_reviewed_on, version";

Nominal readNominal(const Statement& st)
{
    Nominal n;
    n.id = st.integer(0);
    n.reference = st.text(1);
    n.surname = st.text(2);
    n.forenames = st.text(3);
    n.dateOfBirth = st.date(4);
    n.gender = st.text(5);
    n.ethnicity = st.text(6);
    n.area = st.text(7);
    n.group = st.text(8);
    n.classification =
        Vocabulary::classificationFrom(st.text(9)).value_or(Classification::SuspectedOffender);
    n.harmScore = st.optionalInt(10);
    n.listedOn = st.date(11);
    n.lastReviewedOn = st.date(12);
    n.version = static_cast<int>(st.integer(13));
    return n;
}

QByteArray sql(std::initializer_list<const char*> parts)
{
    QByteArray out;
    for (const char* p : parts)
        out += p;
    return out;
}

// Binds the nominal's fields at positions first..first+10 in the order of kNominalColumns
// after id: reference, surname, forenames, dob, gender, ethnicity, area, grp,
// classification, harm_score, listed_on, last_reviewed_on.
void bindNominal(Statement& st, int first, const Nominal& n)
{
    st.bind(first, n.reference)
        .bind(first + 1, n.surname)
        .bind(first + 2, n.forenames)
        .bind(first + 3, n.dateOfBirth)
        .bind(first + 4, n.gender)
        .bind(first + 5, n.ethnicity)
        .bind(first + 6, n.area)
        .bind(first + 7, n.group)
        .bind(first + 8, Vocabulary::wireName(n.classification))
        .bind(first + 9, n.harmScore)
        .bind(first + 10, n.listedOn)
        .bind(first + 11, n.lastReviewedOn);
}

void bindItem(Statement& st, int first, const IntelligenceItem& i)
{
    st.bind(first, Vocabulary::wireName(i.provider))
        .bind(first + 1, i.originator)
        .bind(first + 2, i.reference)
        .bind(first + 3, i.obtainedOn)
        .bind(first + 4, legacy_columns::stored(i, Grading::code(i.sourceEvaluation)))
        .bind(first + 5, legacy_columns::stored(i, Grading::code(i.assessment)))
        .bind(first + 6, legacy_columns::stored(i, Grading::code(i.handlingCode)))
        .bind(first + 7, i.handlingConditions)
        .bind(first + 8, Vocabulary::wireName(i.indicates))
        .bind(first + 9, i.summary);
}

QString ftsQuote(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

const char* const NominalRepository::kSummaryColumns =
    "id, reference, surname, forenames, date_of_birth, "
    "classification, area, grp, harm_score, listed_on, "
    "last_reviewed_on";

NominalSummary NominalRepository::readSummary(const Statement& st)
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

qint64 NominalRepository::insert(const NominalRecord& record, const QString& username)
{
    if (exists(record.nominal.reference))
        throw Error(
            ErrorKind::Conflict,
            tr("A nominal with reference %1 already exists.").arg(record.nominal.reference));
    if (isRetired(record.nominal.reference))
        throw Error(ErrorKind::Conflict, tr("Reference %1 belonged to a nominal who has been "
                                            "erased; references are never reused.")
                                             .arg(record.nominal.reference));
    const QString now = Time::nowUtc();
    Statement st = m_db.prepare(
        "INSERT INTO nominals (reference, surname, forenames, date_of_birth, gender, ethnicity, "
        "area, grp, classification, harm_score, listed_on, last_reviewed_on, created_at, "
        "created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?);");
    bindNominal(st, 1, record.nominal);
    st.bind(13, now).bind(14, username).bind(15, now).bind(16, username).run();
    const qint64 id = m_db.lastInsertId();
    for (const IntelligenceItem& item : record.intelligence)
        insertIntelligence(id, item, username);
    indexForSearch(id, record.nominal);
    return id;
}

QStringList NominalRepository::replace(const NominalRecord& record, const QString& username)
{
    const std::optional<Nominal> existing = find(record.nominal.reference);
    if (!existing)
        throw Error(ErrorKind::InvalidData,
                    tr("There is no nominal with reference %1.").arg(record.nominal.reference));
    Nominal updated = record.nominal;
    updated.id = existing->id;
    updated.version = existing->version;
    QStringList changed = update(updated, username);
    const QList<IntelligenceItem> before = intelligenceFor(existing->id);
    bool intelligenceChanged = before.size() != record.intelligence.size();
    for (qsizetype i = 0; !intelligenceChanged && i < before.size(); ++i)
        intelligenceChanged = !changedFields(before[i], record.intelligence[i]).isEmpty();
    if (intelligenceChanged) {
        Statement del = m_db.prepare("DELETE FROM intelligence WHERE nominal_id = ?;");
        del.bind(1, existing->id).run();
        for (const IntelligenceItem& item : record.intelligence)
            insertIntelligence(existing->id, item, username);
        changed << QStringLiteral("intelligence");
    }
    return changed;
}

void NominalRepository::insertIntelligence(qint64 nominalId, const IntelligenceItem& item,
                                           const QString& username)
{
    const QString now = Time::nowUtc();
    const qint64 originator = originatorId(item.originator);
    Statement st = m_db.prepare(
        "INSERT INTO intelligence (nominal_id, provider, originator, reference, obtained_on, "
        "source_evaluation, assessment, handling_code, handling_conditions, indicates, summary, "
        "recorded_by, recorded_at, updated_at, updated_by, originator_id, legacy_source, "
        "legacy_intelligence, legacy_handling, legacy_grade) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);");
    st.bind(1, nominalId);
    bindItem(st, 2, item);
    st.bind(12, item.recordedBy.isEmpty() ? username : item.recordedBy)
        .bind(13, now)
        .bind(14, now)
        .bind(15, username)
        .bind(16, originator);
    legacy_columns::bind(st, 17, item);
    st.run();
}

qint64 NominalRepository::originatorId(const QString& name)
{
    Statement add = m_db.prepare("INSERT OR IGNORE INTO originators (name) VALUES (?);");
    add.bind(1, name).run();
    Statement find = m_db.prepare("SELECT id FROM originators WHERE name = ?;");
    find.bind(1, name);
    find.step();
    return find.integer(0);
}

void NominalRepository::indexForSearch(qint64 id, const Nominal& n)
{
    Statement st = m_db.prepare(
        "INSERT INTO nominal_search (rowid, reference, surname, forenames) VALUES (?, ?, ?, ?);");
    st.bind(1, id).bind(2, n.reference).bind(3, n.surname).bind(4, n.forenames).run();
}

void NominalRepository::unindex(qint64 id)
{
    Statement st = m_db.prepare("DELETE FROM nominal_search WHERE rowid = ?;");
    st.bind(1, id).run();
}

bool NominalRepository::exists(const QString& reference)
{
    Statement st = m_db.prepare("SELECT 1 FROM nominals WHERE reference = ?;");
    st.bind(1, reference);
    return st.step();
}

bool NominalRepository::isRetired(const QString& reference)
{
    Statement st = m_db.prepare("SELECT 1 FROM erasures WHERE reference = ?;");
    st.bind(1, reference);
    return st.step();
}

qint64 NominalRepository::count()
{
    return m_db.scalarInt("SELECT count(*) FROM nominals;");
}

std::optional<Nominal> NominalRepository::find(const QString& reference)
{
    Statement st = m_db.prepare(
        sql({"SELECT ", kNominalColumns, " FROM nominals WHERE reference = ?;"}).constData());
    st.bind(1, reference);
    if (!st.step())
        return std::nullopt;
    return readNominal(st);
}

std::optional<Nominal> NominalRepository::findById(qint64 id)
{
    Statement st =
        m_db.prepare(sql({"SELECT ", kNominalColumns, " FROM nominals WHERE id = ?;"}).constData());
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readNominal(st);
}

QList<IntelligenceItem> NominalRepository::intelligenceFor(qint64 nominalId)
{
    Statement st = m_db.prepare(sql({"SELECT ", kItemColumns,
                                     " FROM intelligence WHERE nominal_id = ? "
                                     "ORDER BY obtained_on DESC, id;"})
                                    .constData());
    st.bind(1, nominalId);
    QList<IntelligenceItem> out;
    while (st.step())
        out << readItem(st);
    return out;
}

std::optional<IntelligenceItem> NominalRepository::intelligenceItem(qint64 itemId)
{
    Statement st = m_db.prepare(
        sql({"SELECT ", kItemColumns, " FROM intelligence WHERE id = ?;"}).constData());
    st.bind(1, itemId);
    if (!st.step())
        return std::nullopt;
    return readItem(st);
}

QList<Nominal> NominalRepository::pageByReference(const QString& afterReference, int limit)
{
    Statement st = m_db.prepare(sql({"SELECT ", kNominalColumns,
                                     " FROM nominals WHERE reference > ? ORDER BY reference "
                                     "LIMIT ?;"})
                                    .constData());
    st.bind(1, afterReference).bind(2, limit);
    QList<Nominal> out;
    while (st.step())
        out << readNominal(st);
    return out;
}

void NominalRepository::throwEditConflict(const char* table, qint64 id, const QString& what)
{
    const QByteArray query = sql({"SELECT updated_by, updated_at FROM ", table, " WHERE id = ?;"});
    Statement st = m_db.prepare(query.constData());
    st.bind(1, id);
    if (!st.step())
        throw Error(ErrorKind::Conflict,
                    tr("%1 was removed by someone else while you were editing it.").arg(what));
    throw Error(ErrorKind::Conflict, tr("%1 was changed by %2 (%3) while you were editing it. "
                                        "Reload it to see their change, then edit again.")
                                         .arg(what, st.text(0), Time::humanDateTime(st.text(1))));
}

QStringList NominalRepository::update(const Nominal& nominal, const QString& username)
{
    const std::optional<Nominal> before = findById(nominal.id);
    if (!before)
        throwEditConflict("nominals", nominal.id, nominal.reference);
    const QStringList changed = changedFields(*before, nominal);
    Statement st = m_db.prepare(
        "UPDATE nominals SET reference = ?, surname = ?, forenames = ?, date_of_birth = ?, "
        "gender = ?, ethnicity = ?, area = ?, grp = ?, classification = ?, harm_score = ?, "
        "listed_on = ?, last_reviewed_on = ?, updated_at = ?, updated_by = ?, "
        "version = version + 1 WHERE id = ? AND version = ?;");
    bindNominal(st, 1, nominal);
    st.bind(13, Time::nowUtc()).bind(14, username).bind(15, nominal.id).bind(16, nominal.version);
    st.run();
    if (m_db.changes() == 0)
        throwEditConflict("nominals", nominal.id, nominal.reference);
    if (changed.contains(QStringLiteral("reference")) ||
        changed.contains(QStringLiteral("surname")) ||
        changed.contains(QStringLiteral("forenames"))) {
        unindex(nominal.id);
        indexForSearch(nominal.id, nominal);
    }
    return changed;
}

void NominalRepository::setLastReviewed(qint64 nominalId, const QDate& date,
                                        const QString& username)
{
    Statement st = m_db.prepare("UPDATE nominals SET last_reviewed_on = ?, updated_at = ?, "
                                "updated_by = ?, version = version + 1 WHERE id = ?;");
    st.bind(1, date).bind(2, Time::nowUtc()).bind(3, username).bind(4, nominalId).run();
}

qint64 NominalRepository::addIntelligence(qint64 nominalId, const IntelligenceItem& item,
                                          const QString& username)
{
    insertIntelligence(nominalId, item, username);
    const qint64 id = m_db.lastInsertId();
    Statement st = m_db.prepare("UPDATE nominals SET updated_at = ?, updated_by = ? WHERE id = ?;");
    st.bind(1, Time::nowUtc()).bind(2, username).bind(3, nominalId).run();
    return id;
}

QStringList NominalRepository::updateIntelligence(const IntelligenceItem& item,
                                                  const QString& username)
{
    const std::optional<IntelligenceItem> before = intelligenceItem(item.id);
    const QString what = tr("Intelligence item %1").arg(item.reference);
    if (!before)
        throwEditConflict("intelligence", item.id, what);
    const QStringList changed = changedFields(*before, item);
    Statement st = m_db.prepare(
        "UPDATE intelligence SET provider = ?, originator = ?, reference = ?, obtained_on = ?, "
        "source_evaluation = ?, assessment = ?, handling_code = ?, handling_conditions = ?, "
        "indicates = ?, summary = ?, updated_at = ?, updated_by = ?, originator_id = ?, "
        "legacy_source = ?, legacy_intelligence = ?, legacy_handling = ?, legacy_grade = ?, "
        "version = version + 1 WHERE id = ? AND version = ?;");
    bindItem(st, 1, item);
    st.bind(11, Time::nowUtc()).bind(12, username).bind(13, originatorId(item.originator));
    legacy_columns::bind(st, 14, item);
    st.bind(18, item.id).bind(19, item.version).run();
    if (m_db.changes() == 0)
        throwEditConflict("intelligence", item.id, what);
    return changed;
}

void NominalRepository::regradeIntelligence(const IntelligenceItem& regraded,
                                            const QString& username)
{
    const QString what = tr("Intelligence item %1").arg(regraded.reference);
    Statement st = m_db.prepare(
        "UPDATE intelligence SET source_evaluation = ?, assessment = ?, handling_code = ?, "
        "handling_conditions = ?, legacy_grade = 0, legacy_regraded_at = ?, "
        "legacy_regraded_by = ?, updated_at = ?, updated_by = ?, version = version + 1 "
        "WHERE id = ? AND version = ? AND legacy_grade > 0;");
    const QString now = Time::nowUtc();
    st.bind(1, Grading::code(regraded.sourceEvaluation))
        .bind(2, Grading::code(regraded.assessment))
        .bind(3, Grading::code(regraded.handlingCode))
        .bind(4, regraded.handlingConditions)
        .bind(5, now)
        .bind(6, username)
        .bind(7, now)
        .bind(8, username)
        .bind(9, regraded.id)
        .bind(10, regraded.version)
        .run();
    if (m_db.changes() == 0)
        throwEditConflict("intelligence", regraded.id, what);
}

void NominalRepository::removeIntelligence(qint64 itemId, int version)
{
    Statement st = m_db.prepare("DELETE FROM intelligence WHERE id = ? AND version = ?;");
    st.bind(1, itemId).bind(2, version).run();
    if (m_db.changes() == 0)
        throwEditConflict("intelligence", itemId, tr("Intelligence item %1").arg(itemId));
}

void NominalRepository::erase(qint64 nominalId)
{
    unindex(nominalId);
    Statement st = m_db.prepare("DELETE FROM nominals WHERE id = ?;");
    st.bind(1, nominalId).run();
    removeUnusedOriginators();
}

void NominalRepository::removeUnusedOriginators()
{
    m_db.exec("DELETE FROM originators WHERE NOT EXISTS (SELECT 1 FROM intelligence "
              "WHERE intelligence.originator_id = originators.id);");
}

QList<NominalSummary> NominalRepository::pageByName(const std::optional<NameKey>& after, int limit)
{
    QList<NominalSummary> out;
    if (after) {
        Statement st =
            m_db.prepare(sql({"SELECT ", kSummaryColumns,
                              " FROM nominals WHERE (surname, forenames, id) > (?, ?, ?) "
                              "ORDER BY surname, forenames, id LIMIT ?;"})
                             .constData());
        st.bind(1, after->surname).bind(2, after->forenames).bind(3, after->id).bind(4, limit);
        while (st.step())
            out << readSummary(st);
    } else {
        Statement st = m_db.prepare(sql({"SELECT ", kSummaryColumns,
                                         " FROM nominals ORDER BY surname, forenames, id LIMIT ?;"})
                                        .constData());
        st.bind(1, limit);
        while (st.step())
            out << readSummary(st);
    }
    return out;
}

QList<NominalSummary> NominalRepository::search(const QString& text, int limit)
{
    const QString needle = text.trimmed();
    QList<NominalSummary> out;
    if (needle.isEmpty())
        return out;
    if (needle.size() >= 3) {
        // The first `limit` matches by listing (the index's order), shown in name order:
        // sorting every match of a common name by name first would read each of their rows.
        Statement st = m_db.prepare(sql({"SELECT ", kSummaryColumns,
                                         " FROM nominals WHERE id IN (SELECT rowid FROM "
                                         "nominal_search WHERE nominal_search MATCH ? LIMIT ?) "
                                         "ORDER BY surname, forenames, id;"})
                                        .constData());
        st.bind(1, ftsQuote(needle)).bind(2, limit);
        while (st.step())
            out << readSummary(st);
        return out;
    }
    // Under three characters the trigram index cannot help: a prefix range on the name index
    // and on the reference's unique index.
    const QString upper = needle + QChar(0xFFFF);
    Statement st =
        m_db.prepare(sql({"SELECT ", kSummaryColumns,
                          " FROM nominals WHERE id IN (SELECT id FROM nominals WHERE surname >= ? "
                          "AND surname < ? "
                          "UNION SELECT id FROM nominals WHERE reference >= ? AND reference < ?) "
                          "ORDER BY surname, forenames, id LIMIT ?;"})
                         .constData());
    st.bind(1, needle).bind(2, upper).bind(3, needle).bind(4, upper).bind(5, limit);
    while (st.step())
        out << readSummary(st);
    return out;
}

QList<NominalSummary> NominalRepository::summaries(const QList<qint64>& ids)
{
    QList<NominalSummary> out;
    Statement st =
        m_db.prepare(sql({"SELECT ", kSummaryColumns, " FROM nominals WHERE id = ?;"}).constData());
    for (qint64 id : ids) {
        st.reset();
        st.bind(1, id);
        if (st.step())
            out << readSummary(st);
    }
    return out;
}

QStringList NominalRepository::originators(const QString& prefix, int limit)
{
    Statement st = m_db.prepare("SELECT name FROM originators "
                                "WHERE name LIKE ? ESCAPE '\\' ORDER BY name LIMIT ?;");
    QString pattern = prefix;
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    st.bind(1, pattern + QLatin1Char('%')).bind(2, limit);
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

QStringList NominalRepository::changedFields(const Nominal& a, const Nominal& b)
{
    QStringList out;
    const auto check = [&out](bool differs, const char* name) {
        if (differs)
            out << QLatin1String(name);
    };
    check(a.reference != b.reference, "reference");
    check(a.surname != b.surname, "surname");
    check(a.forenames != b.forenames, "forenames");
    check(a.dateOfBirth != b.dateOfBirth, "date_of_birth");
    check(a.gender != b.gender, "gender");
    check(a.ethnicity != b.ethnicity, "ethnicity");
    check(a.area != b.area, "area");
    check(a.group != b.group, "group");
    check(a.classification != b.classification, "classification");
    check(a.harmScore != b.harmScore, "harm_score");
    check(a.listedOn != b.listedOn, "listed_on");
    check(a.lastReviewedOn != b.lastReviewedOn, "last_reviewed_on");
    return out;
}

QStringList NominalRepository::changedFields(const IntelligenceItem& a, const IntelligenceItem& b)
{
    QStringList out;
    const auto check = [&out](bool differs, const char* name) {
        if (differs)
            out << QLatin1String(name);
    };
    check(a.provider != b.provider, "provider");
    check(a.originator != b.originator, "originator");
    check(a.reference != b.reference, "reference");
    check(a.obtainedOn != b.obtainedOn, "obtained_on");
    check(a.legacy != b.legacy, "legacy_grading");
    check(a.sourceEvaluation != b.sourceEvaluation && !a.legacy && !b.legacy, "source_evaluation");
    check(a.assessment != b.assessment && !a.legacy && !b.legacy, "intelligence_assessment");
    check(a.handlingCode != b.handlingCode && !a.legacy && !b.legacy, "handling_code");
    check(a.handlingConditions != b.handlingConditions, "handling_conditions");
    check(a.indicates != b.indicates, "indicates");
    check(a.summary != b.summary, "summary");
    return out;
}

} // namespace corroborate
