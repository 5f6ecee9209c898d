#include "NominalListModel.h"

#include "core/Appearance.h"
#include "workflow/NominalRows.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QPalette>
#include <algorithm>

namespace corroborate::ui {

namespace {
using Block = TypedBlock<NominalRow>;

std::shared_ptr<RowBlock> blockOf(QList<NominalRow> rows)
{
    auto block = std::make_shared<Block>();
    block->rows = std::move(rows);
    return block;
}
} // namespace

NominalListModel::NominalListModel(Mode mode, DataWorker* worker, QObject* parent)
    : PagedTableModel(worker, parent)
    , m_mode(mode)
    , m_sortColumn(mode == Mode::All ? NameColumn : ReviewDueColumn)
{
}

int NominalListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags NominalListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant NominalListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ReferenceColumn:
            return tr("Reference");
        case NameColumn:
            return tr("Name");
        case AgeColumn:
            return tr("Age");
        case ClassificationColumn:
            return tr("Classification");
        case AreaColumn:
            return tr("Area");
        case StatusColumn:
            return tr("Threshold");
        case ReviewDueColumn:
            return tr("Review due");
        case ReasonsColumn:
            return tr("Reasons");
        }
    }
    if (role == Qt::ToolTipRole) {
        if (section == AgeColumn)
            return tr("Age today; people under 18 are marked as juveniles.");
        if (!isSortable(section))
            return tr("This column cannot be sorted in this list.");
    }
    return {};
}

bool NominalListModel::isSortable(int column) const
{
    if (m_mode == Mode::All)
        return m_filter.isEmpty() && (column == ReferenceColumn || column == NameColumn);
    return column == ReferenceColumn || column == NameColumn || column == ReviewDueColumn;
}

void NominalListModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void NominalListModel::setFilter(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter)
        return;
    m_filter = trimmed;
    reload();
}

void NominalListModel::setScan(std::shared_ptr<const StatusScanResult> scan)
{
    const bool first = !m_scan;
    m_scan = std::move(scan);
    if (first)
        reload();
    else
        refresh();
}

QString NominalListModel::reasonsInWords(NominalReasons reasons)
{
    QStringList words;
    for (const QString& code : Evaluation::codes(reasons))
        words << Evaluation::reasonText(code);
    return words.join(QStringLiteral("; "));
}

PagedTableModel::Query NominalListModel::makeQuery() const
{
    const QString filter = m_filter;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    if (m_mode == Mode::All) {
        if (!filter.isEmpty()) {
            auto results = std::make_shared<QList<NominalSummary>>();
            Query q;
            q.count = [filter, results](WorkerContext& ctx) -> qint64 {
                *results =
                    NominalRows(ctx.db, ctx.policy, ctx.today).search(filter, kMaxSearchResults);
                return results->size();
            };
            q.load = [results](WorkerContext& ctx, const PageRequest& r) {
                return blockOf(NominalRows(ctx.db, ctx.policy, ctx.today)
                                   .evaluate(results->mid(r.first, r.count)));
            };
            return q;
        }
        const NominalOrder order =
            m_sortColumn == ReferenceColumn ? NominalOrder::Reference : NominalOrder::Name;
        Query q;
        q.count = [](WorkerContext& ctx) {
            return NominalRows(ctx.db, ctx.policy, ctx.today).count();
        };
        q.load = [order, descending](WorkerContext& ctx, const PageRequest& r) {
            NominalRows rows(ctx.db, ctx.policy, ctx.today);
            if (r.first == 0)
                return blockOf(rows.pageAfter(order, descending, std::nullopt, r.count));
            if (r.before) {
                // Keyset: continue from the last row of the block before.
                const auto& before = static_cast<const Block&>(*r.before);
                return blockOf(
                    rows.pageAfter(order, descending, before.rows.last().summary, r.count));
            }
            // A jump (scroll bar, end of list): counted from the nearer end.
            return blockOf(rows.pageAt(order, descending, r.first, r.count, r.total));
        };
        return q;
    }

    // A whole-list set: filter and sort the scan's entries on the worker, then load pages of
    // summaries by id.
    auto scan = m_scan;
    const bool flaggedList = m_mode == Mode::BelowThreshold;
    const int column = m_sortColumn;
    auto entries = std::make_shared<QList<StatusEntry>>();
    Query q;
    q.count = [scan, flaggedList, filter, column, descending, entries](WorkerContext&) -> qint64 {
        entries->clear();
        if (!scan)
            return 0;
        const QList<StatusEntry>& source = flaggedList ? scan->flagged : scan->due;
        const QString needle = filter.toCaseFolded();
        for (const StatusEntry& e : source) {
            if (!needle.isEmpty() && !e.reference.toCaseFolded().contains(needle) &&
                !e.surname.toCaseFolded().contains(needle) &&
                !e.forenames.toCaseFolded().contains(needle))
                continue;
            entries->append(e);
        }
        const auto less = [column](const StatusEntry& a, const StatusEntry& b) {
            switch (column) {
            case ReferenceColumn:
                return a.reference < b.reference;
            case NameColumn:
                return std::tie(a.surname, a.forenames, a.id) <
                       std::tie(b.surname, b.forenames, b.id);
            default:
                // Flagged first, then most overdue first.
                if (a.flagged != b.flagged)
                    return a.flagged;
                return std::tie(a.nextReviewDue, a.id) < std::tie(b.nextReviewDue, b.id);
            }
        };
        std::stable_sort(entries->begin(), entries->end(), less);
        if (descending)
            std::reverse(entries->begin(), entries->end());
        return entries->size();
    };
    q.load = [entries](WorkerContext& ctx, const PageRequest& r) {
        QList<qint64> ids;
        for (qint64 i = r.first; i < r.first + r.count && i < entries->size(); ++i)
            ids << entries->at(i).id;
        // Keep the row positions even if someone was erased meanwhile.
        QList<NominalRow> rows = NominalRows(ctx.db, ctx.policy, ctx.today).byIds(ids);
        if (rows.size() != ids.size()) {
            QList<NominalRow> placed;
            for (qsizetype i = 0; i < ids.size(); ++i) {
                const auto it =
                    std::find_if(rows.cbegin(), rows.cend(),
                                 [&](const NominalRow& row) { return row.summary.id == ids[i]; });
                if (it != rows.cend()) {
                    placed << *it;
                } else {
                    NominalRow gone;
                    gone.summary.id = ids[i];
                    gone.summary.reference = entries->at(r.first + i).reference;
                    placed << gone;
                }
            }
            rows = placed;
        }
        return blockOf(rows);
    };
    return q;
}

