#include "ViewParts.h"

#include <QHeaderView>
#include <QLabel>
#include <QStandardItem>
#include <QTableView>
#include <algorithm>

namespace corroborate::ui {

QTableView* makeRegisterTable(QAbstractItemModel* model, const QString& objectName,
                              const QString& accessibleName, QWidget* parent)
{
    auto* t = new QTableView(parent);
    t->setObjectName(objectName);
    t->setAccessibleName(accessibleName);
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->setTabKeyNavigation(false);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setHighlightSections(false);
    t->setWordWrap(false);
    return t;
}

QLabel* makeHeading(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    l->setFont(f);
    return l;
}

QLabel* makeTitle(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    l->setFont(f);
    return l;
}

QStandardItem* registerItem(const QString& text, bool bold)
{
    auto* i = new QStandardItem(text);
    i->setEditable(false);
    if (bold) {
        QFont f = i->font();
        f.setBold(true);
        i->setFont(f);
    }
    return i;
}

int selectedRow(const QTableView* view)
{
    if (!view->selectionModel())
        return -1;
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        return rows.first().row();
    const QModelIndex current = view->currentIndex();
    return current.isValid() && view->selectionModel()->isRowSelected(current.row()) ? current.row()
                                                                                     : -1;
}

void fitRegisterColumns(QTableView* view)
{
    view->resizeColumnsToContents();
    const int cap = std::max(160, view->viewport()->width() / 3);
    for (int c = 0; c + 1 < view->model()->columnCount(); ++c)
        if (view->columnWidth(c) > cap)
            view->setColumnWidth(c, cap);
}

} // namespace corroborate::ui
