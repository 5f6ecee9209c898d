#include "PackDialog.h"

#include "core/Appearance.h"
#include "i18n/Language.h"
#include "ui_PackDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
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

    // Partner packs (issue 10): an agreement in force and one of its purposes instead of typed
    // recipient, basis and purpose; always encrypted. Internal packs may be encrypted.
    m_agreementLabel = new QLabel(tr("&Agreement:"), this);
    m_agreementCombo = new QComboBox(this);
    m_agreementCombo->setObjectName(QStringLiteral("agreementCombo"));
    m_agreementCombo->setAccessibleName(tr("Information-sharing agreement"));
    m_agreementLabel->setBuddy(m_agreementCombo);
    m_agreementPurposeLabel = new QLabel(tr("Purpos&e:"), this);
    m_agreementPurposeCombo = new QComboBox(this);
    m_agreementPurposeCombo->setObjectName(QStringLiteral("agreementPurposeCombo"));
    m_agreementPurposeCombo->setAccessibleName(tr("Purpose permitted by the agreement"));
    m_agreementPurposeLabel->setBuddy(m_agreementPurposeCombo);
    m_agreementNote = new QLabel(this);
    m_agreementNote->setObjectName(QStringLiteral("agreementNote"));
    m_agreementNote->setWordWrap(true);
    m_agreementNote->setAccessibleName(tr("The agreement's recipient, basis and destroy-by"));
    m_ui->disclosureLayout->addWidget(m_agreementLabel, 3, 0);
    m_ui->disclosureLayout->addWidget(m_agreementCombo, 3, 1, 1, 2);
    m_ui->disclosureLayout->addWidget(m_agreementPurposeLabel, 4, 0);
    m_ui->disclosureLayout->addWidget(m_agreementPurposeCombo, 4, 1, 1, 2);
    m_ui->disclosureLayout->addWidget(m_agreementNote, 5, 0, 1, 3);
    m_encryptCheck = new QCheckBox(tr("Encr&ypt the PDF (a password is shown once)"), this);
    m_encryptCheck->setObjectName(QStringLiteral("encryptCheck"));
    m_encryptCheck->setAccessibleName(tr("Encrypt the PDF with a new password"));
    m_ui->audienceLayout->addWidget(m_encryptCheck);
    setTabOrder(m_ui->partnerRadio, m_encryptCheck);
    setTabOrder(m_encryptCheck, m_ui->recipientEdit);
    setTabOrder(m_ui->purposeEdit, m_agreementCombo);
    setTabOrder(m_agreementCombo, m_agreementPurposeCombo);
    connect(m_agreementCombo, &QComboBox::currentIndexChanged, this, &PackDialog::updateAgreement);
    connect(m_agreementPurposeCombo, &QComboBox::currentIndexChanged, this, &PackDialog::validate);

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
    connect(m_ui->partnerRadio, &QRadioButton::toggled, this, &PackDialog::validate);

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
    setTabOrder(m_language, m_encryptCheck);
    setTabOrder(m_encryptCheck, m_ui->recipientEdit);
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
    setAgreements({});
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
    r.language = m_language->currentData().toString();
    if (r.audience == PackAudience::Partner) {
        if (const Agreement* a = chosenAgreement()) {
            r.agreement = a->identifier();
            r.recipient = a->partner;
            r.lawfulBasis = a->lawfulBasis;
            r.purpose = m_agreementPurposeCombo->currentText().trimmed();
        }
        return r;
    }
    r.recipient = m_ui->recipientEdit->text().trimmed();
    r.lawfulBasis = m_ui->basisEdit->text().trimmed();
    r.purpose = m_ui->purposeEdit->text().trimmed();
    return r;
}

bool PackDialog::encrypt() const
{
    return m_ui->partnerRadio->isChecked() || m_encryptCheck->isChecked();
}

void PackDialog::setAgreements(const QList<Agreement>& inForce)
{
    m_agreements = inForce;
    const QSignalBlocker block(m_agreementCombo);
    m_agreementCombo->clear();
    for (const Agreement& a : m_agreements)
        m_agreementCombo->addItem(tr("%1 — %2").arg(a.identifier(), a.partner), a.number);
    updateAgreement();
}

const Agreement* PackDialog::chosenAgreement() const
{
    const int i = m_agreementCombo->currentIndex();
    return i >= 0 && i < m_agreements.size() ? &m_agreements.at(i) : nullptr;
}

void PackDialog::updateAgreement()
{
    const QSignalBlocker block(m_agreementPurposeCombo);
    m_agreementPurposeCombo->clear();
    if (const Agreement* a = chosenAgreement()) {
        m_agreementPurposeCombo->addItems(a->purposes);
        m_agreementNote->setText(
            tr("Supplied to %1 under %2; lawful basis: %3. The recipient must destroy it "
               "within %n day(s).",
               nullptr, a->retentionDays)
                .arg(a->partner, a->identifier(), a->lawfulBasis));
    } else {
        m_agreementNote->setText(tr("No information-sharing agreement is in force today, so "
                                    "no partner pack can be made. An administrator records "
                                    "agreements in the Agreements view."));
    }
    validate();
}

bool PackDialog::isComplete() const
{
    const PackRequest r = request();
    const bool chosen = selection() != Selection::Current || !m_current.isEmpty();
    const bool partner = r.audience == PackAudience::Partner;
    return chosen && !r.recipient.isEmpty() && !r.lawfulBasis.isEmpty() && !r.purpose.isEmpty() &&
           (!partner || !r.agreement.isEmpty()) &&
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
    const bool partner = m_ui->partnerRadio->isChecked();
    const QList<QWidget*> typed{m_ui->recipientLabel, m_ui->recipientEdit, m_ui->recipientError,
                                m_ui->basisLabel,     m_ui->basisEdit,     m_ui->basisError,
                                m_ui->purposeLabel,   m_ui->purposeEdit,   m_ui->purposeError,
                                m_encryptCheck};
    for (QWidget* w : typed)
        w->setVisible(!partner);
    const QList<QWidget*> fromAgreement{m_agreementLabel, m_agreementCombo, m_agreementPurposeLabel,
                                        m_agreementPurposeCombo, m_agreementNote};
    for (QWidget* w : fromAgreement)
        w->setVisible(partner);
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
                 "removal decision) and the details of handling-code C intelligence, start with "
                 "the interpretation notice, go under an information-sharing agreement and are "
                 "saved encrypted, with a password shown once.")
            : tr("Internal packs hold everything, restricted nominals included (marked as "
                 "such)."));
}

} // namespace corroborate::ui
