#pragma once

#include "models/AuditLogModel.h"

#include <QTimer>
#include <QWidget>

class QLineEdit;
class QTableView;

namespace corroborate::ui {

// The audit log for supervisors and administrators: newest first, paged on the worker, with a
// filter by record reference (N-000123, user:alice).
class AuditLogView : public QWidget
{
    Q_OBJECT
public:
    AuditLogView(DataWorker* worker, QWidget* parent = nullptr);
    AuditLogModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    void focusSearch();
    QString countText() const;

signals:
    void countChanged();

private:
    AuditLogModel* m_model;
    QTableView* m_table;
    QLineEdit* m_filter;
    QTimer m_debounce;
};

} // namespace corroborate::ui
