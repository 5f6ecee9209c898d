#include "CliSupport.h"
#include "Command.h"
#include "core/Error.h"
#include "demo/DemoCaseFile.h"

#include <QElapsedTimer>
#include <cstdlib>
#include <sodium.h>

namespace corroborate::cli {
namespace {
struct DemoText
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
};

// A readable random secret: four groups of four lower-case letters and digits.
Secret randomSecret()
{
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyz23456789";
    if (sodium_init() < 0)
        throw Error(ErrorKind::Internal, QStringLiteral("libsodium could not be initialised."));
    char buffer[19];
    for (int i = 0, j = 0; i < 19; ++i) {
        if (i % 5 == 4) {
            buffer[i] = '-';
            continue;
        }
        buffer[i] = alphabet[randombytes_uniform(sizeof alphabet - 1)];
        ++j;
    }
    Secret s = Secret::fromUtf8(buffer, sizeof buffer);
    sodium_memzero(buffer, sizeof buffer);
    return s;
}

Secret envOr(const char* name, bool& chosen)
{
    if (const char* value = std::getenv(name); value && *value) {
        chosen = false;
        return Secret::fromUtf8(value, static_cast<qsizetype>(std::strlen(value)));
    }
    chosen = true;
    return randomSecret();
}

QString text(const Secret& s)
{
    return QString::fromUtf8(s.data(), s.size());
}

int runDemo(const QStringList& args)
{
    const QString synopsis = QStringLiteral("demo FILE --nominals N [--seed S]");
    QCommandLineParser parser;
    const QCommandLineOption nominals(QStringLiteral("nominals"),
                                      DemoText::tr("How many synthetic nominals."),
                                      QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  DemoText::tr("Random seed (default 1): the same seed gives the "
                                               "same people."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    parser.addOptions({nominals, seed});
    if (!Cli::parse(parser, args, synopsis,
                    DemoText::tr("Writes a new case file of synthetic nominals, marked as "
                                 "synthetic. The passphrase and first user are "
                                 "CORROBORATE_PASSPHRASE, CORROBORATE_USER and "
                                 "CORROBORATE_PASSWORD when set, otherwise chosen and printed. "
                                 "The first user holds all three roles; a second supervisor "
                                 "account is made too, so sign-off by a different supervisor "
                                 "can be tried."),
                    1))
        return 0;
    bool ok = false;
    const int count = parser.value(nominals).toInt(&ok);
    if (!parser.isSet(nominals) || !ok || count < 0)
        throw Error(ErrorKind::Usage, DemoText::tr("--nominals N is required (a whole number "
                                                   "from 0)."));
    const quint64 seedValue = parser.value(seed).toULongLong(&ok);
    if (!ok)
        throw Error(ErrorKind::Usage, DemoText::tr("--seed must be a whole number."));

    DemoOptions options;
    options.path = parser.positionalArguments().first();
    bool passphraseChosen = false, passwordChosen = false;
    options.passphrase = envOr("CORROBORATE_PASSPHRASE", passphraseChosen);
    const char* user = std::getenv("CORROBORATE_USER");
    options.first.username = user && *user ? QString::fromUtf8(user) : QStringLiteral("demo.admin");
    options.first.displayName = DemoText::tr("Demo administrator (synthetic)");
    options.first.password = envOr("CORROBORATE_PASSWORD", passwordChosen);
    options.second.username = options.first.username == u"demo.supervisor"
                                  ? QStringLiteral("demo.supervisor2")
                                  : QStringLiteral("demo.supervisor");
    options.second.displayName = DemoText::tr("Demo supervisor (synthetic)");
    options.second.password = passwordChosen ? randomSecret() : options.first.password;
    options.nominals = count;
    options.seed = seedValue;
    options.progress = [](int done, int total) {
        Cli::err() << DemoText::tr("  %1 of %2 nominals").arg(done).arg(total) << "\r";
        Cli::err().flush();
    };

    QElapsedTimer timer;
    timer.start();
    DemoCaseFile::create(options);
    Cli::err() << "\n"
               << DemoText::tr("Created %1: %2 synthetic nominals in %3 s.")
                      .arg(options.path)
                      .arg(count)
                      .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1)
               << "\n";
    Cli::err().flush();
    QTextStream& out = Cli::out();
    out << DemoText::tr("Case file:   %1").arg(options.path) << "\n"
        << DemoText::tr("Passphrase:  %1%2")
               .arg(text(options.passphrase),
                    passphraseChosen ? QString() : DemoText::tr(" (from CORROBORATE_PASSPHRASE)"))
        << "\n"
        << DemoText::tr("Sign in as:  %1 / %2 (officer, supervisor, administrator)")
               .arg(options.first.username, text(options.first.password))
        << "\n"
        << DemoText::tr("Second supervisor: %1 / %2 (officer, supervisor)")
               .arg(options.second.username, text(options.second.password))
        << "\n"
        << DemoText::tr("All data in this file is synthetic.") << "\n";
    out.flush();
    return 0;
}

} // namespace

void addDemoCommand(CommandRegistry& registry)
{
    registry.add({QStringLiteral("demo"), QStringLiteral("demo FILE --nominals N [--seed S]"),
                  QStringLiteral("Write a new case file of synthetic demo "
                                 "data."),
                  false, runDemo});
}

} // namespace corroborate::cli
