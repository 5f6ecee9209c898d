#include "AuditLogModel.h"

#include "workflow/AuditBrowsing.h"

#include <QDateTime>
#include <QLocale>

namespace corroborate::ui {

namespace {
using Block = TypedBlock<AuditEntry>;
}

AuditLogModel::AuditLogModel(DataWorker* worker, QObject* parent)
    : PagedTableModel(worker, parent)
{
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags AuditLogModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeqColumn:
        return tr("No.");
    case AtColumn:
        return tr("When");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case ObjectColumn:
        return tr("Record");
    case JustificationColumn:
        return tr("Why");
    case DetailsColumn:
        return tr("What");
    }
    return {};
}

void AuditLogModel::setObjectFilter(const QString& object)
{
    if (object.trimmed() == m_object)
        return;
    m_object = object.trimmed();
    reload();
}

QString AuditLogModel::actionLabel(const QString& action)
{
    if (action == AuditAction::SignIn)
        return tr("Signed in");
    if (action == AuditAction::SignInFailed)
        return tr("Sign-in failed");
    if (action == AuditAction::SignInLocked)
        return tr("Sign-in locked");
    if (action == AuditAction::SignInUnlocked)
        return tr("Sign-in unlocked");
    if (action == AuditAction::Collection)
        return tr("Collected");
    if (action == AuditAction::Alteration)
        return tr("Changed");
    if (action == AuditAction::Consultation)
        return tr("Looked at");
    if (action == AuditAction::Disclosure)
        return tr("Disclosed");
    if (action == AuditAction::UserAdmin)
        return tr("User administration");
    if (action == AuditAction::PolicyAdmin)
        return tr("Policy change");
    if (action == AuditAction::CaseFileAdmin)
        return tr("Case file administration");
    if (action == AuditAction::Review)
        return tr("Review");
    if (action == AuditAction::Removal)
        return tr("Removal");
    if (action == AuditAction::Erasure)
        return tr("Erasure");
    if (action == AuditAction::Sharing)
        return tr("Sharing");
    return action;
}

PagedTableModel::Query AuditLogModel::makeQuery() const
{
    const QString object = m_object;
    auto newest = std::make_shared<qint64>(0);
    Query q;
    q.count = [object, newest](WorkerContext& ctx) -> qint64 {
        AuditBrowsing audit(ctx.db);
        *newest = audit.newestSeq();
        return audit.count(object);
    };
    q.load = [object, newest](WorkerContext& ctx, const PageRequest& r) {
        auto block = std::make_shared<Block>();
        qint64 before = 0;
        if (r.before)
            before = static_cast<const Block&>(*r.before).rows.last().seq;
        else if (r.first == 0)
            before = *newest + 1;
        else if (object.isEmpty())
            before = *newest - r.first + 1; // seq is dense: row r is entry newest - r
        if (before > 0 || object.isEmpty()) {
            block->rows = AuditBrowsing(ctx.db).pageBefore(before, r.count, object);
        } else {
            // A filtered jump: skip by counting (the filtered list is one person's record).
            block->rows = AuditBrowsing(ctx.db).pageAt(object, r.first, r.count);
        }
        return std::static_pointer_cast<RowBlock>(block);
    };
    return q;
}

qint64 AuditLogModel::idOf(const RowBlock& block, int i) const
{
    return static_cast<const Block&>(block).rows.at(i).seq;
}

QVariant AuditLogModel::cellData(const RowBlock& block, int i, int column, int role) const
{
    const AuditEntry& e = static_cast<const Block&>(block).rows.at(i);
    if (role == KeyRole)
        return e.object;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case SeqColumn:
        return e.seq;
    case AtColumn: {
        const QDateTime at = QDateTime::fromString(e.at, Qt::ISODate);
        return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : e.at;
    }
    case UserColumn:
        return e.username;
    case ActionColumn:
        return actionLabel(e.action);
    case ObjectColumn:
        return e.object;
    case JustificationColumn:
        return e.justification;
    case DetailsColumn:
        return e.details;
    }
    return {};
}

} // namespace corroborate::ui
