#include "ReviewView.h"
#include "accessibility/Accessibility.h"

#include "core/Dialogs.h"
#include "core/Error.h"
#include "core/Time.h"
#include "data/Session.h"
#include "main/DetailsPanel.h"
#include "models/IntelligenceModel.h"
#include "workflow/Consultation.h"
#include "workflow/NominalDetailsService.h"
#include "workflow/RemovalService.h"
#include "workflow/ReviewService.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace corroborate::ui {

ReviewView::ReviewView(Session& session, Dialogs& dialogs, const ReviewSessionRecord& record,
                       QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_dialogs(dialogs)
    , m_record(record)
    , m_sink(std::make_shared<ResultSink>(this))
{
    setObjectName(QStringLiteral("reviewView"));
    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("reviewProgress"));
    QFont bold = m_progress->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_progress->setFont(bold);
    m_who = new QLabel(this);
    m_who->setObjectName(QStringLiteral("reviewWho"));
    m_who->setFont(bold);
    header->addWidget(m_progress);
    header->addSpacing(24);
    header->addWidget(m_who, 1);
    layout->addLayout(header);
    m_queueNote = new QLabel(this);
    m_queueNote->setObjectName(QStringLiteral("reviewQueueNote"));
    m_queueNote->setWordWrap(true);
    m_queueNote->hide();
    layout->addWidget(m_queueNote);

    m_steps = new QTabBar(this);
    m_steps->setObjectName(QStringLiteral("reviewSteps"));
    m_steps->setAccessibleName(tr("Review steps"));
    m_steps->addTab(tr("&1 Identity and classification"));
    m_steps->addTab(tr("&2 Intelligence"));
    m_steps->addTab(tr("&3 Threshold"));
    m_steps->addTab(tr("&4 Decision"));
    m_steps->setExpanding(false);
    layout->addWidget(m_steps);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);

    // 1. Identity and classification.
    m_identityPage = new QWidget(this);
    auto* identityLayout = new QVBoxLayout(m_identityPage);
    auto* identityIntro = new QLabel(
        tr("Check that this is the right person and that the classification is right: only "
           "suspected offenders can meet the threshold."),
        m_identityPage);
    identityIntro->setWordWrap(true);
    identityLayout->addWidget(identityIntro);
    m_identity = new QFormLayout;
    identityLayout->addLayout(m_identity);
    m_editDetails = new QPushButton(tr("&Edit details… (F2)"), m_identityPage);
    m_editDetails->setObjectName(QStringLiteral("reviewEditDetails"));
    auto* identityButtons = new QHBoxLayout;
    identityButtons->addWidget(m_editDetails);
    identityButtons->addStretch(1);
    identityLayout->addLayout(identityButtons);
    identityLayout->addStretch(1);
    m_pages->addWidget(m_identityPage);

    // 2. Intelligence.
    auto* itemsPage = new QWidget(this);
    auto* itemsLayout = new QVBoxLayout(itemsPage);
    auto* itemsIntro = new QLabel(tr("Check every item's grading and source. Add what is "
                                     "missing; correct what is wrong."),
                                  itemsPage);
    itemsIntro->setWordWrap(true);
    itemsLayout->addWidget(itemsIntro);
    m_items = new IntelligenceModel(this);
    m_itemsView = new QTableView(itemsPage);
    m_itemsView->setObjectName(QStringLiteral("reviewIntelligence"));
    m_itemsView->setAccessibleName(tr("Intelligence"));
    m_itemsView->setModel(m_items);
    m_itemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_itemsView->verticalHeader()->hide();
    m_itemsView->horizontalHeader()->setStretchLastSection(true);
    m_itemsView->setTabKeyNavigation(false);
    itemsLayout->addWidget(m_itemsView, 1);
    auto* itemButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add item… (Ctrl+I)"), itemsPage);
    add->setObjectName(QStringLiteral("reviewAddItem"));
    auto* edit = new QPushButton(tr("&Correct item… (Enter)"), itemsPage);
    edit->setObjectName(QStringLiteral("reviewEditItem"));
    auto* remove = new QPushButton(tr("Re&move item…"), itemsPage);
    remove->setObjectName(QStringLiteral("reviewRemoveItem"));
    itemButtons->addWidget(add);
    itemButtons->addWidget(edit);
    itemButtons->addWidget(remove);
    itemButtons->addStretch(1);
    itemsLayout->addLayout(itemButtons);
    m_pages->addWidget(itemsPage);

    // 3. Threshold.
    auto* thresholdPage = new QWidget(this);
    auto* thresholdLayout = new QVBoxLayout(thresholdPage);
    m_threshold = new QLabel(thresholdPage);
    m_threshold->setObjectName(QStringLiteral("reviewThreshold"));
    m_threshold->setWordWrap(true);
    m_threshold->setTextFormat(Qt::RichText);
    m_threshold->setAccessibleName(tr("Threshold result"));
    m_threshold->setFocusPolicy(Qt::StrongFocus);
    thresholdLayout->addWidget(m_threshold);
    m_policyWords = new QLabel(thresholdPage);
    m_policyWords->setWordWrap(true);
    m_policyWords->setAccessibleName(tr("The threshold rule"));
    thresholdLayout->addWidget(m_policyWords);
    thresholdLayout->addStretch(1);
    m_pages->addWidget(thresholdPage);

    // 4. Decision.
    auto* decisionPage = new QWidget(this);
    auto* decisionLayout = new QVBoxLayout(decisionPage);
    m_decisionNote = new QLabel(decisionPage);
    m_decisionNote->setWordWrap(true);
    decisionLayout->addWidget(m_decisionNote);
    m_decision = new QButtonGroup(this);
    m_retain = new QRadioButton(tr("Reta&in until:"), decisionPage);
    m_retain->setObjectName(QStringLiteral("decisionRetain"));
    m_remove = new QRadioButton(tr("&Propose removal (a supervisor decides)"), decisionPage);
    m_remove->setObjectName(QStringLiteral("decisionRemove"));
    m_defer = new QRadioButton(tr("&Defer this review"), decisionPage);
    m_defer->setObjectName(QStringLiteral("decisionDefer"));
    m_decision->addButton(m_retain, static_cast<int>(ReviewDecision::Retain));
    m_decision->addButton(m_remove, static_cast<int>(ReviewDecision::ProposeRemoval));
    m_decision->addButton(m_defer, static_cast<int>(ReviewDecision::Defer));
    m_retainUntil = new QDateEdit(decisionPage);
    m_retainUntil->setObjectName(QStringLiteral("retainUntilEdit"));
    m_retainUntil->setCalendarPopup(true);
    m_retainUntil->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_retainUntil->setAccessibleName(tr("Retain until"));
    auto* retainRow = new QHBoxLayout;
    retainRow->addWidget(m_retain);
    retainRow->addWidget(m_retainUntil);
    retainRow->addStretch(1);
    decisionLayout->addLayout(retainRow);
    decisionLayout->addWidget(m_remove);
    decisionLayout->addWidget(m_defer);
    auto* reasonLabel = new QLabel(tr("Reas&on:"), decisionPage);
    m_reason = new QComboBox(decisionPage);
    m_reason->setObjectName(QStringLiteral("decisionReason"));
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->lineEdit()->setMaxLength(300);
    m_reason->setAccessibleName(tr("Reason for the decision"));
    reasonLabel->setBuddy(m_reason);
    auto* reasonRow = new QHBoxLayout;
    reasonRow->addWidget(reasonLabel);
    reasonRow->addWidget(m_reason, 1);
    decisionLayout->addLayout(reasonRow);
    m_error = new QLabel(decisionPage);
    m_error->setObjectName(QStringLiteral("decisionError"));
    m_error->setWordWrap(true);
    decisionLayout->addWidget(m_error);
    decisionLayout->addStretch(1);
    m_pages->addWidget(decisionPage);

    auto* footer = new QHBoxLayout;
    m_pause = new QPushButton(tr("Pa&use session"), this);
    m_pause->setObjectName(QStringLiteral("reviewPause"));
    m_back = new QPushButton(tr("&Back"), this);
    m_back->setObjectName(QStringLiteral("reviewBack"));
    m_next = new QPushButton(tr("Ne&xt step"), this);
    m_next->setObjectName(QStringLiteral("reviewNextStep"));
    m_save = new QPushButton(tr("&Save and next (Ctrl+Enter)"), this);
    m_save->setObjectName(QStringLiteral("reviewSave"));
    footer->addWidget(m_pause);
    footer->addStretch(1);
    footer->addWidget(m_back);
    footer->addWidget(m_next);
    footer->addWidget(m_save);
    layout->addLayout(footer);

    // Keyboard first: every step and action has a key.
    const auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { saveAndNext(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { saveAndNext(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), [this] { setStep(step() + 1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), [this] { setStep(step() - 1); });
    shortcut(QKeySequence(Qt::Key_F2), [this] { editDetails(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_I), [this] { addItem(); });
    for (int i = 0; i < StepCount; ++i)
        shortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)),
                 [this, i] { setStep(i); });

    connect(m_steps, &QTabBar::currentChanged, this, [this](int i) { setStep(i); });
    connect(m_editDetails, &QPushButton::clicked, this, &ReviewView::editDetails);
    connect(add, &QPushButton::clicked, this, &ReviewView::addItem);
    connect(edit, &QPushButton::clicked, this, &ReviewView::editItem);
    connect(remove, &QPushButton::clicked, this, &ReviewView::removeItem);
    connect(m_itemsView, &QTableView::activated, this, &ReviewView::editItem);
    connect(m_back, &QPushButton::clicked, this, [this] { setStep(step() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { setStep(step() + 1); });
    connect(m_save, &QPushButton::clicked, this, [this] { saveAndNext(); });
    connect(m_pause, &QPushButton::clicked, this, &ReviewView::pause);
    connect(m_decision, &QButtonGroup::idClicked, this, [this] { updateDecisionState(); });

    loadCurrent();
}

ReviewView::~ReviewView()
{
    m_sink->detach();
}

int ReviewView::step() const
{
    return m_pages->currentIndex();
}

void ReviewView::setStep(int s)
{
    s = std::clamp(s, 0, StepCount - 1);
    if (m_pages->currentIndex() != s)
        m_pages->setCurrentIndex(s);
    if (m_steps->currentIndex() != s)
        m_steps->setCurrentIndex(s);
    m_back->setEnabled(s > 0);
    m_next->setEnabled(s < StepCount - 1);
    // Focus lands where the work is.
    switch (s) {
    case IdentityStep:
        m_editDetails->setFocus();
        break;
    case IntelligenceStep:
        m_itemsView->setFocus();
        if (!m_itemsView->currentIndex().isValid() && m_items->rowCount() > 0)
            m_itemsView->setCurrentIndex(m_items->index(0, 0));
        break;
    case ThresholdStep:
        m_threshold->setFocus();
        break;
    case DecisionStep:
        if (QAbstractButton* checked = m_decision->checkedButton())
            checked->setFocus();
        break;
    }
}

QString ReviewView::progressText() const
{
    return tr("%1 of %2").arg(m_record.position + 1).arg(m_record.queue.size());
}

void ReviewView::setQueueNote(const QString& note)
{
    m_queueNote->setText(note);
    m_queueNote->setVisible(!note.isEmpty());
}

void ReviewView::loadCurrent()
{
    m_error->clear();
    if (m_record.position >= m_record.queue.size()) {
        emit finished();
        return;
    }
    m_progress->setText(progressText());
    m_who->setText(tr("Loading…"));
    const QString reference = m_record.queue.at(m_record.position);
    const quint64 request = ++m_request;
    auto sink = m_sink;
    const QString username = m_session.username();
    // A reload of the record on screen (after an edit) is not a new consultation.
    const QString justification = m_details && m_details->nominal.reference == reference
                                      ? QString()
                                      : ConsultationLog::sessionJustification(m_record.id);
    DataWorker::Job job = [this, sink, reference, username, justification,
                           request](WorkerContext& ctx) {
        NominalDetails details;
        try {
            const std::optional<qint64> id =
                NominalDetailsService(ctx.db, ctx.policy, ctx.today).idOf(reference);
            if (id)
                details = NominalDetails::load(ctx, *id, username, justification);
            else {
                details.missing = true;
                details.error = tr("%1 is no longer in the file.").arg(reference);
            }
        } catch (const Error& e) {
            details.error = e.message();
        }
        auto shared = std::make_shared<NominalDetails>(details);
        sink->deliver([this, shared, request] {
            if (request != m_request)
                return;
            if (!shared->found && !shared->missing) {
                // Could not read or log it just now (the file busy): try again shortly.
                m_who->setText(shared->error);
                if (++m_retries <= 3)
                    QTimer::singleShot(1000, this, &ReviewView::loadCurrent);
                return;
            }
            m_retries = 0;
            if (!shared->found) {
                // Erased meanwhile: say so and move on.
                m_who->setText(shared->error);
                ++m_record.position;
                ReviewService(m_session.db(), m_session.username())
                    .pause(m_record.id, m_record.position);
                loadCurrent();
                return;
            }
            display(*shared);
        });
    };
    if (justification.isEmpty())
        m_session.worker().submit(std::move(job));
    else
        m_session.worker().submitWrite(std::move(job));
}

void ReviewView::display(const NominalDetails& d)
{
    const bool sameNominal = m_details && m_details->nominal.id == d.nominal.id;
    m_details = std::make_unique<NominalDetails>(d);
    const int age = d.nominal.ageOn(d.evaluation.asOf);
    QString who = d.nominal.reference + QStringLiteral(" · ") + d.nominal.displayName();
    if (age >= 0 && age < 18)
        who += QStringLiteral(" · ") + tr("juvenile (%1)").arg(age);
    m_who->setText(who);
    m_progress->setText(progressText());

    while (m_identity->rowCount() > 0)
        m_identity->removeRow(0);
    for (const auto& [label, value] : profileRows(d.nominal, d.evaluation.asOf)) {
        auto* v = new QLabel(value, m_identityPage);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        v->setAccessibleName(label + QStringLiteral(": ") + value);
        m_identity->addRow(label + QLatin1Char(':'), v);
    }
    m_items->setItems(d.intelligence, d.evaluation);
    m_itemsView->resizeColumnsToContents();
    m_itemsView->horizontalHeader()->setStretchLastSection(true);
    QString threshold = thresholdHtml(d.evaluation, d.policy, palette());
    if (d.removalPending)
        threshold += QStringLiteral("<p><i>") +
                     tr("A removal proposal is already waiting for a supervisor.").toHtmlEscaped() +
                     QStringLiteral("</i></p>");
    m_threshold->setText(threshold);
    m_policyWords->setText(d.policy.describeInWords());

    const QDate today = Time::today();
    const QDate latest = ReviewService::defaultRetainUntil(d.policy, today);
    m_retainUntil->setDateRange(today.addDays(1), latest);
    if (!sameNominal) {
        m_retainUntil->setDate(latest);
        m_reason->clear();
        m_reason->setCurrentText(QString());
        m_decision->setExclusive(false);
        for (QAbstractButton* b : m_decision->buttons())
            b->setChecked(false);
        m_decision->setExclusive(true);
        // Nothing is chosen for the reviewer: a decision is always a deliberate act.
        setStep(IdentityStep);
    }
    updateDecisionState();
    emit loaded(d.nominal.id);
}

void ReviewView::updateDecisionState()
{
    if (!m_details)
        return;
    const bool met = m_details->evaluation.meetsThreshold();
    m_retain->setEnabled(met);
    if (!met && m_retain->isChecked()) {
        // Never switch to another decision on the reviewer's behalf: clear the choice.
        m_decision->setExclusive(false);
        m_retain->setChecked(false);
        m_decision->setExclusive(true);
    }
    m_retainUntil->setEnabled(met && m_retain->isChecked());
    QStringList reasons;
    for (const QString& code : m_details->evaluation.reasonCodes())
        reasons << Evaluation::reasonText(code);
    m_decisionNote->setText(
        Evaluation::statusText(m_details->evaluation.status) +
        (reasons.isEmpty() ? QString()
                           : QStringLiteral(": ") + reasons.join(QStringLiteral("; "))) +
        QStringLiteral("\n\n") +
        (met ? tr("The threshold is met. Retain until a date (at most one review interval ahead), "
                  "or propose removal or defer with a reason.")
             : tr("The threshold is not met, so this person cannot be retained: propose removal, "
                  "or defer with a reason (for example, intelligence still to be recorded).")));
    const auto decision = static_cast<ReviewDecision>(m_decision->checkedId());
    const QString current = m_reason->currentText();
    m_reason->clear();
    if (decision == ReviewDecision::ProposeRemoval) {
        // The reasons a removal can have, in words; an overdue review is not one of them.
        QStringList presets;
        for (const QString& code : m_details->evaluation.reasonCodes())
            if (code != Evaluation::code(NominalReason::ReviewOverdue))
                presets << Evaluation::reasonText(code);
        presets << tr("No longer involved with the group")
                << RemovalService::reasonText(QStringLiteral("NO_LONGER_NECESSARY"))
                << RemovalService::reasonText(QStringLiteral("INACCURATE"));
        m_reason->addItems(presets);
    } else if (decision == ReviewDecision::Defer) {
        m_reason->addItems({tr("Waiting for intelligence from a partner agency"),
                            tr("Identity to be confirmed"), tr("Panel meeting to decide")});
    }
    m_reason->setCurrentText(current);
    m_reason->lineEdit()->setPlaceholderText(
        decision == ReviewDecision::Retain ? tr("Optional note") : tr("Required"));
}

bool ReviewView::saveAndNext()
{
    if (!m_details)
        return false;
    if (step() != DecisionStep) {
        // Ctrl+Enter before the decision step goes to it: a decision is always seen.
        setStep(DecisionStep);
        return false;
    }
    if (m_decision->checkedId() < 0) {
        m_error->setText(m_details->evaluation.meetsThreshold()
                             ? tr("Choose a decision first: retain, propose removal or defer.")
                             : tr("Choose a decision first: propose removal or defer."));
        (m_retain->isEnabled() ? m_retain : m_remove)->setFocus();
        return false;
    }
    DecisionInput input;
    input.nominalId = m_details->nominal.id;
    input.decision = static_cast<ReviewDecision>(m_decision->checkedId());
    input.reason = m_reason->currentText().trimmed();
    input.retainUntil = m_retainUntil->date();
    input.evaluation = m_details->evaluation;
    try {
        ReviewService(m_session.db(), m_session.username())
            .decide(input, m_details->policy, m_record.id, m_record.position + 1);
    } catch (const Error& e) {
        m_error->setText(e.message());
        Accessibility::announce(this, e.message());
        if (e.kind() == ErrorKind::Conflict) {
            // Show what is in the file now.
            loadCurrent();
        } else {
            m_reason->setFocus();
        }
        return false;
    }
    const QString ref = m_details->nominal.reference;
    emit changed();
    switch (input.decision) {
    case ReviewDecision::Retain:
        emit saved(tr("Saved: %1 retained until %2.").arg(ref, Time::longDate(input.retainUntil)));
        break;
    case ReviewDecision::ProposeRemoval:
        emit saved(tr("Saved: removal of %1 proposed; a supervisor decides.").arg(ref));
        break;
    case ReviewDecision::Defer:
        emit saved(tr("Saved: the review of %1 deferred.").arg(ref));
        break;
    }
    ++m_record.position;
    m_details.reset();
    if (m_record.position >= m_record.queue.size()) {
        ReviewService(m_session.db(), m_session.username()).finish(m_record.id);
        emit finished();
        return true;
    }
    loadCurrent();
    return true;
}

void ReviewView::pause()
{
    try {
        ReviewService(m_session.db(), m_session.username()).pause(m_record.id, m_record.position);
    } catch (const Error& e) {
        m_error->setText(e.message());
        Accessibility::announce(this, e.message());
        return;
    }
    emit paused();
}

QJsonObject ReviewView::draft() const
{
    if (!m_details)
        return {};
    const QString reason = m_reason->currentText();
    if (m_decision->checkedId() < 0 && reason.trimmed().isEmpty())
        return {}; // nothing typed or chosen yet
    QJsonObject o;
    o.insert(QStringLiteral("session"), m_record.id);
    o.insert(QStringLiteral("position"), m_record.position);
    o.insert(QStringLiteral("nominal"), m_details->nominal.id);
    o.insert(QStringLiteral("step"), step());
    o.insert(QStringLiteral("decision"), m_decision->checkedId());
    o.insert(QStringLiteral("reason"), reason);
    o.insert(QStringLiteral("retain_until"), m_retainUntil->date().toString(Qt::ISODate));
    return o;
}

bool ReviewView::applyDraft(const QJsonObject& o)
{
    if (!m_details || o.value(QStringLiteral("nominal")).toInteger() != m_details->nominal.id)
        return false;
    const int decision = o.value(QStringLiteral("decision")).toInt(-1);
    if (QAbstractButton* b = m_decision->button(decision); b && b->isEnabled())
        b->setChecked(true);
    updateDecisionState();
    const QDate until =
        QDate::fromString(o.value(QStringLiteral("retain_until")).toString(), Qt::ISODate);
    if (until.isValid())
        m_retainUntil->setDate(until);
    m_reason->setCurrentText(o.value(QStringLiteral("reason")).toString());
    setStep(o.value(QStringLiteral("step")).toInt(IdentityStep));
    return true;
}

QString ReviewView::statusText() const
{
    // Kept in the window's translation context, where it was first written.
    return QCoreApplication::translate("corroborate::ui::MainWindow", "Reviewing %1")
        .arg(progressText());
}

} // namespace corroborate::ui
