#pragma once

#include "core/Secret.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QProgressBar;

namespace corroborate::ui {

// The first page: open or create a case file, or pick a recent one (paths only).
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);
    void refreshRecent();

signals:
    void openRequested();
    void createRequested();
    void recentChosen(const QString& path);

private:
    QListWidget* m_recent;
};

// Shows a busy message and an error line under a form; used by the pages below.
class FormFeedback
{
public:
    void setup(QWidget* owner, QLabel* error, QLabel* busy);
    void showError(const QString& message);
    void showBusy(const QString& message);
    void clear();

private:
    QLabel* m_error = nullptr;
    QLabel* m_busy = nullptr;
};

// The case passphrase: focus starts in the field; Enter opens; a failure says why and leaves
// the field ready for another try.
class PassphrasePage : public QWidget
{
    Q_OBJECT
public:
    explicit PassphrasePage(QWidget* parent = nullptr);
    void start(const QString& path);
    void fail(const QString& message);
    void setBusy(bool busy);
    const QString& path() const { return m_path; }

signals:
    void submitted(const corroborate::Secret& passphrase);
    void cancelled();

private:
    void submit();
    QString m_path;
    QLabel* m_file;
    QLineEdit* m_passphrase;
    QPushButton* m_open;
    QPushButton* m_cancel;
    FormFeedback m_feedback;
};

// Signing in as yourself: focus in the user name, Tab to the password, Enter signs in.
class SignInPage : public QWidget
{
    Q_OBJECT
public:
    explicit SignInPage(QWidget* parent = nullptr);
    void start(const QString& path, bool synthetic);
    void fail(const QString& message);
    void setBusy(bool busy);

signals:
    void submitted(const QString& username, const corroborate::Secret& password);
    void cancelled();

private:
    void submit();
    QLabel* m_file;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QPushButton* m_signIn;
    QPushButton* m_cancel;
    FormFeedback m_feedback;
};

// A new case file with its first administrator.
class CreatePage : public QWidget
{
    Q_OBJECT
public:
    explicit CreatePage(QWidget* parent = nullptr);
    void start(const QString& path);
    void fail(const QString& message);
    void setBusy(bool busy);

signals:
    void submitted(const QString& path, const corroborate::Secret& passphrase,
                   const QString& username, const QString& displayName,
                   const corroborate::Secret& password);
    void cancelled();

private:
    void validate();
    void submit();
    QLabel* m_file;
    QString m_path;
    QLineEdit* m_passphrase;
    QLineEdit* m_passphraseAgain;
    QLineEdit* m_username;
    QLineEdit* m_displayName;
    QLineEdit* m_password;
    QLineEdit* m_passwordAgain;
    QLabel* m_problem;
    QPushButton* m_create;
    QPushButton* m_cancel;
    FormFeedback m_feedback;
};

} // namespace corroborate::ui
