#include "IntelligenceDialog.h"

#include "ConflictReload.h"
#include "core/Appearance.h"
#include "core/Error.h"
#include "core/FieldRules.h"
#include "core/Time.h"
#include "policy/Evaluator.h"
#include "ui_IntelligenceDialog.h"
#include "workflow/RecordValidation.h"

#include <QCheckBox>
#include <QLabel>

#include <QCompleter>
#include <QPointer>
#include <QPushButton>
#include <QStringListModel>

namespace corroborate::ui {

namespace {
template <typename Enum> void selectData(QComboBox* combo, Enum value)
{
    combo->setCurrentIndex(combo->findData(static_cast<int>(value)));
}
template <typename Enum> Enum dataOf(const QComboBox* combo)
{
    return static_cast<Enum>(combo->currentData().toInt());
}
} // namespace

IntelligenceDialog::IntelligenceDialog(const Nominal& nominal,
                                       const QList<IntelligenceItem>& others,
                                       const IntelligenceItem& item, bool creating,
                                       const Policy& policy, bool synthetic, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::IntelligenceDialog>())
    , m_nominal(nominal)
    , m_others(others)
    , m_original(item)
    , m_policy(policy)
    , m_originators(new QStringListModel(this))
{
    m_ui->setupUi(this);
    // One set of limits for every way in (core/FieldRules.h).
    m_ui->originatorEdit->setMaxLength(FieldRules::maxLength(u"intelligence.originator"));
    m_ui->referenceEdit->setMaxLength(FieldRules::maxLength(u"intelligence.reference"));
    m_ui->conditionsEdit->setMaxLength(FieldRules::maxLength(u"intelligence.handling_conditions"));
    setObjectName(QStringLiteral("intelligenceDialog"));
    setWindowTitle(creating ? tr("Add intelligence about %1").arg(nominal.reference)
                            : tr("Correct intelligence about %1").arg(nominal.reference));
    if (synthetic) {
        m_ui->syntheticNotice->setText(tr("Synthetic demonstration data."));
        m_ui->syntheticNotice->setVisible(true);
    }
    for (Provider p : {Provider::Police, Provider::PartnerAgency, Provider::Community})
        m_ui->providerCombo->addItem(Vocabulary::label(p), static_cast<int>(p));
    for (SourceEvaluation s :
         {SourceEvaluation::Reliable1, SourceEvaluation::Untested2, SourceEvaluation::NotReliable3})
        m_ui->sourceCombo->addItem(Grading::code(s) + QStringLiteral(" — ") + Grading::meaning(s),
                                   static_cast<int>(s));
    for (IntelligenceAssessment a :
         {IntelligenceAssessment::A, IntelligenceAssessment::B, IntelligenceAssessment::C,
          IntelligenceAssessment::D, IntelligenceAssessment::E})
        m_ui->assessmentCombo->addItem(
            Grading::code(a) + QStringLiteral(" — ") + Grading::meaning(a), static_cast<int>(a));
    for (HandlingCode h : {HandlingCode::P, HandlingCode::C})
        m_ui->handlingCombo->addItem(Grading::code(h) + QStringLiteral(" — ") + Grading::meaning(h),
                                     static_cast<int>(h));
    for (Indication i : {Indication::GangMembership, Indication::Association,
                         Indication::Victimisation, Indication::Other})
        m_ui->indicatesCombo->addItem(Vocabulary::label(i), static_cast<int>(i));
    m_ui->obtainedOnEdit->setMaximumDate(Time::today());
    if (item.legacy) {
        // Shown as legacy with meanings, never mapped to 3x5x2 behind the user's back.
        m_legacyLabel = new QLabel(this);
        m_legacyLabel->setObjectName(QStringLiteral("legacyGradeLabel"));
        m_legacyLabel->setWordWrap(true);
        m_legacyLabel->setTextFormat(Qt::PlainText);
        m_legacyLabel->setText(tr("Graded under the legacy 5x5x5 scheme:\n%1")
                                   .arg(Grading::describeLines(*item.legacy).join(u'\n')));
        m_legacyLabel->setAccessibleName(tr("Legacy grade"));
        m_regrade = new QCheckBox(tr("Re&grade to 3x5x2 with the codes above (the legacy grade "
                                     "stays in the item's history)"),
                                  this);
        m_regrade->setObjectName(QStringLiteral("regradeCheck"));
        m_regrade->setAccessibleName(tr("Regrade to 3x5x2"));
        const int row = m_ui->fieldsLayout->rowCount();
        m_ui->fieldsLayout->addWidget(m_legacyLabel, row, 0, 1, -1);
        m_ui->fieldsLayout->addWidget(m_regrade, row + 1, 0, 1, -1);
        connect(m_regrade, &QCheckBox::toggled, this, &IntelligenceDialog::validate);
        setTabOrder(m_ui->summaryEdit, m_regrade);
        setTabOrder(m_regrade, m_ui->reasonEdit);
    }
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));

    auto* completer = new QCompleter(m_originators, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->originatorEdit->setCompleter(completer);
    m_lookupTimer.setSingleShot(true);
    m_lookupTimer.setInterval(200);
    connect(&m_lookupTimer, &QTimer::timeout, this, [this] {
        if (!m_lookup)
            return;
        const quint64 request = ++m_lookupRequest;
        QPointer<IntelligenceDialog> self(this);
        m_lookup(m_ui->originatorEdit->text().trimmed(), [self, request](const QStringList& found) {
            if (!self || request != self->m_lookupRequest)
                return;
            self->m_originators->setStringList(found);
        });
    });

    m_problems.add(QStringLiteral("originator"), m_ui->originatorError);
    m_problems.add(QStringLiteral("reference"), m_ui->referenceError);
    m_problems.add(QStringLiteral("obtained_on"), m_ui->obtainedOnError);
    m_problems.add(QStringLiteral("handling_conditions"), m_ui->conditionsError);
    m_problems.add(QStringLiteral("summary"), m_ui->summaryError);
    m_problems.add(QStringLiteral("reason"), m_ui->reasonError);
    load(item);

    connect(m_ui->originatorEdit, &QLineEdit::textEdited, this, [this] { m_lookupTimer.start(); });
    for (QLineEdit* e :
         {m_ui->originatorEdit, m_ui->referenceEdit, m_ui->conditionsEdit, m_ui->reasonEdit})
        connect(e, &QLineEdit::textChanged, this, &IntelligenceDialog::validate);
    connect(m_ui->summaryEdit, &QPlainTextEdit::textChanged, this, &IntelligenceDialog::validate);
    connect(m_ui->obtainedOnEdit, &QDateEdit::dateChanged, this, &IntelligenceDialog::validate);
    for (QComboBox* c : {m_ui->providerCombo, m_ui->sourceCombo, m_ui->assessmentCombo,
                         m_ui->handlingCombo, m_ui->indicatesCombo})
        connect(c, &QComboBox::currentIndexChanged, this, &IntelligenceDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &IntelligenceDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &IntelligenceDialog::reject);
    m_conflict =
        new ConflictReload(this, m_ui->conflictFrame, m_ui->conflictLabel, m_ui->reloadButton);
    connect(m_ui->reloadButton, &QPushButton::clicked, this, [this] {
        if (!m_reload)
            return;
        m_conflict->keepMine();
        const std::optional<IntelligenceItem> fresh = m_reload();
        m_ui->conflictFrame->hide();
        if (!fresh) {
            m_ui->messageLabel->setText(tr("This item is no longer in the file."));
            return;
        }
        m_original = *fresh;
        load(*fresh);
        m_conflict->showDifferences(m_ui->messageLabel);
    });
    m_ui->providerCombo->setFocus();
    validate();
}

