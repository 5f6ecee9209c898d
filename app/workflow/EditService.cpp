#include "EditService.h"

#include "RecordValidation.h"
#include "audit/AuditLog.h"
#include "core/Error.h"
#include "core/Time.h"
#include "rights/RightsService.h"
#include "store/Database.h"
#include "store/NominalRepository.h"

#include <QStringList>

namespace corroborate {

namespace {
void throwIfInvalid(const QMap<QString, QString>& problems)
{
    if (!problems.isEmpty())
        throw Error(ErrorKind::InvalidData, problems.values().join(QLatin1Char('\n')));
}
} // namespace

EditService::EditService(Database& db, QString username)
    : m_db(db)
    , m_username(std::move(username))
{
}

void EditService::noteRectification(const QString& reason, const Nominal& nominal,
                                    const QStringList& fields)
{
    // A correction the person asked for (DPA 2018 s.46) is recorded as such, in this
    // transaction.
    if (RightsService::isRectification(reason) && !fields.isEmpty())
        RightsService(m_db).recordRectification(m_username, nominal, fields);
}

void EditService::requireReason(const QString& reason) const
{
    if (reason.trimmed().isEmpty())
        throw Error(ErrorKind::Usage, tr("Every change needs a short reason for the audit log."));
}

qint64 EditService::createNominal(const Nominal& nominal, const QString& reason)
{
    requireReason(reason);
    throwIfInvalid(RecordValidation::check(nominal, Time::today()));
    Transaction tx(m_db);
    const qint64 id =
        NominalRepository(m_db).insert({RecordValidation::normalised(nominal), {}}, m_username);
    AuditLog(m_db).append(m_username, AuditAction::Collection, nominal.reference, reason.trimmed(),
                          QStringLiteral("created"));
    tx.commit();
    return id;
}

QStringList EditService::updateNominal(const Nominal& nominal, const QString& reason)
{
    requireReason(reason);
    throwIfInvalid(RecordValidation::check(nominal, Time::today()));
    Transaction tx(m_db);
    const QStringList changed =
        NominalRepository(m_db).update(RecordValidation::normalised(nominal), m_username);
    if (!changed.isEmpty())
        AuditLog(m_db).append(m_username, AuditAction::Alteration, nominal.reference,
                              reason.trimmed(),
                              QStringLiteral("fields: ") + changed.join(QStringLiteral(", ")));
    noteRectification(reason, nominal, changed);
    tx.commit();
    return changed;
}

qint64 EditService::addIntelligence(const Nominal& nominal, const IntelligenceItem& item,
                                    const QString& reason)
{
    requireReason(reason);
    throwIfInvalid(RecordValidation::check(item, Time::today()));
    Transaction tx(m_db);
    const qint64 id = NominalRepository(m_db).addIntelligence(
        nominal.id, RecordValidation::normalised(item), m_username);
    AuditLog(m_db).append(m_username, AuditAction::Alteration, nominal.reference, reason.trimmed(),
                          QStringLiteral("intelligence %1 added").arg(id));
    tx.commit();
    return id;
}

QStringList EditService::updateIntelligence(const Nominal& nominal, const IntelligenceItem& item,
                                            const QString& reason)
{
    requireReason(reason);
    throwIfInvalid(RecordValidation::check(item, Time::today()));
    Transaction tx(m_db);
    const QStringList changed =
        NominalRepository(m_db).updateIntelligence(RecordValidation::normalised(item), m_username);
    if (!changed.isEmpty())
        AuditLog(m_db).append(m_username, AuditAction::Alteration, nominal.reference,
                              reason.trimmed(),
                              QStringLiteral("intelligence %1 fields: %2")
                                  .arg(item.id)
                                  .arg(changed.join(QStringLiteral(", "))));
    noteRectification(
        reason, nominal,
        changed.isEmpty() ? changed : QStringList{QStringLiteral("intelligence %1").arg(item.id)});
    tx.commit();
    return changed;
}

void EditService::removeIntelligence(const Nominal& nominal, const IntelligenceItem& item,
                                     const QString& reason)
{
    requireReason(reason);
    Transaction tx(m_db);
    NominalRepository(m_db).removeIntelligence(item.id, item.version);
    AuditLog(m_db).append(m_username, AuditAction::Alteration, nominal.reference, reason.trimmed(),
                          QStringLiteral("intelligence %1 removed").arg(item.id));
    noteRectification(reason, nominal, {QStringLiteral("intelligence %1").arg(item.id)});
    tx.commit();
}

void EditService::regradeIntelligence(const Nominal& nominal, const IntelligenceItem& item,
                                      const QString& reason)
{
    requireReason(reason);
    if (!item.legacy)
        throw Error(ErrorKind::InvalidData,
                    tr("Intelligence item %1 is already graded under 3x5x2: edit it instead.")
                        .arg(item.reference));
    IntelligenceItem regraded = item;
    regraded.legacy.reset();
    regraded.handlingConditions = regraded.handlingCode == HandlingCode::C
                                      ? regraded.handlingConditions.trimmed()
                                      : QString();
    // Only the grade changes: the item's other fields are checked when they are edited (an
    // imported item may lack what the editor asks for, such as a summary).
    const QMap<QString, QString> problems = RecordValidation::check(regraded, Time::today());
    if (problems.contains(QStringLiteral("handling_conditions")))
        throw Error(ErrorKind::InvalidData, problems.value(QStringLiteral("handling_conditions")));
    Transaction tx(m_db);
    NominalRepository(m_db).regradeIntelligence(RecordValidation::normalised(regraded), m_username);
    AuditLog(m_db).append(
        m_username, AuditAction::Alteration, nominal.reference, reason.trimmed(),
        QStringLiteral("intelligence %1 regraded from legacy 5x5x5 %2 to 3x5x2 %3%4%5")
            .arg(item.id)
            .arg(item.legacy->codes(), Grading::code(regraded.sourceEvaluation),
                 Grading::code(regraded.assessment), Grading::code(regraded.handlingCode)));
    tx.commit();
}

} // namespace corroborate
