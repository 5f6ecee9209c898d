#pragma once

#include "ExchangeFormat.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

namespace corroborate {

class Database;

// An import that was refused: every problem found, none written. The kind is InvalidData
// when any problem is a fault in the document, otherwise Conflict (references that already
// exist in the case file). The message lists the problems one per line as "path: message".
class ImportRejected : public Error
{
public:
    explicit ImportRejected(QList<ExchangeProblem> problems);
    const QList<ExchangeProblem>& problems() const { return m_problems; }

private:
    QList<ExchangeProblem> m_problems;
};

struct ImportOptions
{
    QString username; // who imports (signed in, officer role: the caller checks)
    // false: a reference already in the case file is a problem (Conflict) and nothing is
    // written. true: such a nominal is replaced by the document's version (details and all its
    // intelligence) and references not yet in the file are added.
    bool update = false;
};

// What another way in (the spreadsheet import) adds to an import.
struct ImportHooks
{
    // Appended to the details of the import's counts entry in the audit log (e.g. the
    // spreadsheet import's left-out row numbers). Never personal data.
    QString auditNote;
    // Called before each nominal is written: (done, total); returning false stops the import
    // and rolls it back (Error(Usage) "cancelled"), nothing written.
    std::function<bool(qint64 done, qint64 total)> progress;
};

struct ImportSummary
{
    int added = 0;
    int updated = 0;
    int unchanged = 0; // update mode: already identical in the file; not written, not logged
    qint64 intelligenceItems = 0; // in the document
};

// Writes an exchange document into the case file: all of it in one transaction or nothing.
// Every nominal added gets an audit entry (collection, object = reference, "imported"); every
// one replaced gets an alteration entry naming the fields that changed (never their values);
// one collection entry with object "import" records the counts.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
public:
    explicit Importer(Database& db)
        : m_db(db)
    {
    }

    // The document's references that already exist in the case file, as problems naming
    // each one's path (Conflict). Read only; empty in update mode.
    QList<ExchangeProblem> conflicts(const ExchangeDocument& document, bool update);

    // Imports a parsed document. Throws ImportRejected (nothing written) when the document has
    // problems or, without update, any reference exists; the check against the file runs
    // inside the write transaction, so no other writer can slip a reference in between.
    ImportSummary run(const ExchangeDocument& document, const ImportOptions& options,
                      const ImportHooks& hooks = ImportHooks());
    // Parses and imports.
    ImportSummary run(const QByteArray& json, const ImportOptions& options);

    // True when the two lists hold the same items, in any order (the file keeps its own
    // order: newest first).
    static bool sameIntelligence(QList<IntelligenceItem> a, QList<IntelligenceItem> b);

private:
    Database& m_db;
};

} // namespace corroborate
