// SpreadsheetImport::convert: a read table through a mapping to the exchange document it
// amounts to, every problem by row and column (the rows-to-document half of the spreadsheet
// import; SpreadsheetImport.cpp has the rest).
#include "SpreadsheetImport.h"
#include "exchange/ExchangeObject.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <utility>

namespace corroborate {

namespace {

using Tr = SpreadsheetImport;

QString shortened(const QString& value)
{
    constexpr int kMax = 60;
    return value.size() > kMax ? value.left(kMax) + QStringLiteral("...") : value;
}

// The exchange key of a mapping field, inside its object: "surname", "originator",
// "source_evaluation" (under legacy_grading).
QString keyOf(const QString& field)
{
    return field.mid(field.lastIndexOf(QLatin1Char('.')) + 1);
}

bool isLegacyField(const QString& field)
{
    return field.startsWith(u"intelligence.legacy_grading.");
}

// Where each converted value came from, to name the row and column of a problem.
struct NominalSource
{
    int rowIndex = -1;                      // the nominal's first row (index into table.rows)
    QList<std::pair<int, int>> laterFields; // (nominal field plan, row index) supplied by a
                                            // row after the first
    QList<int> itemRows;                    // per item: row index
    QList<int> itemGroups;                  // per item: group number (per-nominal mode), else 0
};

class Converter
{
public:
    Converter(SpreadsheetConversion& out, const SpreadsheetMapping& m)
        : m_out(out)
        , m_map(m)
        , m_pivot(m.twoDigitYearPivot >= 0 ? m.twoDigitYearPivot
                                           : SpreadsheetImport::defaultPivot())
    {
        for (auto it = m.values.begin(); it != m.values.end(); ++it) {
            QHash<QString, QString> folded;
            for (auto jt = it.value().begin(); jt != it.value().end(); ++jt)
                folded.insert(jt.key().trimmed().toCaseFolded(), jt.value());
            m_foldedValues.insert(it.key(), folded);
        }
    }

    const CsvTable& table() const { return m_out.table; }

    void problem(int row, const QString& column, const QString& value, const QString& message,
                 const QString& action, ErrorKind kind = ErrorKind::InvalidData)
    {
        m_out.problems.append({row, column, shortened(value), message, action, kind});
    }

    QString leaveOut(int row) const { return Tr::tr("or leave row %1 out").arg(row); }

