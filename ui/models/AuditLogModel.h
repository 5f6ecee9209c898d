#pragma once

#include "PagedTableModel.h"
#include "audit/AuditLog.h"

namespace corroborate::ui {

// The audit log, newest first, for supervisors and administrators. Pages by sequence number:
// the log is append-only, so row r is entry (newest - r) and any page is one index range.
class AuditLogModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SeqColumn,
        AtColumn,
        UserColumn,
        ActionColumn,
        ObjectColumn,
        JustificationColumn,
        DetailsColumn,
        ColumnCount
    };
    explicit AuditLogModel(DataWorker* worker, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Only entries about this object (a reference like N-000123, or user:name); "" for all.
    void setObjectFilter(const QString& object);

    static QString actionLabel(const QString& action);

protected:
    Query makeQuery() const override;
    QVariant cellData(const RowBlock& block, int indexInBlock, int column, int role) const override;
    qint64 idOf(const RowBlock& block, int indexInBlock) const override;

private:
    QString m_object;
};

} // namespace corroborate::ui
