#include "SettingsDialog.h"

#include "core/AppSettings.h"
#include "core/Appearance.h"
#include "workflow/IdleLimit.h"
#include "workflow/StoreVersions.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace corroborate::ui {

SettingsDialog::SettingsDialog(const QString& marking, bool canEditMarking, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_autoLock = new QSpinBox(this);
    m_autoLock->setObjectName(QStringLiteral("autoLockSpin"));
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setAccessibleName(tr("Lock after this many idle minutes"));
    form->addRow(tr("&Lock when idle for:"), m_autoLock);
    m_idleLimit = new QSpinBox(this);
    m_idleLimit->setObjectName(QStringLiteral("idleLimitSpin"));
    m_idleLimit->setRange(1, IdleLimit::kLongestMinutes);
    m_idleLimit->setSuffix(tr(" min"));
    m_idleLimit->setAccessibleName(tr("Longest idle time this case file allows, in minutes"));
    m_idleLimit->setToolTip(
        tr("Nobody using this case file can choose a longer idle time before it locks."));
    m_idleLimitLabel = new QLabel(tr("Longest allowed in this case &file:"), this);
    m_idleLimitLabel->setBuddy(m_idleLimit);
    form->addRow(m_idleLimitLabel, m_idleLimit);
    connect(m_idleLimit, &QSpinBox::valueChanged, this, [this](int limit) {
        m_autoLock->setMaximum(limit);
        m_autoLock->setToolTip(
            tr("At most %1 min: the longest idle time this case file allows.").arg(limit));
    });
    setIdleLimit(IdleLimit::kLongestMinutes, false);
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("System"), static_cast<int>(Theme::System));
    m_theme->addItem(tr("Light"), static_cast<int>(Theme::Light));
    m_theme->addItem(tr("Dark"), static_cast<int>(Theme::Dark));
    m_theme->addItem(tr("High contrast"), static_cast<int>(Theme::HighContrast));
    m_theme->setCurrentIndex(m_theme->findData(static_cast<int>(AppSettings::theme())));
    m_theme->setAccessibleName(tr("Theme"));
    form->addRow(tr("&Theme:"), m_theme);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("The system's language"), QString());
    for (const auto& [code, name] : Appearance::availableLanguages())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings::language())));
    m_language->setAccessibleName(tr("Language"));
    form->addRow(tr("Lan&guage:"), m_language);
    // Open windows build their texts once, so a new language is applied at the next start,
    // whole, rather than half now. Packs choose their own language in the pack dialog.
    auto* languageNote = new QLabel(tr("A new language takes effect the next time Corroborate "
                                       "starts. A pack can be made in either language: choose "
                                       "it in the pack dialog."),
                                    this);
    languageNote->setObjectName(QStringLiteral("languageNote"));
    languageNote->setWordWrap(true);
    form->addRow(QString(), languageNote);
    m_marking = new QLineEdit(marking, this);
    m_marking->setObjectName(QStringLiteral("markingEdit"));
    m_marking->setMaxLength(60);
    m_marking->setEnabled(canEditMarking);
    m_marking->setToolTip(marking.isEmpty() ? tr("Open a case file to see its protective marking.")
                          : canEditMarking
                              ? tr("Printed at the top and bottom of every page of this case "
                                   "file's packs, and shown on every screen.")
                              : tr("Only an administrator can change the case file's marking."));
    m_marking->setAccessibleName(tr("Protective marking"));
    form->addRow(tr("&Protective marking:"), m_marking);
    layout->addLayout(form);
    auto* note = new QLabel(tr("If your desktop uses a dark theme, choose Dark here."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);
}

void SettingsDialog::setIdleLimit(int maxMinutes, bool canEdit)
{
    m_idleLimit->setValue(std::clamp(maxMinutes, 1, IdleLimit::kLongestMinutes));
    m_autoLock->setRange(1, m_idleLimit->value());
    m_autoLock->setValue(
        IdleLimit::effectiveMinutes(AppSettings::autoLockMinutes(), m_idleLimit->value()));
    m_idleLimit->setVisible(canEdit);
    m_idleLimitLabel->setVisible(canEdit);
}

int SettingsDialog::idleLimit() const
{
    return m_idleLimit->value();
}

void SettingsDialog::accept()
{
    // The longest allowed is stored as "the longest the file allows", so a later, shorter
    // limit set by an administrator applies without anyone changing their setting.
    AppSettings::setAutoLockMinutes(
        m_autoLock->value() >= m_autoLock->maximum() ? 0 : m_autoLock->value());
    const auto theme = static_cast<Theme>(m_theme->currentData().toInt());
    AppSettings::setTheme(theme);
    Appearance::applyTheme(theme);
    const QString language = m_language->currentData().toString();
    if (language != AppSettings::language())
        AppSettings::setLanguage(language); // used from the next start (see languageNote)
    emit applied();
    QDialog::accept();
}

QString SettingsDialog::marking() const
{
    return m_marking->text();
}

AboutDialog::AboutDialog(const QString& cipherVersion, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Corroborate"));
    auto* layout = new QVBoxLayout(this);
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/shield.svg")).pixmap(64, 64));
    layout->addWidget(icon);
    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setText(
        tr("<h2>Corroborate %1</h2>"
           "<p>Review of gang-list nominals: nobody stays on the list without recent, graded "
           "intelligence from more than one independent source.</p>"
           "<p>Qt %2 (built with %3)<br>SQLite %4<br>SQLCipher %5</p>")
            .arg(QStringLiteral(CORROBORATE_VERSION), QString::fromLatin1(qVersion()),
                 QStringLiteral(QT_VERSION_STR), StoreVersions::sqlite(),
                 cipherVersion.isEmpty() ? tr("(open a case file to see it)") : cipherVersion));
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace corroborate::ui
