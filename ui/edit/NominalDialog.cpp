#include "NominalDialog.h"

#include "ConflictReload.h"
#include "core/Error.h"
#include "core/FieldRules.h"
#include "core/Time.h"
#include "ui_NominalDialog.h"
#include "workflow/RecordValidation.h"

#include <QPushButton>

namespace corroborate::ui {

NominalDialog::NominalDialog(const Nominal& nominal, bool creating, bool synthetic, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::NominalDialog>())
    , m_original(nominal)
    , m_creating(creating)
{
    m_ui->setupUi(this);
    // One set of limits for every way in (core/FieldRules.h).
    m_ui->referenceEdit->setMaxLength(FieldRules::maxLength(u"reference"));
    m_ui->surnameEdit->setMaxLength(FieldRules::maxLength(u"surname"));
    m_ui->forenamesEdit->setMaxLength(FieldRules::maxLength(u"forenames"));
    m_ui->areaEdit->setMaxLength(FieldRules::maxLength(u"area"));
    m_ui->groupEdit->setMaxLength(FieldRules::maxLength(u"group"));
    setObjectName(QStringLiteral("nominalDialog"));
    setWindowTitle(creating ? tr("New nominal") : tr("Edit %1").arg(nominal.reference));
    if (synthetic) {
        m_ui->syntheticNotice->setText(tr("Synthetic demonstration data."));
        m_ui->syntheticNotice->setVisible(true);
    }
    m_ui->genderCombo->addItems({tr("Female"), tr("Male"), tr("Non-binary"), tr("Not recorded")});
    m_ui->ethnicityCombo->addItems(RecordValidation::ethnicityCategories());
    for (Classification c :
         {Classification::SuspectedOffender, Classification::AtRisk, Classification::Victim})
        m_ui->classificationCombo->addItem(Vocabulary::label(c), static_cast<int>(c));
    m_ui->listedOnEdit->setMaximumDate(Time::today());
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_problems.add(QStringLiteral("reference"), m_ui->referenceError);
    m_problems.add(QStringLiteral("surname"), m_ui->surnameError);
    m_problems.add(QStringLiteral("forenames"), m_ui->forenamesError);
    m_problems.add(QStringLiteral("date_of_birth"), m_ui->dateOfBirthError);
    m_problems.add(QStringLiteral("harm_score"), m_ui->harmScoreError);
    m_problems.add(QStringLiteral("listed_on"), m_ui->listedOnError);
    m_problems.add(QStringLiteral("reason"), m_ui->reasonError);
    load(nominal);

    for (QLineEdit* e : {m_ui->referenceEdit, m_ui->surnameEdit, m_ui->forenamesEdit,
                         m_ui->dateOfBirthEdit, m_ui->harmScoreEdit, m_ui->reasonEdit})
        connect(e, &QLineEdit::textChanged, this, &NominalDialog::validate);
    connect(m_ui->listedOnEdit, &QDateEdit::dateChanged, this, &NominalDialog::validate);
    connect(m_ui->classificationCombo, &QComboBox::currentIndexChanged, this, [this] {
        const auto c =
            static_cast<Classification>(m_ui->classificationCombo->currentData().toInt());
        m_ui->classificationNote->setText(
            c == Classification::SuspectedOffender
                ? QString()
                : tr("Victims and people at risk never meet the threshold: they will be flagged "
                     "for removal."));
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NominalDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &NominalDialog::reject);
    m_conflict =
        new ConflictReload(this, m_ui->conflictFrame, m_ui->conflictLabel, m_ui->reloadButton);
    connect(m_ui->reloadButton, &QPushButton::clicked, this, [this] {
        if (!m_reload)
            return;
        m_conflict->keepMine();
        const std::optional<Nominal> fresh = m_reload();
        m_ui->conflictFrame->hide();
        if (!fresh) {
            m_ui->messageLabel->setText(tr("This nominal is no longer in the file."));
            return;
        }
        m_original = *fresh;
        load(*fresh);
        m_conflict->showDifferences(m_ui->messageLabel);
    });
    m_ui->referenceEdit->setReadOnly(!creating);
    (creating ? m_ui->referenceEdit : m_ui->surnameEdit)->setFocus();
    validate();
}

NominalDialog::~NominalDialog() = default;

void NominalDialog::load(const Nominal& n)
{
    m_ui->referenceEdit->setText(n.reference);
    m_ui->surnameEdit->setText(n.surname);
    m_ui->forenamesEdit->setText(n.forenames);
    m_ui->dateOfBirthEdit->setText(n.dateOfBirth.isValid() ? n.dateOfBirth.toString(Qt::ISODate)
                                                           : QString());
    m_ui->genderCombo->setCurrentText(n.gender);
    m_ui->ethnicityCombo->setCurrentText(n.ethnicity);
    m_ui->areaEdit->setText(n.area);
    m_ui->groupEdit->setText(n.group);
    m_ui->classificationCombo->setCurrentIndex(
        m_ui->classificationCombo->findData(static_cast<int>(n.classification)));
    m_ui->harmScoreEdit->setText(n.harmScore ? QString::number(*n.harmScore) : QString());
    m_ui->listedOnEdit->setDate(n.listedOn.isValid() ? n.listedOn : Time::today());
}

Nominal NominalDialog::nominal() const
{
    Nominal n = m_original;
    n.reference = m_ui->referenceEdit->text().trimmed();
    n.surname = m_ui->surnameEdit->text().trimmed();
    n.forenames = m_ui->forenamesEdit->text().trimmed();
    n.dateOfBirth = QDate::fromString(m_ui->dateOfBirthEdit->text().trimmed(), Qt::ISODate);
    n.gender = m_ui->genderCombo->currentText().trimmed();
    n.ethnicity = m_ui->ethnicityCombo->currentText().trimmed();
    n.area = m_ui->areaEdit->text().trimmed();
    n.group = m_ui->groupEdit->text().trimmed();
    n.classification =
        static_cast<Classification>(m_ui->classificationCombo->currentData().toInt());
    bool ok = false;
    const int harm = m_ui->harmScoreEdit->text().trimmed().toInt(&ok);
    n.harmScore = ok ? std::optional<int>(harm) : std::nullopt;
    n.listedOn = m_ui->listedOnEdit->date();
    return n;
}

bool NominalDialog::validate()
{
    const Nominal n = nominal();
    QMap<QString, QString> problems = RecordValidation::check(n, Time::today());
    const QString dob = m_ui->dateOfBirthEdit->text().trimmed();
    if (!dob.isEmpty() && !n.dateOfBirth.isValid())
        problems.insert(QStringLiteral("date_of_birth"),
                        tr("Write the date as YYYY-MM-DD, or leave it empty when not known."));
    const QString harm = m_ui->harmScoreEdit->text().trimmed();
    bool ok = false;
    harm.toInt(&ok);
    if (!harm.isEmpty() && !ok)
        problems.insert(QStringLiteral("harm_score"),
                        tr("A harm score is a whole number, or empty when not recorded."));
    if (m_ui->reasonEdit->text().trimmed().isEmpty())
        problems.insert(QStringLiteral("reason"),
                        tr("Say briefly why you are making this change."));
    const bool fine = m_problems.show(problems);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(fine);
    return fine;
}

void NominalDialog::accept()
{
    if (!validate())
        return;
    if (!m_save) {
        QDialog::accept();
        return;
    }
    try {
        m_save(nominal(), m_ui->reasonEdit->text().trimmed());
        QDialog::accept();
    } catch (const Error& e) {
        if (e.kind() == ErrorKind::Conflict && m_reload) {
            m_ui->conflictLabel->setText(e.message());
            m_ui->conflictFrame->show();
            m_ui->reloadButton->setFocus();
        } else {
            m_ui->messageLabel->setText(e.message());
        }
    }
}

} // namespace corroborate::ui
