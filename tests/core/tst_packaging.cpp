// Packaging: the desktop entry, the AppStream metainfo, the MIME type and the icon are valid and
// agree with each other and with the project; the install rules put them where desktops look;
// the scripts are valid shell; and no binary of ours can load plain SQLite. The last one matters
// most: Qt's SQLite driver and libsqlite3 export the same unversioned sqlite3_* symbols as
// SQLCipher, and with one load order a case file is silently written unencrypted.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace corroborate::test;

namespace {

const QString kAppId = QStringLiteral(CORROBORATE_APP_ID);
const QString kMimeType = QStringLiteral("application/x-corroborate-case");

QString packagingFile(const QString& name)
{
    return sourceDir() + QStringLiteral("/packaging/") + name;
}
QString desktopFile()
{
    return packagingFile(kAppId + QStringLiteral(".desktop"));
}
QString metainfoFile()
{
    return packagingFile(kAppId + QStringLiteral(".metainfo.xml"));
}
QString mimeFile()
{
    return packagingFile(QStringLiteral("corroborate-mime.xml"));
}
QString iconFile()
{
    return sourceDir() + QStringLiteral("/resources/icons/") + kAppId + QStringLiteral(".svg");
}

struct RunResult
{
    bool finished = false;
    int exitCode = -1;
    QString output; // standard output and standard error, merged
};

RunResult run(const QString& program, const QStringList& args, int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    RunResult result;
    if (!process.waitForStarted()) {
        result.output = process.errorString();
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.output = QStringLiteral("timed out\n") + QString::fromLocal8Bit(process.readAll());
        return result;
    }
    result.finished = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.output = QString::fromLocal8Bit(process.readAll());
    return result;
}

QString describe(const QString& program, const RunResult& r)
{
    return QStringLiteral("%1 exited with %2:\n%3").arg(program).arg(r.exitCode).arg(r.output);
}

// The keys of the [Desktop Entry] group (unlocalised keys only).
QHash<QString, QString> desktopEntryKeys(const QString& path)
{
    QHash<QString, QString> keys;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return keys;
    bool inMainGroup = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QLatin1Char('['))) {
            inMainGroup = line == u"[Desktop Entry]";
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (!inMainGroup || line.startsWith(QLatin1Char('#')) || eq <= 0)
            continue;
        keys.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    return keys;
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT

private slots:
    void desktopEntryNamesTheAppAndTheMimeType()
    {
        const auto keys = desktopEntryKeys(desktopFile());
        QVERIFY2(!keys.isEmpty(), qPrintable(desktopFile()));
        QCOMPARE(keys.value(QStringLiteral("Type")), QStringLiteral("Application"));
        QCOMPARE(keys.value(QStringLiteral("Exec")), QStringLiteral("corroborate %f"));
        QCOMPARE(keys.value(QStringLiteral("Icon")), kAppId);
        QCOMPARE(keys.value(QStringLiteral("Terminal")), QStringLiteral("false"));
        const QStringList mimeTypes =
            keys.value(QStringLiteral("MimeType")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        QVERIFY2(mimeTypes.contains(kMimeType), qPrintable(mimeTypes.join(QLatin1Char(';'))));
    }

    void desktopEntryValidates()
    {
        const QString tool =
            QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (tool.isEmpty())
            QSKIP("desktop-file-validate is not installed (package desktop-file-utils)");
        const RunResult r = run(tool, {desktopFile()});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(tool, r)));
        // Hints are advice; errors and warnings are not accepted.
        QVERIFY2(!r.output.contains(QStringLiteral("error:")) &&
                     !r.output.contains(QStringLiteral("warning:")),
                 qPrintable(describe(tool, r)));
    }

    void metainfoAgreesWithTheProject()
    {
        QFile file(metainfoFile());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(metainfoFile()));
        QXmlStreamReader xml(&file);
        QString id, launchable, license, firstRelease;
        QStringList mediaTypes, binaries;
        QStringList path;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                path << xml.name().toString();
                const QString where = path.join(QLatin1Char('/'));
                if (where == u"component/id")
                    id = xml.readElementText();
                else if (where == u"component/launchable")
                    launchable = xml.readElementText();
                else if (where == u"component/project_license")
                    license = xml.readElementText();
                else if (where == u"component/provides/mediatype")
                    mediaTypes << xml.readElementText();
                else if (where == u"component/provides/binary")
                    binaries << xml.readElementText();
                else if (where == u"component/releases/release" && firstRelease.isEmpty())
                    firstRelease = xml.attributes().value(QStringLiteral("version")).toString();
                // readElementText() consumed the end element.
                if (xml.isEndElement())
                    path.removeLast();
            } else if (xml.isEndElement()) {
                path.removeLast();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(id, kAppId);
        QCOMPARE(launchable, kAppId + QStringLiteral(".desktop"));
        QCOMPARE(license, QStringLiteral("GPL-3.0-or-later"));
        QVERIFY2(mediaTypes.contains(kMimeType), qPrintable(mediaTypes.join(u' ')));
        QVERIFY(binaries.contains(QStringLiteral("corroborate")));
        QVERIFY(binaries.contains(QStringLiteral("corroborate-cli")));
        // The newest release is listed first and is this version of the project.
        QCOMPARE(firstRelease, QStringLiteral(CORROBORATE_VERSION));
    }

    void metainfoValidates()
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        if (tool.isEmpty())
            QSKIP("appstreamcli is not installed (package appstream)");
        // Fails on errors and warnings; info and pedantic notes pass.
        const RunResult r =
            run(tool, {QStringLiteral("validate"), QStringLiteral("--no-net"), metainfoFile()});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(tool, r)));
    }

    void mimeTypeIsWellFormedAndNamesTheGlob()
    {
        QFile file(mimeFile());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(mimeFile()));
        QXmlStreamReader xml(&file);
        QString rootNamespace, type;
        QStringList globs;
        bool hasComment = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"mime-info")
                rootNamespace = xml.namespaceUri().toString();
            else if (xml.name() == u"mime-type")
                type = xml.attributes().value(QStringLiteral("type")).toString();
            else if (xml.name() == u"glob")
                globs << xml.attributes().value(QStringLiteral("pattern")).toString();
            else if (xml.name() == u"comment")
                hasComment = !xml.readElementText().trimmed().isEmpty();
        }
        QVERIFY2(!xml.hasError(), qPrintable(QStringLiteral("%1 line %2: %3")
                                                 .arg(mimeFile())
                                                 .arg(xml.lineNumber())
                                                 .arg(xml.errorString())));
        QCOMPARE(rootNamespace,
                 QStringLiteral("http://www.freedesktop.org/standards/shared-mime-info"));
        QCOMPARE(type, kMimeType);
        QCOMPARE(globs, QStringList{QStringLiteral("*.corroborate")});
        QVERIFY(hasComment);
    }

    void iconIsASquareSvg()
    {
        QFile file(iconFile());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(iconFile()));
        QXmlStreamReader xml(&file);
        QString viewBox;
        bool rootIsSvg = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && !rootIsSvg) {
                rootIsSvg = xml.name() == u"svg";
                viewBox = xml.attributes().value(QStringLiteral("viewBox")).toString();
                if (!rootIsSvg)
                    break;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(rootIsSvg);
        const QStringList box = viewBox.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QCOMPARE(box.size(), 4);
        QCOMPARE(box.at(2), box.at(3));
    }

    void noBinaryNeedsPlainSqlite_data()
    {
        QTest::addColumn<QString>("binary");
        QTest::addColumn<bool>("mustUseSqlcipher");
        QTest::newRow("corroborate-cli") << cliPath() << true;
        // The GUI must never load plain SQLite either; whether it links SQLCipher directly
        // depends on what it calls and on --as-needed, so only the absence is asserted.
        QTest::newRow("corroborate") << QStringLiteral(CORROBORATE_GUI_PATH) << false;
    }

    void noBinaryNeedsPlainSqlite()
    {
        QFETCH(QString, binary);
        QFETCH(bool, mustUseSqlcipher);
        QVERIFY2(QFileInfo(binary).isExecutable(), qPrintable(binary + QStringLiteral(" missing")));
        // ldd lists everything the loader maps (direct and indirect); readelf only the direct
        // needs. Use ldd where it exists.
        QString tool = QStandardPaths::findExecutable(QStringLiteral("ldd"));
        QStringList args{binary};
        if (tool.isEmpty()) {
            tool = QStandardPaths::findExecutable(QStringLiteral("readelf"));
            args = QStringList{QStringLiteral("-d"), binary};
        }
        if (tool.isEmpty())
            QSKIP("neither ldd nor readelf is installed");
        const RunResult r = run(tool, args);
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(tool, r)));
        const QStringList lines = r.output.split(QLatin1Char('\n'));
        for (const QString& line : lines) {
            QVERIFY2(!line.contains(QStringLiteral("libsqlite3")),
                     qPrintable(binary + QStringLiteral(" needs plain SQLite: ") + line.trimmed()));
            QVERIFY2(!line.contains(QStringLiteral("libQt6Sql")),
                     qPrintable(binary + QStringLiteral(" needs QtSql: ") + line.trimmed()));
        }
        if (mustUseSqlcipher) {
            QVERIFY2(r.output.contains(QStringLiteral("libsqlcipher")),
                     qPrintable(binary + QStringLiteral(" does not link SQLCipher:\n") + r.output));
            for (const QString& line : lines)
                QVERIFY2(!(line.contains(QStringLiteral("libsqlcipher")) &&
                           line.contains(QStringLiteral("not found"))),
                         qPrintable(line));
        }
    }

    void installPutsEverythingWhereDesktopsLook()
    {
        // The build tree is two levels above corroborate-cli (BUILD/app/corroborate-cli).
        QDir buildDir = QFileInfo(cliPath()).dir();
        buildDir.cdUp();
        const QString cmake = QStandardPaths::findExecutable(QStringLiteral("cmake"));
        if (cmake.isEmpty() || !buildDir.exists(QStringLiteral("CMakeCache.txt")))
            QSKIP("no cmake, or the build tree is not where this test expects it");
        QTemporaryDir stage;
        QVERIFY(stage.isValid());
        const QString prefix = stage.path() + QStringLiteral("/usr");
        const RunResult r = run(cmake, {QStringLiteral("--install"), buildDir.path(),
                                        QStringLiteral("--prefix"), prefix});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(cmake, r)));

        const QStringList expected{
            QStringLiteral("bin/corroborate"),
            QStringLiteral("bin/corroborate-cli"),
            QStringLiteral("share/applications/") + kAppId + QStringLiteral(".desktop"),
            QStringLiteral("share/metainfo/") + kAppId + QStringLiteral(".metainfo.xml"),
            QStringLiteral("share/mime/packages/") + kAppId + QStringLiteral(".xml"),
            QStringLiteral("share/icons/hicolor/scalable/apps/") + kAppId + QStringLiteral(".svg"),
            QStringLiteral("share/doc/corroborate/copyright"),
            QStringLiteral("share/doc/corroborate/changelog.gz"),
            QStringLiteral("share/man/man1/corroborate.1.gz"),
            QStringLiteral("share/man/man1/corroborate-cli.1.gz"),
            QStringLiteral("share/bash-completion/completions/corroborate-cli"),
            QStringLiteral("share/doc/corroborate/guide/index.html"),
            QStringLiteral("share/doc/corroborate/guide/keyboard.html"),
            QStringLiteral("share/doc/corroborate/screenshots/04-due-for-review.png"),
        };
        for (const QString& file : expected)
            QVERIFY2(QFileInfo::exists(prefix + QLatin1Char('/') + file),
                     qPrintable(file + QStringLiteral(" was not installed")));

        // The metainfo, desktop entry and icon found together, as a software centre would.
        const QString appstream = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        if (appstream.isEmpty())
            QSKIP("appstreamcli is not installed (package appstream)");
        const RunResult tree = run(
            appstream, {QStringLiteral("validate-tree"), QStringLiteral("--no-net"), stage.path()});
        QVERIFY2(tree.finished && tree.exitCode == 0, qPrintable(describe(appstream, tree)));
    }

    void debianChangelogAndCopyrightAreWhatDebianWants()
    {
        // The changelog is in Debian's format and names this version first.
        const QString parse = QStandardPaths::findExecutable(QStringLiteral("dpkg-parsechangelog"));
        if (!parse.isEmpty()) {
            const RunResult r =
                run(parse, {QStringLiteral("-l"), packagingFile(QStringLiteral("changelog")),
                            QStringLiteral("-S"), QStringLiteral("Version")});
            QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(parse, r)));
            QCOMPARE(r.output.trimmed(), QStringLiteral(CORROBORATE_VERSION));
        }
        // The copyright file is machine-readable (DEP-5) and points to the common licence text
        // instead of carrying the whole GPL.
        QFile copyright(packagingFile(QStringLiteral("copyright")));
        QVERIFY(copyright.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(copyright.readAll());
        QVERIFY(text.startsWith(QStringLiteral(
            "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/")));
        QVERIFY(text.contains(QStringLiteral("License: GPL-3.0-or-later")));
        QVERIFY(text.contains(QStringLiteral("/usr/share/common-licenses/GPL-3")));
        QVERIFY2(!text.contains(QStringLiteral("TERMS AND CONDITIONS")), "the full GPL text");
        // Every line of the package description fits Debian's 80 columns.
        QFile description(packagingFile(QStringLiteral("description.txt")));
        QVERIFY(description.open(QIODevice::ReadOnly));
        for (const QByteArray& line : description.readAll().split('\n'))
            QVERIFY2(line.size() <= 79, line.constData());
    }

    void scriptsAreValidShell_data()
    {
        QTest::addColumn<QString>("script");
        QTest::newRow("setup-debian") << QStringLiteral("packaging/setup-debian.sh");
        QTest::newRow("run-demo") << QStringLiteral("scripts/run-demo.sh");
        QTest::newRow("run-tests") << QStringLiteral("scripts/run-tests.sh");
        QTest::newRow("ci") << QStringLiteral(".ci/run");
        QTest::newRow("check-package") << QStringLiteral("scripts/check-package.sh");
    }

    void scriptsAreValidShell()
    {
        QFETCH(QString, script);
        const QString path = sourceDir() + QLatin1Char('/') + script;
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        const QString bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
        if (bash.isEmpty())
            QSKIP("bash is not installed");
        const RunResult syntax = run(bash, {QStringLiteral("-n"), path});
        QVERIFY2(syntax.finished && syntax.exitCode == 0, qPrintable(describe(bash, syntax)));
        const QString shellcheck = QStandardPaths::findExecutable(QStringLiteral("shellcheck"));
        if (shellcheck.isEmpty())
            QSKIP("shellcheck is not installed (optional)");
        const RunResult lint = run(shellcheck, {QStringLiteral("--severity=warning"), path});
        QVERIFY2(lint.finished && lint.exitCode == 0, qPrintable(describe(shellcheck, lint)));
    }

    void readmeCommandsExist()
    {
        QFile readme(sourceDir() + QStringLiteral("/README.md"));
        QVERIFY2(readme.open(QIODevice::ReadOnly), "README.md is missing");
        const QString text = QString::fromUtf8(readme.readAll());
        for (const QString& script :
             {QStringLiteral("scripts/run-demo.sh"), QStringLiteral("scripts/run-tests.sh")}) {
            QVERIFY2(text.contains(QStringLiteral("bash ") + script), qPrintable(script));
            QVERIFY2(QFileInfo::exists(sourceDir() + QLatin1Char('/') + script),
                     qPrintable(script));
        }
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
