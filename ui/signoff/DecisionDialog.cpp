#include "DecisionDialog.h"
#include "accessibility/Accessibility.h"
#include "core/Time.h"

#include "SignOffModels.h"
#include "core/Appearance.h"
#include "core/AsyncTask.h"
#include "core/Enums.h"
#include "core/Error.h"
#include "core/Grading.h"
#include "core/Secret.h"
#include "data/DataWorker.h"
#include "data/Session.h"
#include "rights/RightsService.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace corroborate::ui {

namespace {
QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString stateText(const RemovalRequest& r)
{
    if (r.state == RemovalState::Pending)
        return DecisionDialog::tr("waiting for a supervisor");
    if (r.state == RemovalState::Rejected)
        return DecisionDialog::tr("rejected by %1 on %2")
            .arg(r.decidedBy, signOffDateTime(r.decidedAt));
    if (r.state == RemovalState::Withdrawn)
        return DecisionDialog::tr("withdrawn by %1 on %2")
            .arg(r.decidedBy, signOffDateTime(r.decidedAt));
    if (r.state == RemovalState::Approved)
        return DecisionDialog::tr("approved by %1 on %2")
            .arg(r.decidedBy, signOffDateTime(r.decidedAt));
    return r.state;
}
} // namespace

DecisionDialog::DecisionDialog(Session& session, qint64 nominalId, const QString& reference,
                               QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_sink(std::make_shared<ResultSink>(this))
    , m_nominalId(nominalId)
    , m_reference(reference)
{
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(tr("Decide on the removal of %1").arg(reference));
    setAccessibleName(windowTitle());
    resize(900, 720);

    m_title = new QLabel(tr("Loading %1…").arg(reference), this);
    m_title->setObjectName(QStringLiteral("decisionTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_body = new QTextBrowser(this);
    m_body->setObjectName(QStringLiteral("decisionBody"));
    m_body->setAccessibleName(tr("Evaluation, proposal and history of %1").arg(reference));
    m_body->setOpenLinks(false);
    m_body->setFocusPolicy(Qt::StrongFocus);

    // Approve: the supervisor's own password again, which opens their signing key.
    auto* approveBox = new QGroupBox(tr("Approve: erase this person"), this);
    m_password = new QLineEdit(approveBox);
    m_password->setObjectName(QStringLiteral("decisionPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Your password, to sign the approval"));
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText |
                                    Qt::ImhSensitiveData);
    auto* passwordLabel = new QLabel(tr("Your &password:"), approveBox);
    passwordLabel->setBuddy(m_password);
    m_approve = new QPushButton(QIcon(QStringLiteral(":/icons/erasure-register.svg")),
                                tr("&Approve and erase"), approveBox);
    m_approve->setObjectName(QStringLiteral("decisionApprove"));
    m_approve->setAccessibleName(tr("Approve the removal and erase the person"));
    m_approve->setAutoDefault(false);
    auto* approveHint =
        new QLabel(tr("Approval signs your decision with your own key and erases the nominal, "
                      "their intelligence and reviews at once. It cannot be undone."),
                   approveBox);
    approveHint->setWordWrap(true);
    auto* approveLayout = new QGridLayout(approveBox);
    approveLayout->addWidget(approveHint, 0, 0, 1, 3);
    approveLayout->addWidget(passwordLabel, 1, 0);
    approveLayout->addWidget(m_password, 1, 1);
    approveLayout->addWidget(m_approve, 1, 2);

    // Reject: a note that goes back to the proposer.
    auto* rejectBox = new QGroupBox(tr("Reject: send it back to the proposer"), this);
    m_note = new QPlainTextEdit(rejectBox);
    m_note->setObjectName(QStringLiteral("decisionNote"));
    m_note->setAccessibleName(tr("Note for the proposer, required to reject"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 4);
    auto* noteLabel = new QLabel(tr("&Note for the proposer (required):"), rejectBox);
    noteLabel->setBuddy(m_note);
    m_reject = new QPushButton(tr("&Reject with note"), rejectBox);
    m_reject->setObjectName(QStringLiteral("decisionReject"));
    m_reject->setAccessibleName(tr("Reject the proposal with the note"));
    m_reject->setAutoDefault(false);
    auto* rejectLayout = new QGridLayout(rejectBox);
    rejectLayout->addWidget(noteLabel, 0, 0);
    rejectLayout->addWidget(m_note, 1, 0);
    rejectLayout->addWidget(m_reject, 1, 1, Qt::AlignBottom);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("decisionError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close without deciding"));
    // Enter belongs to the field it is pressed in (Enter in the password approves), never to a
    // default button that would close the dialog.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_error);
    auto* decide = new QHBoxLayout;
    decide->addWidget(approveBox, 1);
    decide->addWidget(rejectBox, 1);
    layout->addLayout(decide);
    layout->addWidget(buttons);

    connect(m_password, &QLineEdit::returnPressed, this, &DecisionDialog::approve);
    // An error goes as soon as its cause does: the user types again.
    connect(m_password, &QLineEdit::textEdited, this, &DecisionDialog::clearError);
    connect(m_note, &QPlainTextEdit::textChanged, this, &DecisionDialog::clearError);
    connect(m_approve, &QPushButton::clicked, this, &DecisionDialog::approve);
    connect(m_reject, &QPushButton::clicked, this, &DecisionDialog::rejectProposal);

    m_approve->setEnabled(false);
    m_reject->setEnabled(false);
    load();
}

DecisionDialog::~DecisionDialog()
{
    m_sink->detach();
    m_password->clear();
}

void DecisionDialog::focusApprove()
{
    m_password->setFocus(Qt::OtherFocusReason);
}

void DecisionDialog::focusReject()
{
    m_note->setFocus(Qt::OtherFocusReason);
}

QString DecisionDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void DecisionDialog::load()
{
    auto sink = m_sink;
    const qint64 id = m_nominalId;
    const QString reference = m_reference;
    const QString username = m_session.username();
    const QString justification = tr("Deciding a removal proposal");
    m_session.worker().submit(
        [this, sink, id, reference, username, justification](WorkerContext& ctx) {
            auto data = std::make_shared<DecisionData>();
            try {
                data->details = NominalDetails::load(ctx, id, username, justification);
                if (!data->details.found) {
                    data->error = data->details.error;
                } else {
                    RemovalService removals(ctx.db);
                    data->evaluation = removals.currentEvaluation(reference);
                    data->pending = removals.pendingFor(reference);
                    data->history = removals.history(reference);
                    data->erasureBlocker = RightsService(ctx.db).erasureBlocker(reference);
                }
            } catch (const Error& e) {
                data->error = e.message();
            }
            sink->deliver([this, data] {
                if (!data->error.isEmpty()) {
                    m_title->setText(m_reference);
                    showError(data->error);
                    return;
                }
                const Nominal& n = data->details.nominal;
                m_title->setText(tr("%1 — %2").arg(n.reference, n.displayName()));
                m_title->setAccessibleName(m_title->text());
                m_body->setHtml(bodyHtml(*data, palette()));
                m_shownHash = QString::fromLatin1(data->evaluation.canonicalHash().toHex());
                m_loaded = true;
                const bool pending = data->pending.has_value();
                // A refusal comes before the effort: the proposer is told before typing a
                // password that only another supervisor can approve.
                const bool own = pending && data->pending->proposer == m_session.username();
                m_approve->setEnabled(pending && !own);
                m_password->setEnabled(pending && !own);
                m_reject->setEnabled(pending);
                if (!pending) {
                    showError(tr("%1 has no proposal waiting for a decision.").arg(m_reference));
                    m_lastingError = true;
                } else if (own) {
                    showError(tr("You proposed this removal, so you may not approve it: another "
                                 "supervisor must. You can still reject it with a note."));
                    m_lastingError = true;
                    m_note->setFocus(Qt::OtherFocusReason);
                } else if (!data->erasureBlocker.isEmpty()) {
                    // Said before a password is asked for; rejecting stays possible.
                    m_approve->setEnabled(false);
                    m_password->setEnabled(false);
                    showError(data->erasureBlocker);
                    m_lastingError = true;
                }
                emit loaded();
            });
        });
}

QString DecisionDialog::bodyHtml(const DecisionData& data, const QPalette& palette)
{
    const Evaluation& e = data.evaluation;
    const QString attention = Appearance::attentionColour(palette).name();
    const QString flagged = Appearance::flaggedColour(palette).name();
    QString h;

    // The proposal.
    h += QStringLiteral("<h3>") + esc(tr("The proposal")) + QStringLiteral("</h3>");
    if (data.pending) {
        const RemovalRequest& r = *data.pending;
        h += QStringLiteral("<p>") +
             esc(tr("Proposed by %1 on %2.").arg(r.proposer, signOffDateTime(r.proposedAt))) +
             QStringLiteral("<br><b>") + esc(tr("Reason:")) + QStringLiteral("</b> ") +
             esc(RemovalService::reasonText(r.reasonCode));
        h += QStringLiteral("<br><b>") + esc(tr("Note:")) + QStringLiteral("</b> ") +
             (r.note.isEmpty() ? esc(tr("(none)")) : esc(r.note)) + QStringLiteral("</p>");
    } else {
        h += QStringLiteral("<p>") + esc(tr("No proposal is waiting.")) + QStringLiteral("</p>");
    }

    // The evaluation an approval signs.
    h += QStringLiteral("<h3>") +
         esc(tr("Evaluation today (policy version %1, %2)")
                 .arg(e.policyVersion)
                 .arg(Time::longDate(e.asOf))) +
         QStringLiteral("</h3>");
    h +=
        QStringLiteral("<p><b><span style=\"color:%1\">").arg(e.isFlagged() ? flagged : QString()) +
        esc(Evaluation::statusText(e.status)) + QStringLiteral("</span></b>");
    h += QStringLiteral(" — ") +
         esc(tr("%n independent qualifying source(s)", nullptr, e.independentSources)) +
         QStringLiteral("</p>");
    const QStringList codes = e.reasonCodes();
    if (!codes.isEmpty()) {
        h += QStringLiteral("<ul>");
        for (const QString& c : codes)
            h += QStringLiteral("<li>") + esc(Evaluation::reasonText(c)) + QStringLiteral("</li>");
        h += QStringLiteral("</ul>");
    }

    // Each item: codes with meanings, and whether it counts.
    h += QStringLiteral("<h3>") + esc(tr("Intelligence")) + QStringLiteral("</h3>");
    const QList<IntelligenceItem>& items = data.details.intelligence;
    if (items.isEmpty()) {
        h += QStringLiteral("<p>") + esc(tr("No intelligence recorded.")) + QStringLiteral("</p>");
    } else {
        h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                            "width=\"100%\"><tr>");
        for (const QString& head : {tr("Reference"), tr("Obtained"), tr("Provider / originator"),
                                    tr("Grading"), tr("Indicates"), tr("Counts?")})
            h += QStringLiteral("<th align=\"left\">") + esc(head) + QStringLiteral("</th>");
        h += QStringLiteral("</tr>");
        for (const IntelligenceItem& item : items) {
            const ItemEvaluation* ie = nullptr;
            for (const ItemEvaluation& x : e.intelligence)
                if ((x.itemId != 0 && x.itemId == item.id) ||
                    (x.itemId == 0 && x.reference == item.reference))
                    ie = &x;
            QString counts;
            if (!ie) {
                counts = esc(tr("not evaluated"));
            } else if (ie->counts) {
                counts = QStringLiteral("<b>") + esc(tr("Yes")) + QStringLiteral("</b>");
            } else {
                QStringList why;
                for (const QString& c : ie->reasonCodes())
                    why << Evaluation::reasonText(c);
                counts = QStringLiteral("<span style=\"color:%1\"><b>").arg(attention) +
                         esc(tr("No")) + QStringLiteral("</b></span>: ") +
                         esc(why.join(QStringLiteral("; ")));
            }
            h += QStringLiteral("<tr><td>") + esc(item.reference) + QStringLiteral("</td><td>") +
                 esc(QLocale().toString(item.obtainedOn, QLocale::ShortFormat)) +
                 QStringLiteral("</td><td>") + esc(Vocabulary::label(item.provider)) +
                 QStringLiteral("<br>") + esc(item.originator) + QStringLiteral("</td><td>") +
                 (item.legacy
                      ? esc(Grading::describeLines(*item.legacy).join(QLatin1Char('\n')))
                            .replace(QLatin1Char('\n'), QStringLiteral("<br>"))
                      : esc(Grading::describe(item.sourceEvaluation)) + QStringLiteral("<br>") +
                            esc(Grading::describe(item.assessment)) + QStringLiteral("<br>") +
                            esc(Grading::describe(item.handlingCode))) +
                 QStringLiteral("</td><td>") + esc(Vocabulary::label(item.indicates)) +
                 QStringLiteral("</td><td>") + counts + QStringLiteral("</td></tr>");
        }
        h += QStringLiteral("</table>");
    }

    // History: earlier proposals and reviews.
    h += QStringLiteral("<h3>") + esc(tr("History")) + QStringLiteral("</h3><ul>");
    bool any = false;
    for (const RemovalRequest& r : data.history) {
        any = true;
        QString line = tr("%1: removal proposed by %2 (%3) — %4")
                           .arg(signOffDateTime(r.proposedAt), r.proposer,
                                RemovalService::reasonText(r.reasonCode), stateText(r));
        if (!r.decisionNote.isEmpty())
            line += QStringLiteral(" — ") + tr("note: %1").arg(r.decisionNote);
        h += QStringLiteral("<li>") + esc(line) + QStringLiteral("</li>");
    }
    for (const ReviewRecord& r : data.details.reviews) {
        any = true;
        const QString decision = r.decision == u"retain"            ? tr("retained")
                                 : r.decision == u"propose_removal" ? tr("removal proposed")
                                                                    : tr("deferred");
        QString line =
            tr("%1: reviewed by %2, %3").arg(signOffDateTime(r.reviewedAt), r.reviewer, decision);
        if (!r.reason.isEmpty())
            line += QStringLiteral(" — ") + r.reason;
        h += QStringLiteral("<li>") + esc(line) + QStringLiteral("</li>");
    }
    if (!any)
        h += QStringLiteral("<li>") + esc(tr("No earlier reviews or proposals.")) +
             QStringLiteral("</li>");
    h += QStringLiteral("</ul>");
    return h;
}

void DecisionDialog::showError(const QString& message)
{
    m_error->setText(tr("Not done: %1").arg(message));
    Accessibility::announce(m_error, m_error->text());
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, Appearance::flaggedColour(palette()));
    m_error->setPalette(p);
    QFont f = m_error->font();
    f.setBold(true);
    m_error->setFont(f);
    m_error->setAccessibleDescription(message);
    m_error->show();
}

