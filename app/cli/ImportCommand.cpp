#include "CliSupport.h"
#include "Command.h"
#include "core/Error.h"
#include "exchange/ExchangeFormat.h"
#include "exchange/Importer.h"

#include <QFile>

namespace corroborate::cli {
namespace {
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
};

QByteArray readDocument(const QString& path)
{
    QFile data;
    const bool opened = path == u"-" ? data.open(stdin, QIODevice::ReadOnly)
                                     : (data.setFileName(path), data.open(QIODevice::ReadOnly));
    if (!opened)
        throw Error(ErrorKind::InvalidData,
                    ImportText::tr("Cannot read %1 (%2). Check the path of the document to "
                                   "import.")
                        .arg(path, data.errorString()));
    const QByteArray bytes = data.readAll();
    if (data.error() != QFileDevice::NoError)
        throw Error(ErrorKind::InvalidData,
                    ImportText::tr("Cannot read %1 (%2).").arg(path, data.errorString()));
    return bytes;
}

// Every problem on its own line as "path: message", then one line saying nothing was written.
int refuse(const QList<ExchangeProblem>& problems, const QString& dataPath)
{
    const ImportRejected rejected(problems);
    for (const ExchangeProblem& p : problems)
        Cli::err() << p.toString() << "\n";
    const bool onlyConflicts = rejected.kind() == ErrorKind::Conflict;
    Cli::err() << (onlyConflicts
                       ? ImportText::tr("Nothing was imported from %1: %n nominal(s) already in "
                                        "the case file. Use --update to replace them.",
                                        nullptr, static_cast<int>(problems.size()))
                             .arg(dataPath)
                       : ImportText::tr("Nothing was imported from %1: %n problem(s) found. "
                                        "Correct them and import again.",
                                        nullptr, static_cast<int>(problems.size()))
                             .arg(dataPath))
               << "\n";
    Cli::err().flush();
    return static_cast<int>(rejected.kind());
}

int runImport(const QStringList& args)
{
    const QString synopsis = QStringLiteral("import FILE DATA.json [--update]");
    QCommandLineParser parser;
    const QCommandLineOption update(
        QStringLiteral("update"),
        ImportText::tr("Replace nominals whose reference is already in the case file (their "
                       "details and all their intelligence) instead of refusing the import."));
    parser.addOption(update);
    if (!Cli::parse(parser, args, synopsis,
                    ImportText::tr("Imports nominals and their intelligence from an exchange "
                                   "document (DATA.json, or - for standard input): all of it or, "
                                   "if anything is wrong, none of it. Every problem is listed as "
                                   "\"path: message\". Needs the officer role."),
                    2))
        return 0;
    const QString path = parser.positionalArguments().at(0);
    const QString dataPath = parser.positionalArguments().at(1);
    const bool updating = parser.isSet(update);

    // The document is checked in full, and against the case file, before anyone signs in:
    // a refused import writes nothing at all, not even a sign-in entry.
    const ExchangeDocument document = ExchangeFormat::parse(readDocument(dataPath));
    auto file = Cli::openCaseFile(path);
    Importer importer(file->db());
    if (const QList<ExchangeProblem> problems =
            document.problems + importer.conflicts(document, updating);
        !problems.isEmpty())
        return refuse(problems, dataPath);

    const User user = Cli::signIn(*file, Role::Officer);
    ImportSummary summary;
    try {
        summary = importer.run(document, ImportOptions{user.username, updating});
    } catch (const ImportRejected& rejected) {
        return refuse(rejected.problems(), dataPath); // a reference added meanwhile
    }
    Cli::err() << ImportText::tr("Imported %n nominal(s) from %1 into %2: ", nullptr,
                                 static_cast<int>(document.records.size()))
                      .arg(dataPath, path)
               << ImportText::tr("%1 added, %2 updated, %3 unchanged; %4 intelligence item(s).")
                      .arg(summary.added)
                      .arg(summary.updated)
                      .arg(summary.unchanged)
                      .arg(summary.intelligenceItems)
               << "\n";
    Cli::err().flush();
    return 0;
}

} // namespace

void addImportCommand(CommandRegistry& registry)
{
    registry.add({QStringLiteral("import"), QStringLiteral("import FILE DATA.json [--update]"),
                  QStringLiteral("Import nominals from an exchange document (all or nothing)."),
                  false, runImport});
}

} // namespace corroborate::cli
