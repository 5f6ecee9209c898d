// The manual page and the bash completion of corroborate-cli cover every registered command and
// every option its --help lists, as the build installs them, and man renders the page without a
// warning. Commands added later are covered by the same checks: the lists come from the program.
#include "TestCaseFiles.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace corroborate::test;

namespace {

// The files the build wrote (packaging/CMakeLists.txt): BUILD/app/corroborate-cli beside
// BUILD/packaging/.
QString builtFile(const QString& name)
{
    QDir build = QFileInfo(cliPath()).dir();
    build.cdUp();
    return build.filePath(QStringLiteral("packaging/") + name);
}

QString readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QStringList commandNames()
{
    const CliResult r = runCli({QStringLiteral("--list-commands")});
    return r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// The long options a command's --help lists.
QStringList optionsOf(const QString& command)
{
    QStringList args = command.split(QLatin1Char(' '));
    args << QStringLiteral("--help");
    const CliResult r = runCli(args);
    const QString options = r.out.section(QStringLiteral("Options:"), 1);
    QStringList result;
    static const QRegularExpression longOption(QStringLiteral("^\\s+(?:-\\w, )?(--[\\w-]+)"),
                                               QRegularExpression::MultilineOption);
    for (auto it = longOption.globalMatch(options); it.hasNext();)
        result << it.next().captured(1);
    return result;
}

QString roffName(QString text)
{
    return text.replace(QLatin1Char('-'), QStringLiteral("\\-"));
}

} // namespace

class TestManual : public QObject
{
    Q_OBJECT

    QStringList m_commands;
    QString m_page;
    QString m_completion;

private slots:
    void initTestCase()
    {
        m_commands = commandNames();
        QVERIFY2(m_commands.size() >= 10, qPrintable(m_commands.join(u", ")));
        m_page = readAll(builtFile(QStringLiteral("corroborate-cli.1")));
        m_completion = readAll(builtFile(QStringLiteral("corroborate-cli.bash-completion")));
        QVERIFY2(!m_page.isEmpty(), "the build wrote no packaging/corroborate-cli.1");
        QVERIFY2(!m_completion.isEmpty(), "the build wrote no bash completion");
    }

    void theBuiltPageIsTheProgramsOwn()
    {
        // What the build installed is what the program says now: no stale copy.
        const CliResult man = runCli({QStringLiteral("--man")});
        QCOMPARE(man.exitCode, 0);
        QCOMPARE(man.out, m_page);
        const CliResult completion = runCli({QStringLiteral("--completion")});
        QCOMPARE(completion.exitCode, 0);
        QCOMPARE(completion.out, m_completion);
    }

    void everyCommandAndOptionIsInThePage_data()
    {
        QTest::addColumn<QString>("command");
        for (const QString& c : commandNames())
            QTest::newRow(qPrintable(c)) << c;
    }

    void everyCommandAndOptionIsInThePage()
    {
        QFETCH(QString, command);
        const QString heading = QStringLiteral(".SS \"%1\"").arg(roffName(command));
        QVERIFY2(m_page.contains(heading), qPrintable(heading + QStringLiteral(" missing")));
        // The command's section runs to the next heading.
        const qsizetype start = m_page.indexOf(heading);
        const qsizetype end = m_page.indexOf(QStringLiteral("\n.S"), start + 1);
        const QString section = m_page.mid(start, end - start);
        const QStringList options = optionsOf(command);
        QVERIFY2(options.contains(QStringLiteral("--help")), qPrintable(command));
        for (const QString& option : options)
            QVERIFY2(section.contains(roffName(option)),
                     qPrintable(command + QStringLiteral(": ") + option +
                                QStringLiteral(" is not in its manual section")));
    }

    void everyCommandAndOptionIsCompleted_data() { everyCommandAndOptionIsInThePage_data(); }

