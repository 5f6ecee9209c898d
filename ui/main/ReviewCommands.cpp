// The Review menu's commands; the ReviewController (ui/review) does the work.
#include "CommandController.h"
#include "MainWindow.h"
#include "review/ReviewController.h"

#include <QAction>
#include <QMenu>

namespace corroborate::ui {

void MainWindow::createReviewCommands()
{
    QAction* start = makeAction(
        this, QStringLiteral("actionStartReview"), tr("&Start a review of the due queue"),
        QKeySequence(Qt::CTRL | Qt::Key_R), QStringLiteral(":/icons/review.svg"));
    QAction* selection = makeAction(this, QStringLiteral("actionReviewSelection"),
                                    tr("Review the &selected nominals"),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QAction* resume =
        makeAction(this, QStringLiteral("actionResumeReview"), tr("&Resume a paused review"),
                   QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    QMenu* review = menu(MenuId::Review);
    review->addAction(start);
    review->addAction(selection);
    review->addAction(resume);
    connect(start, &QAction::triggered, m_reviews, &ReviewController::startDueReview);
    connect(selection, &QAction::triggered, m_reviews, &ReviewController::reviewSelection);
    connect(resume, &QAction::triggered, m_reviews, &ReviewController::resume);
    addCommand(start, Need::Session | Need::NoReviewInProgress);
    addCommand(selection, Need::Session | Need::NoReviewInProgress | Need::NominalList);
    addCommand(resume, Need::Session | Need::NoReviewInProgress);
}

} // namespace corroborate::ui
