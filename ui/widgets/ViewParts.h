#pragma once

class QAbstractItemModel;
class QLabel;
class QString;
class QTableView;
class QWidget;

namespace corroborate::ui {

// Parts the register-like views share (Awaiting sign-off, Erasure register, Disclosures,
// Agreements): a read-only, row-selecting table and a bold section heading.
QTableView* makeRegisterTable(QAbstractItemModel* model, const QString& objectName,
                              const QString& accessibleName, QWidget* parent);
QLabel* makeHeading(const QString& text, QWidget* parent);

} // namespace corroborate::ui
