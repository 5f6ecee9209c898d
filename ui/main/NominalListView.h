#pragma once

#include "WorkspaceView.h"
#include "models/NominalListModel.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace corroborate::ui {

// One nominal list: a search field (debounced, as you type), the table, and a line saying
// what the list is and how long. The model pages on the worker; nothing here blocks.
class NominalListView : public QWidget, public WorkspaceView
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
    // Selects the row showing `id` once it is loaded (after a refresh or an unlock).
    void selectId(qint64 id);
    void setScanProgress(qint64 done, qint64 total);
    QString countText() const;

    // WorkspaceView. The All list loads again; the other two follow the status scan.
    void refresh() override;
    void clearPersonalData() override;
    QString statusText() const override { return countText(); }
    qint64 selectedNominalId() const override { return currentId(); }
    bool focusSearch() override;
    void focusContent() override;
    bool listsNominals() const override { return true; }
    QString selectedReference() const override { return currentReference(); }
    QStringList selectedReferences() const override;
    void selectNominal(qint64 id) override { selectId(id); }

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
