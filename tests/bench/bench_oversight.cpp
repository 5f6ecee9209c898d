// The oversight report at the reference load (issue 12): 250,000 nominals and about 2,500,000
// intelligence items, encrypted beside the same data unkeyed (SQLCipher without a key is plain
// SQLite: the floor), in one run. Uses the reference files of bench_threshold in
// CORROBORATE_BENCH_DIR (default /tmp/corroborate-bench), building them when missing. Prints
// one table of medians; the target is the whole report in 2 s.
//
//   build/release/tests/bench/bench_oversight [--nominals N] [--runs R]
#include "BenchSupport.h"
#include "oversight/OversightPdf.h"
#include "oversight/OversightService.h"
#include "oversight/OversightTables.h"
#include "policy/PolicyStore.h"
#include "store/CaseFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

using namespace corroborate;
using corroborate::bench::medianMs;
using corroborate::bench::reference;

namespace {

struct Figures
{
    double cold = 0, build = 0, json = 0, pdf = 0;
    qint64 listed = 0;
    int pages = 0;
};

Figures measure(const QString& path, bool encrypted, int nominals, int runs)
{
    Figures f;
    reference(path, encrypted, nominals).reset();
    auto file = reference(path, encrypted, nominals);
    const QDate asOf = QDate::currentDate();
    {
        // The first report after opening: what a user waits for.
        QElapsedTimer t;
        t.start();
        OversightService(file->db()).build(asOf);
        f.cold = static_cast<double>(t.nsecsElapsed()) / 1e6;
    }
    std::optional<OversightReport> report;
    f.build = medianMs(runs, [&] { report = OversightService(file->db()).build(asOf); });
    f.listed = report->totals.listed;
    f.json = medianMs(runs, [&] {
        const OversightTables tables(*report, false);
        QJsonDocument(tables.toJson()).toJson();
    });
    f.pdf = medianMs(runs, [&] {
        const OversightTables tables(*report, false);
        OversightPdf::render(tables, {QStringLiteral("OFFICIAL-SENSITIVE"), true}, &f.pages);
    });
    return f;
}
} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts, for the PDF
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
    const Figures p = measure(plainPath, false, nominals, runs);

    QTextStream out(stdout);
    out << QStringLiteral("Oversight report, %1 nominals listed; median of %2 runs (ms)\n")
               .arg(e.listed)
               .arg(runs);
    out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
               .arg(QStringLiteral("Operation"), -40)
               .arg(QStringLiteral("Encrypted"), 10)
               .arg(QStringLiteral("Unkeyed"), 10)
               .arg(QStringLiteral("Ratio"), 6)
               .arg(QStringLiteral("Target"), -8);
    out << "|" << QString(42, QLatin1Char('-')) << "|" << QString(12, QLatin1Char('-')) << "|"
        << QString(12, QLatin1Char('-')) << "|" << QString(8, QLatin1Char('-')) << "|"
        << QString(10, QLatin1Char('-')) << "|\n";
    const auto row = [&out](const QString& name, double enc, double plain, const QString& target) {
        out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                   .arg(name, -40)
                   .arg(enc, 10, 'f', 2)
                   .arg(plain, 10, 'f', 2)
                   .arg(plain > 0 ? enc / plain : 0.0, 6, 'f', 2)
                   .arg(target, -8);
    };
    row(QStringLiteral("Report, first after opening"), e.cold, p.cold, QStringLiteral("<= 2000"));
    row(QStringLiteral("Report (statuses, groups, tallies, flow)"), e.build, p.build,
        QStringLiteral("<= 2000"));
    row(QStringLiteral("Suppression and JSON"), e.json, p.json, QString());
    row(QStringLiteral("PDF (%1 pages)").arg(e.pages), e.pdf, p.pdf, QString());
    return 0;
}
