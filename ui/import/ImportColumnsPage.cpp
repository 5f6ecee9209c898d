// Step 3 of the import wizard: which column feeds each field.
#include "ImportWizard.h"
#include "ImportWizardPage.h"
#include <QComboBox>
#include <QFont>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace corroborate::ui {

namespace {

// Header names without the item group numbers of a per-nominal sheet ("Originator 2" →
// "Originator"), each once, in order.
QStringList baseHeaders(const QStringList& header, bool perNominal)
{
    QStringList out;
    static const QRegularExpression numbered(QStringLiteral("^(.*\\S)\\s+\\d+$"));
    for (const QString& h : header) {
        QString name = h.trimmed();
        if (perNominal) {
            const QRegularExpressionMatch m = numbered.match(name);
            if (m.hasMatch())
                name = m.captured(1);
        }
        if (!name.isEmpty() && !out.contains(name))
            out << name;
    }
    return out;
}

// A likely header for a field: its exchange name or last part, ignoring case, spaces and
// underscores.
QString guess(const QString& field, const QStringList& headers)
{
    const auto norm = [](QString s) {
        return s.remove(QLatin1Char('_'))
            .remove(QLatin1Char(' '))
            .remove(QLatin1Char('.'))
            .toLower();
    };
    const QString last = field.mid(field.lastIndexOf(QLatin1Char('.')) + 1);
    // An item's "reference" must not take the nominal's column.
    // A legacy code must not take the 3x5x2 code's column: it matches "legacy ..." only.
    const bool legacy = field.startsWith(u"intelligence.legacy_grading.");
    const bool ambiguous = legacy || (SpreadsheetMapping::isItemField(field) &&
                                      SpreadsheetMapping::fields().contains(last));
    for (const QString& h : headers)
        if (norm(h) == norm(field) || (!ambiguous && norm(h) == norm(last)) ||
            (legacy && norm(h) == norm(QStringLiteral("legacy ") + last)))
            return h;
    return {};
}

} // namespace

ImportWizardPage* ImportWizard::makeColumnsPage()
{
    auto* columns =
        new ImportWizardPage(*this, tr("Map the columns"),
                             tr("Choose the column that feeds each field, or none. Fields in "
                                "bold are required."));
    {
        columnsTable =
            importTable(columns, QStringLiteral("importColumnsTable"), tr("Column mapping"));
        auto* layout = new QVBoxLayout(columns);
        layout->addWidget(columnsTable);
        columns->onEnter = [this] {
            buildColumns();
        };
        columns->onLeave = [this] {
            collectColumns();
            return m_mapping.columns.contains(QStringLiteral("reference"));
        };
    }
    return columns;
}

void ImportWizard::buildColumns()
{
    const bool perNominal = rowsCombo->currentData().toString() == u"nominal";
    const QStringList headers = baseHeaders(m_table.header, perNominal);
    const QStringList fields = SpreadsheetMapping::fields();
    static const QStringList required{QStringLiteral("reference"), QStringLiteral("surname"),
                                      QStringLiteral("classification"),
                                      QStringLiteral("listed_on")};
    columnsTable->clear();
    columnsTable->setColumnCount(2);
    columnsTable->setHorizontalHeaderLabels({tr("Field"), tr("Spreadsheet column")});
    columnsTable->setRowCount(static_cast<int>(fields.size()));
    for (int i = 0; i < fields.size(); ++i) {
        auto* name = new QTableWidgetItem(fields.at(i));
        if (required.contains(fields.at(i))) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        columnsTable->setItem(i, 0, name);
        auto* combo = new QComboBox(columnsTable);
        combo->setObjectName(QStringLiteral("importColumn_") + fields.at(i));
        combo->setAccessibleName(tr("Column for %1").arg(fields.at(i)));
        combo->addItem(tr("(none)"), QString());
        for (const QString& h : headers)
            combo->addItem(h, h);
        const QString chosen = m_mapping.columns.contains(fields.at(i))
                                   ? m_mapping.columns.value(fields.at(i))
                                   : guess(fields.at(i), headers);
        const int index = combo->findData(chosen);
        combo->setCurrentIndex(index < 0 ? 0 : index);
        columnsTable->setCellWidget(i, 1, combo);
    }
    columnsTable->resizeColumnToContents(0);
}

void ImportWizard::collectColumns()
{
    m_mapping.columns.clear();
    const QStringList fields = SpreadsheetMapping::fields();
    for (int i = 0; i < fields.size(); ++i) {
        const auto* combo = qobject_cast<QComboBox*>(columnsTable->cellWidget(i, 1));
        if (combo && !combo->currentData().toString().isEmpty())
            m_mapping.columns.insert(fields.at(i), combo->currentData().toString());
    }
}

} // namespace corroborate::ui