IntelligenceDialog::~IntelligenceDialog() = default;

void IntelligenceDialog::load(const IntelligenceItem& i)
{
    selectData(m_ui->providerCombo, i.provider);
    m_ui->originatorEdit->setText(i.originator);
    m_ui->referenceEdit->setText(i.reference);
    m_ui->obtainedOnEdit->setDate(i.obtainedOn.isValid() ? i.obtainedOn : Time::today());
    selectData(m_ui->sourceCombo, i.sourceEvaluation);
    selectData(m_ui->assessmentCombo, i.assessment);
    selectData(m_ui->handlingCombo, i.handlingCode);
    m_ui->conditionsEdit->setText(i.handlingConditions);
    selectData(m_ui->indicatesCombo, i.indicates);
    m_ui->summaryEdit->setPlainText(i.summary);
}

bool IntelligenceDialog::regrading() const
{
    return m_regrade && m_regrade->isChecked();
}

IntelligenceItem IntelligenceDialog::item() const
{
    IntelligenceItem i = m_original;
    if (regrading()) // only the grade changes: one action
        i.legacy.reset();
    if (m_original.legacy) {
        if (regrading()) {
            i.sourceEvaluation = dataOf<SourceEvaluation>(m_ui->sourceCombo);
            i.assessment = dataOf<IntelligenceAssessment>(m_ui->assessmentCombo);
            i.handlingCode = dataOf<HandlingCode>(m_ui->handlingCombo);
            i.handlingConditions = i.handlingCode == HandlingCode::C
                                       ? m_ui->conditionsEdit->text().trimmed()
                                       : QString();
            return i;
        }
    }
    i.nominalId = m_nominal.id;
    i.provider = dataOf<Provider>(m_ui->providerCombo);
    i.originator = m_ui->originatorEdit->text().trimmed();
    i.reference = m_ui->referenceEdit->text().trimmed();
    i.obtainedOn = m_ui->obtainedOnEdit->date();
    if (!m_original.legacy) {
        i.sourceEvaluation = dataOf<SourceEvaluation>(m_ui->sourceCombo);
        i.assessment = dataOf<IntelligenceAssessment>(m_ui->assessmentCombo);
        i.handlingCode = dataOf<HandlingCode>(m_ui->handlingCombo);
        i.handlingConditions =
            i.handlingCode == HandlingCode::C ? m_ui->conditionsEdit->text().trimmed() : QString();
    }
    i.indicates = dataOf<Indication>(m_ui->indicatesCombo);
    i.summary = m_ui->summaryEdit->toPlainText().trimmed();
    return i;
}

