#include "AgreementService.h"

#include "accounts/User.h"
#include "audit/AuditLog.h"
#include "core/Error.h"
#include "core/Time.h"
#include "store/Database.h"

#include <QRegularExpression>

namespace corroborate {

namespace {
QString inWords(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QString summaryOf(const Agreement& a)
{
    // What changed, for the audit log: the agreement's own words, no personal data.
    return QStringLiteral("version %1; partner %2; %3 purpose(s); retention %4 day(s); %5 to %6%7")
        .arg(a.version)
        .arg(a.partner)
        .arg(a.purposes.size())
        .arg(a.retentionDays)
        .arg(inWords(a.startsOn), inWords(a.until),
             a.endedOn.isValid() ? QStringLiteral("; ended from ") + inWords(a.endedOn)
                                 : QString());
}
// The draft's words into `a` (trimmed; purposes without blanks or repeats), recorded by `actor`
// now.
void applyDraft(Agreement& a, const AgreementDraft& draft, const User& actor)
{
    a.partner = draft.partner.trimmed();
    a.lawfulBasis = draft.lawfulBasis.trimmed();
    a.purposes.clear();
    for (const QString& p : draft.purposes)
        if (!p.trimmed().isEmpty() && !a.purposes.contains(p.trimmed()))
            a.purposes << p.trimmed();
    a.retentionDays = draft.retentionDays;
    a.startsOn = draft.startsOn;
    a.until = draft.until;
    a.recordedBy = actor.username;
    a.recordedAt = Time::nowUtc();
}
} // namespace

void AgreementService::validate(const AgreementDraft& d)
{
    QStringList problems;
    if (d.partner.trimmed().isEmpty())
        problems << tr("Name the partner organisation (--partner).");
    if (d.lawfulBasis.trimmed().isEmpty())
        problems << tr("Give the lawful basis for sharing (--basis).");
    bool anyPurpose = false;
    for (const QString& p : d.purposes)
        anyPurpose = anyPurpose || !p.trimmed().isEmpty();
    if (!anyPurpose)
        problems << tr("List at least one permitted purpose (--purpose).");
    if (d.retentionDays < 1 || d.retentionDays > kMaxRetentionDays)
        problems
            << tr("The retention at the recipient must be 1 to %1 days.").arg(kMaxRetentionDays);
    if (!d.startsOn.isValid())
        problems << tr("Give the date the agreement starts, written YYYY-MM-DD (--from).");
    if (!d.until.isValid())
        problems << tr("Give the last date the agreement is in force, written YYYY-MM-DD "
                       "(--until).");
    if (d.startsOn.isValid() && d.until.isValid() && d.until < d.startsOn)
        problems << tr("The agreement cannot end (%1) before it starts (%2).")
                        .arg(inWords(d.until), inWords(d.startsOn));
    if (!problems.isEmpty())
        throw Error(ErrorKind::InvalidData, problems.join(QLatin1Char('\n')));
}

std::optional<int> AgreementService::parseIdentifier(const QString& identifier)
{
    static const QRegularExpression re(QStringLiteral("^ISA-([1-9][0-9]{0,8})$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(identifier.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt();
}

void AgreementService::requireAdministrator(const User& actor)
{
    if (!actor.roles.has(Role::Administrator))
        throw Error(ErrorKind::NotPermitted,
                    tr("%1 is not permitted to change the agreements register: it needs the %2 "
                       "role.")
                        .arg(actor.username, Roles::label(Role::Administrator)));
}

Agreement AgreementService::add(const AgreementDraft& draft, const User& actor)
{
    requireAdministrator(actor);
    validate(draft);
    Transaction tx(m_db);
    SharingRepository repo(m_db);
    Agreement a;
    a.number = repo.nextAgreementNumber();
    a.version = 1;
    applyDraft(a, draft, actor);
    a.rowId = repo.insertAgreement(a);
    AuditLog(m_db).append(actor.username, AuditAction::Sharing, a.identifier(),
                          QStringLiteral("agreement added"), summaryOf(a));
    tx.commit();
    return a;
}

Agreement AgreementService::amend(const QString& identifier, const AgreementDraft& draft,
                                  const User& actor)
{
    requireAdministrator(actor);
    validate(draft);
    Transaction tx(m_db);
    Agreement a = get(identifier);
    a.version += 1;
    applyDraft(a, draft, actor);
    a.rowId = SharingRepository(m_db).insertAgreement(a);
    AuditLog(m_db).append(actor.username, AuditAction::Sharing, a.identifier(),
                          QStringLiteral("agreement amended"), summaryOf(a));
    tx.commit();
    return a;
}

Agreement AgreementService::end(const QString& identifier, const QDate& on, const User& actor)
{
    requireAdministrator(actor);
    if (!on.isValid())
        throw Error(ErrorKind::InvalidData, tr("Give the date the agreement ends, written "
                                               "YYYY-MM-DD."));
    Transaction tx(m_db);
    Agreement a = get(identifier);
    if (a.endedOn.isValid() && a.endedOn <= on)
        throw Error(ErrorKind::InvalidData, tr("%1 has already ended (from %2); nothing was "
                                               "changed.")
                                                .arg(a.identifier(), inWords(a.endedOn)));
    a.version += 1;
    a.endedOn = on;
    a.recordedBy = actor.username;
    a.recordedAt = Time::nowUtc();
    a.rowId = SharingRepository(m_db).insertAgreement(a);
    AuditLog(m_db).append(actor.username, AuditAction::Sharing, a.identifier(),
                          QStringLiteral("agreement ended"), summaryOf(a));
    tx.commit();
    return a;
}

QList<Agreement> AgreementService::list()
{
    return SharingRepository(m_db).currentAgreements();
}

QList<Agreement> AgreementService::versions(const QString& identifier)
{
    const Agreement a = get(identifier);
    return SharingRepository(m_db).agreementVersions(a.number);
}

Agreement AgreementService::get(const QString& identifier)
{
    const std::optional<int> number = parseIdentifier(identifier);
    std::optional<Agreement> a;
    if (number)
        a = SharingRepository(m_db).currentAgreement(*number);
    if (!a)
        throw Error(ErrorKind::InvalidData,
                    tr("There is no agreement \"%1\" in this case file. Agreements are written "
                       "ISA-1, ISA-2…; `agreement list` shows them.")
                        .arg(identifier));
    return *a;
}

Agreement AgreementService::forPartnerPack(const QString& identifier, const QString& purpose,
                                           const QDate& day)
{
    const Agreement a = get(identifier);
    if (!a.inForceOn(day)) {
        if (day < a.startsOn)
            throw Error(ErrorKind::NotPermitted,
                        tr("%1 with %2 is not in force until %3, so nothing may be shared under "
                           "it on %4. A partner pack needs an agreement in force on its date.")
                            .arg(a.identifier(), a.partner, inWords(a.startsOn), inWords(day)));
        throw Error(ErrorKind::NotPermitted,
                    tr("%1 with %2 is no longer in force (%3), so nothing may be shared under "
                       "it. A partner pack needs an agreement in force on its date: ask an "
                       "administrator to record a new one.")
                        .arg(a.identifier(), a.partner,
                             a.endedOn.isValid() && a.endedOn <= a.until
                                 ? tr("ended from %1").arg(inWords(a.endedOn))
                                 : tr("it ran until %1").arg(inWords(a.until))));
    }
    if (!a.purposes.contains(purpose.trimmed()))
        throw Error(
            ErrorKind::InvalidData,
            tr("%1 does not permit sharing for \"%2\". It permits: %3. Choose one of "
               "these, or ask an administrator to amend the agreement.")
                .arg(a.identifier(), purpose.trimmed(), a.purposes.join(QStringLiteral("; "))));
    return a;
}

} // namespace corroborate