    // The header: which column index each mapped field reads (per group in per-nominal mode).
    bool resolveColumns()
    {
        QHash<QString, int> index;
        QSet<QString> twice;
        const QStringList& header = table().header;
        for (int i = 0; i < header.size(); ++i) {
            const QString h = header.at(i).trimmed();
            if (h.isEmpty())
                continue;
            if (index.contains(h))
                twice.insert(h);
            else
                index.insert(h, i);
        }
        bool ok = true;
        const auto need = [&](const QString& field, const QString& h) -> int {
            if (twice.contains(h)) {
                problem(1, h, h, Tr::tr("the column header \"%1\" appears more than once").arg(h),
                        Tr::tr("Give each column a different header in the spreadsheet."));
                ok = false;
                return -1;
            }
            const auto it = index.constFind(h);
            if (it == index.constEnd()) {
                problem(1, h, QString(),
                        Tr::tr("the mapping reads %1 from the column \"%2\", but the header row "
                               "has no such column")
                            .arg(field, h),
                        Tr::tr("Correct the header in the mapping's \"columns\" (headers are "
                               "compared exactly, without spaces at the ends), or add the "
                               "column."));
                ok = false;
                return -1;
            }
            return *it;
        };
        for (auto it = m_map.columns.begin(); it != m_map.columns.end(); ++it) {
            const QString& field = it.key();
            const QString h = it.value().trimmed();
            if (!m_map.perNominal() || !SpreadsheetMapping::isItemField(field)) {
                m_column.insert(field, need(field, h));
                continue;
            }
            // Per-nominal rows: the item columns repeat as "HEADER 1", "HEADER 2", ...
            QList<int> groups;
            for (int g = 1;; ++g) {
                const QString numbered = h + QLatin1Char(' ') + QString::number(g);
                const auto found = index.constFind(numbered);
                if (found == index.constEnd())
                    break;
                groups << *found;
            }
            if (groups.isEmpty()) {
                problem(1, h + QStringLiteral(" 1"), QString(),
                        Tr::tr("with one row per nominal, the item columns for %1 repeat as "
                               "\"%2 1\", \"%2 2\" and so on, but the header row has no \"%2 "
                               "1\"")
                            .arg(field, h),
                        Tr::tr("Number the repeated item columns in the header, or map rows "
                               "as one per item (\"rows\": \"item\")."));
                ok = false;
            }
            m_groups.insert(field, groups);
            m_groupCount = std::max(m_groupCount, static_cast<int>(groups.size()));
        }
        // Required fields with neither a column nor a default.
        const auto required = [&](const QStringList& fields) {
            for (const QString& f : fields)
                if (!m_map.columns.contains(f) && !m_map.defaults.contains(f)) {
                    problem(1, QString(), QString(),
                            Tr::tr("no column is mapped to %1, which every %2 needs")
                                .arg(f, SpreadsheetMapping::isItemField(f)
                                            ? Tr::tr("intelligence item")
                                            : Tr::tr("nominal")),
                            Tr::tr("Map a column to %1 in the mapping's \"columns\", or give it "
                                   "a value in \"defaults\".")
                                .arg(f));
                    ok = false;
                }
        };
        required({QStringLiteral("reference"), QStringLiteral("surname"),
                  QStringLiteral("classification"), QStringLiteral("listed_on")});
        m_hasItems = std::any_of(m_map.columns.keyBegin(), m_map.columns.keyEnd(),
                                 &SpreadsheetMapping::isItemField);
        if (m_hasItems) {
            required({QStringLiteral("intelligence.provider"),
                      QStringLiteral("intelligence.originator"),
                      QStringLiteral("intelligence.obtained_on"),
                      QStringLiteral("intelligence.indicates")});
            const auto mapped = [&](const char* f) {
                return m_map.columns.contains(QLatin1String(f)) ||
                       m_map.defaults.contains(QLatin1String(f));
            };
            const bool modern = mapped("intelligence.source_evaluation") &&
                                mapped("intelligence.intelligence_assessment") &&
                                mapped("intelligence.handling_code");
            const bool legacy = mapped("intelligence.legacy_grading.source_evaluation") &&
                                mapped("intelligence.legacy_grading.intelligence_evaluation") &&
                                mapped("intelligence.legacy_grading.handling_code");
            if (!modern && !legacy) {
                problem(1, QString(), QString(),
                        Tr::tr("the items' grading is not mapped: map the three 3x5x2 codes "
                               "(intelligence.source_evaluation, intelligence_assessment, "
                               "handling_code) or the three legacy 5x5x5 codes "
                               "(intelligence.legacy_grading.source_evaluation, "
                               "intelligence_evaluation, handling_code), or both"),
                        Tr::tr("Add the grading columns to the mapping's \"columns\"."));
                ok = false;
            }
        }
        return ok;
    }

    // How one field is read, worked out once from the mapping and the header instead of being
    // looked up by name in every row of a large sheet.
    struct Plan
    {
        QString field;       // "intelligence.originator"
        QString key;         // its exchange key: "originator"
        bool legacy = false; // under legacy_grading
        bool date = false;
        bool harm = false;
        bool mapped = false; // a column feeds it
        bool used = false;   // a column or a default feeds it
        int column = -1;     // the column (nominal fields; items with one row per item)
        QList<int> groups;   // one row per nominal: each item group's column
        bool hasDefault = false;
        QString defaultValue;
        const QMap<QString, QString>* values = nullptr; // the value map, if any
        const QHash<QString, QString>* folded = nullptr;
    };

