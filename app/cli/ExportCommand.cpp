#include "CliSupport.h"
#include "Command.h"
#include "core/Error.h"
#include "exchange/Exporter.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <unistd.h>

namespace corroborate::cli {
namespace {
struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

volatile std::sig_atomic_t g_stopRequested = 0;

extern "C" void requestStop(int)
{
    g_stopRequested = 1;
}

// Standard output, written with write(2) and no buffer of its own, so a closed pipe (EPIPE:
// SIGPIPE is ignored) or a stop request (SIGINT, SIGTERM, SIGHUP) fails the next write and
// the export records itself as incomplete.
class StandardOutput : public QIODevice
{
public:
    StandardOutput() { open(QIODevice::WriteOnly | QIODevice::Unbuffered); }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        qint64 done = 0;
        while (done < size) {
            if (g_stopRequested) {
                setErrorString(ExportText::tr("the export was interrupted"));
                return -1;
            }
            const ssize_t n = ::write(STDOUT_FILENO, data + done, static_cast<size_t>(size - done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                setErrorString(QString::fromLocal8Bit(std::strerror(errno)));
                return -1;
            }
            done += n;
        }
        return done;
    }
};

[[noreturn]] void refuseExisting(const QString& out)
{
    throw Error(ErrorKind::Conflict,
                ExportText::tr("%1 already exists. Choose another name: an export never "
                               "overwrites a file.")
                    .arg(out));
}

int runExport(const QStringList& args)
{
    const QString synopsis = QStringLiteral(
        "export FILE [--out DATA.json] [--recipient TEXT] [--purpose TEXT] [--lawful-basis TEXT]");
    QCommandLineParser parser;
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        ExportText::tr("Write to this new file (never overwritten) instead of standard output."),
        QStringLiteral("DATA.json"));
    const QCommandLineOption recipientOption(
        QStringLiteral("recipient"),
        ExportText::tr("Who receives the export, for the disclosure record (default: \"%1\").")
            .arg(Exporter::defaultRecipient()),
        QStringLiteral("TEXT"));
    const QCommandLineOption purposeOption(
        QStringLiteral("purpose"),
        ExportText::tr("Why, for the disclosure record (default: \"%1\").")
            .arg(Exporter::defaultPurpose()),
        QStringLiteral("TEXT"));
    const QCommandLineOption basisOption(
        QStringLiteral("lawful-basis"),
        ExportText::tr("The lawful basis, for the disclosure record (default: \"%1\").")
            .arg(Exporter::defaultLawfulBasis()),
        QStringLiteral("TEXT"));
    parser.addOptions({outOption, recipientOption, purposeOption, basisOption});
    if (!Cli::parse(parser, args, synopsis,
                    ExportText::tr("Exports every nominal and its intelligence as an exchange "
                                   "document, for backup or migration. The export is complete: "
                                   "nominals flagged for removal and restricted ones are "
                                   "included. It is recorded as a disclosure. Needs the officer "
                                   "role. To standard output, the disclosure is recorded before "
                                   "the first byte is written and marked incomplete if the "
                                   "output stops early (a closed pipe, Ctrl+C); the command then "
                                   "fails with exit code 70."),
                    1))
        return 0;
    const QString path = parser.positionalArguments().first();
    const QString outPath = parser.value(outOption);
    const bool toFile = parser.isSet(outOption);
    if (toFile && outPath.isEmpty())
        throw Error(ErrorKind::Usage, ExportText::tr("--out needs a file name."));
    if (toFile && QFileInfo::exists(outPath))
        refuseExisting(outPath);

    auto file = Cli::openCaseFile(path);
    const User user = Cli::signIn(*file, Role::Officer);

    ExportOptions options;
    options.username = user.username;
    options.recipient = parser.value(recipientOption);
    options.purpose = parser.value(purposeOption);
    options.lawfulBasis = parser.value(basisOption);
    options.identifier = toFile ? QFileInfo(outPath).fileName() : QString();

    ExportSummary summary;
    if (toFile) {
        // Written beside the target and renamed into place only when complete: a crash or a
        // kill leaves no half-written export.
        QSaveFile save(outPath);
        if (!save.open(QIODevice::WriteOnly))
            throw Error(ErrorKind::Usage, ExportText::tr("Cannot write %1 (%2). Check the "
                                                         "folder exists and is writable.")
                                              .arg(outPath, save.errorString()));
        save.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        bool committed = false;
        try {
            summary = Exporter(file->db()).run(save, options, [&] {
                if (QFileInfo::exists(outPath)) {
                    save.cancelWriting();
                    refuseExisting(outPath);
                }
                if (!save.commit())
                    throw Error(ErrorKind::Internal,
                                ExportText::tr("Could not finish writing %1 (%2). Nothing was "
                                               "exported.")
                                    .arg(outPath, save.errorString()));
                committed = true;
            });
        } catch (...) {
            // The disclosure could not be recorded: take back what was written.
            if (committed)
                QFile::remove(outPath);
            throw;
        }
    } else {
        struct sigaction action
        {
        };
        action.sa_handler = requestStop;
        sigemptyset(&action.sa_mask);
        for (const int signal : {SIGINT, SIGTERM, SIGHUP})
            sigaction(signal, &action, nullptr);
        StandardOutput stdoutDevice;
        summary = Exporter(file->db()).runStreaming(stdoutDevice, options, [] {
            if (g_stopRequested)
                throw Error(ErrorKind::Internal, ExportText::tr("The export was interrupted."));
            if (::fsync(STDOUT_FILENO) != 0 && errno != EINVAL && errno != EROFS)
                throw Error(ErrorKind::Internal,
                            ExportText::tr("Could not finish writing to standard output (%1).")
                                .arg(QString::fromLocal8Bit(std::strerror(errno))));
        });
    }
    Cli::err() << ExportText::tr("Exported %n nominal(s) with %1 intelligence item(s) to %2; "
                                 "recorded as disclosure %3 (flagged nominals included, restricted "
                                 "ones left out).",
                                 nullptr, static_cast<int>(summary.nominals))
                      .arg(summary.intelligenceItems)
                      .arg(toFile ? outPath : ExportText::tr("standard output"))
                      .arg(summary.disclosureId)
               << "\n";
    Cli::err().flush();
    return 0;
}

} // namespace

void addExportCommand(CommandRegistry& registry)
{
    registry.add(
        {QStringLiteral("export"),
         QStringLiteral("export FILE [--out DATA.json] [--recipient TEXT] [--purpose TEXT]"),
         QStringLiteral("Export every nominal as an exchange document (logged as a disclosure)."),
         false, runExport});
}

} // namespace corroborate::cli
