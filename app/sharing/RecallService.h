#pragma once

#include "store/SharingRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <utility>

namespace corroborate {

class CaseFile;
class Database;
struct User;

// What happened to a nominal that recipients of earlier disclosures must act on.
enum class RecallEvent
{
    Erased,     // removed from the list and erased: destroy every copy
    Restricted, // processing restricted: stop using, destroy every copy
    Corrected   // a record was corrected: destroy the corrected pages
};

// Recall under DPA 2018 s.48 (issue 10): when a nominal is erased, restricted or corrected,
// every earlier disclosure that included them and whose destruction is not confirmed gets a
// pending recall notice; issuing a notice writes it as a marked PDF to the recipient and
// records it as issued. A notice names the pack, its date, the recipient and the reference
// only: never a name or any other detail of the person.
class RecallService
{
    Q_DECLARE_TR_FUNCTIONS(RecallService)
public:
    explicit RecallService(Database& db)
        : m_db(db)
    {
    }

    static QString wireName(RecallEvent event); // erased, restricted, corrected

    // THE entry point for the three events. Within the caller's write transaction (the one
    // that erases, restricts or corrects): raises one pending notice per earlier disclosure
    // of `reference` not confirmed destroyed, and an audit entry (reference and disclosure
    // numbers only) when there is any. Returns how many notices were raised.
    int raise(const QString& reference, RecallEvent event, const QString& actor);

    QList<RecallNotice> pending();
    QList<RecallNotice> all();

    struct Issued
    {
        RecallNotice notice;
        QString path;
    };
    // Writes each pending notice as a PDF in `directory` (created when missing) named
    // recall-<notice>-<pack>.pdf and records them as issued by `actor`: see issueTo().
    QList<Issued> issue(CaseFile& file, const QString& directory, const User& actor);
    // Writes each listed pending notice (id, path) as a marked PDF, owner-only, never over a
    // file (Conflict, nothing written), and records them as issued by `actor`, with audit
    // entries, in one transaction: all or nothing. NotPermitted unless a supervisor or an
    // administrator; InvalidData for a notice that is not pending. Needs a QGuiApplication.
    QList<Issued> issueTo(CaseFile& file, const QList<std::pair<qint64, QString>>& targets,
                          const User& actor);

    // The notice as a PDF (marked at the top and bottom of the page).
    static QByteArray renderPdf(const RecallNotice& notice, const QString& marking);
    static QString fileNameOf(const RecallNotice& notice);

private:
    Database& m_db;
};

} // namespace corroborate
