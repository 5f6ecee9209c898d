#pragma once

#include "core/Draft.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <optional>

namespace corroborate::ui {

class MainWindow;
class ReviewView;

// Review sessions in the main window: which nominals a new review holds (the due queue rule),
// starting, resuming and ending one, and the review step's draft kept across a lock or a crash.
class ReviewController : public QObject
{
    Q_OBJECT
public:
    ReviewController(MainWindow& window, QObject* parent = nullptr);

    ReviewView* view() const;
    // The user has a paused review in this file.
    bool hasPaused() const;

    // Review ▸ Start a review of the due queue: the Due for review list in its order (below
    // the threshold first, then the most overdue), at most 100, without anyone whose removal
    // already awaits a supervisor.
    void startDueReview();
    void reviewSelection();
    void resume();
    void start(const QStringList& queue, const QString& note);
    // Shows the review session `sessionId` at `step` (the due list when it is finished).
    void open(qint64 sessionId, int step);
    void end();

    // The step's unsaved work, for the drafts kept at a lock or close.
    std::optional<DraftRecord> draft() const;
    void restoreDraft(const QJsonObject& payload);

private:
    MainWindow& m_window;
    QPointer<ReviewView> m_review;
    QJsonObject m_reviewDraft; // read back from the file after unlock, until the step loads
};

} // namespace corroborate::ui
