#pragma once

#include "core/Rights.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace corroborate {

class Database;

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
