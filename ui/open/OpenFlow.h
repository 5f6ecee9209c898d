#pragma once

#include "core/Secret.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QStackedWidget;

#include "workflow/CaseFileAccess.h"

namespace corroborate::ui {

class CreatePage;
class DataWorker;
class Dialogs;
class PassphrasePage;
class Session;
class SignInPage;
class WelcomePage;

// Opening a case file, from choosing it to a signed-in Session: the welcome, passphrase,
// sign-in and create pages, and the slow steps (key derivation, password hashing) run off the
// GUI thread. Each failure shows the core's own message on the page, ready to try again.
class OpenFlow : public QObject
{
    Q_OBJECT
public:
    OpenFlow(QStackedWidget* pages, Dialogs* dialogs, QObject* parent = nullptr);
    ~OpenFlow() override;

    WelcomePage* welcomePage() const { return m_welcome; }
    void showWelcome();
    // Asks for a file with the file dialog, then its passphrase.
    void chooseFile();
    void chooseNewFile();
    // Goes to the passphrase page for `path`.
    void openPath(const QString& path);
    bool isBusy() const { return m_busy; }
    void setDialogs(Dialogs* dialogs) { m_dialogs = dialogs; }
    // The file the window has open (empty: none). While one is open, choosing another keeps it
    // open until the other is signed into; backing out returns through `goBack`, which says
    // whether it took the user back to their file (otherwise the welcome page shows).
    void setCurrentFile(const QString& path) { m_currentPath = path; }
    void setGoBack(std::function<bool()> goBack) { m_goBack = std::move(goBack); }
    // Drops a file half-opened (passphrase given, not signed in), e.g. when the window locks.
    void abandon();
    // The session of the user just signed in (once; null afterwards).
    std::unique_ptr<Session> takeSession();

signals:
    // The user is signed in: the window takes the session with takeSession().
    void signedIn();
    void statusMessage(const QString& message);
    // A file is open (before sign-in); `synthetic` when it holds demonstration data.
    void fileOpened(bool synthetic);
    void fileClosed();

private:
    void onPassphrase(const Secret& passphrase);
    void onSignIn(const QString& username, const Secret& password);
    void onCreate(const QString& path, const Secret& passphrase, const QString& username,
                  const QString& displayName, const Secret& password);
    void abandonFile();
    void backOut();

    QStackedWidget* m_pages;
    QPointer<Dialogs> m_dialogs;
    WelcomePage* m_welcome;
    PassphrasePage* m_passphrase;
    SignInPage* m_signIn;
    CreatePage* m_create;
    CaseFileHandle m_file;
    DataWorker* m_worker = nullptr;
    std::unique_ptr<Session> m_session; // signed in, until the window takes it
    bool m_busy = false;
    bool m_openElsewhere = false;
    QString m_currentPath;
    std::function<bool()> m_goBack;
};

} // namespace corroborate::ui
