// evaluate and policy through the real binary: documents imported, evaluated --json --as-of,
// statuses, counts and reason codes as docs/threshold.md defines them, before and after a policy
// change; policy validation naming keys; the consultation logged.
#include "TestCaseFiles.h"
#include "audit/AuditLog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace corroborate;
using namespace corroborate::test;

namespace {
QJsonObject item(const QString& originator, const QString& obtained,
                 const QString& source = QStringLiteral("1"),
                 const QString& assessment = QStringLiteral("B"),
                 const QString& indicates = QStringLiteral("gang_membership"),
                 const QString& provider = QStringLiteral("police"))
{
    static int n = 0;
    return {{QStringLiteral("provider"), provider},
            {QStringLiteral("originator"), originator},
            {QStringLiteral("reference"), QStringLiteral("INT/T/%1").arg(++n)},
            {QStringLiteral("obtained_on"), obtained},
            {QStringLiteral("source_evaluation"), source},
            {QStringLiteral("intelligence_assessment"), assessment},
            {QStringLiteral("handling_code"), QStringLiteral("P")},
            {QStringLiteral("handling_conditions"), QString()},
            {QStringLiteral("indicates"), indicates},
            {QStringLiteral("summary"), QStringLiteral("Synthetic.")}};
}

QJsonObject nominal(const QString& reference, const QString& classification,
                    const QJsonArray& intelligence, const QJsonValue& harm = 10,
                    const QString& lastReviewed = QStringLiteral("2026-10-01"))
{
    return {{QStringLiteral("reference"), reference},
            {QStringLiteral("surname"), QStringLiteral("Synthetic")},
            {QStringLiteral("forenames"), QStringLiteral("Person")},
            {QStringLiteral("date_of_birth"), QStringLiteral("2000-01-01")},
            {QStringLiteral("gender"), QStringLiteral("male")},
            {QStringLiteral("ethnicity"), QStringLiteral("Not stated")},
            {QStringLiteral("area"), QStringLiteral("Lambeth")},
            {QStringLiteral("group"), QStringLiteral("Example Road")},
            {QStringLiteral("classification"), classification},
            {QStringLiteral("harm_score"), harm},
            {QStringLiteral("listed_on"), QStringLiteral("2025-01-10")},
            {QStringLiteral("last_reviewed_on"),
             lastReviewed.isEmpty() ? QJsonValue() : QJsonValue(lastReviewed)},
            {QStringLiteral("intelligence"), intelligence}};
}
} // namespace

