#include "OversightView.h"

#include "core/Dialogs.h"
#include "core/Error.h"
#include "core/Time.h"
#include "data/DataWorker.h"
#include "data/Session.h"
#include "main/MainWindow.h"
#include "oversight/OversightGroups.h"
#include "oversight/OversightOutput.h"
#include "oversight/OversightPdf.h"
#include "oversight/OversightService.h"
#include "workflow/ProtectiveMarking.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace corroborate::ui {

namespace {

// "Asian", "Black", "Mixed", "White", "Other", "Not recorded": what fits under a bar.
QString shortGroup(const QString& group)
{
    if (group == OversightGroups::notRecorded())
        return OversightView::tr("Not recorded");
    return group.section(QLatin1Char(' '), 0, 0).remove(QLatin1Char(','));
}

QTableView* makeTable(QStandardItemModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setObjectName(name);
    view->setAccessibleName(name);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setAlternatingRowColors(true);
    return view;
}

} // namespace

OversightView::OversightView(MainWindow& window, Session& session, QWidget* parent)
    : QWidget(parent)
    , m_window(window)
    , m_session(session)
    , m_sink(std::make_shared<ResultSink>(this))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    setObjectName(QStringLiteral("oversightView"));
    auto* layout = new QVBoxLayout(this);

    auto* bar = new QHBoxLayout;
    auto* asOfLabel = new QLabel(tr("&As at:"), this);
    m_asOf = new QDateEdit(Time::today(), this);
    m_asOf->setObjectName(QStringLiteral("oversightAsOf"));
    m_asOf->setAccessibleName(tr("As at date"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    asOfLabel->setBuddy(m_asOf);
    m_compute = new QPushButton(tr("&Show report"), this);
    m_compute->setObjectName(QStringLiteral("oversightCompute"));
    m_compute->setAccessibleName(tr("Show the report as at this date"));
    m_savePdf = new QPushButton(tr("Save as &PDF…"), this);
    m_savePdf->setObjectName(QStringLiteral("oversightSavePdf"));
    m_savePdf->setAccessibleName(tr("Save the report as PDF"));
    m_exportCsv = new QPushButton(tr("Export &CSV…"), this);
    m_exportCsv->setObjectName(QStringLiteral("oversightExportCsv"));
    m_exportCsv->setAccessibleName(tr("Export the report's tables as CSV"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("oversightProgress"));
    m_progress->setAccessibleName(tr("Progress of the report"));
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    bar->addWidget(asOfLabel);
    bar->addWidget(m_asOf);
    bar->addWidget(m_compute);
    bar->addWidget(m_progress);
    bar->addStretch();
    bar->addWidget(m_savePdf);
    bar->addWidget(m_exportCsv);
    layout->addLayout(bar);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("oversightStatus"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Counts from 1 to 4 are shown as \"fewer than 5\", and figures from "
                         "which one could be worked back are \"suppressed\", as in print."));
    layout->addWidget(m_status);

    // Upper half: the totals beside the chart per ethnic group. Lower half: the monthly chart
    // and every table, one tab each.
    auto* body = new QWidget(this);
    auto* upper = new QHBoxLayout(body);
    upper->setContentsMargins(0, 0, 0, 0);
    m_totals = new QStandardItemModel(0, 2, this);
    m_totals->setHorizontalHeaderLabels({tr("Figure"), tr("Value")});
    m_totalsView = makeTable(m_totals, tr("Totals"), body);
    m_totalsView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_totalsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_totalsView->setFixedWidth(330);
    upper->addWidget(m_totalsView);
    m_ethnicityChart = new QChartView(body);
    m_ethnicityChart->setObjectName(QStringLiteral("oversightEthnicityChart"));
    m_ethnicityChart->setAccessibleName(tr("Chart: listed by ethnic group beside the baseline"));
    m_ethnicityChart->setRenderHint(QPainter::Antialiasing);
    upper->addWidget(m_ethnicityChart, 1);
    layout->addWidget(body, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("oversightTables"));
    m_tabs->setAccessibleName(tr("Charts and tables of the oversight report"));
    m_monthlyChart = new QChartView(m_tabs);
    m_monthlyChart->setObjectName(QStringLiteral("oversightMonthlyChart"));
    m_monthlyChart->setAccessibleName(tr("Chart: additions and removals by month"));
    m_monthlyChart->setRenderHint(QPainter::Antialiasing);
    layout->addWidget(m_tabs, 1);

    connect(m_compute, &QPushButton::clicked, this, &OversightView::compute);
    connect(m_savePdf, &QPushButton::clicked, this, &OversightView::savePdf);
    connect(m_exportCsv, &QPushButton::clicked, this, &OversightView::exportCsv);
    m_savePdf->setEnabled(false);
    m_exportCsv->setEnabled(false);
    // Computed when the view is first shown, never when it is merely built (at sign-in and
    // unlock): producing the report is logged as a consultation of the whole list.
}

void OversightView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_requested) {
        m_requested = true;
        compute();
    }
}

