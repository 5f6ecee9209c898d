#pragma once

#include "workflow/ErasureService.h"
#include "workflow/RemovalService.h"

#include <QAbstractTableModel>
#include <QList>

namespace corroborate::ui {

// Shared words for the sign-off screens.
QString signOffDateTime(const QString& isoUtc);       // "27/11/2026 10:00" local, or "—"
QString signOffReasonWords(const QStringList& codes); // "Recorded as a victim; …"

// The proposals waiting for a supervisor (RemovalService::pending), loaded on the worker and
// handed over whole. Overdue rows (pending longer than the policy allows) say so in words,
// in bold and in the palette's attention colour.
class PendingProposalModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ReferenceColumn,
        DaysColumn,
        ProposerColumn,
        ProposedAtColumn,
        ReasonColumn, // last: the widest, it takes the rest of the row
        ColumnCount
    };
    enum Roles
    {
        ReferenceRole = Qt::UserRole + 1,
        OverdueRole
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<PendingProposal> rows);
    const PendingProposal* proposal(int row) const;
    int overdueCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<PendingProposal> m_rows;
};

// Flagged nominals with no proposal for longer than the policy allows
// (RemovalService::flaggedWithoutProposal).
class FlaggedAlertModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ReferenceColumn,
        DaysColumn,
        SinceColumn,
        ReasonsColumn,
        ColumnCount
    };
    enum Roles
    {
        ReferenceRole = Qt::UserRole + 1
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<FlaggedAlert> rows);
    const FlaggedAlert* alert(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<FlaggedAlert> m_rows;
};

// The erasure register (ErasureService::registerEntries): what remains of erased nominals,
// whether each signed decision verifies, and the earlier disclosures that included them.
class ErasureRegisterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ReferenceColumn,
        SignatureColumn,
        DisclosuresColumn,
        ListedColumn,
        ProposedColumn,
        ApprovedColumn,
        ErasedColumn,
        ProposerColumn,
        ApproverColumn,
        ReasonColumn, // last: the widest, it takes the rest of the row
        ColumnCount
    };
    enum Roles
    {
        ReferenceRole = Qt::UserRole + 1,
        SignatureValidRole
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<ErasureRegisterEntry> rows);
    const ErasureRegisterEntry* entry(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString disclosureKindText(const QString& kind);
    // "27/11/2026 10:00 · partner pack (PDF) · Youth Offending Team", one per line.
    static QStringList disclosureLines(const ErasureRegisterEntry& entry);

private:
    QList<ErasureRegisterEntry> m_rows;
};

} // namespace corroborate::ui
