#include "OpenPages.h"
#include "accessibility/Accessibility.h"

#include "accounts/Accounts.h"
#include "core/AppSettings.h"
#include "widgets/Banner.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace corroborate::ui {

namespace {
// A centred column of fixed comfortable width, as login screens have.
QVBoxLayout* centredColumn(QWidget* page, QWidget** columnOut)
{
    auto* outer = new QHBoxLayout(page);
    outer->addStretch(1);
    auto* column = new QWidget(page);
    column->setMaximumWidth(560);
    column->setMinimumWidth(420);
    outer->addWidget(column, 3);
    outer->addStretch(1);
    auto* layout = new QVBoxLayout(column);
    layout->addStretch(1);
    *columnOut = column;
    return layout;
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    label->setFont(f);
    label->setWordWrap(true);
    return label;
}

QLabel* errorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->hide();
    return label;
}

QLineEdit* secretField(const QString& objectName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData |
                              Qt::ImhNoAutoUppercase);
    return edit;
}

Secret takeSecret(QLineEdit* edit)
{
    Secret s(edit->text());
    // Overwrite the field's text before clearing it, so the old buffer holds no secret.
    edit->setText(QString(edit->text().size(), QLatin1Char(' ')));
    edit->clear();
    return s;
}
} // namespace

void FormFeedback::setup(QWidget*, QLabel* error, QLabel* busy)
{
    m_error = error;
    m_busy = busy;
}

void FormFeedback::showError(const QString& message)
{
    m_busy->hide();
    m_error->setText(message);
    m_error->show();
    Accessibility::announce(m_error, message);
}

void FormFeedback::showBusy(const QString& message)
{
    m_error->hide();
    m_busy->setText(message);
    m_busy->show();
}

void FormFeedback::clear()
{
    m_error->hide();
    m_busy->hide();
}

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    QWidget* column = nullptr;
    QVBoxLayout* layout = centredColumn(this, &column);
    auto* icon = new QLabel(column);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/shield.svg")).pixmap(64, 64));
    icon->setAccessibleName(tr("Corroborate"));
    layout->addWidget(icon);
    layout->addWidget(heading(tr("Corroborate"), column));
    auto* intro =
        new QLabel(tr("Open a case file to review nominals, or create a new one."), column);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* buttons = new QHBoxLayout;
    auto* open =
        new QPushButton(QIcon(QStringLiteral(":/icons/open.svg")), tr("&Open case file…"), column);
    open->setObjectName(QStringLiteral("welcomeOpenButton"));
    auto* create =
        new QPushButton(QIcon(QStringLiteral(":/icons/new.svg")), tr("N&ew case file…"), column);
    create->setObjectName(QStringLiteral("welcomeCreateButton"));
    buttons->addWidget(open);
    buttons->addWidget(create);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    auto* recentLabel = new QLabel(tr("Re&cent case files:"), column);
    m_recent = new QListWidget(column);
    m_recent->setObjectName(QStringLiteral("recentFiles"));
    m_recent->setAccessibleName(tr("Recent case files"));
    m_recent->setMaximumHeight(180);
    recentLabel->setBuddy(m_recent);
    layout->addWidget(recentLabel);
    layout->addWidget(m_recent);
    layout->addStretch(2);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(create, &QPushButton::clicked, this, &WelcomePage::createRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit recentChosen(item->data(Qt::UserRole).toString());
    });
    setTabOrder(open, create);
    setTabOrder(create, m_recent);
    refreshRecent();
}

void WelcomePage::refreshRecent()
{
    m_recent->clear();
    for (const QString& path : AppSettings::recentFiles()) {
        auto* item = new QListWidgetItem(QFileInfo(path).fileName() + QStringLiteral(" — ") +
                                             QFileInfo(path).absolutePath(),
                                         m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    if (m_recent->count() > 0)
        m_recent->setCurrentRow(0);
}

PassphrasePage::PassphrasePage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("passphrasePage"));
    QWidget* column = nullptr;
    QVBoxLayout* layout = centredColumn(this, &column);
    layout->addWidget(heading(tr("Unlock the case file"), column));
    m_file = new QLabel(column);
    m_file->setWordWrap(true);
    m_file->setObjectName(QStringLiteral("passphraseFileLabel"));
    layout->addWidget(m_file);
    auto* form = new QFormLayout;
    m_passphrase = secretField(QStringLiteral("passphraseEdit"), column);
    m_passphrase->setAccessibleName(tr("Case file passphrase"));
    form->addRow(tr("Case &passphrase:"), m_passphrase);
    layout->addLayout(form);
    auto* error = errorLabel(column);
    auto* busy = new QLabel(column);
    busy->hide();
    layout->addWidget(error);
    layout->addWidget(busy);
    m_feedback.setup(this, error, busy);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_cancel = new QPushButton(tr("&Back"), column);
    m_cancel->setObjectName(QStringLiteral("passphraseCancelButton"));
    m_open = new QPushButton(tr("&Unlock"), column);
    m_open->setObjectName(QStringLiteral("passphraseOpenButton"));
    m_open->setDefault(true);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_open);
    layout->addLayout(buttons);
    layout->addStretch(2);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &PassphrasePage::submit);
    connect(m_open, &QPushButton::clicked, this, &PassphrasePage::submit);
    connect(m_cancel, &QPushButton::clicked, this, &PassphrasePage::cancelled);
    setTabOrder(m_passphrase, m_open);
    setTabOrder(m_open, m_cancel);
}

