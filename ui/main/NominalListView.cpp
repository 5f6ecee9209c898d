#include "NominalListView.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace corroborate::ui {

namespace {
// A list that makes nobody current by itself: Qt's views make the first row current when they
// take the focus, which would open (and log a look at) a person nobody chose. The first arrow
// key or click chooses someone.
class ChoosingTable : public QTableView
{
public:
    using QTableView::QTableView;

protected:
    void focusInEvent(QFocusEvent* event) override
    {
        if (currentIndex().isValid()) {
            QTableView::focusInEvent(event);
            return;
        }
        QAbstractScrollArea::focusInEvent(event);
        viewport()->update();
    }
};
} // namespace

NominalListView::NominalListView(NominalListModel::Mode mode, DataWorker* worker, QWidget* parent)
    : QWidget(parent)
    , m_model(new NominalListModel(mode, worker, this))
    , m_table(new ChoosingTable(this))
    , m_search(new QLineEdit(this))
    , m_summary(new QLabel(this))
{
    const QString name = mode == NominalListModel::Mode::All              ? QStringLiteral("all")
                         : mode == NominalListModel::Mode::BelowThreshold ? QStringLiteral("below")
                                                                          : QStringLiteral("due");
    setObjectName(name + QStringLiteral("View"));
    m_table->setObjectName(name + QStringLiteral("Table"));
    m_search->setObjectName(name + QStringLiteral("Search"));
    m_search->setPlaceholderText(tr("Search by name or reference (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search this list"));
    m_summary->setObjectName(name + QStringLiteral("Summary"));
    m_summary->setWordWrap(true);

    auto* searchLabel = new QLabel(tr("F&ind:"), this);
    searchLabel->setBuddy(m_search);
    auto* top = new QHBoxLayout;
    top->addWidget(searchLabel);
    top->addWidget(m_search, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSortingEnabled(false);
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(mode == NominalListModel::Mode::All ? tr("All nominals")
                               : mode == NominalListModel::Mode::BelowThreshold
                                   ? tr("Nominals below the threshold")
                                   : tr("Nominals due for review"));
    // Widths from what the columns hold, so they fit whatever the font and scale.
    const QFontMetrics fm = m_table->fontMetrics();
    const auto fit = [&fm](const QString& sample, int extra) {
        return fm.horizontalAdvance(sample) + extra;
    };
    m_table->setColumnWidth(NominalListModel::ReferenceColumn, fit(QStringLiteral("N-000000"), 16));
    m_table->setColumnWidth(NominalListModel::NameColumn,
                            fit(QStringLiteral("Surname-Surname, Forenames"), 8));
    m_table->setColumnWidth(NominalListModel::AgeColumn, fit(tr("%1 juvenile").arg(17), 36));
    m_table->setColumnWidth(NominalListModel::ClassificationColumn,
                            fit(Vocabulary::label(Classification::SuspectedOffender), 16));
    m_table->setColumnWidth(NominalListModel::AreaColumn, fit(QStringLiteral("Riverside"), 16));
    m_table->setColumnWidth(NominalListModel::StatusColumn, fit(tr("Below threshold"), 48));
    m_table->setColumnWidth(NominalListModel::ReviewDueColumn,
                            fit(tr("%1 (overdue)").arg(QStringLiteral("28 Oct 2026")), 16));
    setTabOrder(m_search, m_table);

    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int section) {
        if (!m_model->isSortable(section)) {
            m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(),
                                                          m_model->sortOrder());
            return;
        }
        const Qt::SortOrder order =
            section == m_model->sortColumn() && m_model->sortOrder() == Qt::AscendingOrder
                ? Qt::DescendingOrder
                : Qt::AscendingOrder;
        m_model->sort(section, order);
        m_table->horizontalHeader()->setSortIndicator(section, order);
    });
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(&m_debounce, &QTimer::timeout, this, [this] { m_model->setFilter(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce.stop();
        m_model->setFilter(m_search->text());
        m_table->setFocus();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid())
                    return;
                const qint64 id = current.data(PagedTableModel::IdRole).toLongLong();
                if (id > 0 && id != m_emittedId) {
                    m_emittedId = id;
                    emit currentChanged(id, current.data(PagedTableModel::KeyRole).toString());
                }
            });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const qint64 id = index.data(PagedTableModel::IdRole).toLongLong();
        if (id > 0)
            emit activated(id);
    });
    connect(m_model, &PagedTableModel::countChanged, this, [this] {
        updateSummary();
        emit countChanged();
        if (m_wantedId > 0)
            selectId(m_wantedId);
    });
    connect(m_model, &PagedTableModel::blockLoaded, this, [this](int first) {
        if (m_wantedId > 0)
            selectId(m_wantedId);
        // The row under the cursor was a placeholder when it became current: tell listeners now.
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid() && current.row() >= first &&
            current.row() < first + PagedTableModel::kBlockSize && m_wantedId == 0) {
            const qint64 id = current.data(PagedTableModel::IdRole).toLongLong();
            if (id > 0 && id != m_emittedId) {
                m_emittedId = id;
                emit currentChanged(id, current.data(PagedTableModel::KeyRole).toString());
            }
        }
    });
    if (mode == NominalListModel::Mode::All)
        m_model->reload();
    updateSummary();
}

