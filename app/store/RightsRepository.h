#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace corroborate {

class Database;

// One subject access request (DPA 2018 s.45). `reference` is the reference the request is
// about, kept as text so the register outlives an erasure; `held` says whether a nominal with
// that reference was in the file when the request was received.
struct SubjectAccessRequest
{
    qint64 id = 0;
    QString reference;
    bool held = false;
    QDate receivedOn;
    QDate dueOn;
    QString note;
    QString state; // "open" or "closed"
    QString openedBy;
    QString openedAt; // UTC ISO 8601
    QString outcome;  // "full", "partial", "refused"; empty while open
    QString closedBy;
    QString closedAt;
    QString closeNote;
    int version = 0;

    bool isOpen() const { return state == QLatin1String("open"); }
    QString identifier() const { return QStringLiteral("SAR-%1").arg(id); }
};

// An intelligence item withheld from one request's response, with its s.45(4) reason code.
struct WithheldItem
{
    qint64 requestId = 0;
    qint64 itemId = 0;
    QString reasonCode;
    QString withheldBy;
    QString withheldAt;
};

// The person's own statement attached to their record (DPA 2018 s.46(4)).
struct SupplementaryStatement
{
    qint64 id = 0;
    qint64 nominalId = 0;
    QString text;
    QString recordedBy;
    QString recordedAt; // UTC ISO 8601
};

// A restriction of processing (DPA 2018 s.47(2)).
struct Restriction
{
    qint64 id = 0;
    qint64 nominalId = 0;
    QString reference;  // read with the restriction
    QString reasonCode; // EVIDENCE | ACCURACY_CONTESTED
    QDate until;
    QString note;
    QString restrictedBy;
    QString restrictedAt;
    QString liftedBy; // empty while in force
    QString liftedAt;
    QString liftNote;
};

// Subject access requests, withheld items, supplementary statements and restrictions. Writes
// join the caller's transaction; the rules live in rights/RightsService.h.
class RightsRepository
{
    Q_DECLARE_TR_FUNCTIONS(RightsRepository)
public:
    explicit RightsRepository(Database& db)
        : m_db(db)
    {
    }

    qint64 insertRequest(const SubjectAccessRequest& request);
    std::optional<SubjectAccessRequest> request(qint64 id);
    // Every request in the order opened; only the open ones, soonest due first, when `openOnly`.
    QList<SubjectAccessRequest> requests(bool openOnly);
    QList<SubjectAccessRequest> openRequestsFor(const QString& reference);
    // Closes an open request at `version`; Conflict when it was closed or changed meanwhile.
    void closeRequest(qint64 id, int version, const QString& outcome, const QString& closedBy,
                      const QString& closedAt, const QString& note);

    // Inserts or replaces the reason an item is withheld from a request.
    void withhold(const WithheldItem& item);
    QList<WithheldItem> withheld(qint64 requestId);

    qint64 insertStatement(const SupplementaryStatement& statement);
    QList<SupplementaryStatement> statementsFor(qint64 nominalId);

    qint64 insertRestriction(const Restriction& restriction);
    std::optional<Restriction> restrictionFor(qint64 nominalId); // the one in force
    void liftRestriction(qint64 id, const QString& liftedBy, const QString& liftedAt,
                         const QString& note);
    // Every restriction in force, by reference.
    QList<Restriction> restrictions();
    QSet<qint64> restrictedIds();

private:
    Database& m_db;
};

} // namespace corroborate
