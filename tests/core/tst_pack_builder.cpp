// What goes into a pack and what is recorded when it leaves (issue 6): the audience rules
// applied by PackBuilder, the batch selections, the request checks, and PackOutput's saving
// (never over an existing file, owner-only) with one disclosure per pack naming every
// included reference, plus its audit entry, committed with the file or not at all.
#include "CaseFileFixture.h"
#include "TestCaseFiles.h"
#include "audit/AuditLog.h"
#include "audit/DisclosureLog.h"
#include "core/Error.h"
#include "core/Time.h"
#include "packs/PackBuilder.h"
#include "packs/PackOutput.h"
#include "packs/PackRenderer.h"
#include "store/RemovalRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace corroborate;
using namespace corroborate::test;

class TestPackBuilder : public QObject
{
    Q_OBJECT

    std::unique_ptr<CaseFileFixture> m_fx;
    QTemporaryDir m_out;
    QString m_agreement;

    PackRequest request(PackAudience audience, const QStringList& refs) const
    {
        PackRequest r;
        r.audience = audience;
        r.references = refs;
        r.recipient = QStringLiteral("Borough housing safeguarding lead");
        r.lawfulBasis = QStringLiteral("DPA 2018 s.35");
        r.purpose = QStringLiteral("Safeguarding panel, synthetic test");
        if (audience == PackAudience::Partner)
            r.agreement = m_agreement;
        return r;
    }

    PackContent build(PackAudience audience, const QStringList& refs)
    {
        return PackBuilder(m_fx->file()).build(request(audience, refs), m_fx->user(kOfficer));
    }

    static ErrorKind kindOf(const std::function<void()>& f)
    {
        try {
            f();
        } catch (const Error& e) {
            return e.kind();
        }
        return ErrorKind::Internal;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_out.isValid());
        m_fx = std::make_unique<CaseFileFixture>();
        m_agreement = m_fx->addAgreement(
            QStringLiteral("Borough housing safeguarding lead"), QStringLiteral("DPA 2018 s.35"),
            {QStringLiteral("Safeguarding panel, synthetic test")}, 14);
        QVERIFY(m_fx->isValid());
        // N-000001 meets; N-000002 below (one source); N-000003 meets but removal pending;
        // N-000004 meets with a handling-code-C item; N-000005 meets, review long overdue.
        m_fx->addNominal(CaseFileFixture::meetingThreshold(QStringLiteral("N-000001")));
        m_fx->addNominal(CaseFileFixture::belowThreshold(QStringLiteral("N-000002")));
        const qint64 pending =
            m_fx->addNominal(CaseFileFixture::meetingThreshold(QStringLiteral("N-000003")));
        NominalRecord conditional = CaseFileFixture::meetingThreshold(QStringLiteral("N-000004"));
        IntelligenceItem c = conditional.intelligence.first();
        c.originator = QStringLiteral("Conditional Originator");
        c.handlingCode = HandlingCode::C;
        c.handlingConditions = QStringLiteral("Synthetic condition");
        c.summary = QStringLiteral("Synthetic conditional summary");
        conditional.intelligence << c;
        m_fx->addNominal(conditional);
        NominalRecord overdue = CaseFileFixture::meetingThreshold(QStringLiteral("N-000005"));
        overdue.nominal.listedOn = Time::today().addYears(-1);
        m_fx->addNominal(overdue);

