#include "PackDialog.h"

#include "core/Appearance.h"
#include "i18n/Language.h"
#include "ui_PackDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <algorithm>

namespace corroborate::ui {

PackDialog::PackDialog(const QString& currentReference, const QStringList& listSelection,
                       const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::PackDialog>())
    , m_current(currentReference)
    , m_listSelection(listSelection)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("packDialog"));

    m_save = m_ui->buttonBox->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setAccessibleName(tr("Save the pack as a PDF file"));
    m_print = m_ui->buttonBox->addButton(tr("Prin&t…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_print->setAccessibleName(tr("Print the pack"));
    m_preview = m_ui->buttonBox->addButton(tr("Pre&view"), QDialogButtonBox::ActionRole);
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_preview->setAccessibleName(tr("Preview the pack; nothing is recorded"));
    m_save->setDefault(true);
    if (QPushButton* close = m_ui->buttonBox->button(QDialogButtonBox::Close))
        close->setObjectName(QStringLiteral("closeButton"));

    if (m_current.isEmpty()) {
        m_ui->currentRadio->setText(tr("The selected nominal (none selected)"));
        m_ui->currentRadio->setEnabled(false);
    } else {
        m_ui->currentRadio->setText(tr("The selected &nominal, %1").arg(m_current));
    }
    if (m_listSelection.size() > 1) {
        m_ui->listSelectionRadio->setText(tr("The %n nominal(s) selected in the &list", nullptr,
                                             static_cast<int>(m_listSelection.size())));
    } else {
        m_ui->listSelectionRadio->hide();
    }
    m_ui->dueDateEdit->setDate(today);
    if (m_listSelection.size() > 1)
        m_ui->listSelectionRadio->setChecked(true);
    else if (!m_current.isEmpty())
        m_ui->currentRadio->setChecked(true);
    else
        m_ui->flaggedRadio->setChecked(true);

    // The warning colour from the palette, as the edit dialogs show theirs.
    for (QLabel* label : {m_ui->recipientError, m_ui->basisError, m_ui->purposeError}) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, Appearance::flaggedColour(p));
        label->setPalette(p);
    }
    QPalette note = m_ui->audienceNote->palette();
    note.setColor(QPalette::WindowText, note.color(QPalette::PlaceholderText));
    m_ui->audienceNote->setPalette(note);

    for (QLineEdit* edit : {m_ui->recipientEdit, m_ui->basisEdit, m_ui->purposeEdit})
        connect(edit, &QLineEdit::textChanged, this, &PackDialog::validate);
    for (QRadioButton* radio :
         {m_ui->currentRadio, m_ui->listSelectionRadio, m_ui->dueRadio, m_ui->flaggedRadio})
        connect(radio, &QRadioButton::toggled, this, &PackDialog::validate);
    connect(m_ui->dueDateEdit, &QDateEdit::dateChanged, this, [this] {
        m_ui->dueRadio->setChecked(true);
        validate();
    });
    connect(m_ui->partnerRadio, &QRadioButton::toggled, this, &PackDialog::updateAudienceNote);

    // The pack can be written in either language, whatever the app runs in.
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("packLanguageCombo"));
    m_language->setAccessibleName(tr("Pack language"));
    for (const auto& [code, name] : i18n::available())
        m_language->addItem(name, code);
    const QString appLanguage =
        i18n::current().isEmpty() ? QStringLiteral("en_GB") : i18n::current();
    m_language->setCurrentIndex(std::max(0, m_language->findData(appLanguage)));
    auto* languageLabel = new QLabel(tr("Pack lan&guage:"), this);
    languageLabel->setBuddy(m_language);
    m_ui->audienceButtons->addWidget(languageLabel);
    m_ui->audienceButtons->addWidget(m_language);
    setTabOrder(m_ui->partnerRadio, m_language);
    setTabOrder(m_language, m_ui->recipientEdit);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (isComplete())
            emit outputRequested(Output::Pdf);
    });
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (isComplete())
            emit outputRequested(Output::Print);
    });
    connect(m_preview, &QPushButton::clicked, this, [this] {
        if (isComplete())
            emit outputRequested(Output::Preview);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    updateAudienceNote();
    validate();
    setMinimumWidth(620);
    adjustSize(); // as tall as its content, no empty band above the buttons
    m_ui->recipientEdit->setFocus();
}

PackDialog::~PackDialog() = default;

PackDialog::Selection PackDialog::selection() const
{
    if (m_ui->currentRadio->isChecked())
        return Selection::Current;
    if (m_ui->listSelectionRadio->isChecked())
        return Selection::ListSelection;
    if (m_ui->dueRadio->isChecked())
        return Selection::DueBy;
    return Selection::Flagged;
}

QDate PackDialog::dueBy() const
{
    return m_ui->dueDateEdit->date();
}

QStringList PackDialog::chosenReferences() const
{
    switch (selection()) {
    case Selection::Current:
        return {m_current};
    case Selection::ListSelection:
        return m_listSelection;
    case Selection::DueBy:
    case Selection::Flagged:
        break;
    }
    return {};
}

PackRequest PackDialog::request() const
{
    PackRequest r;
    r.audience = m_ui->partnerRadio->isChecked() ? PackAudience::Partner : PackAudience::Internal;
    r.recipient = m_ui->recipientEdit->text().trimmed();
    r.lawfulBasis = m_ui->basisEdit->text().trimmed();
    r.purpose = m_ui->purposeEdit->text().trimmed();
    r.language = m_language->currentData().toString();
    return r;
}

bool PackDialog::isComplete() const
{
    const PackRequest r = request();
    const bool chosen = selection() != Selection::Current || !m_current.isEmpty();
    return chosen && !r.recipient.isEmpty() && !r.lawfulBasis.isEmpty() && !r.purpose.isEmpty() &&
           (selection() != Selection::DueBy || dueBy().isValid());
}

void PackDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->selectionGroup->setEnabled(!busy);
    m_ui->audienceGroup->setEnabled(!busy);
    m_ui->disclosureGroup->setEnabled(!busy);
    validate();
}

void PackDialog::setStatus(const QString& text)
{
    m_ui->statusLabel->setText(text);
}

void PackDialog::validate()
{
    const PackRequest r = request();
    m_ui->recipientError->setText(
        r.recipient.isEmpty() ? tr("Required: say who will receive the pack.") : QString());
    m_ui->basisError->setText(
        r.lawfulBasis.isEmpty() ? tr("Required: the law that allows this sharing.") : QString());
    m_ui->purposeError->setText(r.purpose.isEmpty() ? tr("Required: what the pack is for.")
                                                    : QString());
    const bool ok = isComplete() && !m_busy;
    m_save->setEnabled(ok);
    m_print->setEnabled(ok);
    m_preview->setEnabled(ok);
}

void PackDialog::updateAudienceNote()
{
    m_ui->audienceNote->setText(
        m_ui->partnerRadio->isChecked()
            ? tr("Partner packs leave out restricted nominals (below the threshold or awaiting a "
                 "removal decision) and the details of handling-code C intelligence, and start "
                 "with the interpretation notice.")
            : tr("Internal packs hold everything, restricted nominals included (marked as "
                 "such)."));
}

} // namespace corroborate::ui