OversightView::~OversightView()
{
    m_cancel->store(true);
    m_sink->detach();
}

void OversightView::clearPersonalData()
{
    // A report being computed is cancelled and never shown.
    m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    ++m_request;
    m_tables.reset();
    m_totals->removeRows(0, m_totals->rowCount());
    while (m_tabs->count() > 0) {
        QWidget* w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        if (w != m_monthlyChart)
            delete w;
    }
    for (QChartView* chart : {m_ethnicityChart, m_monthlyChart})
        chart->chart()->removeAllSeries();
    m_status->clear();
    setBusy(false);
}

QString OversightView::statusText() const
{
    return m_tables ? tr("As at %1").arg(m_tables->report().asOf.toString(Qt::ISODate)) : QString();
}

void OversightView::setBusy(bool busy)
{
    m_compute->setEnabled(!busy);
    m_asOf->setEnabled(!busy);
    m_savePdf->setEnabled(!busy && m_tables.has_value());
    m_exportCsv->setEnabled(!busy && m_tables.has_value());
    m_progress->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0);
        m_status->setText(tr("Working out the report…"));
    }
}

void OversightView::compute()
{
    setBusy(true);
    const QDate asOf = m_asOf->date();
    const quint64 request = ++m_request;
    auto sink = m_sink;
    auto cancel = m_cancel;
    m_session.worker().submit(
        [this, sink, cancel, asOf, request](WorkerContext& ctx) {
            std::optional<OversightReport> report;
            QString error;
            try {
                report = OversightService(ctx.db).build(asOf, [&](qint64 done, qint64 total) {
                    sink->deliver([this, done, total] {
                        m_progress->setRange(0, static_cast<int>(std::max<qint64>(1, total)));
                        m_progress->setValue(static_cast<int>(done));
                    });
                    return !cancel->load();
                });
            } catch (const Error& e) {
                error = e.message();
            }
            auto shared = std::make_shared<std::optional<OversightReport>>(std::move(report));
            sink->deliver([this, shared, error, request] {
                if (request != m_request)
                    return;
                setBusy(false);
                if (!error.isEmpty() || !*shared) {
                    m_status->setText(tr("The report could not be made: %1").arg(error));
                    return;
                }
                show(**shared);
            });
        },
        DataWorker::Priority::Background);
}

void OversightView::show(const OversightReport& report)
{
    try {
        OversightService::recordConsultation(m_session.db(), m_session.username(), report,
                                             QStringLiteral("window"));
    } catch (const Error& e) {
        m_status->setText(tr("The report is not shown: its consultation could not be logged. %1")
                              .arg(e.message()));
        return;
    }
    m_tables.emplace(report, false);
    fillTables();
    fillCharts();
    m_savePdf->setEnabled(true);
    m_exportCsv->setEnabled(true);
    m_status->setText(tr("As at %1 under threshold policy version %2. Counts from 1 to 4 are "
                         "shown as \"fewer than 5\", and figures from which one could be worked "
                         "back are \"suppressed\", as in print.")
                          .arg(report.asOf.toString(Qt::ISODate))
                          .arg(report.policyVersion));
    emit reportShown();
}