    void makePlans()
    {
        const QStringList& fields = SpreadsheetMapping::fields();
        for (const QString& f : fields) {
            Plan p;
            p.field = f;
            p.key = keyOf(f);
            p.legacy = isLegacyField(f);
            p.date = SpreadsheetMapping::isDateField(f);
            p.harm = f == u"harm_score";
            p.mapped = m_map.columns.contains(f);
            p.column = m_column.value(f, -1);
            p.groups = m_groups.value(f);
            const auto d = m_map.defaults.constFind(f);
            p.hasDefault = d != m_map.defaults.constEnd();
            if (p.hasDefault)
                p.defaultValue = *d;
            p.used = p.mapped || p.hasDefault;
            const auto v = m_map.values.constFind(f);
            if (v != m_map.values.constEnd()) {
                p.values = &*v;
                p.folded = &*m_foldedValues.constFind(f);
            }
            if (SpreadsheetMapping::isItemField(f))
                m_itemPlans.append(p);
            else
                m_nominalPlans.append(p);
        }
        for (qsizetype i = 0; i < m_nominalPlans.size(); ++i)
            m_nominalIndex.insert(m_nominalPlans.at(i).field, static_cast<int>(i));
        for (const Plan& p : std::as_const(m_itemPlans))
            if (!p.legacy && (p.key == u"source_evaluation" ||
                              p.key == u"intelligence_assessment" || p.key == u"handling_code"))
                m_gradePlans.append(&p);
    }

    static int columnOf(const Plan& p, int group)
    {
        return group > 0 ? p.groups.value(group - 1, -1) : p.column;
    }

    // The cell for a field in a row (group g for per-nominal item fields), trimmed.
    static QString cell(const CsvTable::Row& row, const Plan& p, int group)
    {
        const int column = columnOf(p, group);
        if (column < 0 || column >= row.cells.size())
            return {};
        return row.cells.at(column).trimmed();
    }

    // True when the cell holds more than white space (without copying it).
    static bool filled(const CsvTable::Row& row, const Plan& p, int group)
    {
        const int column = columnOf(p, group);
        if (column < 0 || column >= row.cells.size())
            return false;
        for (const QChar c : row.cells.at(column))
            if (!c.isSpace())
                return true;
        return false;
    }

    // The same, by field name (for problems found later by the exchange rules).
    QString cell(const CsvTable::Row& row, const QString& field, int group) const
    {
        int column = -1;
        if (group > 0) {
            const QList<int> groups = m_groups.value(field);
            if (group <= groups.size())
                column = groups.at(group - 1);
        } else {
            column = m_column.value(field, -1);
        }
        if (column < 0 || column >= row.cells.size())
            return {};
        return row.cells.at(column).trimmed();
    }

    QString header(const QString& field, int group) const
    {
        const QString h = m_map.columns.value(field).trimmed();
        return group > 0 ? h + QLatin1Char(' ') + QString::number(group) : h;
    }

    // The exchange value for a cell: value map, date and number conversion. Undefined when the
    // cell is empty and there is no default; false (with a problem) when unusable.
    bool value(const CsvTable::Row& row, const Plan& p, int group, ExchangeValue& out)
    {
        QString text = cell(row, p, group);
        out = ExchangeValue();
        if (text.isEmpty()) {
            if (!p.hasDefault)
                return true;
            text = p.defaultValue;
        } else if (p.values) {
            const auto exact = p.values->constFind(text);
            if (exact != p.values->constEnd()) {
                text = *exact;
            } else {
                const auto f = p.folded->constFind(text.toCaseFolded());
                if (f != p.folded->constEnd())
                    text = *f;
            }
        }
        if (p.date) {
            const QDate d = SpreadsheetImport::parseDate(text, m_map.dateFormat, m_pivot);
            if (!d.isValid()) {
                problem(row.number, header(p.field, group), cell(row, p, group),
                        Tr::tr("not a date in the form %1 (or YYYY-MM-DD, or like 3 Mar 2024)")
                            .arg(m_map.dateFormat),
                        Tr::tr("Correct the date in the spreadsheet, or set the mapping's "
                               "\"date_format\", %1.")
                            .arg(leaveOut(row.number)));
                return false;
            }
            out = d.toString(Qt::ISODate);
            return true;
        }
        if (p.harm) {
            bool ok = false;
            const int score = text.toInt(&ok);
            if (!ok) {
                problem(
                    row.number, header(p.field, group), cell(row, p, group),
                    Tr::tr("a harm score is a whole number, 0 or more"),
                    Tr::tr("Correct the cell or leave it empty, %1.").arg(leaveOut(row.number)));
                return false;
            }
            out = score;
            return true;
        }
        out = std::move(text);
        return true;
    }

