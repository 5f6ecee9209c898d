#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace corroborate {

class Database;

// What left the case file, to whom and why (docs/DESIGN.md §1, principle 1; DPA 2018 s.48): one
// record per export or pack, with the references of every nominal it included, so "who was
// this person's data shared with" can be answered, even after their erasure.
struct Disclosure
{
    qint64 id = 0;
    QString madeAt;
    QString madeBy;
    QString kind;     // "export", "pack_pdf", "pack_print"
    QString audience; // "internal", "partner", "backup"...
    QString recipient;
    QString lawfulBasis;
    QString purpose;
    QString identifier; // a pack's identifier or an export file name
    // Issue 10: the agreement of a partner pack (ISA-n; empty otherwise), when the recipient
    // must destroy it, and the recipient's confirmation that they did (who recorded it, when
    // and how).
    QString agreement;
    QDate destroyBy; // record(): left invalid, the policy's disclosure_retention_days applies
    QDate destroyedConfirmedOn;
    QString destroyedConfirmedBy;
    QString destroyedNote;
    int referenceCount = 0; // read back only
    // "complete"; or, for data streamed out (export to standard output), "started" until the
    // last byte has gone and "incomplete" when the output stopped early. A disclosure left
    // "started" belongs to a process that was killed: treat it as incomplete.
    QString state = QStringLiteral("complete");
};

class DisclosureLog
{
    Q_DECLARE_TR_FUNCTIONS(DisclosureLog)
public:
    explicit DisclosureLog(Database& db)
        : m_db(db)
    {
    }
    // Records a disclosure and its audit entry within the caller's transaction; returns its id.
    // Without a destroy-by date it gets the active policy's disclosure_retention_days.
    qint64 record(const Disclosure& disclosure, const QStringList& references);
    // Records how a streamed disclosure ended ("complete" or "incomplete"), with an audit
    // entry saying so, within the caller's transaction.
    void finish(qint64 id, const QString& state, const QString& username, const QString& note);
    QList<Disclosure> forReference(const QString& reference);
    QStringList referencesOf(qint64 disclosureId);
    QList<Disclosure> all();
    // The destroy-by date a disclosure made on `madeOn` gets without an agreement.
    static QDate defaultDestroyBy(Database& db, const QDate& madeOn);

private:
    Database& m_db;
};

} // namespace corroborate