qint64 NominalListModel::idOf(const RowBlock& block, int i) const
{
    return static_cast<const Block&>(block).rows.at(i).summary.id;
}

QVariant NominalListModel::cellData(const RowBlock& block, int i, int column, int role) const
{
    const NominalRow& row = static_cast<const Block&>(block).rows.at(i);
    const NominalSummary& s = row.summary;
    // Restricted (kept out of anything shared outside the force): below the threshold, or a
    // removal awaiting a supervisor.
    const bool flagged = row.status == ThresholdStatus::BelowThreshold || row.awaitingSignOff;
    const QLocale locale;
    if (role == KeyRole)
        return s.reference;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (column) {
        case ReferenceColumn:
            return s.reference;
        case NameColumn:
            return s.forenames.isEmpty() ? s.surname
                                         : s.surname + QStringLiteral(", ") + s.forenames;
        case AgeColumn:
            if (row.age < 0)
                return tr("Not known");
            return row.age < 18 ? tr("%1 juvenile").arg(row.age) : QString::number(row.age);
        case ClassificationColumn:
            return Vocabulary::label(s.classification);
        case AreaColumn:
            return s.area;
        case StatusColumn:
            if (row.awaitingSignOff)
                return row.status == ThresholdStatus::BelowThreshold
                           ? tr("Below threshold, awaiting sign-off")
                           : tr("Awaiting sign-off");
            return flagged ? tr("Below threshold") : tr("Meets threshold");
        case ReviewDueColumn:
            if (!row.nextReviewDue.isValid())
                return tr("Overdue (no dates)");
            return row.overdue ? tr("%1 (overdue)")
                                     .arg(locale.toString(row.nextReviewDue, QLocale::ShortFormat))
                               : locale.toString(row.nextReviewDue, QLocale::ShortFormat);
        case ReasonsColumn:
            return reasonsInWords(row.reasons);
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (column == StatusColumn || column == ReasonsColumn) {
            const QString words = reasonsInWords(row.reasons);
            QString text = words.isEmpty()
                               ? Evaluation::statusText(row.status)
                               : Evaluation::statusText(row.status) + QStringLiteral(": ") + words;
            if (row.awaitingSignOff)
                text += QLatin1Char('\n') +
                        tr("A removal awaits a supervisor's sign-off; until then this person is "
                           "restricted (left out of anything shared outside the force).");
            return text;
        }
        if (column == AgeColumn && row.age >= 0 && row.age < 18)
            return tr("Juvenile: under 18 today.");
        // The whole text, for a cell too narrow to show it.
        return cellData(block, i, column, Qt::DisplayRole);
    }
    if (role == Qt::ForegroundRole) {
        const QPalette palette = QApplication::palette();
        if (column == StatusColumn && flagged)
            return Appearance::flaggedColour(palette);
        if (column == ReviewDueColumn && row.overdue)
            return Appearance::attentionColour(palette);
        if (column == AgeColumn && row.age >= 0 && row.age < 18)
            return Appearance::attentionColour(palette);
        return {};
    }
    if (role == Qt::FontRole && column == StatusColumn && flagged) {
        QFont f = QApplication::font();
        f.setBold(true);
        return f;
    }
    if (role == Qt::DecorationRole) {
        if (column == StatusColumn)
            return QIcon(flagged ? QStringLiteral(":/icons/flagged.svg")
                                 : QStringLiteral(":/icons/meets.svg"));
        if (column == AgeColumn && row.age >= 0 && row.age < 18)
            return QIcon(QStringLiteral(":/icons/juvenile.svg"));
        return {};
    }
    return {};
}

} // namespace corroborate::ui
