#pragma once

#include "audit/DisclosureLog.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class QIODevice;

namespace corroborate {

class Database;

struct ExportOptions
{
    QString username;    // who exports (signed in, officer role: the caller checks)
    QString recipient;   // empty: defaultRecipient()
    QString purpose;     // empty: defaultPurpose()
    QString lawfulBasis; // empty: defaultLawfulBasis()
    QString identifier;  // where the data went: a file name, or "standard output"
};

struct ExportSummary
{
    qint64 nominals = 0;
    qint64 intelligenceItems = 0;
    qint64 disclosureId = 0;
};

// A full export of the case file in the exchange format, for backup or migration. It keeps
// every nominal flagged for removal (docs/DESIGN.md §1: a full export keeps them, and is logged),
// but none under a restriction (DPA 2018 s.47: only backups and subject access responses hold
// them). The export is recorded as a disclosure (kind "export", audience "backup") listing
// every reference it holds, and the audit entry says what was included and left out.
//
// Reading, writing and recording happen in one write transaction, so the data written and the
// references recorded are the same snapshot; other writers wait meanwhile (up to the busy
// timeout).
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)
public:
    static constexpr int kPageSize = 500;

    explicit Exporter(Database& db)
        : m_db(db)
    {
    }

    static QString defaultRecipient() { return tr("self (backup)"); }
    static QString defaultPurpose() { return tr("backup or migration"); }
    static QString defaultLawfulBasis() { return tr("not stated"); }

    // Streams every nominal, a page at a time, to `out`; then records the disclosure; then
    // calls `beforeCommit` (e.g. committing a QSaveFile: if it throws, no disclosure is
    // recorded); then commits. Throws Error(Internal) when `out` refuses a write.
    ExportSummary run(QIODevice& out, const ExportOptions& options,
                      const std::function<void()>& beforeCommit = {});

    // For output that cannot be taken back (standard output): the disclosure is recorded and
    // committed, state "started", before the first byte is written, listing every reference
    // in the file at that moment; only those nominals are written. When everything has been
    // written and `finish` (e.g. a flush) succeeds, it is marked "complete"; when a write fails
    // or `finish` throws, "incomplete", and the error is thrown again. A process killed
    // meanwhile leaves it "started".
    ExportSummary runStreaming(QIODevice& out, const ExportOptions& options,
                               const std::function<void()>& finish = {});

private:
    Disclosure disclosureFor(const ExportOptions& options, qint64 items) const;
    Database& m_db;
};

} // namespace corroborate