bool IntelligenceDialog::validate()
{
    if (m_original.legacy) {
        // The 3x5x2 pickers only for a regrade, and then nothing else: one action.
        const bool regrade = regrading();
        for (QWidget* w : std::initializer_list<QWidget*>{m_ui->sourceCombo, m_ui->assessmentCombo,
                                                          m_ui->handlingCombo})
            w->setEnabled(regrade);
        for (QWidget* w : std::initializer_list<QWidget*>{m_ui->providerCombo, m_ui->originatorEdit,
                                                          m_ui->referenceEdit, m_ui->obtainedOnEdit,
                                                          m_ui->indicatesCombo, m_ui->summaryEdit})
            w->setEnabled(!regrade);
    }
    const bool conditions = dataOf<HandlingCode>(m_ui->handlingCombo) == HandlingCode::C &&
                            (!m_original.legacy || regrading());
    m_ui->conditionsEdit->setEnabled(conditions);
    m_ui->conditionsEdit->setPlaceholderText(conditions ? tr("Required for handling code C")
                                                        : tr("Only for handling code C"));
    QMap<QString, QString> problems = RecordValidation::check(item(), Time::today());
    if (m_ui->reasonEdit->text().trimmed().isEmpty())
        problems.insert(QStringLiteral("reason"),
                        tr("Say briefly why you are making this change."));
    const bool fine = m_problems.show(problems);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(fine);
    updatePreview();
    return fine;
}

void IntelligenceDialog::updatePreview()
{
    const QDate today = Time::today();
    const Evaluator evaluator(m_policy);
    const Evaluation before = evaluator.evaluate(
        m_nominal, m_original.id > 0 ? m_others + QList<IntelligenceItem>{m_original} : m_others,
        today);
    IntelligenceItem edited = item();
    if (edited.id == 0)
        edited.id = -1; // so the preview can find it among the results
    const QList<IntelligenceItem> with = m_others + QList<IntelligenceItem>{edited};
    const Evaluation after = evaluator.evaluate(m_nominal, with, today);
    QString itemWords;
    for (const ItemEvaluation& e : after.intelligence)
        if (e.itemId == edited.id) {
            if (e.counts) {
                itemWords = tr("This item counts as an independent qualifying source.");
            } else {
                QStringList words;
                for (const QString& code : e.reasonCodes())
                    words << Evaluation::reasonText(code);
                itemWords =
                    tr("This item does not count: %1.").arg(words.join(QStringLiteral("; ")));
            }
        }
    const QPalette p = palette();
    const auto statusHtml = [&p](const Evaluation& e) {
        const QColor c =
            e.isFlagged() ? Appearance::flaggedColour(p) : p.color(QPalette::WindowText);
        return QStringLiteral("<b style=\"color:%1\">%2</b>")
            .arg(c.name(), Evaluation::statusText(e.status).toHtmlEscaped());
    };
    QString html = tr("Without this change: %1 (%n independent source(s)).", nullptr,
                      before.independentSources)
                       .arg(statusHtml(before)) +
                   QStringLiteral("<br>") +
                   tr("With it: %1 (%n independent source(s)).", nullptr, after.independentSources)
                       .arg(statusHtml(after)) +
                   QStringLiteral("<br>") + itemWords.toHtmlEscaped();
    QStringList reasons;
    for (const QString& code : after.reasonCodes())
        reasons << Evaluation::reasonText(code).toHtmlEscaped();
    if (!reasons.isEmpty())
        html += QStringLiteral("<br>") + reasons.join(QStringLiteral("<br>"));
    m_ui->previewLabel->setText(html);
}

void IntelligenceDialog::accept()
{
    if (!validate())
        return;
    if (!m_save) {
        QDialog::accept();
        return;
    }
    try {
        m_save(item(), m_ui->reasonEdit->text().trimmed());
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