    // The row a nominal's field came from: its first row unless a later one supplied it.
    static int fieldRow(const NominalSource& source, int plan)
    {
        for (const auto& [p, r] : source.laterFields)
            if (p == plan)
                return r;
        return source.rowIndex;
    }

    void convert(const SpreadsheetImport::Progress& progress)
    {
        const CsvTable& t = table();
        makePlans();
        const QSet<int> leftOut(m_map.leftOutRows.cbegin(), m_map.leftOutRows.cend());
        const Plan& referencePlan =
            m_nominalPlans.at(m_nominalIndex.value(QStringLiteral("reference")));
        QList<ExchangeObject> objects;
        QList<QList<ExchangeValue>> items;
        QHash<QString, int> byReference;
        const bool perNominal = m_map.perNominal();
        const qint64 total = t.rows.size();
        for (int r = 0; r < t.rows.size(); ++r) {
            if (progress && (r & 1023) == 0 && !progress(r, total))
                throw Error(ErrorKind::Usage, Tr::tr("Cancelled."));
            const CsvTable::Row& row = t.rows.at(r);
            if (leftOut.contains(row.number)) {
                m_out.leftOut << row.number;
                continue;
            }
            const QString reference = cell(row, referencePlan, 0);
            if (reference.isEmpty()) {
                problem(row.number, header(QStringLiteral("reference"), 0), QString(),
                        Tr::tr("the nominal's reference is empty; every row needs one"),
                        Tr::tr("Fill in the reference, %1.").arg(leaveOut(row.number)));
                continue;
            }
            // The nominal: new, or (one row per item) the one this reference started.
            int n = -1;
            if (!perNominal)
                n = byReference.value(reference, -1);
            const bool first = n < 0;
            if (first) {
                n = static_cast<int>(objects.size());
                objects.append(ExchangeObject());
                items.append(QList<ExchangeValue>());
                m_sources.append(NominalSource{});
                m_sources[n].rowIndex = r;
                if (!perNominal)
                    byReference.insert(reference, n);
            }
            ExchangeObject& nominal = objects[n];
            NominalSource& source = m_sources[n];
            for (qsizetype pi = 0; pi < m_nominalPlans.size(); ++pi) {
                const Plan& p = m_nominalPlans.at(pi);
                if (!p.used)
                    continue;
                if (!first && !filled(row, p, 0))
                    continue; // later rows may leave the nominal's details blank
                ExchangeValue v;
                if (!value(row, p, 0, v)) {
                    m_failed.insert(QStringLiteral("nominals[%1].%2").arg(n).arg(p.key));
                    continue;
                }
                if (v.isUndefined())
                    continue;
                const ExchangeValue* existing = nominal.find(p.key);
                if (!existing) {
                    nominal.insert(p.key, std::move(v));
                    if (r != source.rowIndex)
                        source.laterFields.append({static_cast<int>(pi), r});
                } else if (*existing != v) {
                    const int earlier = t.rows.at(fieldRow(source, static_cast<int>(pi))).number;
                    problem(row.number, header(p.field, 0), cell(row, p, 0),
                            Tr::tr("differs from row %1 (%2) for the same reference %3")
                                .arg(earlier)
                                .arg(shortened(existing->isString()
                                                   ? existing->toString()
                                                   : QString::number(
                                                         static_cast<int>(existing->toDouble()))),
                                     reference),
                            Tr::tr("Make the nominal's details agree on every row of that "
                                   "reference (or leave them blank after the first), %1.")
                                .arg(leaveOut(row.number)));
                }
            }
            if (!m_hasItems)
                continue;
            const int groups = perNominal ? m_groupCount : 1;
            for (int g = 1; g <= groups; ++g) {
                const int group = perNominal ? g : 0;
                const bool any =
                    std::any_of(m_itemPlans.cbegin(), m_itemPlans.cend(),
                                [&](const Plan& p) { return p.mapped && filled(row, p, group); });
                if (!any)
                    continue;
                ExchangeObject item;
                ExchangeObject legacy;
                for (const Plan& p : m_itemPlans) {
                    if (!p.used)
                        continue;
                    ExchangeValue v;
                    if (!value(row, p, group, v)) {
                        m_failed.insert(
                            QStringLiteral("nominals[%1].intelligence[%2].%3")
                                .arg(n)
                                .arg(items.at(n).size())
                                .arg(p.legacy ? QStringLiteral("legacy_grading.") + p.key : p.key));
                        continue;
                    }
                    if (v.isUndefined())
                        continue;
                    (p.legacy ? legacy : item).insert(p.key, std::move(v));
                }
                // A legacy cell filled in makes the item legacy: its 3x5x2 defaults (if any)
                // do not apply, and a 3x5x2 code written beside it is a problem the exchange
                // rules report.
                const bool legacyCell =
                    std::any_of(m_itemPlans.cbegin(), m_itemPlans.cend(),
                                [&](const Plan& p) { return p.legacy && filled(row, p, group); });
                if (legacyCell) {
                    for (const Plan* p : m_gradePlans)
                        if (!filled(row, *p, group))
                            item.remove(p->key);
                    item.insert(QStringLiteral("legacy_grading"), ExchangeValue(std::move(legacy)));
                }
                items[n].append(ExchangeValue(std::move(item)));
                source.itemRows << r;
                source.itemGroups << group;
                m_out.items += 1;
            }
        }
        if (m_hasItems)
            for (qsizetype n = 0; n < objects.size(); ++n)
                objects[n].insert(QStringLiteral("intelligence"),
                                  ExchangeValue(std::exchange(items[n], {})));
        items.clear();
        m_out.document = ExchangeFormat::parse(objects);
        objects.clear();
        for (const ExchangeProblem& p : m_out.document.problems)
            translate(p);
    }

