#pragma once
// Shared by the GUI suites (header-only: tests/gui/tst_*.cpp each become one executable).
// A synthetic case file made with the core's own API, a scripted Dialogs seam, and helpers
// to drive the real main window by object names and keys.

#include "Credentials.h"
#include "accounts/Accounts.h"
#include "audit/AuditLog.h"
#include "core/Dialogs.h"
#include "core/Time.h"
#include "main/MainWindow.h"
#include "policy/PolicyStore.h"
#include "store/CaseFile.h"
#include "store/NominalRepository.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QQueue>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace corroborate::test {

// The synthetic people of the fixtures: names from no real list, references N-0000xx.
struct FixtureNominal
{
    QString surname;
    QString forenames;
    QDate dob;
    Classification classification;
    int originators;         // distinct qualifying originators
    int lastReviewedDaysAgo; // -1: never
};

inline QList<FixtureNominal> fixtureNominals()
{
    const QDate today = Time::today();
    return {
        {QStringLiteral("Ashdown"), QStringLiteral("Remy"), today.addYears(-24),
         Classification::SuspectedOffender, 2, 10},
        {QStringLiteral("Brackley"), QStringLiteral("Tamsin"), today.addYears(-19),
         Classification::SuspectedOffender, 1, 120},
        {QStringLiteral("Corrow"), QStringLiteral("Jude"), today.addYears(-16),
         Classification::Victim, 2, 20},
        {QStringLiteral("Dunmore"), QStringLiteral("Kai"), today.addYears(-31),
         Classification::SuspectedOffender, 3, 200},
        {QStringLiteral("Elmsley"), QStringLiteral("Priya"), today.addYears(-17),
         Classification::AtRisk, 0, -1},
        {QStringLiteral("Fennick"), QStringLiteral("Ode"), today.addYears(-22),
         Classification::SuspectedOffender, 2, 95},
        {QStringLiteral("Garside"), QStringLiteral("Lew"), today.addYears(-27),
         Classification::SuspectedOffender, 0, 30},
        {QStringLiteral("Hollin"), QStringLiteral("Mace"), QDate(),
         Classification::SuspectedOffender, 2, 40},
    };
}

// Creates a synthetic case file with an administrator, an officer, the default policy and
// the fixture nominals (plus `extra` generated ones).
inline QString makeCaseFile(const QTemporaryDir& dir, int extra = 0)
{
    const QString path = dir.filePath(QStringLiteral("test.corroborate"));
    auto file = CaseFile::create(path, Secret(kPassphrase));
    Transaction tx(file->db());
    Accounts accounts(file->db());
    accounts.create(kAdmin, kAdminName, Secret(kAdminPassword), Roles::all());
    accounts.create(kOfficer, kOfficerName, Secret(kOfficerPassword), Roles().add(Role::Officer));
    PolicyStore(file->db()).installDefault(kAdmin);
    file->setMeta(QStringLiteral("synthetic"), QStringLiteral("true"));
    NominalRepository repo(file->db());
    const QDate today = Time::today();
    const QStringList units{
        QStringLiteral("Northside Gangs Unit"), QStringLiteral("Youth Offending Team"),
        QStringLiteral("Community Safety Partnership"), QStringLiteral("Housing Liaison")};
    QList<FixtureNominal> people = fixtureNominals();
    for (int i = 0; i < extra; ++i)
        people << FixtureNominal{QStringLiteral("Synth%1").arg(i, 6, 10, QLatin1Char('0')),
                                 QStringLiteral("Person"),
                                 today.addYears(-18 - i % 20),
                                 i % 7 == 0 ? Classification::Victim
                                            : Classification::SuspectedOffender,
                                 i % 3,
                                 i % 150};
    int n = 0;
    for (const FixtureNominal& p : people) {
        ++n;
        NominalRecord r;
        r.nominal.reference = QStringLiteral("N-%1").arg(n, 6, 10, QLatin1Char('0'));
        r.nominal.surname = p.surname;
        r.nominal.forenames = p.forenames;
        r.nominal.dateOfBirth = p.dob;
        r.nominal.gender = n % 2 ? QStringLiteral("Male") : QStringLiteral("Female");
        r.nominal.area = QStringLiteral("Riverside");
        r.nominal.group = QStringLiteral("Example Road");
        r.nominal.classification = p.classification;
        r.nominal.harmScore = 10 + n % 5;
        r.nominal.listedOn = today.addDays(-400);
        if (p.lastReviewedDaysAgo >= 0)
            r.nominal.lastReviewedOn = today.addDays(-p.lastReviewedDaysAgo);
        for (int k = 0; k < p.originators; ++k) {
            IntelligenceItem item;
            item.provider = k % 2 ? Provider::PartnerAgency : Provider::Police;
            item.originator = units.at(k % units.size());
            item.reference = QStringLiteral("INT/%1/%2").arg(n).arg(k + 1);
            item.obtainedOn = today.addDays(-30 * (k + 1));
            item.sourceEvaluation = SourceEvaluation::Reliable1;
            item.assessment = IntelligenceAssessment::B;
            item.handlingCode = HandlingCode::P;
            item.indicates = Indication::GangMembership;
            item.summary = QStringLiteral("Synthetic: seen with the group.");
            r.intelligence << item;
        }
        repo.insert(r, kAdmin);
    }
    tx.commit();
    return path;
}