void PassphrasePage::start(const QString& path)
{
    m_path = path;
    m_file->setText(tr("Enter the passphrase of %1.").arg(QFileInfo(path).fileName()));
    m_file->setToolTip(path);
    m_passphrase->clear();
    m_feedback.clear();
    setBusy(false);
    m_passphrase->setFocus();
}

void PassphrasePage::submit()
{
    if (m_passphrase->text().isEmpty()) {
        fail(tr("Enter the case file's passphrase."));
        return;
    }
    Secret secret = takeSecret(m_passphrase);
    setBusy(true);
    m_feedback.showBusy(tr("Opening %1…").arg(QFileInfo(m_path).fileName()));
    emit submitted(secret);
}

void PassphrasePage::fail(const QString& message)
{
    setBusy(false);
    m_feedback.showError(message);
    m_passphrase->setFocus();
    m_passphrase->selectAll();
}

void PassphrasePage::setBusy(bool busy)
{
    m_passphrase->setEnabled(!busy);
    m_open->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
}

SignInPage::SignInPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("signInPage"));
    QWidget* column = nullptr;
    QVBoxLayout* layout = centredColumn(this, &column);
    layout->addWidget(heading(tr("Sign in"), column));
    m_file = new QLabel(column);
    m_file->setWordWrap(true);
    layout->addWidget(m_file);
    auto* form = new QFormLayout;
    m_username = new QLineEdit(column);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setAccessibleName(tr("User name"));
    m_username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_password = secretField(QStringLiteral("passwordEdit"), column);
    m_password->setAccessibleName(tr("Your password"));
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    auto* error = errorLabel(column);
    auto* busy = new QLabel(column);
    busy->hide();
    layout->addWidget(error);
    layout->addWidget(busy);
    m_feedback.setup(this, error, busy);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_cancel = new QPushButton(tr("&Close file"), column);
    m_cancel->setObjectName(QStringLiteral("signInCancelButton"));
    m_signIn = new QPushButton(tr("&Sign in"), column);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_signIn);
    layout->addLayout(buttons);
    layout->addStretch(2);
    connect(m_username, &QLineEdit::returnPressed, this, [this] {
        if (m_password->text().isEmpty())
            m_password->setFocus();
        else
            submit();
    });
    connect(m_password, &QLineEdit::returnPressed, this, &SignInPage::submit);
    connect(m_signIn, &QPushButton::clicked, this, &SignInPage::submit);
    connect(m_cancel, &QPushButton::clicked, this, &SignInPage::cancelled);
    setTabOrder(m_username, m_password);
    setTabOrder(m_password, m_signIn);
    setTabOrder(m_signIn, m_cancel);
}

void SignInPage::start(const QString& path, bool synthetic)
{
    m_file->setText(synthetic ? tr("%1 is open. It holds synthetic demonstration data. Sign in "
                                   "with your own user name and password.")
                                    .arg(QFileInfo(path).fileName())
                              : tr("%1 is open. Sign in with your own user name and password.")
                                    .arg(QFileInfo(path).fileName()));
    m_username->clear();
    m_password->clear();
    m_feedback.clear();
    setBusy(false);
    m_username->setFocus();
}

void SignInPage::submit()
{
    if (m_username->text().trimmed().isEmpty()) {
        fail(tr("Enter your user name."));
        m_username->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        fail(tr("Enter your password."));
        return;
    }
    Secret password = takeSecret(m_password);
    setBusy(true);
    m_feedback.showBusy(tr("Signing in…"));
    emit submitted(m_username->text().trimmed(), password);
}

void SignInPage::fail(const QString& message)
{
    setBusy(false);
    m_feedback.showError(message);
    m_password->setFocus();
}

void SignInPage::setBusy(bool busy)
{
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_signIn->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
}