        Transaction tx(m_fx->db());
        RemovalRepository(m_fx->db())
            .insertPending(pending, QStringLiteral("OTHER"), QStringLiteral("Synthetic"), kOfficer,
                           Time::nowUtc(), QString());
        tx.commit();
    }

    void internalKeepsEverythingAndMarksRestricted()
    {
        const PackContent c =
            build(PackAudience::Internal, {QStringLiteral("N-000001"), QStringLiteral("N-000002"),
                                           QStringLiteral("N-000003"), QStringLiteral("N-000004")});
        QCOMPARE(c.references(),
                 (QStringList{QStringLiteral("N-000001"), QStringLiteral("N-000002"),
                              QStringLiteral("N-000003"), QStringLiteral("N-000004")}));
        QCOMPARE(c.withheldCount, 0);
        QCOMPARE(c.selectedCount, 4);
        QVERIFY(!c.nominals.at(0).restricted);
        QVERIFY(c.nominals.at(1).restricted);
        QVERIFY(!c.nominals.at(1).threshold.meetsThreshold);
        QVERIFY(!c.nominals.at(1).threshold.reasons.isEmpty());
        QVERIFY(c.nominals.at(2).restricted);
        QVERIFY(c.nominals.at(2).threshold.meetsThreshold);
        QVERIFY(c.nominals.at(2).pendingRemoval.has_value());
        const PackNominal& cond = c.nominals.at(3);
        QCOMPARE(cond.items.size(), 3);
        QVERIFY(!cond.items.last().withheld);
        QCOMPARE(cond.items.last().item.handlingConditions, QStringLiteral("Synthetic condition"));
        QCOMPARE(c.producedBy, QStringLiteral("%1 (%2)").arg(kOfficerName, kOfficer));
        QCOMPARE(c.producerUsername, kOfficer);
        QCOMPARE(c.marking, QStringLiteral("OFFICIAL-SENSITIVE"));
        QVERIFY(!c.synthetic);
        QCOMPARE(c.evaluatedOn, Time::today());
        // Internal packs: the policy's disclosure_retention_days (default 28).
        QCOMPARE(c.destroyBy, c.evaluatedOn.addDays(28));
        QVERIFY(!c.thresholdRuleInWords.isEmpty());
        QVERIFY(c.policyVersion >= 1);
    }

    void partnerLeavesOutRestrictedAndConditionalDetails()
    {
        const PackContent c =
            build(PackAudience::Partner, {QStringLiteral("N-000001"), QStringLiteral("N-000002"),
                                          QStringLiteral("N-000003"), QStringLiteral("N-000004")});
        QCOMPARE(c.references(),
                 (QStringList{QStringLiteral("N-000001"), QStringLiteral("N-000004")}));
        QCOMPARE(c.withheldCount, 2);
        // Issue 10: recipient, basis and destroy-by come from the agreement.
        QCOMPARE(c.agreement, m_agreement);
        QCOMPARE(c.recipient, QStringLiteral("Borough housing safeguarding lead"));
        QCOMPARE(c.destroyBy, Time::today().addDays(14));
        QCOMPARE(c.selectedCount, 4);
        const PackItem& withheld = c.nominals.at(1).items.last();
        QVERIFY(withheld.withheld);
        // The details never even reach the content a worker thread renders.
        QVERIFY(withheld.item.originator.isEmpty());
        QVERIFY(withheld.item.summary.isEmpty());
        QVERIFY(withheld.item.handlingConditions.isEmpty());
        QVERIFY(withheld.item.reference.isEmpty());
        QVERIFY(!c.nominals.at(1).items.first().withheld);
    }

    void requestsAreChecked_data()
    {
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QString>("basis");
        QTest::addColumn<QString>("purpose");
        QTest::newRow("no recipient") << QString() << QStringLiteral("b") << QStringLiteral("p");
        QTest::newRow("blank basis")
            << QStringLiteral("r") << QStringLiteral("  ") << QStringLiteral("p");
        QTest::newRow("no purpose") << QStringLiteral("r") << QStringLiteral("b") << QString();
    }

    void requestsAreChecked()
    {
        QFETCH(QString, recipient);
        QFETCH(QString, basis);
        QFETCH(QString, purpose);
        PackRequest r = request(PackAudience::Internal, {QStringLiteral("N-000001")});
        r.recipient = recipient;
        r.lawfulBasis = basis;
        r.purpose = purpose;
        QCOMPARE(kindOf([&] { PackBuilder(m_fx->file()).build(r, m_fx->user(kOfficer)); }),
                 ErrorKind::Usage);
    }

    void unknownReferencesStopThePack()
    {
        try {
            build(PackAudience::Internal, {QStringLiteral("N-000001"), QStringLiteral("N-999998"),
                                           QStringLiteral("N-999999")});
            QFAIL("expected an error");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::InvalidData);
            QVERIFY(e.message().contains(QStringLiteral("N-999998, N-999999")));
        }
    }

    void duplicatesAreDropped()
    {
        const PackContent c =
            build(PackAudience::Internal, {QStringLiteral("N-000004"), QStringLiteral(" N-000001 "),
                                           QStringLiteral("N-000004")});
        QCOMPARE(c.references(),
                 (QStringList{QStringLiteral("N-000004"), QStringLiteral("N-000001")}));
    }

    void batchSelections()
    {
        PackBuilder builder(m_fx->file());
        QCOMPARE(builder.referencesFlagged(), QStringList{QStringLiteral("N-000002")});
        // Listed six months ago, never reviewed: due 90 days after listing, all but N-000005
        // (listed a year ago) fall due at the same date.
        const QStringList dueNow = builder.referencesDueBy(Time::today());
        QCOMPARE(dueNow.size(), 5);
        QCOMPARE(builder.referencesDueBy(Time::today().addYears(-2)), QStringList{});
        QCOMPARE(kindOf([&] { builder.referencesDueBy(QDate()); }), ErrorKind::Usage);
    }

    void savedPackIsRecordedAsADisclosure()
    {
        const PackContent c =
            build(PackAudience::Partner, {QStringLiteral("N-000001"), QStringLiteral("N-000002"),
                                          QStringLiteral("N-000004")});
        const qint64 auditBefore = AuditLog(m_fx->db()).count();
        const QString path = m_out.filePath(QStringLiteral("saved.pdf"));
        const PackOutput::Written w = PackOutput::writePdf(m_fx->file(), c, path);
        QVERIFY(!w.cancelled);
        QVERIFY(w.pages >= 4);
        QVERIFY(QFileInfo(path).size() > 1000);
        QCOMPARE(QFileInfo(path).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                      QFileDevice::WriteOther),
                 QFileDevice::Permissions());

        DisclosureLog log(m_fx->db());
        const QList<Disclosure> all = log.all();
        QVERIFY(!all.isEmpty());
        const Disclosure& d = all.last();
        QCOMPARE(d.id, w.disclosureId);
        QCOMPARE(d.kind, QStringLiteral("pack_pdf"));
        QCOMPARE(d.audience, QStringLiteral("partner"));
        QCOMPARE(d.recipient, QStringLiteral("Borough housing safeguarding lead"));
        QCOMPARE(d.lawfulBasis, QStringLiteral("DPA 2018 s.35"));
        QCOMPARE(d.purpose, QStringLiteral("Safeguarding panel, synthetic test"));
        QCOMPARE(d.identifier, c.identifier);
        QCOMPARE(d.madeBy, kOfficer);
        // Every included reference, and only those: the withheld nominal was not disclosed.
        QCOMPARE(log.referencesOf(d.id),
                 (QStringList{QStringLiteral("N-000001"), QStringLiteral("N-000004")}));
        QCOMPARE(log.forReference(QStringLiteral("N-000002")).size(), 0);
        QCOMPARE(AuditLog(m_fx->db()).count(), auditBefore + 1);
        const AuditEntry entry = AuditLog(m_fx->db()).page(0, 1).first();
        QCOMPARE(entry.action, AuditAction::Disclosure);
        QCOMPARE(entry.object, QStringLiteral("disclosure:%1").arg(d.id));
        QVERIFY(entry.details.contains(c.identifier));
        QVERIFY(AuditLog(m_fx->db()).verify().ok);
    }

    void neverOverwrites()
    {
        const PackContent c = build(PackAudience::Internal, {QStringLiteral("N-000001")});
        const QString path = m_out.filePath(QStringLiteral("existing.pdf"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("someone else's file");
        }
        const qsizetype before = DisclosureLog(m_fx->db()).all().size();
        QCOMPARE(kindOf([&] { PackOutput::writePdf(m_fx->file(), c, path); }), ErrorKind::Conflict);
        QCOMPARE(kindOf([&] { PackOutput::savePdf(m_fx->file(), c, QByteArray("%PDF-"), path); }),
                 ErrorKind::Conflict);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("someone else's file"));
        QCOMPARE(DisclosureLog(m_fx->db()).all().size(), before);
        QCOMPARE(
            QDir(m_out.path()).entryList(QDir::Files).filter(QStringLiteral("existing")).size(), 1);
    }

    void renderedBytesSavedLaterAndPrintsRecorded()
    {
        // The GUI's path: render on a worker into bytes, then save on the GUI thread.
        const PackContent c = build(PackAudience::Internal, {QStringLiteral("N-000003")});
        PackRenderer::Result result;
        const QByteArray pdf = PackRenderer(c).renderPdf(&result);
        QVERIFY(!result.cancelled);
        const QString path = m_out.filePath(QStringLiteral("later.pdf"));
        const qint64 id = PackOutput::savePdf(m_fx->file(), c, pdf, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), pdf);
        QCOMPARE(DisclosureLog(m_fx->db()).referencesOf(id),
                 QStringList{QStringLiteral("N-000003")});

        const qint64 printed = PackOutput::recordPrint(m_fx->file(), c);
        QCOMPARE(DisclosureLog(m_fx->db()).all().last().kind, QStringLiteral("pack_print"));
        QCOMPARE(DisclosureLog(m_fx->db()).referencesOf(printed),
                 QStringList{QStringLiteral("N-000003")});
    }

    void cancelledWriteLeavesNothing()
    {
        const PackContent c = build(PackAudience::Internal, {QStringLiteral("N-000001")});
        const QString path = m_out.filePath(QStringLiteral("cancelled.pdf"));
        const qsizetype before = DisclosureLog(m_fx->db()).all().size();
        std::atomic_bool cancel{true};
        const PackOutput::Written w = PackOutput::writePdf(m_fx->file(), c, path, {}, &cancel);
        QVERIFY(w.cancelled);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(DisclosureLog(m_fx->db()).all().size(), before);
        QCOMPARE(QDir(m_out.path()).entryList(QDir::Files).filter(QStringLiteral("cancelled")),
                 QStringList{});
    }

    void cleanupTestCase() { m_fx.reset(); }
};

QTEST_MAIN(TestPackBuilder)
#include "tst_pack_builder.moc"
