#include "TestCaseFiles.h"

#include "TestSupport.h"
#include "accounts/Accounts.h"
#include "core/Time.h"
#include "policy/PolicyStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>

namespace corroborate::test {

std::unique_ptr<CaseFile> makeCaseFile(const QString& path)
{
    auto file = CaseFile::create(path, Secret(kPassphrase));
    Transaction tx(file->db());
    Accounts(file->db()).create(kAdmin, kAdminName, Secret(kAdminPassword), Roles::all());
    PolicyStore(file->db()).installDefault(kAdmin);
    tx.commit();
    return file;
}

NominalRecord syntheticNominal(const QString& reference, int items)
{
    NominalRecord r;
    r.nominal.reference = reference;
    r.nominal.surname = QStringLiteral("Testsurname");
    r.nominal.forenames = QStringLiteral("Sam");
    r.nominal.dateOfBirth = QDate(2004, 3, 1);
    r.nominal.gender = QStringLiteral("male");
    r.nominal.area = QStringLiteral("Lambeth");
    r.nominal.group = QStringLiteral("Example Road");
    r.nominal.classification = Classification::SuspectedOffender;
    r.nominal.harmScore = 12;
    r.nominal.listedOn = Time::today().addMonths(-6);
    for (int i = 0; i < items; ++i) {
        IntelligenceItem item;
        item.provider = Provider::Police;
        item.originator = QStringLiteral("Test Unit %1").arg(i + 1);
        item.reference = QStringLiteral("INT/TEST/%1").arg(i + 1);
        item.obtainedOn = Time::today().addMonths(-2);
        item.sourceEvaluation = SourceEvaluation::Reliable1;
        item.assessment = IntelligenceAssessment::B;
        item.handlingCode = HandlingCode::P;
        item.indicates = Indication::GangMembership;
        item.summary = QStringLiteral("Synthetic summary %1").arg(i + 1);
        r.intelligence << item;
    }
    return r;
}

QByteArray sha256OfFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

QProcessEnvironment cliEnvironment(const QString& user, const QString& password)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CORROBORATE_PASSPHRASE"), kPassphrase);
    env.insert(QStringLiteral("CORROBORATE_USER"), user);
    env.insert(QStringLiteral("CORROBORATE_PASSWORD"), password);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

CliResult runProcess(const QString& program, const QStringList& args,
                     const QProcessEnvironment& env, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(program, args);
    CliResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

CliResult runCli(const QStringList& args, const QProcessEnvironment& env, int timeoutMs)
{
    return runProcess(cliPath(), args, env, timeoutMs);
}

} // namespace corroborate::test
