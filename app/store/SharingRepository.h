#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace corroborate {

class Database;

// One version of an information-sharing agreement (issue 10). Every change (add, amend, end)
// writes a new version; the earlier ones are kept.
struct Agreement
{
    qint64 rowId = 0;
    int number = 0; // ISA-<number>
    int version = 0;
    QString partner;
    QString lawfulBasis;
    QStringList purposes;
    int retentionDays = 0;
    QDate startsOn;
    QDate until;   // last day in force
    QDate endedOn; // ended early: not in force from this day (invalid when not ended)
    QString recordedBy;
    QString recordedAt; // UTC ISO 8601

    QString identifier() const { return QStringLiteral("ISA-%1").arg(number); }
    bool inForceOn(const QDate& day) const
    {
        return day >= startsOn && day <= until && (!endedOn.isValid() || day < endedOn);
    }
};

// A recall notice (DPA 2018 s.48) owed to the recipient of an earlier disclosure.
struct RecallNotice
{
    qint64 id = 0;
    qint64 disclosureId = 0;
    QString pack; // the disclosure's identifier
    QString madeAt;
    QString recipient;
    QString agreement;
    QString reference;
    QString event; // erased, restricted, corrected
    QString raisedAt;
    QString issuedAt; // empty while pending
    QString issuedBy;
};

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