CreatePage::CreatePage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("createPage"));
    QWidget* column = nullptr;
    QVBoxLayout* layout = centredColumn(this, &column);
    layout->addWidget(heading(tr("New case file"), column));
    m_file = new QLabel(column);
    m_file->setWordWrap(true);
    layout->addWidget(m_file);
    auto* form = new QFormLayout;
    m_passphrase = secretField(QStringLiteral("newPassphraseEdit"), column);
    m_passphrase->setAccessibleName(tr("Case file passphrase"));
    m_passphraseAgain = secretField(QStringLiteral("newPassphraseAgainEdit"), column);
    m_passphraseAgain->setAccessibleName(tr("Case file passphrase again"));
    m_username = new QLineEdit(column);
    m_username->setObjectName(QStringLiteral("newUsernameEdit"));
    m_username->setAccessibleName(tr("Administrator's user name"));
    m_displayName = new QLineEdit(column);
    m_displayName->setObjectName(QStringLiteral("newDisplayNameEdit"));
    m_displayName->setAccessibleName(tr("Administrator's display name"));
    m_password = secretField(QStringLiteral("newPasswordEdit"), column);
    m_password->setAccessibleName(tr("Administrator's password"));
    m_passwordAgain = secretField(QStringLiteral("newPasswordAgainEdit"), column);
    m_passwordAgain->setAccessibleName(tr("Administrator's password again"));
    form->addRow(tr("Case &passphrase:"), m_passphrase);
    form->addRow(tr("Passphrase a&gain:"), m_passphraseAgain);
    form->addRow(tr("Your &user name:"), m_username);
    form->addRow(tr("Your &display name:"), m_displayName);
    form->addRow(tr("Your pass&word:"), m_password);
    form->addRow(tr("Password &again:"), m_passwordAgain);
    layout->addLayout(form);
    auto* note = new QLabel(tr("You become the file's first administrator. The passphrase "
                               "unlocks the file; your password is your own. Neither can be "
                               "recovered if lost."),
                            column);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_problem = new QLabel(column);
    m_problem->setObjectName(QStringLiteral("createProblemLabel"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    auto* error = errorLabel(column);
    auto* busy = new QLabel(column);
    busy->hide();
    layout->addWidget(error);
    layout->addWidget(busy);
    m_feedback.setup(this, error, busy);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_cancel = new QPushButton(tr("&Back"), column);
    m_create = new QPushButton(tr("Cr&eate"), column);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_create);
    layout->addLayout(buttons);
    layout->addStretch(2);
    for (QLineEdit* e : {m_passphrase, m_passphraseAgain, m_username, m_password, m_passwordAgain})
        connect(e, &QLineEdit::textChanged, this, &CreatePage::validate);
    connect(m_create, &QPushButton::clicked, this, &CreatePage::submit);
    connect(m_passwordAgain, &QLineEdit::returnPressed, this, &CreatePage::submit);
    connect(m_cancel, &QPushButton::clicked, this, &CreatePage::cancelled);
}

void CreatePage::start(const QString& path)
{
    m_path = path;
    m_file->setText(tr("Creating %1.").arg(path));
    for (QLineEdit* e :
         {m_passphrase, m_passphraseAgain, m_username, m_displayName, m_password, m_passwordAgain})
        e->clear();
    m_feedback.clear();
    setBusy(false);
    validate();
    m_passphrase->setFocus();
}

void CreatePage::validate()
{
    QString problem;
    if (m_passphrase->text().size() < 12)
        problem = tr("The passphrase needs at least 12 characters.");
    else if (m_passphrase->text() != m_passphraseAgain->text())
        problem = tr("The two passphrases are not the same.");
    else if (const QString p = Accounts::validateUsername(m_username->text().trimmed());
             !p.isEmpty())
        problem = p;
    else if (const QString q = Accounts::validatePassword(Secret(m_password->text())); !q.isEmpty())
        problem = q;
    else if (m_password->text() != m_passwordAgain->text())
        problem = tr("The two passwords are not the same.");
    m_problem->setText(problem);
    m_create->setEnabled(problem.isEmpty());
}

void CreatePage::submit()
{
    validate();
    if (!m_create->isEnabled())
        return;
    Secret passphrase = takeSecret(m_passphrase);
    m_passphraseAgain->clear();
    Secret password = takeSecret(m_password);
    m_passwordAgain->clear();
    setBusy(true);
    m_feedback.showBusy(tr("Creating the case file…"));
    emit submitted(m_path, passphrase, m_username->text().trimmed(),
                   m_displayName->text().trimmed(), password);
}

void CreatePage::fail(const QString& message)
{
    setBusy(false);
    m_feedback.showError(message);
    m_passphrase->setFocus();
}

void CreatePage::setBusy(bool busy)
{
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_passphrase, m_passphraseAgain, m_username, m_displayName,
                                         m_password, m_passwordAgain, m_cancel})
        w->setEnabled(!busy);
    m_create->setEnabled(!busy && m_problem->text().isEmpty());
}

} // namespace corroborate::ui
