// Review packs read back from real PDFs (issue 6): pdftotext -layout and pdfinfo on packs made
// from a real case file. The protective marking at the top and bottom of every page, "Page X
// of Y" and the identifier in every footer, SYNTHETIC DATA on every page of a synthetic file,
// the content rules of each audience, hostile text printed as typed, fonts embedded, no row
// or line cut between pages (each item's text extracted exactly once), progress and cancel.
#include "CaseFileFixture.h"
#include "TestCaseFiles.h"
#include "core/Time.h"
#include "packs/InterpretationNotice.h"
#include "packs/PackBuilder.h"
#include "packs/PackHtml.h"
#include "packs/PackOutput.h"
#include "packs/PackRenderer.h"
#include "policy/Evaluation.h"
#include "store/RemovalRepository.h"
#include "store/ReviewRepository.h"
#include "workflow/ThresholdScan.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace corroborate;
using namespace corroborate::test;

namespace {

const QString kHostileSurname = QStringLiteral("<b>Bold</b> & \"Quote\"");
const QString kHostileForenames = QStringLiteral("<script>alert('x')</script>");
const QString kHostileSummary = QStringLiteral("Seen at <i>not italic</i> & <br> 50% of %1 days");
const QString kConditions = QStringLiteral("Only for the safeguarding panel <u>Lambeth</u>");

QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Pages of `pdftotext -layout`, split on form feeds.
QStringList pdfPages(const QString& path)
{
    QStringList pages =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")})
            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// The text in reading order (cell by cell), white space runs as one space: for content checks.
// (-layout keeps the page's columns, which interleaves table cells line by line.)
QString pdfText(const QString& path)
{
    return run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).simplified();
}

QString pdfInfo(const QString& path, const QString& key)
{
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    const QRegularExpression re(QStringLiteral("^%1:\\s*(.*)$").arg(key),
                                QRegularExpression::MultilineOption);
    return re.match(info).captured(1).trimmed();
}

QStringList nonBlankLines(const QString& page)
{
    QStringList out;
    for (const QString& line : page.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            out << line;
    return out;
}

// All white space runs as one space, so text wrapped over lines can be searched.
QString flat(const QString& text)
{
    return text.simplified();
}

int occurrences(const QString& text, const QRegularExpression& re)
{
    int n = 0;
    for (auto it = re.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

} // namespace

class TestPackPdf : public QObject
{
    Q_OBJECT

    std::unique_ptr<CaseFileFixture> m_fx;
    QTemporaryDir m_out;
    int m_files = 0;
    QString m_agreement;

    QString outPath() { return m_out.filePath(QStringLiteral("pack-%1.pdf").arg(++m_files)); }

    PackContent build(PackAudience audience, const QStringList& refs)
    {
        PackRequest request;
        request.audience = audience;
        request.references = refs;
        request.recipient = QStringLiteral("Lambeth safeguarding panel");
        request.lawfulBasis = QStringLiteral("DPA 2018 s.35(2)(b)");
        request.purpose = QStringLiteral("Quarterly review of listed nominals");
        if (audience == PackAudience::Partner)
            request.agreement = m_agreement;
        return PackBuilder(m_fx->file()).build(request, m_fx->user(kOfficer));
    }

    QString render(const PackContent& content)
    {
        const QString path = outPath();
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        PackRenderer renderer(content);
        const PackRenderer::Result r = renderer.renderPdf(f);
        f.close();
        return r.cancelled ? QString() : path;
    }

    // The rules every page of every pack keeps.
    void checkEveryPage(const QString& path, const PackContent& content)
    {
        const QStringList pages = pdfPages(path);
        QVERIFY(!pages.isEmpty());
        QCOMPARE(pdfInfo(path, QStringLiteral("Pages")).toInt(), pages.size());
        const int total = static_cast<int>(pages.size());
        for (int i = 0; i < total; ++i) {
            const QStringList lines = nonBlankLines(pages.at(i));
            QVERIFY2(lines.size() >= 2, qPrintable(QStringLiteral("page %1 is empty").arg(i + 1)));
            QVERIFY2(lines.first().trimmed() == content.marking,
                     qPrintable(QStringLiteral("page %1 top: %2").arg(i + 1).arg(lines.first())));
            const QString bottom = lines.last();
            QVERIFY2(bottom.contains(content.marking),
                     qPrintable(QStringLiteral("page %1 bottom: %2").arg(i + 1).arg(bottom)));
            QVERIFY2(bottom.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(total)),
                     qPrintable(QStringLiteral("page %1 bottom: %2").arg(i + 1).arg(bottom)));
            QVERIFY2(bottom.contains(content.identifier), qPrintable(bottom));
            // Above it, where the copy came from and its destroy-by date (issue 10).
            QVERIFY2(lines.at(lines.size() - 2).trimmed() == PackHtml::handlingLine(content),
                     qPrintable(lines.at(lines.size() - 2)));
            if (content.synthetic) {
                QVERIFY2(lines.at(1).contains(QStringLiteral("SYNTHETIC DATA")),
                         qPrintable(QStringLiteral("page %1: %2").arg(i + 1).arg(lines.at(1))));
                QVERIFY(lines.at(lines.size() - 3).contains(QStringLiteral("SYNTHETIC DATA")));
            } else {
                QVERIFY(!pages.at(i).contains(QStringLiteral("SYNTHETIC DATA")));
            }
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_out.isValid());
        QVERIFY2(!run(QStringLiteral("pdftotext"), {QStringLiteral("-v")}).isNull() ||
                     QFile::exists(QStringLiteral("/usr/bin/pdftotext")),
                 "poppler-utils (pdftotext, pdfinfo, pdffonts) are needed");
        m_fx = std::make_unique<CaseFileFixture>();
        m_agreement = m_fx->addAgreement(QStringLiteral("Lambeth safeguarding panel"),
                                         QStringLiteral("DPA 2018 s.35(2)(b)"),
                                         {QStringLiteral("Quarterly review of listed nominals")});
        QVERIFY(m_fx->isValid());

        // N-000001 meets the threshold; hostile text in its name and a summary; one item with
        // handling code C.
        NominalRecord hostile = CaseFileFixture::meetingThreshold(QStringLiteral("N-000001"));
        hostile.nominal.surname = kHostileSurname;
        hostile.nominal.forenames = kHostileForenames;
        hostile.intelligence[0].summary = kHostileSummary;
        IntelligenceItem conditional = hostile.intelligence.at(1);
        conditional.originator = QStringLiteral("Partner Conditions Unit");
        conditional.reference = QStringLiteral("INT/COND/1");
        conditional.handlingCode = HandlingCode::C;
        conditional.handlingConditions = kConditions;
        conditional.summary = QStringLiteral("Conditional detail that partners must not see");
        hostile.intelligence << conditional;
        const qint64 first = m_fx->addNominal(hostile);
        // N-000002 below the threshold (one source).
        m_fx->addNominal(CaseFileFixture::belowThreshold(QStringLiteral("N-000002")));
        // N-000003 meets the threshold but awaits a removal decision.
        NominalRecord pending = CaseFileFixture::meetingThreshold(QStringLiteral("N-000003"));
        pending.nominal.surname = QStringLiteral("Pendingname");
        const qint64 third = m_fx->addNominal(pending);
        // N-000004 a victim.
        NominalRecord victim = CaseFileFixture::meetingThreshold(QStringLiteral("N-000004"));
        victim.nominal.surname = QStringLiteral("Victimname");
        victim.nominal.classification = Classification::Victim;
        m_fx->addNominal(victim);
        // N-000005 with many items, so that its table runs over pages.
        NominalRecord big = CaseFileFixture::meetingThreshold(QStringLiteral("N-000005"));
        for (int i = 0; i < 40; ++i) {
            IntelligenceItem item = big.intelligence.at(0);
            item.reference = QStringLiteral("INT/BIG/%1").arg(i + 1);
            item.summary =
                QStringLiteral("Long synthetic summary number %1. ").arg(i + 1).repeated(1 + i % 4);
            big.intelligence << item;
        }
        m_fx->addNominal(big);
        // N-000006: a summary longer than a page, and an originator with no place to break.
        NominalRecord huge = CaseFileFixture::meetingThreshold(QStringLiteral("N-000006"));
        QString longSummary;
        for (int i = 1; i <= 400; ++i)
            longSummary += QStringLiteral("Sentence %1 of a very long synthetic summary. ").arg(i);
        huge.intelligence[0].summary = longSummary;
        huge.intelligence[1].originator =
            QStringLiteral("Unbroken") + QString(200, QLatin1Char('X'));
        m_fx->addNominal(huge);

        Transaction tx(m_fx->db());
        RemovalRepository(m_fx->db())
            .insertPending(third, QStringLiteral("OTHER"), QStringLiteral("Synthetic proposal"),
                           kOfficer, Time::nowUtc(), QString());
        ReviewRecord review;
        review.nominalId = first;
        review.reviewer = kOfficer;
        review.reviewedAt = Time::nowUtc();
        review.policyVersion = 1;
        review.evaluationJson = QStringLiteral("{}");
        review.decision = QStringLiteral("retain");
        review.reason = QStringLiteral("Synthetic review <em>reason</em>");
        review.retainUntil = Time::today().addDays(90);
        ReviewRepository(m_fx->db()).insertReview(review);
        tx.commit();
    }

    void internalPackHoldsEverything()
    {
        const PackContent content =
            build(PackAudience::Internal, {QStringLiteral("N-000001"), QStringLiteral("N-000002"),
                                           QStringLiteral("N-000003"), QStringLiteral("N-000004")});
        QCOMPARE(content.nominals.size(), 4);
        QCOMPARE(content.withheldCount, 0);
        const QString path = render(content);
        QVERIFY(!path.isEmpty());
        checkEveryPage(path, content);
        const QString text = pdfText(path);

        // Cover.
        QVERIFY(text.contains(QStringLiteral("Gang nominal review pack")));
        QVERIFY(text.contains(QStringLiteral("INTERNAL PACK")));
        QVERIFY(text.contains(QStringLiteral("%1 (%2)").arg(kOfficerName, kOfficer)));
        QVERIFY(text.contains(QStringLiteral("As at ")));
        QVERIFY(text.contains(QStringLiteral("Nominals in this pack 4")));
        QVERIFY(text.contains(QStringLiteral("check each nominal's current status")));
        QVERIFY(text.contains(QStringLiteral("Lambeth safeguarding panel")));
        QVERIFY(text.contains(QStringLiteral("DPA 2018 s.35(2)(b)")));
        QVERIFY(text.contains(QStringLiteral("Quarterly review of listed nominals")));
        QVERIFY(!text.contains(QStringLiteral("Interpretation notice")));

        // Every nominal, restricted ones marked.
        for (const QString& ref : {QStringLiteral("N-000001"), QStringLiteral("N-000002"),
                                   QStringLiteral("N-000003"), QStringLiteral("N-000004")})
            QVERIFY2(text.contains(ref + QStringLiteral(" \u2014 ")), qPrintable(ref));
        QCOMPARE(occurrences(text, QRegularExpression(QStringLiteral("RESTRICTED: "))), 3);
        QVERIFY(text.contains(QStringLiteral("VICTIM. This person is recorded as a victim, not "
                                             "as a suspected offender.")));
        QVERIFY(text.contains(flat(Evaluation::reasonText(QStringLiteral("RECORDED_AS_VICTIM")))));
        QVERIFY(text.contains(
            flat(Evaluation::reasonText(QStringLiteral("INSUFFICIENT_INDEPENDENT_SOURCES")))));
        QVERIFY(text.contains(QStringLiteral("awaiting a supervisor's decision since")));
        QVERIFY(text.contains(QStringLiteral("RESTRICTED: it is below the threshold (flagged for "
                                             "removal).")));
        QVERIFY(text.contains(QStringLiteral("RESTRICTED: a proposal to remove it awaits a "
                                             "supervisor's decision.")));

        // Codes with their meanings, handling conditions, review history, decision box.
        QVERIFY(text.contains(QStringLiteral("Source: 1 (Reliable)")));
        QVERIFY(text.contains(
            QStringLiteral("Intelligence: B (Known indirectly to the source but corroborated)")));
        QVERIFY(text.contains(QStringLiteral("Handling: P (Lawful sharing permitted)")));
        QVERIFY(text.contains(QStringLiteral("Handling: C (Lawful sharing permitted with "
                                             "conditions)")));
        QVERIFY(text.contains(flat(kConditions)));
        QVERIFY(text.contains(QStringLiteral("Conditional detail that partners must not see")));
        QVERIFY(text.contains(QStringLiteral("Synthetic review <em>reason</em>")));
        QVERIFY(text.contains(QStringLiteral("Retain until")));
        QCOMPARE(occurrences(text, QRegularExpression(QStringLiteral("Panel decision for N-"))), 4);
        QCOMPARE(occurrences(text, QRegularExpression(QStringLiteral("Signature"))), 4);
    }

    void hostileTextPrintsAsTyped()
    {
        const PackContent content = build(PackAudience::Internal, {QStringLiteral("N-000001")});
        const QString path = render(content);
        const QString text = pdfText(path);
        QVERIFY2(text.contains(flat(kHostileSurname)), qPrintable(text.left(3000)));
        QVERIFY(text.contains(kHostileForenames));
        QVERIFY(text.contains(flat(kHostileSummary)));
        QVERIFY(text.contains(QStringLiteral("<u>Lambeth</u>")));
        QVERIFY(!text.contains(QStringLiteral("&amp;")));
        QVERIFY(!text.contains(QStringLiteral("&lt;")));

        // And the rich text itself carries no markup from the data.
        const QString html = PackHtml::nominal(content, 0);
        QVERIFY(!html.contains(kHostileSurname));
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
        QCOMPARE(PackHtml::escape(QStringLiteral("a<b>&\"c'\nd")),
                 QStringLiteral("a&lt;b&gt;&amp;&quot;c&#39;<br/>d"));
    }

    void partnerPackLeavesOutRestrictedAndConditionalDetail()
    {
        const PackContent content =
            build(PackAudience::Partner, {QStringLiteral("N-000001"), QStringLiteral("N-000002"),
                                          QStringLiteral("N-000003"), QStringLiteral("N-000004")});
        QCOMPARE(content.nominals.size(), 1);
        QCOMPARE(content.withheldCount, 3);
        QCOMPARE(content.references(), QStringList{QStringLiteral("N-000001")});
        const QString path = render(content);
        checkEveryPage(path, content);
        const QStringList pages = pdfPages(path);
        const QString text = pdfText(path);

        QVERIFY(text.contains(QStringLiteral("PARTNER PACK")));
        QVERIFY(text.contains(QStringLiteral("3 nominals selected for this pack are withheld")));
        for (const QString& hidden :
             {QStringLiteral("N-000002"), QStringLiteral("N-000003"), QStringLiteral("N-000004"),
              QStringLiteral("Pendingname"), QStringLiteral("Victimname"),
              QStringLiteral("RESTRICTED"), flat(kConditions),
              QStringLiteral("Conditional detail that partners must not see"),
              QStringLiteral("Partner Conditions Unit"), QStringLiteral("INT/COND/1")})
            QVERIFY2(!text.contains(hidden), qPrintable(hidden));
        QVERIFY(text.contains(QStringLiteral("Withheld. This item may be shared only under "
                                             "conditions recorded with it")));
        QVERIFY(text.contains(QStringLiteral("Handling code C: Lawful sharing permitted with "
                                             "conditions")));

        // The interpretation notice comes straight after the cover.
        QVERIFY(nonBlankLines(pages.at(1)).at(1).contains(QStringLiteral("Interpretation notice")));
        const Policy policy = ThresholdScan::activePolicy(m_fx->db());
        QVERIFY(text.contains(flat(policy.describeInWords())));
        QVERIFY(text.contains(QStringLiteral("What inclusion means")));
        QVERIFY(text.contains(QStringLiteral("What inclusion does not mean")));
        QVERIFY(text.contains(QStringLiteral("must not be used for housing, employment or "
                                             "benefits screening")));
        QVERIFY(text.contains(QStringLiteral("Reporting an inaccuracy")));
        QVERIFY(text.contains(QStringLiteral("When to destroy this pack")));
        QVERIFY(text.contains(PackHtml::formatDate(content.destroyBy)));
        for (const QString& code : Grading::sourceEvaluationCodes())
            QVERIFY(text.contains(code + QLatin1Char(' ') +
                                  Grading::meaning(*Grading::sourceEvaluationFrom(code))));
        for (const QString& code : Grading::assessmentCodes())
            QVERIFY(text.contains(code + QLatin1Char(' ') +
                                  Grading::meaning(*Grading::assessmentFrom(code))));
        for (const QString& code : Grading::handlingCodes())
            QVERIFY(text.contains(code + QLatin1Char(' ') +
                                  Grading::meaning(*Grading::handlingCodeFrom(code))));
    }

    void longTablesBreakBetweenRowsWithHeadersRepeated()
    {
        const PackContent content = build(PackAudience::Internal, {QStringLiteral("N-000005")});
        const QString path = render(content);
        checkEveryPage(path, content);
        const QStringList pages = pdfPages(path);
        QVERIFY2(pages.size() >= 5, qPrintable(QString::number(pages.size())));
        const QString text = pdfText(path);
        // Every row's text is in the PDF exactly once: nothing drawn twice across a cut.
        const int items = static_cast<int>(content.nominals.first().items.size());
        for (int i = 1; i <= items; ++i)
            QCOMPARE(occurrences(text, QRegularExpression(QStringLiteral("\\bItem %1\\b").arg(i))),
                     1);
        for (int i = 1; i <= 40; ++i)
            QCOMPARE(
                occurrences(text, QRegularExpression(QStringLiteral("INT/ ?BIG/ ?%1\\b").arg(i))),
                1);
        // Each page that continues the table starts with its header row.
        int continued = 0;
        for (int p = 2; p < pages.size(); ++p) {
            const QStringList lines = nonBlankLines(pages.at(p));
            if (lines.size() > 2 && lines.at(1).contains(QStringLiteral("Item and source")))
                ++continued;
        }
        QVERIFY2(continued >= 2, qPrintable(QString::number(continued)));
    }

    void textTallerThanAPageIsCutBetweenLines()
    {
        const PackContent content = build(PackAudience::Internal, {QStringLiteral("N-000006")});
        const QString path = render(content);
        checkEveryPage(path, content);
        const QString text = pdfText(path);
        for (int i = 1; i <= 400; ++i)
            QCOMPARE(
                occurrences(text, QRegularExpression(QStringLiteral("\\bSentence %1 of").arg(i))),
                1);
        // The unbroken originator wraps inside its column rather than running off the page.
        // (The pack identifier on every page has random letters, X among them: leave it out.)
        const QString joined = QString(text).remove(content.identifier);
        QVERIFY(joined.contains(QStringLiteral("Unbroken")));
        const qsizetype xs =
            QString(joined).remove(QRegularExpression(QStringLiteral("[^X]"))).size();
        QCOMPARE(xs, 200);
    }

    void markingComesFromTheCaseFile()
    {
        {
            Transaction tx(m_fx->db());
            m_fx->file().setMeta(QStringLiteral("protective_marking"), QStringLiteral("secret"));
            tx.commit();
        }
        const PackContent content = build(PackAudience::Internal, {QStringLiteral("N-000001")});
        {
            Transaction tx(m_fx->db());
            m_fx->file().setMeta(QStringLiteral("protective_marking"), QString());
            tx.commit();
        }
        QCOMPARE(content.marking, QStringLiteral("SECRET"));
        const QString path = render(content);
        checkEveryPage(path, content);
        QVERIFY(!pdfPages(path).join(QString()).contains(QStringLiteral("OFFICIAL-SENSITIVE")));
        QVERIFY(pdfInfo(path, QStringLiteral("Title")).contains(QStringLiteral("SECRET")));
        QCOMPARE(build(PackAudience::Internal, {QStringLiteral("N-000001")}).marking,
                 QStringLiteral("OFFICIAL-SENSITIVE"));
    }

    void syntheticFilesSaySoOnEveryPage()
    {
        {
            Transaction tx(m_fx->db());
            m_fx->file().setMeta(QStringLiteral("synthetic"), QStringLiteral("true"));
            tx.commit();
        }
        const PackContent content =
            build(PackAudience::Partner, {QStringLiteral("N-000001"), QStringLiteral("N-000005")});
        {
            Transaction tx(m_fx->db());
            m_fx->file().setMeta(QStringLiteral("synthetic"), QStringLiteral("false"));
            tx.commit();
        }
        QVERIFY(content.synthetic);
        checkEveryPage(render(content), content);
    }

    void fontsEmbeddedAndMetadata()
    {
        const PackContent content = build(PackAudience::Internal, {QStringLiteral("N-000001")});
        const QString path = render(content);
        const QStringList rows =
            run(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(rows.size() > 2);
        for (const QString& row : rows.mid(2)) {
            const QStringList cols = row.simplified().split(QLatin1Char(' '));
            // name type [type] encoding emb sub uni object ID: "emb" is the fifth from the end.
            QVERIFY2(cols.size() >= 7 && cols.at(cols.size() - 5) == u"yes", qPrintable(row));
        }
        QVERIFY(pdfInfo(path, QStringLiteral("Title")).contains(content.identifier));
        QVERIFY(!pdfInfo(path, QStringLiteral("Title")).contains(kHostileSurname));
        QVERIFY(pdfInfo(path, QStringLiteral("Creator")).startsWith(QStringLiteral("Corroborate")));
        QVERIFY(pdfInfo(path, QStringLiteral("Page size")).contains(QStringLiteral("(A4)")));
        // No ligature characters: the text extracts as typed.
        QVERIFY(
            !pdfText(path).contains(QRegularExpression(QStringLiteral("[\\x{FB00}-\\x{FB06}]"))));
        QVERIFY(pdfText(path).contains(kOfficerName));
    }

    void progressAndCancel()
    {
        const PackContent content =
            build(PackAudience::Internal, {QStringLiteral("N-000001"), QStringLiteral("N-000005")});
        QList<int> seen;
        int lastTotal = 0;
        PackRenderer renderer(content);
        PackRenderer::Result result;
        const QByteArray pdf = renderer.renderPdf(&result, [&](int done, int total) {
            seen << done;
            lastTotal = total;
        });
        QVERIFY(!result.cancelled);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.last(), lastTotal);
        for (int i = 1; i < seen.size(); ++i)
            QVERIFY(seen.at(i) > seen.at(i - 1));

        std::atomic_bool cancel{false};
        PackRenderer::Result cancelled;
        const QByteArray none = renderer.renderPdf(
            &cancelled,
            [&](int done, int) {
                if (done >= 3)
                    cancel = true;
            },
            &cancel);
        QVERIFY(cancelled.cancelled);
        QVERIFY(none.isEmpty());
    }

    void rendersOnAWorkerThread()
    {
        // The GUI's way: content built here, rendered on another thread with progress, saved
        // back here.
        const PackContent content =
            build(PackAudience::Partner, {QStringLiteral("N-000001"), QStringLiteral("N-000005")});
        QByteArray pdf;
        PackRenderer::Result result;
        std::atomic_int progressCalls{0};
        std::unique_ptr<QThread> worker(QThread::create([&] {
            PackRenderer renderer(content);
            pdf = renderer.renderPdf(&result, [&](int, int) { ++progressCalls; });
        }));
        worker->start();
        QVERIFY(worker->wait(120000));
        QVERIFY(!result.cancelled);
        QVERIFY(progressCalls > 0);
        const QString path = outPath();
        PackOutput::savePdf(m_fx->file(), content, pdf, path);
        checkEveryPage(path, content);
        QCOMPARE(pdfInfo(path, QStringLiteral("Pages")).toInt(), result.pages);
    }

    void identifierFormat()
    {
        const QString id =
            PackBuilder::newIdentifier(QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC));
        QVERIFY2(QRegularExpression(QStringLiteral("^PK-20260304-050607-[A-HJ-NP-Z2-9]{4}$"))
                     .match(id)
                     .hasMatch(),
                 qPrintable(id));
        QVERIFY(PackBuilder::newIdentifier(QDateTime::currentDateTimeUtc()) !=
                    PackBuilder::newIdentifier(QDateTime::currentDateTimeUtc()) ||
                PackBuilder::newIdentifier(QDateTime::currentDateTimeUtc()) !=
                    PackBuilder::newIdentifier(QDateTime::currentDateTimeUtc()));
    }

    void cleanupTestCase() { m_fx.reset(); }
};

QTEST_MAIN(TestPackPdf)
#include "tst_pack_pdf.moc"