// Answers the window's questions from a script, and records what it was told.
class ScriptedDialogs : public ui::Dialogs
{
public:
    QQueue<QString> openFiles;
    QQueue<QString> saveFiles;
    QQueue<std::optional<QString>> reasons;
    QQueue<QMessageBox::StandardButton> answers;
    QStringList messages;
    QString defaultReason = QStringLiteral("Testing the application");

    QString openFileName(QWidget*, const QString&, const QString&, const QString&) override
    {
        return openFiles.isEmpty() ? QString() : openFiles.dequeue();
    }
    QString saveFileName(QWidget*, const QString&, const QString&, const QString&) override
    {
        return saveFiles.isEmpty() ? QString() : saveFiles.dequeue();
    }
    QMessageBox::StandardButton message(QWidget*, QMessageBox::Icon, const QString& title,
                                        const QString& text, QMessageBox::StandardButtons buttons,
                                        QMessageBox::StandardButton) override
    {
        messages << title + QStringLiteral(": ") + text;
        if (!answers.isEmpty())
            return answers.dequeue();
        return buttons.testFlag(QMessageBox::Ok) ? QMessageBox::Ok : QMessageBox::No;
    }
    std::optional<QString> reason(QWidget*, const QString&, const QString&,
                                  const QStringList&) override
    {
        if (!reasons.isEmpty())
            return reasons.dequeue();
        return defaultReason;
    }
};

inline QAction* action(ui::MainWindow& window, const QString& name)
{
    auto* a = window.findChild<QAction*>(name);
    if (!a)
        qWarning("no action %s", qPrintable(name));
    return a;
}

template <typename T = QWidget> T* child(QWidget& parent, const QString& name)
{
    return parent.findChild<T*>(name);
}

// Goes from the welcome page to a signed-in workspace, as a person would: file dialog (pre-
// answered), passphrase and Enter, user name, Tab, password and Enter.
inline bool openAndSignIn(ui::MainWindow& window, ScriptedDialogs& dialogs, const QString& path,
                          const QString& user = kAdmin, const QString& password = kAdminPassword)
{
    dialogs.openFiles.enqueue(path);
    action(window, QStringLiteral("actionOpen"))->trigger();
    auto* passphrase = child<QLineEdit>(window, QStringLiteral("passphraseEdit"));
    if (!passphrase || !QTest::qWaitFor([&] { return passphrase->isVisible(); }, 5000))
        return false;
    QTest::keyClicks(passphrase, kPassphrase);
    QTest::keyClick(passphrase, Qt::Key_Return);
    auto* username = child<QLineEdit>(window, QStringLiteral("usernameEdit"));
    if (!QTest::qWaitFor([&] { return username->isVisible() && username->isEnabled(); }, 15000))
        return false;
    QTest::keyClicks(username, user);
    auto* pw = child<QLineEdit>(window, QStringLiteral("passwordEdit"));
    pw->setFocus();
    QTest::keyClicks(pw, password);
    QTest::keyClick(pw, Qt::Key_Return);
    return QTest::qWaitFor([&] { return window.session() != nullptr; }, 15000);
}

// Each GUI test gets its own settings and a fixed date.
inline void isolateEnvironment()
{
    // Settings in a folder of this run's own (never the user's, nor another suite's).
    static QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, config.path());
    Time::pin(QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC));
}

} // namespace corroborate::test
