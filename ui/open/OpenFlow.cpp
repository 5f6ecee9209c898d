#include "OpenFlow.h"

#include "OpenPages.h"
#include "core/AppSettings.h"
#include "core/AsyncTask.h"
#include "core/Dialogs.h"
#include "core/Error.h"
#include "data/DataWorker.h"
#include "data/Session.h"
#include "workflow/Presence.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStackedWidget>

namespace corroborate::ui {

namespace {
// Who has the file open, for a second copy to tell its user; a failure (a busy file) only
// costs that note.
void recordPresence(Session& session)
{
    try {
        Presence::signedIn(session.file(), session.username());
    } catch (const Error&) {
    }
}
} // namespace

OpenFlow::OpenFlow(QStackedWidget* pages, Dialogs* dialogs, QObject* parent)
    : QObject(parent)
    , m_pages(pages)
    , m_dialogs(dialogs)
    , m_welcome(new WelcomePage(pages))
    , m_passphrase(new PassphrasePage(pages))
    , m_signIn(new SignInPage(pages))
    , m_create(new CreatePage(pages))
{
    for (QWidget* page :
         std::initializer_list<QWidget*>{m_welcome, m_passphrase, m_signIn, m_create})
        m_pages->addWidget(page);
    connect(m_welcome, &WelcomePage::openRequested, this, &OpenFlow::chooseFile);
    connect(m_welcome, &WelcomePage::createRequested, this, &OpenFlow::chooseNewFile);
    connect(m_welcome, &WelcomePage::recentChosen, this, &OpenFlow::openPath);
    connect(m_passphrase, &PassphrasePage::submitted, this, &OpenFlow::onPassphrase);
    connect(m_passphrase, &PassphrasePage::cancelled, this, &OpenFlow::backOut);
    connect(m_signIn, &SignInPage::submitted, this, &OpenFlow::onSignIn);
    connect(m_signIn, &SignInPage::cancelled, this, [this] {
        abandonFile();
        emit fileClosed();
        backOut();
    });
    connect(m_create, &CreatePage::submitted, this, &OpenFlow::onCreate);
    connect(m_create, &CreatePage::cancelled, this, &OpenFlow::backOut);
}

OpenFlow::~OpenFlow()
{
    abandonFile();
}

void OpenFlow::abandonFile()
{
    if (m_worker) {
        m_worker->stop();
        delete m_worker;
        m_worker = nullptr;
    }
    m_file.reset();
}

void OpenFlow::abandon()
{
    if (m_busy || !m_file)
        return;
    abandonFile();
    emit fileClosed();
}

void OpenFlow::backOut()
{
    // Back to the file the user was working in, if any; otherwise the welcome page.
    if (m_goBack && m_goBack())
        return;
    showWelcome();
}

void OpenFlow::showWelcome()
{
    m_welcome->refreshRecent();
    m_pages->setCurrentWidget(m_welcome);
    m_welcome->setFocus();
}

void OpenFlow::chooseFile()
{
    if (m_busy || !m_dialogs)
        return;
    const QStringList recent = AppSettings::recentFiles();
    const QString dir =
        recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.first()).absolutePath();
    const QString path = m_dialogs->openFileName(m_pages->window(), tr("Open case file"), dir,
                                                 tr("Case files (*.corroborate);;All files (*)"));
    if (!path.isEmpty())
        openPath(path);
}