class TestEvaluate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;

    QJsonObject evaluate(const QString& asOf)
    {
        const CliResult r = runCli({QStringLiteral("evaluate"), m_file, QStringLiteral("--json"),
                                    QStringLiteral("--as-of"), asOf});
        if (r.exitCode != 0)
            qWarning() << r.err;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning() << error.errorString() << r.out.left(500);
        return doc.object();
    }

    static QJsonObject find(const QJsonObject& result, const QString& reference)
    {
        for (const QJsonValue& v : result.value(QStringLiteral("nominals")).toArray()) {
            if (v.toObject().value(QStringLiteral("reference")).toString() == reference)
                return v.toObject();
        }
        return {};
    }

    static QStringList reasons(const QJsonObject& n)
    {
        QStringList out;
        for (const QJsonValue& v : n.value(QStringLiteral("reasons")).toArray())
            out << v.toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("evaluate.corroborate"));
        QCOMPARE(
            runCli({QStringLiteral("init"), m_file, QStringLiteral("--admin"), kAdmin}).exitCode,
            0);
        const QJsonArray nominals{
            nominal(QStringLiteral("N-000001"), QStringLiteral("suspected_offender"),
                    {item(QStringLiteral("Gangs Unit"), QStringLiteral("2026-05-01")),
                     item(QStringLiteral("Youth Service"), QStringLiteral("2024-11-27"),
                          QStringLiteral("2"), QStringLiteral("C"),
                          QStringLiteral("gang_membership"), QStringLiteral("partner_agency"))}),
            // Same originator twice, differing only in case and white space.
            nominal(QStringLiteral("N-000002"), QStringLiteral("suspected_offender"),
                    {item(QStringLiteral("Gangs Unit"), QStringLiteral("2026-05-01")),
                     item(QStringLiteral("  gangs   UNIT "), QStringLiteral("2026-04-01"))}),
            // One item a day too old.
            nominal(QStringLiteral("N-000003"), QStringLiteral("suspected_offender"),
                    {item(QStringLiteral("Gangs Unit"), QStringLiteral("2026-05-01")),
                     item(QStringLiteral("Youth Service"), QStringLiteral("2024-11-26"))}),
            // A victim with zero harm whose review is overdue: three reasons.
            nominal(QStringLiteral("N-000004"), QStringLiteral("victim"), {}, 0,
                    QStringLiteral("2026-01-01")),
            // Weak grading everywhere.
            nominal(QStringLiteral("N-000005"), QStringLiteral("suspected_offender"),
                    {item(QStringLiteral("A"), QStringLiteral("2026-05-01"), QStringLiteral("3")),
                     item(QStringLiteral("B"), QStringLiteral("2026-05-01"), QStringLiteral("1"),
                          QStringLiteral("D")),
                     item(QStringLiteral("C"), QStringLiteral("2026-05-01"), QStringLiteral("1"),
                          QStringLiteral("A"), QStringLiteral("association"))}),
            // No harm score recorded: no effect; review overdue alone does not flag.
            nominal(QStringLiteral("N-000006"), QStringLiteral("suspected_offender"),
                    {item(QStringLiteral("Gangs Unit"), QStringLiteral("2026-05-01")),
                     item(QStringLiteral("Community Forum"), QStringLiteral("2026-05-01"),
                          QStringLiteral("2"), QStringLiteral("A"),
                          QStringLiteral("gang_membership"), QStringLiteral("community"))},
                    QJsonValue(), QStringLiteral("2026-06-01")),
        };
        const QJsonObject doc{{QStringLiteral("format"), QStringLiteral("corroborate-exchange")},
                              {QStringLiteral("version"), 1},
                              {QStringLiteral("nominals"), nominals}};
        const QString data = m_dir.filePath(QStringLiteral("data.json"));
        QFile f(data);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(doc).toJson());
        f.close();
        const CliResult r = runCli({QStringLiteral("import"), m_file, data});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void statusesUnderTheDefaultPolicy()
    {
        const QJsonObject result = evaluate(QStringLiteral("2026-11-27"));
        QCOMPARE(result.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-11-27"));
        QCOMPARE(result.value(QStringLiteral("policy_version")).toInt(), 1);
        const QJsonObject summary = result.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("nominals")).toInt(), 6);
        QCOMPARE(summary.value(QStringLiteral("meets_threshold")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("below_threshold")).toInt(), 4);
        QCOMPARE(summary.value(QStringLiteral("review_overdue")).toInt(), 2);

        const QJsonObject first = find(result, QStringLiteral("N-000001"));
        QCOMPARE(first.value(QStringLiteral("status")).toString(),
                 QStringLiteral("meets_threshold"));
        QCOMPARE(first.value(QStringLiteral("independent_sources")).toInt(), 2);
        QCOMPARE(first.value(QStringLiteral("next_review_due")).toString(),
                 QStringLiteral("2026-12-30"));

        const QJsonObject duplicate = find(result, QStringLiteral("N-000002"));
        QCOMPARE(reasons(duplicate),
                 QStringList{QStringLiteral("INSUFFICIENT_INDEPENDENT_SOURCES")});
        QCOMPARE(duplicate.value(QStringLiteral("independent_sources")).toInt(), 1);
        const QJsonArray dupItems = duplicate.value(QStringLiteral("intelligence")).toArray();
        QCOMPARE(
            dupItems.at(1).toObject().value(QStringLiteral("reasons")).toArray().first().toString(),
            QStringLiteral("DUPLICATE_ORIGINATOR"));

        const QJsonObject stale = find(result, QStringLiteral("N-000003"));
        QCOMPARE(reasons(stale), QStringList{QStringLiteral("INSUFFICIENT_INDEPENDENT_SOURCES")});
        QCOMPARE(stale.value(QStringLiteral("intelligence"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("reasons"))
                     .toArray()
                     .first()
                     .toString(),
                 QStringLiteral("INTELLIGENCE_TOO_OLD"));

        QCOMPARE(
            reasons(find(result, QStringLiteral("N-000004"))),
            (QStringList{QStringLiteral("RECORDED_AS_VICTIM"),
                         QStringLiteral("NO_QUALIFYING_INTELLIGENCE"),
                         QStringLiteral("ZERO_HARM_SCORE"), QStringLiteral("REVIEW_OVERDUE")}));
        QCOMPARE(reasons(find(result, QStringLiteral("N-000005"))),
                 QStringList{QStringLiteral("NO_QUALIFYING_INTELLIGENCE")});
        const QJsonObject overdueOnly = find(result, QStringLiteral("N-000006"));
        QCOMPARE(overdueOnly.value(QStringLiteral("status")).toString(),
                 QStringLiteral("meets_threshold"));
        QCOMPARE(overdueOnly.value(QStringLiteral("review_overdue")).toBool(), true);
        QCOMPARE(reasons(overdueOnly), QStringList{QStringLiteral("REVIEW_OVERDUE")});
    }

    void aPolicyChangeTakesEffectAsANewVersion()
    {
        const QString policy = m_dir.filePath(QStringLiteral("policy.json"));
        QFile f(policy);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"require_distinct_provider_categories": true, "max_intelligence_age_months": 36})");
        f.close();
        CliResult r = runCli({QStringLiteral("policy"), QStringLiteral("set"), m_file, policy});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject result = evaluate(QStringLiteral("2026-11-27"));
        QCOMPARE(result.value(QStringLiteral("policy_version")).toInt(), 2);
        // Police + partner agency: still meets. Police + police (stale item now in the window):
        // a single provider category.
        QCOMPARE(
            find(result, QStringLiteral("N-000001")).value(QStringLiteral("status")).toString(),
            QStringLiteral("meets_threshold"));
        QCOMPARE(reasons(find(result, QStringLiteral("N-000003"))),
                 QStringList{QStringLiteral("SINGLE_PROVIDER_CATEGORY")});
        r = runCli({QStringLiteral("policy"), QStringLiteral("show"), m_file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("\"max_intelligence_age_months\": 36")));
        r = runCli({QStringLiteral("policy"), QStringLiteral("show"), m_file,
                    QStringLiteral("--policy-version"), QStringLiteral("1")});
        QVERIFY(r.out.contains(QStringLiteral("\"max_intelligence_age_months\": 24")));
    }

    void badPoliciesNameTheKey_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("key");
        QTest::newRow("unknown key") << QByteArray(R"({"min_sources": 2})") << "min_sources";
        QTest::newRow("wrong type")
            << QByteArray(R"({"min_independent_sources": "two"})") << "min_independent_sources";
        QTest::newRow("out of range")
            << QByteArray(R"({"review_interval_days": -5})") << "review_interval_days";
        QTest::newRow("unknown code")
            << QByteArray(R"({"qualifying_assessments": ["A", "Z"]})") << "qualifying_assessments";
    }

    void badPoliciesNameTheKey()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, key);
        const QString policy = m_dir.filePath(QStringLiteral("bad-policy.json"));
        QFile f(policy);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(document);
        f.close();
        const QByteArray before = sha256OfFile(m_file);
        const CliResult r =
            runCli({QStringLiteral("policy"), QStringLiteral("set"), m_file, policy});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(key), qPrintable(r.err));
        QCOMPARE(sha256OfFile(m_file), before);
    }

    void evaluationIsLoggedAsAConsultation()
    {
        QCOMPARE(runCli({QStringLiteral("evaluate"), m_file}).exitCode, 0);
        auto file = CaseFile::open(m_file, Secret(kPassphrase));
        const AuditEntry last = AuditLog(file->db()).page(0, 1).first();
        QCOMPARE(last.action, AuditAction::Consultation);
        QCOMPARE(last.justification, QStringLiteral("evaluation"));
        QCOMPARE(last.username, kAdmin);
    }

    void plainOutputExplainsInWords()
    {
        const CliResult r = runCli({QStringLiteral("evaluate"), m_file, QStringLiteral("--as-of"),
                                    QStringLiteral("2026-11-27")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("N-000004")));
        QVERIFY(!r.out.contains(QStringLiteral("RECORDED_AS_VICTIM")));
        QVERIFY(r.out.contains(QStringLiteral("victim"), Qt::CaseInsensitive));
        const CliResult bad = runCli({QStringLiteral("evaluate"), m_file, QStringLiteral("--as-of"),
                                      QStringLiteral("2026-02-30")});
        QCOMPARE(bad.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestEvaluate)
#include "tst_evaluate.moc"
