#include "ReviewController.h"

#include "ReviewView.h"
#include "accessibility/Accessibility.h"
#include "core/Dialogs.h"
#include "core/Error.h"
#include "core/Time.h"
#include "data/Session.h"
#include "data/StatusScanner.h"
#include "main/MainWindow.h"
#include "main/Workspace.h"
#include "main/WorkspaceView.h"
#include "workflow/RemovalService.h"
#include "workflow/ReviewService.h"

#include <QJsonDocument>
#include <QStatusBar>
#include <algorithm>

namespace corroborate::ui {

namespace {
constexpr int kMaxQueue = 100; // nominals in one review session started from the due queue
}

// The texts keep the window's translation context (MainWindow::tr), where they were written.

ReviewController::ReviewController(MainWindow& window, QObject* parent)
    : QObject(parent)
    , m_window(window)
{
}

ReviewView* ReviewController::view() const
{
    return m_review.data();
}

bool ReviewController::hasPaused() const
{
    Session* session = m_window.session();
    return session && !ReviewService(session->db(), session->username()).openSessions().isEmpty();
}

void ReviewController::start(const QStringList& queue, const QString& note)
{
    Session* session = m_window.session();
    if (!session || queue.isEmpty())
        return;
    try {
        ReviewService reviews(session->db(), session->username());
        const QList<ReviewSessionRecord> paused = reviews.openSessions();
        if (!paused.isEmpty() &&
            m_window.dialogs().question(
                &m_window, MainWindow::tr("Resume your paused review?"),
                MainWindow::tr(
                    "You paused a review on %1 at %2 of %3. Resume it instead of starting a new "
                    "one? (No starts the new one; the paused review stays for later.)")
                    .arg(Time::humanDateTime(paused.first().startedAt))
                    .arg(paused.first().position + 1)
                    .arg(paused.first().queue.size()))) {
            resume();
            return;
        }
        const ReviewSessionRecord record = reviews.startSession(queue);
        open(record.id, ReviewView::IdentityStep);
        if (m_review)
            m_review->setQueueNote(note);
    } catch (const Error& e) {
        m_window.dialogs().warning(&m_window, MainWindow::tr("Cannot start the review"),
                                   e.message());
    }
}

void ReviewController::open(qint64 sessionId, int step)
{
    Session& session = *m_window.session();
    const std::optional<ReviewSessionRecord> record =
        ReviewService(session.db(), session.username()).session(sessionId);
    if (!record || !record->finishedAt.isEmpty()) {
        m_window.showView(QStringLiteral("due"));
        return;
    }
    Workspace& workspace = m_window.workspace();
    m_review = new ReviewView(session, m_window.dialogs(), *record, &workspace);
    // What the queue holds (a new review replaces this with where its queue came from).
    m_review->setQueueNote(MainWindow::tr("The review you started on %1: %n nominal(s).", nullptr,
                                          static_cast<int>(record->queue.size()))
                               .arg(Time::humanDateTime(record->startedAt)));
    workspace.setReview(m_review, MainWindow::tr("Review session"));
    connect(m_review, &ReviewView::changed, &m_window, &MainWindow::refreshData);
    connect(m_review, &ReviewView::loaded, this, [this, step](qint64) {
        m_window.updateStatus();
        m_window.updateCommands();
        if (m_window.m_restore.reviewSession > 0 && m_review) {
            m_review->setStep(step);
            m_window.m_restore.reviewSession = 0;
        }
        if (!m_reviewDraft.isEmpty() && m_review && m_review->applyDraft(m_reviewDraft))
            m_reviewDraft = {};
    });
    // Saving says briefly what was saved, and the review moves on: no dialog.
    connect(m_review, &ReviewView::saved, this,
            [this](const QString& summary) { Accessibility::showStatus(&m_window, summary); });
    connect(m_review, &ReviewView::finished, this, [this] {
        const QString last = m_window.statusBar()->currentMessage();
        end();
        m_window.statusBar()->showMessage(
            (last.isEmpty() ? QString() : last + QLatin1Char(' ')) +
                MainWindow::tr("Review finished: every nominal in this session has a decision."),
            10000);
    });
    connect(m_review, &ReviewView::paused, this, &ReviewController::end);
    m_window.showView(QStringLiteral("review"));
}

void ReviewController::end()
{
    if (!m_review)
        return;
    m_window.workspace().removeReview();
    m_review = nullptr;
    m_window.showView(QStringLiteral("due"));
    m_window.refreshData();
}

void ReviewController::startDueReview()
{
    Session* session = m_window.session();
    StatusScanner* scanner = m_window.statusScanner();
    if (!session || !scanner)
        return;
    const auto scan = scanner->latest();
    if (!scan) {
        m_window.dialogs().information(
            &m_window, MainWindow::tr("Still evaluating"),
            MainWindow::tr("The list is still being evaluated against the threshold. Try "
                           "again in a moment."));
        return;
    }
    // Exactly the Due for review list, in its order (flagged first, then the most overdue).
    QList<StatusEntry> entries = scan->due;
    std::stable_sort(entries.begin(), entries.end(),
                     [](const StatusEntry& a, const StatusEntry& b) {
                         if (a.flagged != b.flagged)
                             return a.flagged;
                         return std::tie(a.nextReviewDue, a.id) < std::tie(b.nextReviewDue, b.id);
                     });
    // Nobody whose removal already awaits a supervisor: there is nothing to decide until then.
    QSet<qint64> seen;
    int awaiting = 0;
    try {
        for (const PendingProposal& p : RemovalService(session->db()).pending(Time::today())) {
            seen.insert(p.request.nominalId);
            ++awaiting;
        }
    } catch (const Error&) {
    }
    QStringList queue;
    int leftOut = 0;
    for (const StatusEntry& e : std::as_const(entries)) {
        if (seen.contains(e.id)) {
            ++leftOut;
            continue;
        }
        seen.insert(e.id);
        if (queue.size() < kMaxQueue)
            queue << e.reference;
    }
    const int due = static_cast<int>(entries.size());
    if (queue.isEmpty()) {
        m_window.dialogs().information(
            &m_window, MainWindow::tr("Nothing is due"),
            awaiting > 0
                ? MainWindow::tr("Nobody else is due for review; %n removal(s) await a supervisor.",
                                 nullptr, awaiting)
                : MainWindow::tr("Nobody is due for review or below the threshold."));
        return;
    }
    // The screen says what the queue holds, and how it relates to the list the user saw.
    QString note = MainWindow::tr("This review holds %n nominal(s) from Due for review (below the "
                                  "threshold first, then the most overdue).",
                                  nullptr, static_cast<int>(queue.size()));
    if (leftOut > 0)
        note += QLatin1Char(' ') +
                MainWindow::tr("Left out: %n whose removal awaits a supervisor.", nullptr, leftOut);
    if (due - leftOut > queue.size())
        note += QLatin1Char(' ') +
                MainWindow::tr("The first %1 of %2: start another review for the rest.")
                    .arg(queue.size())
                    .arg(due - leftOut);
    start(queue, note);
}

void ReviewController::reviewSelection()
{
    WorkspaceView* list = m_window.workspace().currentView();
    if (!list || !list->listsNominals())
        return;
    const QStringList refs = list->selectedReferences();
    if (refs.isEmpty()) {
        m_window.dialogs().information(
            &m_window, MainWindow::tr("Nothing selected"),
            MainWindow::tr("Select one or more nominals in the list first."));
        return;
    }
    start(refs, MainWindow::tr("This review holds the %n nominal(s) you selected.", nullptr,
                               static_cast<int>(refs.size())));
}

void ReviewController::resume()
{
    Session* session = m_window.session();
    if (!session)
        return;
    const QList<ReviewSessionRecord> open =
        ReviewService(session->db(), session->username()).openSessions();
    if (open.isEmpty()) {
        m_window.dialogs().information(&m_window, MainWindow::tr("No paused review"),
                                       MainWindow::tr("You have no paused review session."));
        return;
    }
    m_window.workspace().setScanText(QString());
    this->open(open.first().id, ReviewView::IdentityStep);
}

std::optional<DraftRecord> ReviewController::draft() const
{
    if (!m_review)
        return std::nullopt;
    const QJsonObject review = m_review->draft();
    if (review.isEmpty())
        return std::nullopt;
    return DraftRecord{0,
                       QString(),
                       QStringLiteral("review"),
                       review.value(QStringLiteral("nominal")).toInteger(),
                       0,
                       QString::fromUtf8(QJsonDocument(review).toJson(QJsonDocument::Compact)),
                       QString()};
}

void ReviewController::restoreDraft(const QJsonObject& payload)
{
    m_reviewDraft = payload;
    const qint64 sessionId = payload.value(QStringLiteral("session")).toInteger();
    if (m_review && m_review->sessionId() == sessionId) {
        if (m_review->applyDraft(m_reviewDraft))
            m_reviewDraft = {};
    } else if (!m_review) {
        open(sessionId, payload.value(QStringLiteral("step")).toInt());
    }
}

} // namespace corroborate::ui
