#pragma once

class QAbstractItemModel;
class QLabel;
class QStandardItem;
class QString;
class QTableView;
class QWidget;

namespace corroborate::ui {

// Parts the register-like views share (Awaiting sign-off, Erasure register, Disclosures,
// Agreements, Subject access, Restricted): a read-only, row-selecting table and a bold section
// heading.
QTableView* makeRegisterTable(QAbstractItemModel* model, const QString& objectName,
                              const QString& accessibleName, QWidget* parent);
QLabel* makeHeading(const QString& text, QWidget* parent);
// A view's title, larger than a section heading.
QLabel* makeTitle(const QString& text, QWidget* parent);
// A read-only cell of a register's QStandardItemModel; bold for what must stand out.
QStandardItem* registerItem(const QString& text, bool bold = false);
// The first selected row of a table (or its current row when that is selected), or -1.
int selectedRow(const QTableView* view);
// Columns as wide as their content, but none wider than a third of the view, so the last
// (the reasons in words) stays readable beside a details panel.
void fitRegisterColumns(QTableView* view);

} // namespace corroborate::ui
