#pragma once

#include "core/IntelligenceItem.h"
#include "policy/Evaluation.h"

#include <QAbstractTableModel>

namespace corroborate::ui {

// One nominal's intelligence with each code's meaning and whether the item counts towards the
// threshold (and why not). Small: it holds the whole list it is given.
class IntelligenceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ObtainedColumn,
        ProviderColumn,
        OriginatorColumn,
        GradingColumn,
        IndicatesColumn,
        CountsColumn,
        SummaryColumn,
        ColumnCount
    };
    enum Roles
    {
        ItemIdRole = Qt::UserRole + 1
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setItems(const QList<IntelligenceItem>& items, const Evaluation& evaluation);
    void clear();
    const QList<IntelligenceItem>& items() const { return m_items; }
    const IntelligenceItem* itemAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    static QString gradingText(const IntelligenceItem& item);
    static QString countsText(const ItemEvaluation* e);

private:
    QList<IntelligenceItem> m_items;
    QList<ItemEvaluation> m_evaluations; // parallel to m_items
};

} // namespace corroborate::ui