qint64 NominalListView::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(PagedTableModel::IdRole).toLongLong() : 0;
}

QString NominalListView::currentReference() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(PagedTableModel::KeyRole).toString() : QString();
}

QList<qint64> NominalListView::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        const qint64 id = index.data(PagedTableModel::IdRole).toLongLong();
        if (id > 0)
            ids << id;
    }
    return ids;
}

QStringList NominalListView::selectedReferences() const
{
    QStringList refs;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        const QString ref = index.data(PagedTableModel::KeyRole).toString();
        if (!ref.isEmpty())
            refs << ref;
    }
    return refs;
}

void NominalListView::selectId(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0) {
        m_wantedId = id;
        return;
    }
    m_wantedId = 0;
    const QModelIndex index = m_model->index(row, NominalListModel::NameColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

bool NominalListView::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
    return true;
}

void NominalListView::focusContent()
{
    m_table->setFocus();
}

void NominalListView::refresh()
{
    if (m_model->mode() == NominalListModel::Mode::All)
        m_model->refresh();
}

void NominalListView::clearPersonalData()
{
    m_model->clear();
}

void NominalListView::setScanProgress(qint64 done, qint64 total)
{
    m_progress =
        total > 0 && done < total
            ? tr("Evaluating every nominal against the threshold… %1%").arg(done * 100 / total)
            : QString();
    updateSummary();
}

QString NominalListView::countText() const
{
    const QLocale locale;
    const qint64 n = m_model->totalCount();
    if (m_model->mode() != NominalListModel::Mode::All && !m_model->hasScan())
        return tr("Evaluating…");
    if (m_model->searchTruncated())
        return tr("First %1 matches").arg(locale.toString(n));
    if (!m_model->filter().isEmpty())
        return tr("%n match(es)", nullptr, static_cast<int>(n));
    return tr("%n nominal(s)", nullptr, static_cast<int>(n));
}

void NominalListView::updateSummary()
{
    QString text;
    switch (m_model->mode()) {
    case NominalListModel::Mode::All:
        text = tr("Everyone on the list.");
        break;
    case NominalListModel::Mode::BelowThreshold:
        text = tr("Below the threshold: flagged for removal and restricted until a supervisor "
                  "decides.");
        break;
    case NominalListModel::Mode::DueForReview:
        text = tr("Due for review today or overdue; below-threshold nominals first, then the "
                  "most overdue.");
        break;
    }
    if (!m_progress.isEmpty() && m_model->mode() != NominalListModel::Mode::All)
        text += QLatin1Char(' ') + m_progress;
    if (m_model->searchTruncated())
        text +=
            QLatin1Char(' ') + tr("Showing the first %1 matches: type more to narrow the search.")
                                   .arg(NominalListModel::kMaxSearchResults);
    m_summary->setText(text);
}

} // namespace corroborate::ui
