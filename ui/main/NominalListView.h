#pragma once

#include "models/NominalListModel.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace corroborate::ui {

// One nominal list: a search field (debounced, as you type), the table, and a line saying
// what the list is and how long. The model pages on the worker; nothing here blocks.
class NominalListView : public QWidget
{
    Q_OBJECT
public:
    NominalListView(NominalListModel::Mode mode, DataWorker* worker, QWidget* parent = nullptr);

    NominalListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }
    qint64 currentId() const;
    QString currentReference() const;
    QList<qint64> selectedIds() const;
    QStringList selectedReferences() const;
    // Selects the row showing `id` once it is loaded (after a refresh or an unlock).
    void selectId(qint64 id);
    void focusSearch();
    void setScanProgress(qint64 done, qint64 total);
    QString countText() const;

signals:
    void currentChanged(qint64 id, const QString& reference);
    void activated(qint64 id);
    void countChanged();

private:
    void updateSummary();
    NominalListModel* m_model;
    QTableView* m_table;
    QLineEdit* m_search;
    QLabel* m_summary;
    QTimer m_debounce;
    qint64 m_wantedId = 0;
    qint64 m_emittedId = 0;
    QString m_progress;
};

} // namespace corroborate::ui
