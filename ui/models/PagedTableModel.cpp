#include "PagedTableModel.h"

#include "core/Error.h"

namespace corroborate::ui {

PagedTableModel::PagedTableModel(DataWorker* worker, QObject* parent)
    : QAbstractTableModel(parent)
    , m_worker(worker)
    , m_sink(std::make_shared<ResultSink>(this))
{
}

PagedTableModel::~PagedTableModel()
{
    m_sink->detach();
}

int PagedTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_total);
}

QVariant PagedTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int block = index.row() / kBlockSize;
    const auto it = m_blocks.constFind(block);
    if (it == m_blocks.constEnd() || index.row() % kBlockSize >= (*it)->size()) {
        if (it == m_blocks.constEnd())
            requestBlock(block);
        if (role == LoadedRole)
            return false;
        if (role == Qt::DisplayRole && index.column() == 0)
            return tr("Loading…");
        return {};
    }
    const int inBlock = index.row() % kBlockSize;
    if (role == LoadedRole)
        return true;
    if (role == IdRole)
        return idOf(**it, inBlock);
    return cellData(**it, inBlock, index.column(), role);
}

int PagedTableModel::rowOfId(qint64 id) const
{
    for (auto it = m_blocks.constBegin(); it != m_blocks.constEnd(); ++it)
        for (int i = 0; i < (*it)->size(); ++i)
            if (idOf(**it, i) == id)
                return it.key() * kBlockSize + i;
    return -1;
}

void PagedTableModel::reload()
{
    startCount(false);
}

void PagedTableModel::refresh()
{
    startCount(true);
}

void PagedTableModel::clear()
{
    ++m_generation;
    beginResetModel();
    m_blocks.clear();
    m_pending.clear();
    m_total = 0;
    m_counting = false;
    m_query = {};
    endResetModel();
    emit countChanged(0);
}

void PagedTableModel::startCount(bool soft)
{
    const quint64 generation = ++m_generation;
    // A query may hold a large list (a whole-list set, sorted): free the old one on the worker.
    if (m_query.count)
        m_worker->submit([old = std::move(m_query)](WorkerContext&) mutable { old = {}; },
                         DataWorker::Priority::Background);
    m_query = makeQuery();
    m_pending.clear();
    m_counting = true;
    if (!soft) {
        beginResetModel();
        m_blocks.clear();
        m_total = 0;
        endResetModel();
    }
    auto sink = m_sink;
    auto count = m_query.count;
    m_worker->submit([sink, count, generation, this](WorkerContext& ctx) {
        qint64 n = 0;
        QString error;
        try {
            n = count(ctx);
        } catch (const Error& e) {
            error = e.message();
        }
        sink->deliver([this, n, error, generation] {
            if (generation != m_generation)
                return;
            m_counting = false;
            if (!error.isEmpty()) {
                emit loadFailed(error);
                return;
            }
            if (n != m_total) {
                beginResetModel();
                m_blocks.clear();
                m_pending.clear();
                m_total = n;
                endResetModel();
            } else {
                // Same length: reload what is on show in place.
                const QList<int> loaded = m_blocks.keys();
                for (int b : loaded)
                    requestBlock(b);
            }
            emit countChanged(m_total);
        });
    });
}

void PagedTableModel::requestBlock(int block) const
{
    if (m_pending.contains(block) || !m_query.load)
        return;
    m_pending.insert(block);
    PageRequest request;
    request.first = static_cast<qint64>(block) * kBlockSize;
    request.count = static_cast<int>(std::min<qint64>(kBlockSize, m_total - request.first));
    request.total = m_total;
    if (const auto before = m_blocks.constFind(block - 1);
        before != m_blocks.constEnd() && (*before)->size() == kBlockSize)
        request.before = *before;
    if (request.count <= 0)
        return;
    auto sink = m_sink;
    auto load = m_query.load;
    const quint64 generation = m_generation;
    auto* self = const_cast<PagedTableModel*>(this);
    m_worker->submit([sink, load, request, generation, block, self](WorkerContext& ctx) {
        std::shared_ptr<RowBlock> rows;
        QString error;
        try {
            rows = load(ctx, request);
        } catch (const Error& e) {
            error = e.message();
        }
        sink->deliver([self, rows, error, generation, block] {
            if (generation != self->m_generation)
                return;
            self->m_pending.remove(block);
            if (!rows) {
                emit self->loadFailed(error);
                return;
            }
            self->m_blocks.insert(block, rows);
            self->evict(block);
            const int first = block * kBlockSize;
            const int last =
                static_cast<int>(std::min<qint64>(first + kBlockSize, self->m_total) - 1);
            if (last >= first)
                emit self->dataChanged(self->index(first, 0),
                                       self->index(last, self->columnCount() - 1));
            emit self->blockLoaded(first, last);
        });
    });
}

void PagedTableModel::evict(int keepNear) const
{
    while (m_blocks.size() > kMaxBlocks) {
        int farthest = keepNear;
        for (auto it = m_blocks.constBegin(); it != m_blocks.constEnd(); ++it)
            if (std::abs(it.key() - keepNear) > std::abs(farthest - keepNear))
                farthest = it.key();
        m_blocks.remove(farthest);
    }
}

} // namespace corroborate::ui
