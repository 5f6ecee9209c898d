#include "RightsService.h"

#include "sharing/RecallService.h"

#include "accounts/Accounts.h"
#include "audit/AuditLog.h"
#include "core/Error.h"
#include "core/Nominal.h"
#include "core/Time.h"
#include "policy/Policy.h"
#include "policy/PolicyStore.h"
#include "store/Database.h"
#include "store/NominalRepository.h"

namespace corroborate {

namespace {
const QString kOpen = QStringLiteral("open");
} // namespace

const QStringList& RightsService::withholdReasonCodes()
{
    static const QStringList codes{QStringLiteral("AVOID_OBSTRUCTING_INQUIRY"),
                                   QStringLiteral("AVOID_PREJUDICING_INVESTIGATION"),
                                   QStringLiteral("PROTECT_PUBLIC_SECURITY"),
                                   QStringLiteral("PROTECT_NATIONAL_SECURITY"),
                                   QStringLiteral("PROTECT_RIGHTS_OF_OTHERS")};
    return codes;
}

QString RightsService::withholdReasonText(const QString& code)
{
    if (code == u"AVOID_OBSTRUCTING_INQUIRY")
        return tr("To avoid obstructing an official or legal inquiry, investigation or procedure");
    if (code == u"AVOID_PREJUDICING_INVESTIGATION")
        return tr("To avoid prejudicing the prevention, detection, investigation or prosecution "
                  "of criminal offences or the execution of criminal penalties");
    if (code == u"PROTECT_PUBLIC_SECURITY")
        return tr("To protect public security");
    if (code == u"PROTECT_NATIONAL_SECURITY")
        return tr("To protect national security");
    if (code == u"PROTECT_RIGHTS_OF_OTHERS")
        return tr("To protect the rights and freedoms of others");
    return tr("Unknown reason code %1").arg(code);
}

const QStringList& RightsService::restrictionReasonCodes()
{
    static const QStringList codes{QStringLiteral("EVIDENCE"),
                                   QStringLiteral("ACCURACY_CONTESTED")};
    return codes;
}

QString RightsService::restrictionReasonText(const QString& code)
{
    if (code == u"EVIDENCE")
        return tr("The data must be kept as evidence");
    if (code == u"ACCURACY_CONTESTED")
        return tr("The person contests its accuracy and it cannot be settled");
    return tr("Unknown reason code %1").arg(code);
}

const QStringList& RightsService::outcomeCodes()
{
    static const QStringList codes{QStringLiteral("full"), QStringLiteral("partial"),
                                   QStringLiteral("refused")};
    return codes;
}

QString RightsService::outcomeText(const QString& code)
{
    if (code == u"full")
        return tr("Answered in full");
    if (code == u"partial")
        return tr("Answered in part (some information withheld)");
    if (code == u"refused")
        return tr("Refused");
    return code;
}

bool RightsService::isRectification(const QString& editReason)
{
    const QString r = editReason.trimmed();
    return r == rectificationCode() || r.startsWith(rectificationCode() + QLatin1Char(':'));
}

QDate RightsService::dueDate(const QDate& received, int months)
{
    return received.addMonths(months);
}

qint64 RightsService::parseRequestId(const QString& text)
{
    QString t = text.trimmed();
    if (t.startsWith(QStringLiteral("SAR-"), Qt::CaseInsensitive))
        t = t.mid(4);
    bool ok = false;
    const qint64 id = t.toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

User RightsService::currentUser(const User& actor, bool supervisorOnly)
{
    const std::optional<User> user = Accounts(m_db).find(actor.username);
    if (!user || user->disabled)
        throw Error(ErrorKind::NotPermitted,
                    tr("%1 is not an enabled user of this case file.").arg(actor.username));
    if (supervisorOnly && !user->roles.has(Role::Supervisor))
        throw Error(ErrorKind::NotPermitted,
                    tr("%1 may not restrict or lift a restriction: that needs the Supervisor "
                       "role.")
                        .arg(actor.username));
    if (!user->roles.has(Role::Officer) && !user->roles.has(Role::Supervisor))
        throw Error(ErrorKind::NotPermitted,
                    tr("%1 may not do this: that needs the Officer or Supervisor role.")
                        .arg(actor.username));
    return *user;
}

Nominal RightsService::requireNominal(const QString& reference)
{
    if (std::optional<Nominal> n = NominalRepository(m_db).find(reference.trimmed()))
        return *n;
    throw Error(
        ErrorKind::InvalidData,
        tr("There is no nominal with reference %1. Check the reference.").arg(reference.trimmed()));
}

QString RightsService::checkedNote(const QString& note, bool required, const QString& what)
{
    const QString n = note.trimmed();
    if (required && n.isEmpty())
        throw Error(ErrorKind::InvalidData, tr("%1 needs a note saying why.").arg(what));
    if (n.size() > kMaxNoteLength)
        throw Error(ErrorKind::InvalidData, tr("The note is too long (%1 characters; at most %2).")
                                                .arg(n.size())
                                                .arg(kMaxNoteLength));
    return n;
}

SubjectAccessRequest RightsService::openRequest(const User& actorIn, const QString& referenceIn,
                                                const QDate& received, const QString& noteIn)
{
    const User actor = currentUser(actorIn, false);
    const QString reference = referenceIn.trimmed();
    if (reference.isEmpty())
        throw Error(ErrorKind::InvalidData, tr("Name the reference the request is about."));
    if (!received.isValid())
        throw Error(ErrorKind::InvalidData,
                    tr("The date the request was received is not a valid date (YYYY-MM-DD)."));
    if (received > Time::today())
        throw Error(ErrorKind::InvalidData,
                    tr("The request cannot have been received after today (%1).")
                        .arg(received.toString(Qt::ISODate)));
    const QString note = checkedNote(noteIn, false, {});
    Transaction tx(m_db);
    const Policy policy = Policy::fromStored(PolicyStore(m_db).active());
    SubjectAccessRequest r;
    r.held = NominalRepository(m_db).exists(reference);
    r.reference = reference;
    r.receivedOn = received;
    r.dueOn = dueDate(received, policy.subjectAccessMonths);
    r.note = note;
    r.state = kOpen;
    r.openedBy = actor.username;
    r.openedAt = Time::nowUtc();
    r.id = RightsRepository(m_db).insertRequest(r);
    r.version = 1;
    AuditLog(m_db).append(
        actor.username, RightsAudit::SubjectAccess, r.identifier(), QStringLiteral("opened"),
        r.held ? QStringLiteral("about %1; due %2").arg(reference, r.dueOn.toString(Qt::ISODate))
               : QStringLiteral("about a reference not in the file; nothing "
                                "held; due %1")
                     .arg(r.dueOn.toString(Qt::ISODate)));
    tx.commit();
    return r;
}

SubjectAccessStatus RightsService::status(const SubjectAccessRequest& request,
                                          const QDate& asOf) const
{
    SubjectAccessStatus s;
    s.request = request;
    s.daysLeft = static_cast<int>(asOf.daysTo(request.dueOn));
    s.overdue = request.isOpen() && asOf > request.dueOn;
    return s;
}

QList<SubjectAccessStatus> RightsService::requests(const QDate& asOf, bool openOnly)
{
    QList<SubjectAccessStatus> out;
    for (const SubjectAccessRequest& r : RightsRepository(m_db).requests(openOnly))
        out << status(r, asOf);
    return out;
}

SubjectAccessRequest RightsService::requireRequest(qint64 id)
{
    if (std::optional<SubjectAccessRequest> r = RightsRepository(m_db).request(id))
        return *r;
    throw Error(
        ErrorKind::InvalidData,
        tr("There is no subject access request SAR-%1. List them with \"sar list\".").arg(id));
}

QList<qint64> RightsService::withhold(const User& actorIn, qint64 requestId, const QString& itemIn,
                                      const QString& reasonCode)
{
    const User actor = currentUser(actorIn, false);
    if (!withholdReasonCodes().contains(reasonCode))
        throw Error(ErrorKind::InvalidData,
                    tr("\"%1\" is not a reason for withholding. Use one of: %2.")
                        .arg(reasonCode, withholdReasonCodes().join(QStringLiteral(", "))));
    const QString item = itemIn.trimmed();
    Transaction tx(m_db);
    const SubjectAccessRequest request = requireRequest(requestId);
    if (!request.isOpen())
        throw Error(ErrorKind::InvalidData,
                    tr("%1 is closed; nothing can be withheld from it.").arg(request.identifier()));
    NominalRepository nominals(m_db);
    const std::optional<Nominal> nominal =
        request.held ? nominals.find(request.reference) : std::nullopt;
    if (!nominal)
        throw Error(ErrorKind::InvalidData,
                    tr("%1 is about a reference with nothing held; there is no item to withhold.")
                        .arg(request.identifier()));
    QList<qint64> ids;
    bool numeric = false;
    const qint64 asId = item.toLongLong(&numeric);
    const QList<IntelligenceItem> items = nominals.intelligenceFor(nominal->id);
    for (const IntelligenceItem& it : items)
        if (!item.isEmpty() && it.reference.trimmed() == item)
            ids << it.id;
    if (ids.isEmpty() && numeric)
        for (const IntelligenceItem& it : items)
            if (it.id == asId)
                ids << it.id;
    if (ids.isEmpty())
        throw Error(ErrorKind::InvalidData,
                    tr("%1 has no intelligence item \"%2\". Give the item's reference (e.g. an "
                       "intelligence log number) or its number as shown in the app.")
                        .arg(nominal->reference, item));
    RightsRepository repo(m_db);
    const QString now = Time::nowUtc();
    for (const qint64 id : ids)
        repo.withhold(WithheldItem{request.id, id, reasonCode, actor.username, now});
    AuditLog(m_db).append(actor.username, RightsAudit::SubjectAccess, request.identifier(),
                          reasonCode,
                          QStringLiteral("withheld %1 item(s) of %2 from the response")
                              .arg(ids.size())
                              .arg(nominal->reference));
    tx.commit();
    return ids;
}

QList<WithheldItem> RightsService::withheld(qint64 requestId)
{
    return RightsRepository(m_db).withheld(requestId);
}

void RightsService::closeRequest(const User& actorIn, qint64 requestId, const QString& outcome,
                                 const QString& noteIn)
{
    const User actor = currentUser(actorIn, false);
    if (!outcomeCodes().contains(outcome))
        throw Error(ErrorKind::InvalidData,
                    tr("\"%1\" is not an outcome. Use one of: %2.")
                        .arg(outcome, outcomeCodes().join(QStringLiteral(", "))));
    const QString note = checkedNote(noteIn, true, tr("Closing a request"));
    Transaction tx(m_db);
    const SubjectAccessRequest request = requireRequest(requestId);
    if (!request.isOpen())
        throw Error(ErrorKind::Conflict, tr("%1 was already closed on %2.")
                                             .arg(request.identifier(), request.closedAt.left(10)));
    RightsRepository(m_db).closeRequest(request.id, request.version, outcome, actor.username,
                                        Time::nowUtc(), note);
    AuditLog(m_db).append(actor.username, RightsAudit::SubjectAccess, request.identifier(),
                          QStringLiteral("closed"), QStringLiteral("outcome %1").arg(outcome));
    tx.commit();
}

QList<SubjectAccessRequest> RightsService::openRequestsFor(const QString& reference)
{
    return RightsRepository(m_db).openRequestsFor(reference);
}

int RightsService::openCount()
{
    return static_cast<int>(RightsRepository(m_db).requests(true).size());
}

int RightsService::overdueCount(const QDate& asOf)
{
    int n = 0;
    for (const SubjectAccessRequest& r : RightsRepository(m_db).requests(true))
        n += asOf > r.dueOn ? 1 : 0;
    return n;
}

qint64 RightsService::addStatement(const User& actorIn, const QString& reference,
                                   const QString& textIn)
{
    const User actor = currentUser(actorIn, false);
    const QString text = textIn.trimmed();
    if (text.isEmpty())
        throw Error(ErrorKind::InvalidData, tr("The statement is empty. Give the person's words."));
    if (text.size() > kMaxStatementLength)
        throw Error(ErrorKind::InvalidData,
                    tr("The statement is too long (%1 characters; at most %2).")
                        .arg(text.size())
                        .arg(kMaxStatementLength));
    Transaction tx(m_db);
    const Nominal nominal = requireNominal(reference);
    SupplementaryStatement s;
    s.nominalId = nominal.id;
    s.text = text;
    s.recordedBy = actor.username;
    s.recordedAt = Time::nowUtc();
    const qint64 id = RightsRepository(m_db).insertStatement(s);
    AuditLog(m_db).append(
        actor.username, RightsAudit::Statement, nominal.reference,
        QStringLiteral("supplementary statement"),
        QStringLiteral("statement %1 added (%2 characters)").arg(id).arg(text.size()));
    tx.commit();
    return id;
}

QList<SupplementaryStatement> RightsService::statements(const QString& reference)
{
    const std::optional<Nominal> n = NominalRepository(m_db).find(reference);
    return n ? RightsRepository(m_db).statementsFor(n->id) : QList<SupplementaryStatement>{};
}

Restriction RightsService::restrict(const User& actorIn, const QString& reference,
                                    const QString& reasonCode, const QDate& until,
                                    const QString& noteIn)
{
    const User actor = currentUser(actorIn, true);
    if (!restrictionReasonCodes().contains(reasonCode))
        throw Error(ErrorKind::InvalidData,
                    tr("\"%1\" is not a reason for restriction. Use EVIDENCE or "
                       "ACCURACY_CONTESTED.")
                        .arg(reasonCode));
    if (!until.isValid())
        throw Error(ErrorKind::InvalidData,
                    tr("The date the restriction runs until is not a valid date (YYYY-MM-DD)."));
    if (until <= Time::today())
        throw Error(ErrorKind::InvalidData,
                    tr("A restriction must run until a date after today (%1).")
                        .arg(Time::today().toString(Qt::ISODate)));
    const QString note = checkedNote(noteIn, true, tr("A restriction"));
    Transaction tx(m_db);
    const Nominal nominal = requireNominal(reference);
    RightsRepository repo(m_db);
    if (const std::optional<Restriction> existing = repo.restrictionFor(nominal.id))
        throw Error(ErrorKind::Conflict,
                    tr("%1 is already restricted (%2) until %3. Lift that restriction first to "
                       "change it.")
                        .arg(nominal.reference, existing->reasonCode,
                             existing->until.toString(Qt::ISODate)));
    Restriction r;
    r.nominalId = nominal.id;
    r.reference = nominal.reference;
    r.reasonCode = reasonCode;
    r.until = until;
    r.note = note;
    r.restrictedBy = actor.username;
    r.restrictedAt = Time::nowUtc();
    r.id = repo.insertRestriction(r);
    AuditLog(m_db).append(actor.username, RightsAudit::Restriction, nominal.reference, reasonCode,
                          QStringLiteral("restricted until %1 (restriction %2)")
                              .arg(until.toString(Qt::ISODate))
                              .arg(r.id));
    // Earlier recipients who may still hold the person's data are owed a recall notice
    // (DPA 2018 s.48), in the same transaction as the restriction.
    RecallService(m_db).raise(nominal.reference, RecallEvent::Restricted, actor.username);
    tx.commit();
    return r;
}

void RightsService::liftRestriction(const User& actorIn, const QString& reference,
                                    const QString& noteIn)
{
    const User actor = currentUser(actorIn, true);
    const QString note = checkedNote(noteIn, true, tr("Lifting a restriction"));
    Transaction tx(m_db);
    const Nominal nominal = requireNominal(reference);
    RightsRepository repo(m_db);
    const std::optional<Restriction> r = repo.restrictionFor(nominal.id);
    if (!r)
        throw Error(ErrorKind::InvalidData,
                    tr("%1 is not restricted; there is nothing to lift.").arg(nominal.reference));
    repo.liftRestriction(r->id, actor.username, Time::nowUtc(), note);
    AuditLog(m_db).append(actor.username, RightsAudit::Restriction, nominal.reference,
                          QStringLiteral("lifted"),
                          QStringLiteral("restriction %1 lifted").arg(r->id));
    tx.commit();
}

std::optional<Restriction> RightsService::restrictionOf(const QString& reference)
{
    const std::optional<Nominal> n = NominalRepository(m_db).find(reference);
    return n ? RightsRepository(m_db).restrictionFor(n->id) : std::nullopt;
}

QList<RestrictionStatus> RightsService::restrictions(const QDate& asOf)
{
    QList<RestrictionStatus> out;
    for (const Restriction& r : RightsRepository(m_db).restrictions())
        out << RestrictionStatus{r, asOf > r.until};
    return out;
}

QSet<qint64> RightsService::restrictedIds()
{
    return RightsRepository(m_db).restrictedIds();
}

QStringList RightsService::withoutRestricted(const QStringList& references)
{
    QSet<QString> restricted;
    for (const Restriction& r : RightsRepository(m_db).restrictions())
        restricted.insert(r.reference);
    QStringList out;
    for (const QString& reference : references)
        if (!restricted.contains(reference))
            out << reference;
    return out;
}

void RightsService::recordRectification(const QString& username, const Nominal& nominal,
                                        const QStringList& fields)
{
    AuditLog(m_db).append(username, RightsAudit::Rectification, nominal.reference,
                          rectificationCode(),
                          QStringLiteral("corrected at the person's request: %1")
                              .arg(fields.join(QStringLiteral(", "))));
    // Earlier recipients hold the uncorrected data: a recall notice each (DPA 2018 s.48),
    // inside the edit's own transaction.
    RecallService(m_db).raise(nominal.reference, RecallEvent::Corrected, username);
}

void RightsService::checkMayPropose(const Nominal& nominal)
{
    if (const std::optional<Restriction> r = RightsRepository(m_db).restrictionFor(nominal.id))
        throw Error(ErrorKind::Conflict,
                    tr("%1 is restricted (%2) until %3, so it cannot be proposed for removal. "
                       "A supervisor must lift the restriction first.")
                        .arg(nominal.reference, restrictionReasonText(r->reasonCode).toLower(),
                             r->until.toString(Qt::ISODate)));
}

QString RightsService::erasureBlocker(const QString& reference)
{
    const QList<SubjectAccessRequest> open = RightsRepository(m_db).openRequestsFor(reference);
    if (!open.isEmpty()) {
        const SubjectAccessRequest& r = open.first();
        return tr("%1 cannot be erased while subject access request %2 (received %3, due %4) is "
                  "open: erasing data to prevent its disclosure is an offence (Data Protection "
                  "Act 2018, section 173). The proposal waits until the request is closed.")
            .arg(reference, r.identifier(), r.receivedOn.toString(Qt::ISODate),
                 r.dueOn.toString(Qt::ISODate));
    }
    if (const std::optional<Restriction> r = restrictionOf(reference))
        return tr("%1 is restricted (%2) until %3, so it cannot be erased. A supervisor must lift "
                  "the restriction first.")
            .arg(reference, restrictionReasonText(r->reasonCode).toLower(),
                 r->until.toString(Qt::ISODate));
    return {};
}

void RightsService::checkMayErase(const Nominal& nominal)
{
    const QString blocker = erasureBlocker(nominal.reference);
    if (!blocker.isEmpty())
        throw Error(ErrorKind::Conflict, blocker);
}

} // namespace corroborate
