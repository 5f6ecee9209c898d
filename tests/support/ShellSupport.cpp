#include "ShellSupport.h"

#include "TestSupport.h"

#include <QFile>
#include <QProcess>

namespace corroborate::test {

CliResult runShell(const QString& script, const QStringList& extra, int timeoutMs)
{
    QProcessEnvironment env = cliEnvironment();
    env.insert(QStringLiteral("CLI"), cliPath());
    for (const QString& pair : extra)
        env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    return runProcess(QStringLiteral("bash"), {QStringLiteral("-c"), script}, env, timeoutMs);
}

QString sqlcipherQuery(const QString& file, const QString& sql, const QString& passphrase)
{
    QProcess p;
    p.start(QStringLiteral("sqlcipher"), {QStringLiteral("-batch"), file});
    p.write(
        QStringLiteral(".output /dev/null\nPRAGMA cipher_log_level = NONE;\nPRAGMA key = '%1';\n"
                       "SELECT count(*) FROM sqlite_schema;\n.output stdout\n%2\n")
            .arg(passphrase, sql)
            .toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

bool makeDemoFile(const QString& path, int nominals)
{
    const CliResult r = runCli(
        {QStringLiteral("demo"), path, QStringLiteral("--nominals"), QString::number(nominals)});
    return r.exitCode == 0;
}

bool damagePage(const QString& path, qint64 page, int bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    f.seek(page * 4096 + 1000);
    return f.write(QByteArray(bytes, '\x5a')) == bytes;
}

} // namespace corroborate::test