void OpenFlow::chooseNewFile()
{
    if (m_busy || !m_dialogs)
        return;
    QString path = m_dialogs->saveFileName(m_pages->window(), tr("New case file"),
                                           QDir::homePath() + QStringLiteral("/cases.corroborate"),
                                           tr("Case files (*.corroborate)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".corroborate");
    m_create->start(path);
    m_pages->setCurrentWidget(m_create);
}

void OpenFlow::openPath(const QString& path)
{
    if (m_busy || !m_dialogs)
        return;
    QWidget* window = m_pages->window();
    if (!m_currentPath.isEmpty() &&
        QFileInfo(path).canonicalFilePath() == QFileInfo(m_currentPath).canonicalFilePath()) {
        m_dialogs->information(
            window, tr("Already open"),
            tr("%1 is the case file open in this window.").arg(QFileInfo(path).fileName()));
        return;
    }
    // What the bytes already show is said before anything is asked for.
    try {
        CaseFileAccess::checkReadableFile(path);
    } catch (const Error& e) {
        m_dialogs->warning(window, tr("Not a case file"), e.message());
        return;
    }
    abandonFile();
    m_openElsewhere = CaseFileAccess::isOpenElsewhere(path);
    m_passphrase->start(path);
    m_pages->setCurrentWidget(m_passphrase);
    m_passphrase->setFocus();
    m_passphrase->start(path); // focus into the field once the page shows
}

void OpenFlow::onPassphrase(const Secret& passphrase)
{
    const QString path = m_passphrase->path();
    m_busy = true;
    // Key derivation takes a moment: off the GUI thread.
    Outcome<CaseFileHandle> opened =
        AsyncTask::run([&path, &passphrase] { return CaseFileAccess::open(path, passphrase); });
    m_busy = false;
    if (!opened) {
        m_passphrase->fail(opened.error().message());
        return;
    }
    m_file = std::move(opened.value());
    AppSettings::addRecentFile(path);
    if (m_openElsewhere && m_dialogs) {
        std::optional<Presence::Entry> who;
        try {
            who = Presence::current(*m_file);
        } catch (const Error&) {
        }
        m_dialogs->information(
            m_pages->window(), tr("Open in another copy"),
            (who ? tr("%1 is also open in another copy of Corroborate: %2.")
                       .arg(QFileInfo(path).fileName(), Presence::describe(*who))
                 : tr("%1 is also open in another copy of Corroborate.")
                       .arg(QFileInfo(path).fileName())) +
                QLatin1Char(' ') +
                tr("You can work in both: a change made in one copy is never silently "
                   "overwritten from the other."));
    }
    // The worker's own connection derives its key while the user signs in.
    m_worker = new DataWorker(path, passphrase);
    m_worker->start();
    emit fileOpened(CaseFileAccess::isSynthetic(*m_file));
    m_signIn->start(path, CaseFileAccess::isSynthetic(*m_file));
    m_pages->setCurrentWidget(m_signIn);
    m_signIn->start(path, CaseFileAccess::isSynthetic(*m_file));
}

void OpenFlow::onSignIn(const QString& username, const Secret& password)
{
    if (!m_file)
        return;
    m_busy = true;
    CaseFile* file = m_file.get();
    // Password hashing takes a moment: off the GUI thread.
    Outcome<User> user = AsyncTask::run(
        [file, &username, &password] { return CaseFileAccess::signIn(*file, username, password); });
    m_busy = false;
    if (!user) {
        m_signIn->fail(user.error().message());
        return;
    }
    try {
        auto session = std::make_unique<Session>(std::move(m_file), m_worker);
        m_worker = nullptr;
        session->setUser(user.value());
        recordPresence(*session);
        m_session = std::move(session);
        emit signedIn();
    } catch (const Error& e) {
        abandonFile();
        showWelcome();
        if (m_dialogs)
            m_dialogs->warning(m_pages->window(), tr("Cannot open the case file"), e.message());
    }
}

void OpenFlow::onCreate(const QString& path, const Secret& passphrase, const QString& username,
                        const QString& displayName, const Secret& password)
{
    m_busy = true;
    auto file = std::make_shared<CaseFileHandle>();
    auto user = std::make_shared<User>();
    const Outcome<void> creation =
        AsyncTask::run([path, passphrase, username, displayName, password, file, user] {
            // Built whole under a temporary name and renamed into place when complete.
            CaseFileHandle created =
                CaseFileAccess::create(path, passphrase, username, displayName, password);
            *user = CaseFileAccess::signIn(*created, username, password);
            *file = std::move(created);
        });
    m_busy = false;
    if (!creation) {
        m_create->fail(creation.error().message());
        return;
    }
    AppSettings::addRecentFile(path);
    auto* worker = new DataWorker(path, passphrase);
    worker->start();
    auto session = std::make_unique<Session>(std::move(*file), worker);
    session->setUser(*user);
    recordPresence(*session);
    m_session = std::move(session);
    emit signedIn();
}

std::unique_ptr<Session> OpenFlow::takeSession()
{
    return std::move(m_session);
}

} // namespace corroborate::ui