    // An exchange problem at a JSON path, as the row, column and value it came from.
    void translate(const ExchangeProblem& p)
    {
        if (m_failed.contains(p.path))
            return; // already reported as the cell's own problem
        static const QRegularExpression path(QStringLiteral(
            R"(^nominals\[(\d+)\](?:\.intelligence\[(\d+)\])?(?:\.(?:legacy_grading\.)?(\w+))?$)"));
        const QRegularExpressionMatch match = path.match(p.path);
        const CsvTable& t = table();
        if (!match.hasMatch() || match.captured(1).toInt() >= m_sources.size()) {
            problem(1, QString(), QString(), p.message, Tr::tr("Check the mapping."), p.kind);
            return;
        }
        const NominalSource& source = m_sources.at(match.captured(1).toInt());
        QString field = match.captured(3);
        int rowIndex = source.rowIndex;
        int group = 0;
        if (match.hasCaptured(2) && !match.captured(2).isEmpty()) {
            const int item = match.captured(2).toInt();
            rowIndex = source.itemRows.value(item, source.rowIndex);
            group = source.itemGroups.value(item, 0);
            if (!field.isEmpty())
                field = (p.path.contains(u".legacy_grading.")
                             ? QStringLiteral("intelligence.legacy_grading.")
                             : QStringLiteral("intelligence.")) +
                        field;
        } else if (!field.isEmpty()) {
            const int plan = m_nominalIndex.value(field, -1);
            rowIndex = plan < 0 ? source.rowIndex : fieldRow(source, plan);
        }
        const CsvTable::Row& row = t.rows.at(rowIndex);
        const bool mapped = m_map.columns.contains(field);
        const QString column = field.isEmpty() ? QString()
                               : mapped        ? header(field, group)
                                               : Tr::tr("(%1: no column)").arg(field);
        // Messages that name another path name its row instead.
        QString message = p.message;
        static const QRegularExpression other(QStringLiteral(R"(nominals\[(\d+)\]\.reference)"));
        QRegularExpressionMatch o = other.match(message);
        if (o.hasMatch() && o.captured(1).toInt() < m_sources.size())
            message.replace(o.capturedStart(), o.capturedLength(),
                            Tr::tr("row %1").arg(
                                t.rows.at(m_sources.at(o.captured(1).toInt()).rowIndex).number));
        QString action;
        if (p.kind == ErrorKind::Conflict)
            action = Tr::tr("Leave row %1 out, or give the person a reference not yet in the "
                            "case file.")
                         .arg(row.number);
        else if (mapped && cell(row, field, group).isEmpty())
            action = Tr::tr("Fill in the cell, give %1 a value in the mapping's \"defaults\", "
                            "%2.")
                         .arg(field, leaveOut(row.number));
        else if (SpreadsheetMapping::isEnumerationField(field))
            action = Tr::tr("Add the spreadsheet's value to the mapping's \"values\" for %1 "
                            "(as one of: %2), correct the cell, %3.")
                         .arg(field, SpreadsheetMapping::allowedValues(field).join(u", "),
                              leaveOut(row.number));
        else if (!mapped && !field.isEmpty())
            action = Tr::tr("Map a column to %1 in the mapping, or give it a default, %2.")
                         .arg(field, leaveOut(row.number));
        else
            action = Tr::tr("Correct the cell in the spreadsheet, %1.").arg(leaveOut(row.number));
        problem(row.number, column, mapped ? cell(row, field, group) : QString(), message, action,
                p.kind);
    }

