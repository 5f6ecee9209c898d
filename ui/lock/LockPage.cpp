#include "LockPage.h"
#include "accessibility/Accessibility.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace corroborate::ui {

LockPage::LockPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("lockPage"));
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto* column = new QWidget(this);
    column->setMinimumWidth(420);
    column->setMaximumWidth(560);
    outer->addWidget(column, 3);
    outer->addStretch(1);
    auto* layout = new QVBoxLayout(column);
    layout->addStretch(1);
    auto* icon = new QLabel(column);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/lock.svg")).pixmap(64, 64));
    icon->setAccessibleName(tr("Locked"));
    layout->addWidget(icon);
    auto* title = new QLabel(tr("Corroborate is locked"), column);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);
    m_who = new QLabel(column);
    m_who->setWordWrap(true);
    layout->addWidget(m_who);
    auto* label = new QLabel(tr("&Password:"), column);
    m_password = new QLineEdit(column);
    m_password->setObjectName(QStringLiteral("unlockPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Your password"));
    label->setBuddy(m_password);
    auto* row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_password, 1);
    layout->addLayout(row);
    m_error = new QLabel(column);
    m_error->setObjectName(QStringLiteral("unlockErrorLabel"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_close = new QPushButton(tr("&Close file"), column);
    m_close->setObjectName(QStringLiteral("lockCloseButton"));
    m_unlock = new QPushButton(tr("&Unlock"), column);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    buttons->addWidget(m_close);
    buttons->addWidget(m_unlock);
    layout->addLayout(buttons);
    layout->addStretch(2);
    const auto submit = [this] {
        if (m_password->text().isEmpty()) {
            fail(tr("Enter your password."));
            return;
        }
        Secret secret(m_password->text());
        m_password->setText(QString(m_password->text().size(), QLatin1Char(' ')));
        m_password->clear();
        emit unlockRequested(secret);
    };
    connect(m_password, &QLineEdit::returnPressed, this, submit);
    connect(m_unlock, &QPushButton::clicked, this, submit);
    connect(m_close, &QPushButton::clicked, this, &LockPage::closeRequested);
    setTabOrder(m_password, m_unlock);
    setTabOrder(m_unlock, m_close);
}

void LockPage::start(const QString& username, const QString& fileName)
{
    m_who->setText(tr("%1 is locked by %2. Enter your own password to carry on where you were.")
                       .arg(fileName, username));
    m_error->clear();
    m_password->clear();
    setBusy(false);
    m_password->setFocus();
}

void LockPage::fail(const QString& message)
{
    setBusy(false);
    m_error->setText(message);
    Accessibility::announce(this, message);
    m_password->setFocus();
}

void LockPage::setBusy(bool busy)
{
    m_password->setEnabled(!busy);
    m_unlock->setEnabled(!busy);
    m_close->setEnabled(!busy);
    if (busy)
        m_error->setText(tr("Checking…"));
}

} // namespace corroborate::ui
