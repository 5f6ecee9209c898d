// The threshold engine at the reference load (issue 3): 250,000 nominals and about 2,500,000
// intelligence items, encrypted beside the same data unkeyed (SQLCipher without a key is plain
// SQLite: the floor). Builds the two files once in CORROBORATE_BENCH_DIR (default
// /tmp/corroborate-bench) and reuses them. Prints one table of medians.
//
//   build/release/tests/bench/bench_threshold [--nominals N] [--runs R]
#include "BenchSupport.h"
#include "accounts/Accounts.h"
#include "policy/PolicyStore.h"
#include "store/CaseFile.h"
#include "store/NominalRepository.h"
#include "workflow/ThresholdScan.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace corroborate;
using corroborate::bench::medianMs;
using corroborate::bench::reference;

namespace {

double peakMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

struct Figures
{
    double stream = 0, evaluate = 0, flagged = 0, pageFirst = 0, pageDeep = 0, detail = 0,
           search = 0, open = 0;
};

Figures measure(const QString& path, bool encrypted, int nominals, int runs)
{
    Figures f;
    QElapsedTimer openTimer;
    reference(path, encrypted, nominals).reset();
    openTimer.start();
    auto file = reference(path, encrypted, nominals);
    f.open = static_cast<double>(openTimer.nsecsElapsed()) / 1e6;
    Database& db = file->db();
    const Policy policy = ThresholdScan::activePolicy(db);
    const QDate asOf = QDate::currentDate();
    f.stream = medianMs(runs, [&] {
        EvaluationStream(db).run(
            [](const Nominal&, const QList<IntelligenceItem>&) { return true; });
    });
    f.evaluate = medianMs(runs, [&] { ThresholdScan(db, policy).run(asOf); });
    f.flagged = medianMs(runs, [&] { ThresholdScan(db, policy).flaggedReferences(asOf); });
    NominalRepository repo(db);
    f.pageFirst = medianMs(runs, [&] { repo.pageByName(std::nullopt, 100); });
    // A key about 80% of the way down the name-ordered list.
    Statement deep = db.prepare("SELECT surname, forenames, id FROM nominals ORDER BY surname, "
                                "forenames, id LIMIT 1 OFFSET ?;");
    deep.bind(1, static_cast<qint64>(nominals) * 8 / 10);
    NameKey key;
    if (deep.step())
        key = {deep.text(0), deep.text(1), deep.integer(2)};
    f.pageDeep = medianMs(runs, [&] { repo.pageByName(key, 100); });
    int which = 0;
    f.detail = medianMs(runs, [&] {
        const QString ref =
            QStringLiteral("N-%1").arg((which++ * 7919) % nominals + 1, 6, 10, QLatin1Char('0'));
        const auto n = repo.find(ref);
        if (n)
            repo.intelligenceFor(n->id);
    });
    const QStringList needles{QStringLiteral("okaf"), QStringLiteral("Mensah"),
                              QStringLiteral("N-00123"), QStringLiteral("Jay"),
                              QStringLiteral("ibra")};
    int n = 0;
    f.search = medianMs(runs, [&] { repo.search(needles[n++ % needles.size()], 100); });
    return f;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int nominals = 250000;
    int runs = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--nominals")
            nominals = args[i + 1].toInt();
        else if (args[i] == u"--runs")
            runs = args[i + 1].toInt();
    }
    const QString dir =
        qEnvironmentVariable("CORROBORATE_BENCH_DIR", QStringLiteral("/tmp/corroborate-bench"));
    QDir().mkpath(dir);
    const QString encryptedPath = dir + QStringLiteral("/reference-%1.corroborate").arg(nominals);
    const QString plainPath = dir + QStringLiteral("/reference-%1-unkeyed.sqlite").arg(nominals);

    const Figures e = measure(encryptedPath, true, nominals, runs);
    const double peakEncrypted = peakMb();
    const Figures p = measure(plainPath, false, nominals, runs);
    const double peakBoth = peakMb();

    QTextStream out(stdout);
    out << QStringLiteral(
               "Threshold engine, %1 nominals, %2 intelligence items; median of %3 runs (ms)\n")
               .arg(nominals)
               .arg(CaseFile::openUnkeyed(plainPath)->db().scalarInt(
                   "SELECT count(*) FROM intelligence;"))
               .arg(runs);
    out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
               .arg(QStringLiteral("Operation"), -36)
               .arg(QStringLiteral("Encrypted"), 10)
               .arg(QStringLiteral("Unkeyed"), 10)
               .arg(QStringLiteral("Ratio"), 6)
               .arg(QStringLiteral("Target"), -26);
    out << "|" << QString(38, QLatin1Char('-')) << "|" << QString(12, QLatin1Char('-')) << "|"
        << QString(12, QLatin1Char('-')) << "|" << QString(8, QLatin1Char('-')) << "|"
        << QString(28, QLatin1Char('-')) << "|\n";
    const auto row = [&out](const QString& name, double enc, double plain, const QString& target) {
        out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                   .arg(name, -36)
                   .arg(enc, 10, 'f', 2)
                   .arg(plain, 10, 'f', 2)
                   .arg(plain > 0 ? enc / plain : 0.0, 6, 'f', 2)
                   .arg(target, -26);
    };
    row(QStringLiteral("Open (key derivation + checks)"), e.open, p.open, QString());
    row(QStringLiteral("Streaming pass alone (no evaluation)"), e.stream, p.stream, QString());
    row(QStringLiteral("Whole-file evaluation"), e.evaluate, p.evaluate,
        QStringLiteral("<= 1000, <= 1.5x unkeyed"));
    row(QStringLiteral("Flagged-list query"), e.flagged, p.flagged, QStringLiteral("<= 1000"));
    row(QStringLiteral("100-row page, start of name order"), e.pageFirst, p.pageFirst,
        QStringLiteral("<= 20"));
    row(QStringLiteral("100-row page, 80% down name order"), e.pageDeep, p.pageDeep,
        QStringLiteral("<= 20"));
    row(QStringLiteral("One nominal's detail"), e.detail, p.detail, QStringLiteral("<= 5"));
    row(QStringLiteral("Name search (100 results)"), e.search, p.search, QStringLiteral("<= 10"));
    out << QStringLiteral(
               "Peak memory: %1 MB after the encrypted runs, %2 MB after both (target <= 400 MB)\n")
               .arg(peakEncrypted, 0, 'f', 0)
               .arg(peakBoth, 0, 'f', 0);
    out << QStringLiteral("Files: %1 (%2 MB), %3 (%4 MB)\n")
               .arg(encryptedPath)
               .arg(static_cast<double>(QFileInfo(encryptedPath).size()) / 1e6, 0, 'f', 0)
               .arg(plainPath)
               .arg(static_cast<double>(QFileInfo(plainPath).size()) / 1e6, 0, 'f', 0);
    return 0;
}
