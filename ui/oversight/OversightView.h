#pragma once

#include "main/WorkspaceView.h"
#include "oversight/OversightTables.h"

#include <QWidget>
#include <atomic>
#include <memory>
#include <optional>

class QChartView;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace corroborate::ui {

class MainWindow;
class ResultSink;
class Session;

// Tools ▸ Oversight report (issue 12), for supervisors and administrators: the report as at a
// date, computed on the data worker with progress (OversightService), shown with the same
// small-number suppression as the printed report: the totals, a bar chart per ethnic group
// with the population baseline beside each bar, a monthly line chart of additions and
// removals, and every table; Save as PDF and Export CSV write what is shown.
class OversightView : public QWidget, public WorkspaceView
{
    Q_OBJECT
public:
    OversightView(MainWindow& window, Session& session, QWidget* parent = nullptr);
    ~OversightView() override;

    // Computes the report as at the date in the date field.
    void compute();
    bool hasReport() const { return m_tables.has_value(); }

    // WorkspaceView. Producing the report is logged as a consultation of the whole list, so a
    // change in the file does not recompute it: refresh() does nothing; Compute does.
    void refresh() override {}
    void clearPersonalData() override;
    QString statusText() const override;

signals:
    void reportShown();

protected:
    void showEvent(QShowEvent* event) override;

private:
    bool m_requested = false; // the first showing asks for the report
    void show(const OversightReport& report);
    void savePdf();
    void exportCsv();
    void setBusy(bool busy);
    void fillCharts();
    void fillTables();

    MainWindow& m_window;
    Session& m_session;
    std::shared_ptr<ResultSink> m_sink;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_request = 0;
    std::optional<OversightTables> m_tables;

    QDateEdit* m_asOf;
    QPushButton* m_compute;
    QPushButton* m_savePdf;
    QPushButton* m_exportCsv;
    QProgressBar* m_progress;
    QLabel* m_status;
    QStandardItemModel* m_totals;
    QTableView* m_totalsView;
    QChartView* m_ethnicityChart;
    QChartView* m_monthlyChart;
    QTabWidget* m_tabs;
};

} // namespace corroborate::ui
