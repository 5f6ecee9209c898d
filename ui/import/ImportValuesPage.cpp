// Step 4 of the import wizard: the values found, mapped to the values Corroborate records.
#include "ImportWizard.h"
#include "ImportWizardPage.h"
#include <QComboBox>
#include <QHash>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace corroborate::ui {

ImportWizardPage* ImportWizard::makeValuesPage()
{
    auto* values =
        new ImportWizardPage(*this, tr("Map the values"),
                             tr("Each value found in the spreadsheet's coded columns, with the "
                                "value Corroborate records for it."));
    {
        valuesTable = importTable(values, QStringLiteral("importValuesTable"), tr("Value mapping"));
        auto* layout = new QVBoxLayout(values);
        layout->addWidget(valuesTable);
        values->onEnter = [this] {
            buildValues();
        };
        values->onLeave = [this] {
            collectValues();
            return true;
        };
    }
    return values;
}

void ImportWizard::buildValues()
{
    valuesTable->clear();
    valuesTable->setColumnCount(3);
    valuesTable->setHorizontalHeaderLabels(
        {tr("Field"), tr("Value in the spreadsheet"), tr("Recorded as")});
    valuesTable->setRowCount(0);
    const bool perNominal = m_mapping.perNominal();
    QHash<QString, int> index;
    for (int i = 0; i < m_table.header.size(); ++i)
        index.insert(m_table.header.at(i).trimmed(), i);
    for (auto it = m_mapping.columns.cbegin(); it != m_mapping.columns.cend(); ++it) {
        const QString& field = it.key();
        if (!SpreadsheetMapping::isEnumerationField(field))
            continue;
        QList<int> columns;
        if (perNominal && SpreadsheetMapping::isItemField(field)) {
            for (int g = 1; index.contains(it.value() + QLatin1Char(' ') + QString::number(g)); ++g)
                columns << index.value(it.value() + QLatin1Char(' ') + QString::number(g));
        } else if (index.contains(it.value())) {
            columns << index.value(it.value());
        }
        QStringList distinct;
        QSet<QString> seen;
        for (const CsvTable::Row& row : m_table.rows)
            for (int c : columns) {
                const QString v = c < row.cells.size() ? row.cells.at(c).trimmed() : QString();
                if (!v.isEmpty() && !seen.contains(v) && seen.size() < 200) {
                    seen.insert(v);
                    distinct << v;
                }
            }
        const QStringList allowed = SpreadsheetMapping::allowedValues(field);
        for (const QString& v : distinct) {
            const int r = valuesTable->rowCount();
            valuesTable->insertRow(r);
            valuesTable->setItem(r, 0, new QTableWidgetItem(field));
            valuesTable->setItem(r, 1, new QTableWidgetItem(v));
            auto* combo = new QComboBox(valuesTable);
            combo->setAccessibleName(tr("Value recorded for %1 in %2").arg(v, field));
            combo->addItem(tr("(as written)"), QString());
            for (const QString& a : allowed)
                combo->addItem(a, a);
            QString chosen = m_mapping.values.value(field).value(v);
            if (chosen.isEmpty())
                for (const QString& a : allowed)
                    if (a.compare(v, Qt::CaseInsensitive) == 0 ||
                        a.compare(QString(v).replace(QLatin1Char(' '), QLatin1Char('_')),
                                  Qt::CaseInsensitive) == 0)
                        chosen = a;
            const int i = combo->findData(chosen);
            combo->setCurrentIndex(i < 0 ? 0 : i);
            valuesTable->setCellWidget(r, 2, combo);
        }
    }
    valuesTable->resizeColumnsToContents();
}

void ImportWizard::collectValues()
{
    for (int r = 0; r < valuesTable->rowCount(); ++r) {
        const QString field = valuesTable->item(r, 0)->text();
        const QString value = valuesTable->item(r, 1)->text();
        const auto* combo = qobject_cast<QComboBox*>(valuesTable->cellWidget(r, 2));
        const QString to = combo ? combo->currentData().toString() : QString();
        if (to.isEmpty() || to == value)
            m_mapping.values[field].remove(value);
        else
            m_mapping.values[field].insert(value, to);
        if (m_mapping.values.value(field).isEmpty())
            m_mapping.values.remove(field);
    }
}

} // namespace corroborate::ui