    void everyCommandAndOptionIsCompleted()
    {
        QFETCH(QString, command);
        const QString bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
        if (bash.isEmpty())
            QSKIP("bash is not installed");
        // Complete as bash would: "corroborate-cli <words> --" lists the command's options.
        const QString path = builtFile(QStringLiteral("corroborate-cli.bash-completion"));
        const QStringList words = command.split(QLatin1Char(' '));
        QString script = QStringLiteral("source '%1'; COMP_WORDS=(corroborate-cli %2 FILE --); "
                                        "COMP_CWORD=%3; _corroborate_cli; "
                                        "printf '%s\\n' \"${COMPREPLY[@]}\"")
                             .arg(path, words.join(u' '))
                             .arg(words.size() + 2);
        QProcess p;
        p.start(bash, {QStringLiteral("-c"), script});
        QVERIFY(p.waitForFinished(10000));
        const QStringList offered =
            QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        for (const QString& option : optionsOf(command))
            QVERIFY2(offered.contains(option),
                     qPrintable(command + QStringLiteral(": ") + option +
                                QStringLiteral(" not completed; got ") + offered.join(u' ')));
        // And the command's first word is offered after "corroborate-cli".
        script = QStringLiteral("source '%1'; COMP_WORDS=(corroborate-cli ''); COMP_CWORD=1; "
                                "_corroborate_cli; printf '%s\\n' \"${COMPREPLY[@]}\"")
                     .arg(path);
        p.start(bash, {QStringLiteral("-c"), script});
        QVERIFY(p.waitForFinished(10000));
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).split(u'\n').contains(words.first()));
    }

    void thePageHasEverySection()
    {
        for (const char* section : {".SH NAME", ".SH SYNOPSIS", ".SH COMMANDS", ".SH ENVIRONMENT",
                                    ".SH \"EXIT STATUS\"", ".SH \"SEE ALSO\""})
            QVERIFY2(m_page.contains(QLatin1String(section)), section);
        // Every variable the program reads (CliSupport, demo) and every exit code (core/Error.h).
        for (const char* variable :
             {"CORROBORATE_PASSPHRASE", "CORROBORATE_USER", "CORROBORATE_PASSWORD",
              "CORROBORATE_NEW_PASSWORD", "CORROBORATE_NEW_PASSPHRASE"})
            QVERIFY2(m_page.contains(QStringLiteral(".B ") + roffName(QLatin1String(variable))),
                     variable);
        const QString exits = m_page.section(QStringLiteral(".SH \"EXIT STATUS\""), 1)
                                  .section(QStringLiteral(".SH"), 0, 0);
        for (int code : {0, 1, 2, 3, 4, 5, 6, 70})
            QVERIFY2(exits.contains(QStringLiteral(".B %1\n").arg(code)),
                     qPrintable(QString::number(code)));
    }

    void manRendersThePagesWithoutWarnings_data()
    {
        QTest::addColumn<QString>("page");
        QTest::newRow("corroborate-cli") << builtFile(QStringLiteral("corroborate-cli.1"));
        QTest::newRow("corroborate") << sourceDir() + QStringLiteral("/packaging/corroborate.1");
    }

    void manRendersThePagesWithoutWarnings()
    {
        QFETCH(QString, page);
        const QString man = QStandardPaths::findExecutable(QStringLiteral("man"));
        if (man.isEmpty())
            QSKIP("man is not installed (package man-db)");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
        env.insert(QStringLiteral("MAN_KEEP_FORMATTING"), QString());
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(man, {QStringLiteral("--warnings"), QStringLiteral("-E"), QStringLiteral("UTF-8"),
                      QStringLiteral("-l"), page});
        QVERIFY(p.waitForFinished(30000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput()).simplified();
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(err.trimmed().isEmpty(), qPrintable(err));
        QVERIFY2(out.contains(QStringLiteral("EXIT STATUS")), qPrintable(out.left(400)));
        if (page.endsWith(QStringLiteral("corroborate-cli.1"))) {
            for (const QString& command : m_commands)
                QVERIFY2(out.contains(QStringLiteral("corroborate-cli ") + command),
                         qPrintable(command + QStringLiteral(" not in the rendered page")));
        }
    }
};

QTEST_GUILESS_MAIN(TestManual)
#include "tst_manual.moc"
