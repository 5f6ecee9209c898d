#include "IntelligenceModel.h"

#include "core/Appearance.h"
#include "core/Grading.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>

namespace corroborate::ui {

void IntelligenceModel::setItems(const QList<IntelligenceItem>& items, const Evaluation& evaluation)
{
    beginResetModel();
    m_items = items;
    m_evaluations.clear();
    for (const IntelligenceItem& item : m_items) {
        ItemEvaluation found;
        for (const ItemEvaluation& e : evaluation.intelligence)
            if (e.itemId == item.id) {
                found = e;
                break;
            }
        m_evaluations << found;
    }
    endResetModel();
}

void IntelligenceModel::clear()
{
    beginResetModel();
    m_items.clear();
    m_evaluations.clear();
    endResetModel();
}

const IntelligenceItem* IntelligenceModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
}

int IntelligenceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int IntelligenceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags IntelligenceModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant IntelligenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ObtainedColumn:
        return tr("Obtained");
    case ProviderColumn:
        return tr("Provider");
    case OriginatorColumn:
        return tr("Originator");
    case GradingColumn:
        return tr("Grading");
    case IndicatesColumn:
        return tr("Indicates");
    case CountsColumn:
        return tr("Counts towards threshold");
    case SummaryColumn:
        return tr("Summary");
    }
    return {};
}

QString IntelligenceModel::gradingText(const IntelligenceItem& item)
{
    if (item.legacy)
        return Grading::describeLines(*item.legacy).join(QStringLiteral(" · "));
    QString text = Grading::describe(item.sourceEvaluation) + QStringLiteral(" · ") +
                   Grading::describe(item.assessment) + QStringLiteral(" · ") +
                   Grading::describe(item.handlingCode);
    if (item.handlingCode == HandlingCode::C && !item.handlingConditions.isEmpty())
        text += QStringLiteral(": ") + item.handlingConditions;
    return text;
}

QString IntelligenceModel::countsText(const ItemEvaluation* e)
{
    if (!e || e->itemId == 0)
        return tr("Not evaluated");
    if (e->counts)
        return tr("Counts");
    QStringList words;
    for (const QString& code : e->reasonCodes())
        words << Evaluation::reasonText(code);
    return tr("Does not count: %1").arg(words.join(QStringLiteral("; ")));
}

QVariant IntelligenceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IntelligenceItem& item = m_items.at(index.row());
    const ItemEvaluation& e = m_evaluations.at(index.row());
    if (role == ItemIdRole)
        return item.id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case ObtainedColumn:
            return QLocale().toString(item.obtainedOn, QLocale::ShortFormat);
        case ProviderColumn:
            return Vocabulary::label(item.provider);
        case OriginatorColumn:
            return item.reference.isEmpty()
                       ? item.originator
                       : item.originator + QStringLiteral(" (") + item.reference + QLatin1Char(')');
        case GradingColumn:
            return gradingText(item);
        case IndicatesColumn:
            return Vocabulary::label(item.indicates);
        case CountsColumn:
            return countsText(&e);
        case SummaryColumn:
            return item.summary;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == CountsColumn && e.itemId != 0 && !e.counts)
        return Appearance::attentionColour(QApplication::palette());
    if (role == Qt::DecorationRole && index.column() == CountsColumn && e.itemId != 0)
        return QIcon(e.counts ? QStringLiteral(":/icons/meets.svg")
                              : QStringLiteral(":/icons/not-counted.svg"));
    return {};
}

} // namespace corroborate::ui