void OversightView::fillTables()
{
    m_totals->removeRows(0, m_totals->rowCount());
    for (const auto& [key, cell] : m_tables->totals()) {
        auto* value = new QStandardItem(cell.text(1));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_totals->appendRow({new QStandardItem(OversightTables::totalLabel(key)), value});
    }
    while (m_tabs->count() > 0) {
        QWidget* w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        if (w != m_monthlyChart)
            delete w;
    }
    m_tabs->addTab(m_monthlyChart, tr("Additions and removals by month"));
    for (const ReportTable& table : m_tables->tables()) {
        auto* model = new QStandardItemModel(m_tabs);
        QStringList headers;
        for (const QString& c : table.labelColumns + table.valueColumns)
            headers << OversightTables::columnLabel(c);
        model->setHorizontalHeaderLabels(headers);
        for (const TableRow& row : table.rows) {
            QList<QStandardItem*> items;
            for (const QString& l : row.labels)
                items << new QStandardItem(row.isTotal && l == QLatin1String("Total") ? tr("Total")
                                                                                      : l);
            for (qsizetype i = 0; i < row.cells.size(); ++i) {
                const bool ratio = table.valueColumns[i].contains(QLatin1String("ratio"));
                auto* item = new QStandardItem(row.cells[i].text(ratio ? 2 : 1));
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                items << item;
            }
            if (row.isTotal)
                for (QStandardItem* it : items) {
                    QFont f = it->font();
                    f.setBold(true);
                    it->setFont(f);
                }
            model->appendRow(items);
        }
        QTableView* view = makeTable(model, table.title, m_tabs);
        view->setObjectName(QStringLiteral("oversightTable_") + table.key);
        m_tabs->addTab(view, table.title.section(QLatin1Char('('), 0, 0).trimmed());
    }
}

void OversightView::fillCharts()
{
    const OversightReport& r = m_tables->report();
    const ReportTable* ethnicity = m_tables->table(QStringLiteral("by_ethnicity"));
    auto* chart = new QChart;
    chart->setTitle(tr("Listed by ethnic group, and the population (%)"));
    auto* listed = new QBarSet(tr("Listed, %"));
    auto* baseline = new QBarSet(tr("Population baseline, %"));
    QStringList categories;
    qint64 population = 0;
    for (const BaselineRow& b : r.baseline)
        population += b.population;
    const double all = static_cast<double>(std::max<qint64>(1, r.totals.listed));
    for (const TableRow& row : ethnicity->rows) {
        if (row.isTotal)
            continue;
        const Cell& c = row.cells[0];
        *listed << (c.hidden() ? 0.0 : c.value * 100.0 / all);
        const std::optional<qint64> pop = r.populationOf(row.labels.first());
        *baseline << (pop && population > 0
                          ? static_cast<double>(*pop) * 100.0 / static_cast<double>(population)
                          : 0.0);
        categories << (c.hidden() ? tr("%1 (%2)").arg(shortGroup(row.labels.first()), c.text())
                                  : shortGroup(row.labels.first()));
    }
    auto* series = new QBarSeries;
    series->append(listed);
    if (population > 0)
        series->append(baseline);
    else
        delete baseline;
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    x->setLabelsFont(small);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart* old = m_ethnicityChart->chart();
    m_ethnicityChart->setChart(chart);
    delete old;

    const ReportTable* monthly = m_tables->table(QStringLiteral("monthly"));
    auto* line = new QChart;
    line->setTitle(tr("Additions and removals by month (hidden figures left out)"));
    auto* added = new QLineSeries;
    added->setName(tr("Added"));
    auto* removed = new QLineSeries;
    removed->setName(tr("Removed"));
    double most = 5;
    for (qsizetype i = 0; i + 1 < monthly->rows.size(); ++i) {
        const TableRow& row = monthly->rows[i];
        if (!row.cells[0].hidden())
            added->append(static_cast<double>(i), row.cells[0].value);
        if (!row.cells[1].hidden())
            removed->append(static_cast<double>(i), row.cells[1].value);
        most = std::max({most, row.cells[0].hidden() ? 0.0 : row.cells[0].value,
                         row.cells[1].hidden() ? 0.0 : row.cells[1].value});
    }
    line->addSeries(added);
    line->addSeries(removed);
    QStringList labels;
    for (qsizetype i = 0; i + 1 < monthly->rows.size(); ++i)
        labels << monthly->rows[i].labels.first();
    auto* mx = new QCategoryAxis;
    mx->setRange(0, static_cast<double>(std::max<qsizetype>(1, labels.size() - 1)));
    mx->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (qsizetype i = 0; i < labels.size(); i += 3)
        mx->append(labels[i], static_cast<double>(i));
    line->addAxis(mx, Qt::AlignBottom);
    auto* my = new QValueAxis;
    my->setRange(0, most * 1.1);
    my->setLabelFormat(QStringLiteral("%d"));
    line->addAxis(my, Qt::AlignLeft);
    for (QLineSeries* s : {added, removed}) {
        s->attachAxis(mx);
        s->attachAxis(my);
    }
    line->legend()->setAlignment(Qt::AlignBottom);
    old = m_monthlyChart->chart();
    m_monthlyChart->setChart(line);
    delete old;
}

