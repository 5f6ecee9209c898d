#include "CliSupport.h"
#include "Command.h"
#include "audit/AuditLog.h"
#include "core/Error.h"
#include "workflow/CaseFileVerifier.h"

namespace corroborate::cli {
namespace {
struct VerifyText
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)
};

int runVerify(const QStringList& args)
{
    QCommandLineParser parser;
    if (!Cli::parse(parser, args, QStringLiteral("verify FILE"),
                    VerifyText::tr("Checks the case file: every page's authentication, the "
                                   "database's integrity, the audit log's hash chain, and every "
                                   "signed removal decision. Needs only the passphrase; writes "
                                   "nothing. Exit code 5 when anything fails."),
                    1))
        return 0;
    auto file = Cli::openCaseFile(parser.positionalArguments().first());
    const CaseFileVerifier::Report report = CaseFileVerifier(*file).run();
    QTextStream& out = Cli::out();
    for (const CaseFileVerifier::Check& check : report.checks) {
        out << (check.ok ? VerifyText::tr("ok      ") : VerifyText::tr("FAILED  ")) << check.name;
        if (!check.detail.isEmpty())
            out << ": " << check.detail;
        out << "\n";
    }
    out.flush();
    if (!report.ok()) {
        Cli::err() << VerifyText::tr("Verification failed.") << "\n";
        return static_cast<int>(ErrorKind::Verification);
    }
    Cli::err() << VerifyText::tr("The case file verified.") << "\n";
    return 0;
}

} // namespace

void addVerifyCommand(CommandRegistry& registry)
{
    registry.add({QStringLiteral("verify"), QStringLiteral("verify FILE"),
                  QStringLiteral("Check integrity, the audit chain and "
                                 "signatures."),
                  false, runVerify});
}

} // namespace corroborate::cli
