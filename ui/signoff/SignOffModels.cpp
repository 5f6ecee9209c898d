#include "SignOffModels.h"

#include "core/Appearance.h"
#include "policy/Evaluation.h"

#include <QApplication>
#include <QDateTime>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QPalette>

namespace corroborate::ui {

QString signOffDateTime(const QString& isoUtc)
{
    if (isoUtc.isEmpty())
        return QStringLiteral("—");
    const QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!at.isValid())
        return isoUtc;
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

QString signOffReasonWords(const QStringList& codes)
{
    QStringList words;
    for (const QString& c : codes)
        words << Evaluation::reasonText(c);
    return words.join(QStringLiteral("; "));
}

namespace {
bool validRow(const QModelIndex& index, qsizetype rows, int columns)
{
    return index.isValid() && !index.parent().isValid() && index.row() >= 0 && index.row() < rows &&
           index.column() >= 0 && index.column() < columns;
}
QString shortDate(const QDate& d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QStringLiteral("—");
}
} // namespace

// --- PendingProposalModel -------------------------------------------------------------------

void PendingProposalModel::setRows(QList<PendingProposal> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const PendingProposal* PendingProposalModel::proposal(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int PendingProposalModel::overdueCount() const
{
    int n = 0;
    for (const PendingProposal& p : m_rows)
        n += p.overdue ? 1 : 0;
    return n;
}

int PendingProposalModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PendingProposalModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PendingProposalModel::data(const QModelIndex& index, int role) const
{
    if (!validRow(index, m_rows.size(), ColumnCount))
        return {};
    const PendingProposal& p = m_rows[index.row()];
    const RemovalRequest& r = p.request;
    switch (role) {
    case ReferenceRole:
        return r.reference;
    case OverdueRole:
        return p.overdue;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case ReferenceColumn:
            return r.reference;
        case ReasonColumn:
            return RemovalService::reasonText(r.reasonCode);
        case ProposerColumn:
            return r.proposer;
        case ProposedAtColumn:
            return signOffDateTime(r.proposedAt);
        case DaysColumn:
            return p.overdue ? tr("%n day(s) — overdue", nullptr, p.daysPending)
                             : tr("%n day(s)", nullptr, p.daysPending);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DaysColumn && p.overdue)
            return tr("Waiting longer than the policy allows for a supervisor's decision.");
        if (index.column() == ReasonColumn && !r.note.isEmpty())
            return r.note;
        return {};
    case Qt::ForegroundRole:
        if (p.overdue && index.column() == DaysColumn)
            return Appearance::attentionColour(QApplication::palette());
        return {};
    case Qt::FontRole:
        if (p.overdue) {
            QFont f = QApplication::font();
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::DecorationRole:
        if (p.overdue && index.column() == ReferenceColumn)
            return QIcon(QStringLiteral(":/icons/flagged.svg"));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DaysColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant PendingProposalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReferenceColumn:
        return tr("Reference");
    case ReasonColumn:
        return tr("Reason");
    case ProposerColumn:
        return tr("Proposed by");
    case ProposedAtColumn:
        return tr("Proposed at");
    case DaysColumn:
        return tr("Waiting");
    }
    return {};
}

// --- FlaggedAlertModel ----------------------------------------------------------------------

void FlaggedAlertModel::setRows(QList<FlaggedAlert> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const FlaggedAlert* FlaggedAlertModel::alert(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int FlaggedAlertModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FlaggedAlertModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FlaggedAlertModel::data(const QModelIndex& index, int role) const
{
    if (!validRow(index, m_rows.size(), ColumnCount))
        return {};
    const FlaggedAlert& a = m_rows[index.row()];
    switch (role) {
    case ReferenceRole:
        return a.reference;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case ReferenceColumn:
            return a.reference;
        case SinceColumn:
            return shortDate(a.since);
        case DaysColumn:
            return tr("%n day(s) without a proposal", nullptr, a.daysWithoutProposal);
        case ReasonsColumn:
            return signOffReasonWords(a.reasons);
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == DaysColumn)
            return Appearance::attentionColour(QApplication::palette());
        return {};
    case Qt::DecorationRole:
        if (index.column() == ReferenceColumn)
            return QIcon(QStringLiteral(":/icons/flagged.svg"));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReasonsColumn)
            return signOffReasonWords(a.reasons);
        return {};
    default:
        return {};
    }
}

QVariant FlaggedAlertModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReferenceColumn:
        return tr("Reference");
    case SinceColumn:
        return tr("Flagged since");
    case DaysColumn:
        return tr("Waiting");
    case ReasonsColumn:
        return tr("Why it is below the threshold");
    }
    return {};
}

// --- ErasureRegisterModel -------------------------------------------------------------------

void ErasureRegisterModel::setRows(QList<ErasureRegisterEntry> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const ErasureRegisterEntry* ErasureRegisterModel::entry(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int ErasureRegisterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ErasureRegisterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ErasureRegisterModel::disclosureKindText(const QString& kind)
{
    if (kind == u"export")
        return tr("export");
    if (kind == u"pack_pdf")
        return tr("pack saved as PDF");
    if (kind == u"pack_print")
        return tr("printed pack");
    return kind;
}

QStringList ErasureRegisterModel::disclosureLines(const ErasureRegisterEntry& entry)
{
    QStringList lines;
    for (const Disclosure& d : entry.disclosures)
        lines << tr("%1 · %2 · to %3")
                     .arg(signOffDateTime(d.madeAt), disclosureKindText(d.kind),
                          d.recipient.isEmpty() ? tr("(no recipient recorded)") : d.recipient);
    return lines;
}

QVariant ErasureRegisterModel::data(const QModelIndex& index, int role) const
{
    if (!validRow(index, m_rows.size(), ColumnCount))
        return {};
    const ErasureRegisterEntry& e = m_rows[index.row()];
    const ErasureRecord& r = e.record;
    const bool valid = e.signatureProblem.isEmpty();
    switch (role) {
    case ReferenceRole:
        return r.reference;
    case SignatureValidRole:
        return valid;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case ReferenceColumn:
            return r.reference;
        case ListedColumn:
            return shortDate(r.listedOn);
        case ProposedColumn:
            return signOffDateTime(r.proposedAt);
        case ApprovedColumn:
            return signOffDateTime(r.approvedAt);
        case ErasedColumn:
            return signOffDateTime(r.erasedAt);
        case ReasonColumn:
            return RemovalService::reasonText(r.reasonCode);
        case ProposerColumn:
            return r.proposer;
        case ApproverColumn:
            return r.approver;
        case SignatureColumn:
            return valid ? tr("Valid") : tr("NOT valid");
        case DisclosuresColumn:
            return e.disclosures.isEmpty()
                       ? tr("None")
                       : tr("%n earlier disclosure(s)", nullptr, int(e.disclosures.size()));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SignatureColumn && !valid)
            return e.signatureProblem;
        if (index.column() == DisclosuresColumn && !e.disclosures.isEmpty())
            return disclosureLines(e).join(QLatin1Char('\n'));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == SignatureColumn && !valid)
            return Appearance::flaggedColour(QApplication::palette());
        if (index.column() == DisclosuresColumn && !e.disclosures.isEmpty())
            return Appearance::attentionColour(QApplication::palette());
        return {};
    case Qt::FontRole:
        if (index.column() == SignatureColumn && !valid) {
            QFont f = QApplication::font();
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == SignatureColumn)
            return QIcon(valid ? QStringLiteral(":/icons/meets.svg")
                               : QStringLiteral(":/icons/flagged.svg"));
        return {};
    default:
        return {};
    }
}

QVariant ErasureRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReferenceColumn:
        return tr("Reference");
    case ListedColumn:
        return tr("Listed on");
    case ProposedColumn:
        return tr("Proposed");
    case ApprovedColumn:
        return tr("Approved");
    case ErasedColumn:
        return tr("Erased");
    case ReasonColumn:
        return tr("Reason");
    case ProposerColumn:
        return tr("Proposed by");
    case ApproverColumn:
        return tr("Approved by");
    case SignatureColumn:
        return tr("Signature");
    case DisclosuresColumn:
        return tr("Earlier disclosures");
    }
    return {};
}

} // namespace corroborate::ui
