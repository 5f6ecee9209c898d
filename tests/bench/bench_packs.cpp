// Review pack rendering speed (issue 6: a 300-page batch in at most 10 s on the 2-core
// reference machine). Builds a synthetic, encrypted case file, picks a batch of about 300
// pages, and times each stage: reading and evaluating (PackBuilder), the two layout passes and
// the PDF (PackRenderer), saving with its disclosure (PackOutput), and the whole command-line
// run (`corroborate-cli pack`, which adds opening the file and signing in).
//
//   bench_packs [--pages 300] [--items 6] [--audience internal|partner] [--keep DIR]
#include "TestCaseFiles.h"
#include "TestSupport.h"
#include "accounts/Accounts.h"
#include "core/Time.h"
#include "packs/PackBuilder.h"
#include "packs/PackOutput.h"
#include "packs/PackRenderer.h"
#include "store/NominalRepository.h"
#include "store/ReviewRepository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <cstdio>
#include <sys/resource.h>

using namespace corroborate;
using namespace corroborate::test;

namespace {

const QStringList kSurnames{QStringLiteral("Testwood"), QStringLiteral("Samplefield"),
                            QStringLiteral("Examplar"), QStringLiteral("Mockley"),
                            QStringLiteral("Fakenham-Dummy")};
const QStringList kOriginators{
    QStringLiteral("Lambeth Gangs Unit"),           QStringLiteral("Youth Offending Service"),
    QStringLiteral("Community Safety Partnership"), QStringLiteral("Violent Crime Taskforce"),
    QStringLiteral("Central Intelligence Bureau"),  QStringLiteral("Schools Liaison Team")};

NominalRecord benchNominal(int n, int items)
{
    NominalRecord r = syntheticNominal(QStringLiteral("N-%1").arg(n, 6, 10, QLatin1Char('0')), 0);
    r.nominal.surname = kSurnames.at(n % kSurnames.size());
    r.nominal.forenames = QStringLiteral("Synthetic %1").arg(n);
    r.nominal.ethnicity = QStringLiteral("Any other ethnic group");
    for (int i = 0; i < items; ++i) {
        IntelligenceItem item;
        item.provider = static_cast<Provider>(i % 3);
        item.originator = kOriginators.at((n + i) % kOriginators.size());
        item.reference = QStringLiteral("INT/BENCH/%1/%2").arg(n).arg(i + 1);
        item.obtainedOn = Time::today().addDays(-30 * (i + 1));
        item.sourceEvaluation = static_cast<SourceEvaluation>(i % 3);
        item.assessment = static_cast<IntelligenceAssessment>(i % 3);
        item.handlingCode = i % 4 == 3 ? HandlingCode::C : HandlingCode::P;
        if (item.handlingCode == HandlingCode::C)
            item.handlingConditions = QStringLiteral("Share only with the named panel members.");
        item.indicates = i % 2 == 0 ? Indication::GangMembership : static_cast<Indication>(i % 4);
        item.summary = QStringLiteral("Synthetic summary for a benchmark: seen with other "
                                      "listed nominals near a synthetic location on a weekday "
                                      "evening; reported by the originator. Item %1.")
                           .arg(i + 1);
        r.intelligence << item;
    }
    return r;
}

double seconds(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

// CPU seconds used by this process (or its finished children): on a shared machine the wall
// clock also counts other people's work.
double cpuSeconds(int who = RUSAGE_SELF)
{
    rusage u{};
    getrusage(who, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption pagesOpt(QStringLiteral("pages"), QStringLiteral("Target pages."),
                                      QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption itemsOpt(QStringLiteral("items"),
                                      QStringLiteral("Intelligence items per nominal."),
                                      QStringLiteral("N"), QStringLiteral("6"));
    const QCommandLineOption audienceOpt(QStringLiteral("audience"),
                                         QStringLiteral("internal or partner."),
                                         QStringLiteral("A"), QStringLiteral("internal"));
    const QCommandLineOption keepOpt(QStringLiteral("keep"),
                                     QStringLiteral("Copy the PDF into this folder."),
                                     QStringLiteral("DIR"));
    parser.addOptions({pagesOpt, itemsOpt, audienceOpt, keepOpt});
    parser.process(app);
    const int targetPages = parser.value(pagesOpt).toInt();
    const int items = parser.value(itemsOpt).toInt();
    const PackAudience audience =
        parser.value(audienceOpt) == u"partner" ? PackAudience::Partner : PackAudience::Internal;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.corroborate"));
    QElapsedTimer t;
    t.start();
    auto file = makeCaseFile(path);
    // Enough nominals for the biggest batch asked for (about 2.5 pages each at 6 items).
    const int population = std::max(20, targetPages);
    {
        Transaction tx(file->db());
        NominalRepository repo(file->db());
        ReviewRepository reviews(file->db());
        for (int n = 1; n <= population; ++n) {
            const qint64 id = repo.insert(benchNominal(n, items), kAdmin);
            for (int r = 0; r < 2; ++r) {
                ReviewRecord rec;
                rec.nominalId = id;
                rec.reviewer = kAdmin;
                rec.reviewedAt = Time::nowUtc();
                rec.policyVersion = 1;
                rec.evaluationJson = QStringLiteral("{}");
                rec.decision = QStringLiteral("retain");
                rec.reason = QStringLiteral("Synthetic scheduled review");
                rec.retainUntil = Time::today().addDays(90);
                reviews.insertReview(rec);
            }
        }
        tx.commit();
    }
    std::printf("case file: %d nominals, %d items each, made in %.2f s\n", population, items,
                seconds(t));
    const User producer = Accounts(file->db()).find(kAdmin).value();

    auto requestFor = [&](int count) {
        PackRequest r;
        r.audience = audience;
        for (int n = 1; n <= count; ++n)
            r.references << QStringLiteral("N-%1").arg(n, 6, 10, QLatin1Char('0'));
        r.recipient = QStringLiteral("Benchmark panel");
        r.lawfulBasis = QStringLiteral("Benchmark");
        r.purpose = QStringLiteral("Benchmark");
        return r;
    };

    // Pages per nominal from a small sample, then the batch that makes about targetPages.
    PackRenderer::Result sample;
    PackRenderer(PackBuilder(*file).build(requestFor(20), producer)).renderPdf(&sample);
    const double perNominal = (sample.pages - 2.0) / 20.0;
    const int count =
        std::clamp(static_cast<int>(targetPages / std::max(0.1, perNominal)), 1, population);

    t.restart();
    double cpu = cpuSeconds();
    const PackContent content = PackBuilder(*file).build(requestFor(count), producer);
    const double buildS = seconds(t);
    const double buildCpu = cpuSeconds() - cpu;

    t.restart();
    cpu = cpuSeconds();
    PackRenderer::Result rendered;
    const QByteArray pdf = PackRenderer(content).renderPdf(&rendered);
    const double renderS = seconds(t);
    const double renderCpu = cpuSeconds() - cpu;

    const QString out = dir.filePath(QStringLiteral("bench.pdf"));
    t.restart();
    cpu = cpuSeconds();
    const PackOutput::Written written = PackOutput::writePdf(*file, content, out);
    const double writeS = seconds(t);
    const double writeCpu = cpuSeconds() - cpu;

    std::printf("batch: %d nominals (%lld included), %d pages, %.1f MB\n", count,
                static_cast<long long>(content.nominals.size()), rendered.pages,
                static_cast<double>(pdf.size()) / 1e6);
    std::printf("                                          wall      cpu\n");
    std::printf("  read and evaluate (PackBuilder):      %6.2f s %6.2f s\n", buildS, buildCpu);
    std::printf("  render to memory (PackRenderer):      %6.2f s %6.2f s  (%.1f ms/page cpu)\n",
                renderS, renderCpu, 1000.0 * renderCpu / std::max(1, rendered.pages));
    std::printf("  render, save, record (PackOutput):    %6.2f s %6.2f s  (%.1f ms/page cpu)\n",
                writeS, writeCpu, 1000.0 * writeCpu / std::max(1, written.pages));

    if (parser.isSet(keepOpt)) {
        const QString kept = QDir(parser.value(keepOpt)).filePath(QStringLiteral("bench-pack.pdf"));
        QFile::remove(kept);
        QFile::copy(out, kept);
    }

    // The whole command, as an officer would run it.
    file.reset();
    if (QFile::exists(cliPath())) {
        QStringList args{QStringLiteral("pack"), path};
        for (const QString& ref : requestFor(count).references)
            args << QStringLiteral("--nominal") << ref;
        args << QStringLiteral("--audience")
             << (audience == PackAudience::Partner ? QStringLiteral("partner")
                                                   : QStringLiteral("internal"))
             << QStringLiteral("--recipient") << QStringLiteral("Benchmark panel")
             << QStringLiteral("--basis") << QStringLiteral("Benchmark")
             << QStringLiteral("--purpose") << QStringLiteral("Benchmark")
             << QStringLiteral("--out") << dir.filePath(QStringLiteral("cli.pdf"));
        t.restart();
        cpu = cpuSeconds(RUSAGE_CHILDREN);
        const CliResult r = runCli(args);
        std::printf("  corroborate-cli pack, end to end:     %6.2f s %6.2f s  (exit %d)\n",
                    seconds(t), cpuSeconds(RUSAGE_CHILDREN) - cpu, r.exitCode);
    }
    const double total = buildS + writeS;
    std::printf("300-page target: %s (%.2f s for %d pages; limit 10 s)\n",
                total <= 10.0 ? "met" : "MISSED", total, written.pages);
    return total <= 10.0 ? 0 : 1;
}