void OversightView::savePdf()
{
    if (!m_tables)
        return;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        QStringLiteral("oversight-%1.pdf").arg(m_tables->report().asOf.toString(Qt::ISODate));
    QString path = m_window.dialogs().saveFileName(
        this, tr("Save the oversight report as PDF"),
        QDir(documents.isEmpty() ? QDir::homePath() : documents).filePath(name),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".pdf");
    try {
        OversightOutput::checkNewPath(path);
    } catch (const Error& e) {
        m_window.dialogs().warning(this, tr("Report not saved"), e.message());
        return;
    }
    setBusy(true);
    m_status->setText(tr("Making the PDF…"));
    const OversightPdf::Options options{ProtectiveMarking::of(m_session.file()),
                                        m_session.isSynthetic()};
    auto tables = std::make_shared<const OversightTables>(*m_tables);
    auto sink = m_sink;
    m_session.worker().submit([this, sink, tables, options, path](WorkerContext&) {
        const QByteArray pdf = OversightPdf::render(*tables, options);
        sink->deliver([this, pdf, path] {
            setBusy(false);
            try {
                OversightOutput::writeFile(path, pdf);
                m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
            } catch (const Error& e) {
                m_window.dialogs().warning(this, tr("Report not saved"), e.message());
            }
        });
    });
}

void OversightView::exportCsv()
{
    if (!m_tables)
        return;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        QStringLiteral("oversight-%1").arg(m_tables->report().asOf.toString(Qt::ISODate));
    const QString dir = m_window.dialogs().saveFileName(
        this, tr("Export the oversight report's tables as CSV into a new folder"),
        QDir(documents.isEmpty() ? QDir::homePath() : documents).filePath(name), tr("Folder (*)"));
    if (dir.isEmpty())
        return;
    try {
        const QStringList written = OversightOutput::writeCsv(dir, *m_tables);
        m_status->setText(
            tr("Wrote %n CSV file(s) in %1.", nullptr, static_cast<int>(written.size()))
                .arg(QDir::toNativeSeparators(dir)));
    } catch (const Error& e) {
        m_window.dialogs().warning(this, tr("Tables not exported"), e.message());
    }
}

} // namespace corroborate::ui
