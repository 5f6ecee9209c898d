// The sharing views (issue 10) in the main window: Disclosures and Agreements, and the overdue
// count in the status bar, registered through the window's extension hook.
#include "SharingExtension.h"

#include "AgreementsView.h"
#include "DisclosuresView.h"
#include "SharingParts.h"
#include "core/Appearance.h"
#include "core/Error.h"
#include "core/Time.h"
#include "data/DataWorker.h"
#include "data/Session.h"
#include "main/Extensions.h"
#include "main/MainWindow.h"
#include "sharing/DisclosureRegister.h"

#include <QLabel>
#include <QStatusBar>

namespace corroborate::ui {

namespace {

// The overdue count in the status bar, for supervisors and administrators: read on the worker
// when a session starts or unlocks, and whenever the Disclosures view reloads.
void countOverdue(MainWindow& window, QLabel* label, const std::shared_ptr<ResultSink>& sink)
{
    Session* session = window.session();
    if (!session || window.isLocked() || !managesDisclosures(*session)) {
        label->hide();
        return;
    }
    session->worker().submit([sink, label](WorkerContext& ctx) {
        int overdue = -1;
        try {
            overdue = DisclosureRegister(ctx.db).overdueCount(ctx.today.isValid() ? ctx.today
                                                                                  : Time::today());
        } catch (const Error&) {
        }
        sink->deliver([label, overdue] {
            if (overdue < 0) {
                label->hide();
                return;
            }
            label->setText(DisclosuresView::tr("Overdue disclosures: %1").arg(overdue));
            label->setAccessibleName(label->text());
            label->setVisible(overdue > 0);
        });
    });
}

} // namespace

void addSharingViews(MainWindow& window)
{
    auto* overdueLabel = new QLabel(&window);
    overdueLabel->setObjectName(QStringLiteral("overdueDisclosuresLabel"));
    overdueLabel->hide();
    QPalette p = overdueLabel->palette();
    p.setColor(QPalette::WindowText, Appearance::flaggedColour(p));
    overdueLabel->setPalette(p);
    window.statusBar()->addPermanentWidget(overdueLabel);
    auto sink = std::make_shared<ResultSink>(overdueLabel);
    QObject::connect(overdueLabel, &QObject::destroyed, [sink] { sink->detach(); });
    auto recount = [&window, overdueLabel, sink] {
        countOverdue(window, overdueLabel, sink);
    };
    QObject::connect(&window, &MainWindow::sessionStarted, overdueLabel, recount);
    QObject::connect(&window, &MainWindow::unlocked, overdueLabel, recount);
    QObject::connect(&window, &MainWindow::sessionEnded, overdueLabel, &QWidget::hide);
    QObject::connect(&window, &MainWindow::locked, overdueLabel, &QWidget::hide);

    window.addView(
        {QStringLiteral("disclosures"), [] { return DisclosuresView::tr("Disclosures"); },
         QStringLiteral(":/icons/disclosures.svg"), QKeySequence(Qt::CTRL | Qt::Key_7), 96,
         &managesDisclosures,
         [overdueLabel](MainWindow& w, Session& s, QWidget* parent) -> QWidget* {
             auto* view = new DisclosuresView(w, s, parent);
             QObject::connect(view, &DisclosuresView::overdueCounted, overdueLabel,
                              [overdueLabel](int overdue) {
                                  overdueLabel->setText(
                                      DisclosuresView::tr("Overdue disclosures: %1").arg(overdue));
                                  overdueLabel->setAccessibleName(overdueLabel->text());
                                  overdueLabel->setVisible(overdue > 0);
                              });
             return view;
         }});
    window.addView({QStringLiteral("agreements"),
                    [] { return AgreementsView::tr("Agreements"); },
                    QStringLiteral(":/icons/agreements.svg"),
                    QKeySequence(Qt::CTRL | Qt::Key_8),
                    97,
                    {},
                    [](MainWindow& w, Session& s, QWidget* parent) -> QWidget* {
                        return new AgreementsView(w, s, parent);
                    }});
}

} // namespace corroborate::ui
