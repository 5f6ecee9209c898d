#pragma once

#include "WorkspaceView.h"
#include "models/AuditLogModel.h"

#include <QTimer>
#include <QWidget>

class QLineEdit;
class QTableView;

namespace corroborate::ui {

// The audit log for supervisors and administrators: newest first, paged on the worker, with a
// filter by record reference (N-000123, user:alice).
class AuditLogView : public QWidget, public WorkspaceView
{
    Q_OBJECT
public:
    AuditLogView(DataWorker* worker, QWidget* parent = nullptr);
    AuditLogModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString countText() const;

    // WorkspaceView.
    void refresh() override;
    void clearPersonalData() override;
    QString statusText() const override { return countText(); }
    bool focusSearch() override;

signals:
    void countChanged();

private:
    AuditLogModel* m_model;
    QTableView* m_table;
    QLineEdit* m_filter;
    QTimer m_debounce;
};

} // namespace corroborate::ui
