// The contents page of a review pack names, for every nominal, the page on which that
// nominal's section starts (issue 9). Packs of a few hundred nominals, internal and partner,
// with sections of one to several pages, rendered to real PDFs and read back page by page
// with pdftotext.
#include "CaseFileFixture.h"
#include "TestCaseFiles.h"
#include "packs/PackBuilder.h"
#include "packs/PackRenderer.h"
#include "store/Database.h"
#include "store/NominalRepository.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace corroborate;
using namespace corroborate::test;

namespace {

constexpr int kNominals = 260;

// Pages of `pdftotext -layout`, split on form feeds.
QStringList pdfPages(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return {};
    QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

QString reference(int i)
{
    return QStringLiteral("N-%1").arg(i + 1, 6, 10, QLatin1Char('0'));
}

} // namespace

class TestPackContents : public QObject
{
    Q_OBJECT

    std::unique_ptr<CaseFileFixture> m_fx;
    QTemporaryDir m_out;
    QStringList m_refs;
    QString m_agreement; // partner packs are made under an agreement (issue 10)

    // Renders a pack of every nominal for `audience` and checks each contents entry against
    // the page on which the section really starts.
    void check(PackAudience audience, int expectedInPack)
    {
        PackRequest request;
        request.audience = audience;
        request.references = m_refs;
        request.recipient = QStringLiteral("Riverside safeguarding panel");
        request.lawfulBasis = QStringLiteral("DPA 2018 s.35(2)(b)");
        request.purpose = QStringLiteral("Quarterly review of listed nominals");
        if (audience == PackAudience::Partner)
            request.agreement = m_agreement;
        const PackContent content = PackBuilder(m_fx->file()).build(request, m_fx->user(kOfficer));
        QCOMPARE(content.nominals.size(), expectedInPack);

        const QString path =
            m_out.filePath(audience == PackAudience::Partner ? QStringLiteral("partner.pdf")
                                                             : QStringLiteral("internal.pdf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const PackRenderer::Result r = PackRenderer(content).renderPdf(f);
        f.close();
        QVERIFY(!r.cancelled);
        const QStringList pages = pdfPages(path);
        QCOMPARE(pages.size(), r.pages);

        // The contents: every line of the contents pages that begins with a reference ends with
        // its page number. The contents run from the page headed "Contents" until the first
        // page without an entry.
        int contentsFirst = -1;
        for (int p = 0; p < pages.size() && contentsFirst < 0; ++p)
            if (pages.at(p).contains(QRegularExpression(QStringLiteral("^\\s*Contents\\s*$"),
                                                        QRegularExpression::MultilineOption)))
                contentsFirst = p;
        QVERIFY(contentsFirst >= 0);
        const QRegularExpression entry(QStringLiteral("^\\s*(N-\\d{6})\\s.*\\s(\\d+)\\s*$"),
                                       QRegularExpression::MultilineOption);
        QHash<QString, int> listed;
        QStringList order;
        int contentsLast = contentsFirst;
        for (int p = contentsFirst; p < pages.size(); ++p) {
            bool any = false;
            for (auto it = entry.globalMatch(pages.at(p)); it.hasNext();) {
                const auto m = it.next();
                if (listed.contains(m.captured(1)))
                    continue; // a repeated header row never holds a reference
                listed.insert(m.captured(1), m.captured(2).toInt());
                order << m.captured(1);
                any = true;
            }
            if (!any)
                break;
            contentsLast = p;
        }
        QCOMPARE(listed.size(), expectedInPack);
        QVERIFY2(contentsLast > contentsFirst, "a few hundred entries need several pages");

        // Where each section starts: the first page after the contents that shows its heading
        // ("N-000123 — Name").
        QHash<QString, int> starts;
        const QRegularExpression heading(QStringLiteral("^\\s*(N-\\d{6}) \u2014 "),
                                         QRegularExpression::MultilineOption);
        for (int p = contentsLast + 1; p < pages.size(); ++p)
            for (auto it = heading.globalMatch(pages.at(p)); it.hasNext();) {
                const QString ref = it.next().captured(1);
                if (!starts.contains(ref))
                    starts.insert(ref, p + 1);
            }
        QCOMPARE(starts.size(), expectedInPack);
        int multiPage = 0;
        for (int i = 0; i < order.size(); ++i) {
            const QString& ref = order.at(i);
            QVERIFY2(starts.value(ref) == listed.value(ref),
                     qPrintable(QStringLiteral("%1 is listed at page %2 and starts on page %3")
                                    .arg(ref)
                                    .arg(listed.value(ref))
                                    .arg(starts.value(ref))));
            // The page's own footer agrees.
            QVERIFY(
                pages.at(listed.value(ref) - 1)
                    .contains(QStringLiteral("Page %1 of %2").arg(listed.value(ref)).arg(r.pages)));
            const int next = i + 1 < order.size() ? listed.value(order.at(i + 1)) : r.pages + 1;
            if (next - listed.value(ref) > 1)
                ++multiPage;
        }
        // Sections of more than one page are part of the test (the old fault listed the page
        // on which a section ended).
        QVERIFY2(multiPage > 10, qPrintable(QString::number(multiPage)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_out.isValid());
        m_fx = std::make_unique<CaseFileFixture>();
        QVERIFY(m_fx->isValid());
        m_agreement = m_fx->addAgreement(QStringLiteral("Riverside safeguarding panel"),
                                         QStringLiteral("DPA 2018 s.35(2)(b)"),
                                         {QStringLiteral("Quarterly review of listed nominals")});
        // Every fourth person is below the threshold (restricted: left out of partner packs);
        // every third has many long items, so that the section runs over two or more pages.
        Transaction tx(m_fx->db());
        NominalRepository repo(m_fx->db());
        for (int i = 0; i < kNominals; ++i) {
            NominalRecord r = i % 4 == 3 ? CaseFileFixture::belowThreshold(reference(i))
                                         : CaseFileFixture::meetingThreshold(reference(i));
            if (i % 3 == 0) {
                for (int k = 0; k < 12 + i % 20; ++k) {
                    IntelligenceItem item = r.intelligence.at(0);
                    item.reference = QStringLiteral("INT/%1/%2").arg(i).arg(k);
                    item.summary = QStringLiteral("Synthetic summary %1 of a longer account. ")
                                       .arg(k)
                                       .repeated(3);
                    r.intelligence << item;
                }
            }
            repo.insert(r, kAdmin);
            m_refs << reference(i);
        }
        tx.commit();
    }

    void internalPackContentsNameTheStartPage() { check(PackAudience::Internal, kNominals); }

    void partnerPackContentsNameTheStartPage()
    {
        check(PackAudience::Partner, kNominals - kNominals / 4);
    }
};

QTEST_MAIN(TestPackContents)
#include "tst_pack_contents.moc"