    QList<NominalSource> m_sources;

private:
    SpreadsheetConversion& m_out;
    const SpreadsheetMapping& m_map;
    int m_pivot;
    QHash<QString, QHash<QString, QString>> m_foldedValues;
    QHash<QString, int> m_column;
    QHash<QString, QList<int>> m_groups;
    int m_groupCount = 0;
    bool m_hasItems = false;
    QSet<QString> m_failed;             // paths of values already reported
    QList<Plan> m_nominalPlans;         // in SpreadsheetMapping::fields() order
    QList<Plan> m_itemPlans;            // likewise
    QHash<QString, int> m_nominalIndex; // nominal field -> index into m_nominalPlans
    QList<const Plan*> m_gradePlans;    // the three 3x5x2 codes
};

} // namespace

SpreadsheetConversion SpreadsheetImport::convert(CsvTable table, const SpreadsheetMapping& mapping,
                                                 const Progress& progress)
{
    SpreadsheetConversion out;
    out.table = std::move(table);
    Converter converter(out, mapping);
    if (!out.table.fault.isEmpty())
        converter.problem(out.table.faultRow, QString(), QString(), out.table.fault,
                          tr("Correct the file and read it again."));
    if (out.table.header.isEmpty() ||
        (out.table.header.size() == 1 && out.table.header.first().isEmpty())) {
        converter.problem(1, QString(), QString(), tr("the file is empty: there is no header row"),
                          tr("Choose the spreadsheet saved as CSV, with its header row."));
        return out;
    }
    if (!converter.resolveColumns())
        return out;
    converter.convert(progress);
    std::stable_sort(
        out.problems.begin(), out.problems.end(),
        [](const SpreadsheetProblem& a, const SpreadsheetProblem& b) { return a.row < b.row; });
    // Remember where each nominal came from, for conflicts found later.
    out.nominalRows.reserve(converter.m_sources.size());
    for (const auto& s : converter.m_sources)
        out.nominalRows << out.table.rows.at(s.rowIndex).number;
    return out;
}

} // namespace corroborate
