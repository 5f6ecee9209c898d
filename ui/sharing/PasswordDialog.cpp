#include "PasswordDialog.h"

#include "core/Clipboard.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace corroborate::ui {

PasswordDialog::PasswordDialog(const QString& packIdentifier, const QString& recipient,
                               const QString& password, Clipboard& clipboard, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("packPasswordDialog"));
    setWindowTitle(tr("Password for pack %1").arg(packIdentifier));
    setAccessibleName(tr("Password for the encrypted pack"));
    auto* intro = new QLabel(
        tr("Pack %1 was saved encrypted (AES-256). It opens only with this password. Send the "
           "password to %2 by another channel than the file (for example by telephone). It is "
           "shown only now: Corroborate does not keep it.")
            .arg(packIdentifier, recipient.isEmpty() ? tr("the recipient") : recipient),
        this);
    intro->setWordWrap(true);
    auto* label = new QLabel(tr("&Password:"), this);
    m_field = new QLineEdit(password, this);
    m_field->setObjectName(QStringLiteral("packPasswordField"));
    m_field->setAccessibleName(tr("Pack password"));
    m_field->setReadOnly(true);
    m_field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    label->setBuddy(m_field);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyPasswordButton"));
    copy->setAccessibleName(tr("Copy the password to the clipboard"));
    connect(copy, &QPushButton::clicked, this, [this, &clipboard] {
        clipboard.copy(m_field->text());
        m_field->selectAll();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(label);
    layout->addWidget(m_field);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_field->setFocus();
    m_field->selectAll();
}

PasswordDialog::~PasswordDialog() = default;

void PasswordDialog::done(int result)
{
    m_field->clear();
    QDialog::done(result);
}

} // namespace corroborate::ui
