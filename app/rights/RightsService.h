#pragma once

#include "accounts/User.h"
#include "store/RightsRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace corroborate {

class Database;
struct Nominal;

// The audit actions of the person's rights (stable wire names).
namespace RightsAudit {
inline const QString SubjectAccess = QStringLiteral("subject_access");
inline const QString Restriction = QStringLiteral("restriction");
inline const QString Statement = QStringLiteral("statement");
inline const QString Rectification = QStringLiteral("rectification");
} // namespace RightsAudit

// A request as a list shows it, with its clock.
struct SubjectAccessStatus
{
    SubjectAccessRequest request;
    int daysLeft = 0;     // from asOf to the due date; negative when past it
    bool overdue = false; // open and past its due date
};

// A restriction in force, with whether it is past its date.
struct RestrictionStatus
{
    Restriction restriction;
    bool pastDate = false; // asOf is after `until`: a supervisor should look at it again
};

// The person's own rights (issue 11; DPA 2018 s.45-47 and s.173): subject access requests
// (SAR-n) with their one-month clock and the items withheld from each response under s.45(4),
// supplementary statements, rectification, and restriction. Each write is one transaction
// with its audit entry, which holds references and codes only, never notes or statements.
//
// Rules:
// - Requests: an officer or supervisor opens, withholds, produces the response and closes. A
//   request is due `subject_access_months` calendar months after receipt (QDate::addMonths:
//   31 January + 1 month = 28 or 29 February). A request about a reference not in the file is
//   recorded with held = false and nothing else: its response says only that nothing is held.
// - Withholding: only items of the request's nominal, only while the request is open, with one
//   of withholdReasonCodes(); withholding an item again replaces its reason.
// - Restriction: supervisors only; reason EVIDENCE or ACCURACY_CONTESTED, a date after today,
//   a note; one in force per nominal. restrict() and recordRectification() are the one place
//   each of those happens (the recall notices of earlier disclosures hang off them).
// - The guards: a restricted nominal cannot be proposed for removal (checkMayPropose) and no
//   nominal with an open request or a restriction can be erased (checkMayErase): Conflict,
//   naming the request or the restriction.
// Errors: NotPermitted (a role missing), InvalidData (unknown reference, request or item, a bad
// code or date, a missing note), Conflict (already restricted, closed meanwhile, a guard).
class RightsService
{
    Q_DECLARE_TR_FUNCTIONS(RightsService)
public:
    explicit RightsService(Database& db)
        : m_db(db)
    {
    }

    static constexpr int kMaxNoteLength = 2000;
    static constexpr int kMaxStatementLength = 10000;

    // s.45(4): AVOID_OBSTRUCTING_INQUIRY, AVOID_PREJUDICING_INVESTIGATION,
    // PROTECT_PUBLIC_SECURITY, PROTECT_NATIONAL_SECURITY, PROTECT_RIGHTS_OF_OTHERS.
    static const QStringList& withholdReasonCodes();
    static QString withholdReasonText(const QString& code);
    // EVIDENCE, ACCURACY_CONTESTED.
    static const QStringList& restrictionReasonCodes();
    static QString restrictionReasonText(const QString& code);
    // full, partial, refused.
    static const QStringList& outcomeCodes();
    static QString outcomeText(const QString& code);
    // The edit reason code of a correction made because the person asked (s.46): an edit
    // reason that is this code, or starts with it and a colon, is a rectification.
    static QString rectificationCode() { return QStringLiteral("RECTIFICATION"); }
    static bool isRectification(const QString& editReason);

    static QDate dueDate(const QDate& received, int months);
    // "SAR-3" or "3"; 0 when it is neither.
    static qint64 parseRequestId(const QString& text);

    // --- Subject access ---
    SubjectAccessRequest openRequest(const User& actor, const QString& reference,
                                     const QDate& received, const QString& note);
    QList<SubjectAccessStatus> requests(const QDate& asOf, bool openOnly = false);
    SubjectAccessStatus status(const SubjectAccessRequest& request, const QDate& asOf) const;
    SubjectAccessRequest requireRequest(qint64 id);
    // Withholds the item(s) of the request's nominal whose intelligence reference is `item`
    // (or whose id is `item`, written as a number); returns their ids.
    QList<qint64> withhold(const User& actor, qint64 requestId, const QString& item,
                           const QString& reasonCode);
    QList<WithheldItem> withheld(qint64 requestId);
    void closeRequest(const User& actor, qint64 requestId, const QString& outcome,
                      const QString& note);
    QList<SubjectAccessRequest> openRequestsFor(const QString& reference);
    int openCount();
    int overdueCount(const QDate& asOf);

    // --- Supplementary statements ---
    qint64 addStatement(const User& actor, const QString& reference, const QString& text);
    QList<SupplementaryStatement> statements(const QString& reference);

    // --- Restriction ---
    // THE place a nominal is restricted (s.47(2)); recall notices of earlier disclosures are
    // to be sent from here.
    Restriction restrict(const User& actor, const QString& reference, const QString& reasonCode,
                         const QDate& until, const QString& note);
    void liftRestriction(const User& actor, const QString& reference, const QString& note);
    std::optional<Restriction> restrictionOf(const QString& reference);
    QList<RestrictionStatus> restrictions(const QDate& asOf);
    QSet<qint64> restrictedIds();
    // `references` without the restricted ones, in their order.
    QStringList withoutRestricted(const QStringList& references);

    // --- Rectification ---
    // THE place a correction made at the person's request is recorded (s.46), inside the
    // caller's transaction (EditService calls it when the edit reason is a rectification);
    // recall notices of earlier disclosures are to be sent from here.
    void recordRectification(const QString& username, const Nominal& nominal,
                             const QStringList& fields);

    // --- Guards ---
    // Conflict when the nominal is restricted.
    void checkMayPropose(const Nominal& nominal);
    // Conflict when the nominal has an open subject access request (s.173) or is restricted.
    void checkMayErase(const Nominal& nominal);
    // The message checkMayErase() would give, or empty: for a dialog to show before it asks
    // for a password.
    QString erasureBlocker(const QString& reference);

private:
    User currentUser(const User& actor, bool supervisorOnly);
    Nominal requireNominal(const QString& reference);
    static QString checkedNote(const QString& note, bool required, const QString& what);

    Database& m_db;
};

} // namespace corroborate
