#pragma once

#include "core/Sharing.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace corroborate {

class Database;

// The agreements register, destruction confirmations and recall notices. SQL only; callers
// own the transactions.
class SharingRepository
{
public:
    explicit SharingRepository(Database& db)
        : m_db(db)
    {
    }

    // Agreements.
    int nextAgreementNumber();
    qint64 insertAgreement(const Agreement& agreement);
    std::optional<Agreement> currentAgreement(int number); // its latest version
    QList<Agreement> currentAgreements();                  // latest version of each, by number
    QList<Agreement> agreementVersions(int number);        // oldest first

    // Disclosures.
    bool disclosureExists(qint64 id);
    // Sets the confirmation when none is recorded yet; returns false when one was.
    bool confirmDestroyed(qint64 id, const QDate& on, const QString& by, const QString& note);
    // Disclosures including `reference` whose destruction is not confirmed.
    QList<qint64> unconfirmedDisclosuresOf(const QString& reference);

    // Recall notices.
    qint64 insertRecall(qint64 disclosureId, const QString& reference, const QString& event,
                        const QString& raisedAt);
    QList<RecallNotice> pendingRecalls();
    QList<RecallNotice> allRecalls();
    bool markIssued(qint64 id, const QString& at, const QString& by);

private:
    QList<RecallNotice> recalls(bool pendingOnly);
    Database& m_db;
};

} // namespace corroborate