void DecisionDialog::clearError()
{
    if (m_lastingError || !m_error->isVisible())
        return;
    m_error->clear();
    m_error->setAccessibleDescription(QString());
    m_error->hide();
}

void DecisionDialog::approve()
{
    if (!m_loaded || !m_approve->isEnabled())
        return;
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your own password to sign the approval."));
        m_password->setFocus();
        return;
    }
    Secret password(m_password->text());
    m_password->clear();
    clearError();
    // The approval checks the password (Argon2id), unseals, erases and checkpoints: seconds,
    // off the GUI thread (Session::run: the session's one writer, ui/core/AsyncTask.h). The dialog
    // says so and takes no input meanwhile.
    setWorking(true);
    const Outcome<ApprovalResult> result = m_session.run([this, &password](CaseFile&) {
        return RemovalService(m_session.db())
            .approve(m_session.user(), password, m_reference, m_shownHash);
    });
    setWorking(false);
    if (!result) {
        showError(result.error().message());
        m_password->setFocus();
        return;
    }
    emit approvedAndErased(m_reference, result.value().scrubProblems,
                           ApprovalResult::describe(result.value().mentions));
    accept();
}

void DecisionDialog::setWorking(bool working)
{
    if (!m_working) {
        m_working = new QLabel(tr("Checking your password and erasing…"), this);
        m_working->setObjectName(QStringLiteral("decisionWorking"));
        m_working->hide();
        layout()->addWidget(m_working);
    }
    QWidget* const fields[] = {m_approve, m_reject, m_password, m_note};
    if (working) {
        m_enabledBefore.clear();
        for (QWidget* w : fields) {
            m_enabledBefore << w->isEnabled();
            w->setEnabled(false);
        }
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_working->show();
        Accessibility::announce(m_working, m_working->text());
    } else {
        QApplication::restoreOverrideCursor();
        m_working->hide();
        for (int i = 0; i < m_enabledBefore.size(); ++i)
            fields[i]->setEnabled(m_enabledBefore.at(i));
    }
}

void DecisionDialog::rejectProposal()
{
    if (!m_loaded || !m_reject->isEnabled())
        return;
    const QString note = m_note->toPlainText().trimmed();
    if (note.isEmpty()) {
        showError(tr("Write a note for the proposer saying why the proposal is rejected."));
        m_note->setFocus();
        return;
    }
    clearError();
    const Outcome<void> rejected = m_session.run([this, &note](CaseFile&) {
        RemovalService(m_session.db()).reject(m_session.user(), m_reference, note);
    });
    if (!rejected) {
        showError(rejected.error().message());
        return;
    }
    emit rejectedWithNote(m_reference);
    accept();
}

} // namespace corroborate::ui
