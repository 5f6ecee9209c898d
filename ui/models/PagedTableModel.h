#pragma once

#include "data/DataWorker.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <functional>
#include <memory>

namespace corroborate::ui {

// A block of consecutive rows, loaded together on the worker thread.
class RowBlock
{
public:
    virtual ~RowBlock() = default;
    virtual int size() const = 0;
};

template <typename Row> class TypedBlock : public RowBlock
{
public:
    QList<Row> rows;
    int size() const override { return static_cast<int>(rows.size()); }
};

// What a block load is given: where it starts, how many rows, the list's total, and the
// neighbouring blocks when they are loaded (so a source can continue by key from the row
// before instead of counting rows).
struct PageRequest
{
    qint64 first = 0;
    int count = 0;
    qint64 total = 0;
    std::shared_ptr<const RowBlock> before; // the block ending at first - 1, if loaded
};

// A table model over a list too long to hold: it learns the row count and loads blocks of
// rows on the DataWorker's thread as the view asks for them, keeps a bounded number of blocks,
// and shows a placeholder for rows still loading. Subclasses say how to count and load (the
// Query, which runs on the worker and must capture everything it needs by value) and how to
// show a row. Nothing here ever touches the database on the GUI thread.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kBlockSize = 100;
    static constexpr int kMaxBlocks = 60;
    enum Roles
    {
        IdRole = Qt::UserRole + 1, // qint64 identity of the row's object
        KeyRole,                   // a reference or other stable key as text
        LoadedRole,                // bool: false while the row is a placeholder
    };

    explicit PagedTableModel(DataWorker* worker, QObject* parent = nullptr);
    ~PagedTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // Counts again and reloads every loaded block; rows keep their place when the count is
    // unchanged (a row edited), otherwise the model resets.
    void refresh();
    // Forgets everything: for locking. The model shows no rows until reload().
    void clear();
    // Counts from scratch and resets.
    void reload();
    bool isCounting() const { return m_counting; }
    qint64 totalCount() const { return m_total; }
    // The row showing this id among the loaded blocks, or -1.
    int rowOfId(qint64 id) const;

signals:
    void countChanged(qint64 count);
    void blockLoaded(int firstRow, int lastRow);
    void loadFailed(const QString& message);

protected:
    struct Query
    {
        std::function<qint64(WorkerContext&)> count;
        std::function<std::shared_ptr<RowBlock>(WorkerContext&, const PageRequest&)> load;
    };
    // The current query, by value; called on the GUI thread whenever the model restarts.
    virtual Query makeQuery() const = 0;
    // Shows one cell of a loaded row.
    virtual QVariant cellData(const RowBlock& block, int indexInBlock, int column,
                              int role) const = 0;
    virtual qint64 idOf(const RowBlock& block, int indexInBlock) const = 0;

    DataWorker* worker() const { return m_worker; }

private:
    void startCount(bool soft);
    void requestBlock(int block) const;
    void evict(int keepNear) const;

    DataWorker* m_worker;
    std::shared_ptr<ResultSink> m_sink;
    Query m_query;
    quint64 m_generation = 0;
    qint64 m_total = 0;
    bool m_counting = false;
    mutable QHash<int, std::shared_ptr<const RowBlock>> m_blocks;
    mutable QSet<int> m_pending;
};

} // namespace corroborate::ui
