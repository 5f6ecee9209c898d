#pragma once

#include "PagedTableModel.h"
#include "core/NominalSummary.h"
#include "policy/Evaluation.h"
#include "workflow/NominalRows.h"
#include "workflow/StatusScan.h"

namespace corroborate::ui {

using corroborate::NominalRow; // workflow/NominalRows.h

// The nominal lists: every nominal in name or reference order (keyset pages, searchable), or
// one of the whole-list sets (below threshold, due for review) taken from a status scan.
class NominalListModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum class Mode
    {
        All,
        BelowThreshold,
        DueForReview
    };
    enum Column
    {
        ReferenceColumn,
        NameColumn,
        AgeColumn,
        ClassificationColumn,
        AreaColumn,
        StatusColumn,
        ReviewDueColumn,
        ReasonsColumn,
        ColumnCount
    };
    static constexpr int kMaxSearchResults = 1000;

    NominalListModel(Mode mode, DataWorker* worker, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    Mode mode() const { return m_mode; }
    // Filters by name or reference; restarts the list.
    void setFilter(const QString& text);
    const QString& filter() const { return m_filter; }
    // The whole-list sets: give the latest scan (set lists only); restarts the list.
    void setScan(std::shared_ptr<const StatusScanResult> scan);
    bool hasScan() const { return m_scan != nullptr; }
    bool isSortable(int column) const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // True when a search hit kMaxSearchResults and more may match.
    bool searchTruncated() const
    {
        return totalCount() >= kMaxSearchResults && !m_filter.isEmpty();
    }

    static QString reasonsInWords(NominalReasons reasons);

protected:
    Query makeQuery() const override;
    QVariant cellData(const RowBlock& block, int indexInBlock, int column, int role) const override;
    qint64 idOf(const RowBlock& block, int indexInBlock) const override;

private:
    Mode m_mode;
    QString m_filter;
    int m_sortColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::shared_ptr<const StatusScanResult> m_scan;
};

} // namespace corroborate::ui
