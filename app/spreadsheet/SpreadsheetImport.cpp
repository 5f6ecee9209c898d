#include "SpreadsheetImport.h"

#include "core/Time.h"
#include "store/Database.h"

#include <QRegularExpression>
#include <QVarLengthArray>

namespace corroborate {

namespace {

QString messageOf(const QList<SpreadsheetProblem>& problems)
{
    QStringList lines;
    for (const SpreadsheetProblem& p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

ErrorKind kindOf(const QList<SpreadsheetProblem>& problems)
{
    return std::any_of(problems.begin(), problems.end(),
                       [](const SpreadsheetProblem& p) { return p.kind != ErrorKind::Conflict; })
               ? ErrorKind::InvalidData
               : ErrorKind::Conflict;
}

} // namespace

QString SpreadsheetProblem::toString() const
{
    QString where = tr("row %1").arg(row);
    if (!column.isEmpty())
        where += tr(", column \"%1\"").arg(column);
    if (!value.isEmpty())
        where += tr(", value \"%1\"").arg(QString(value).replace(QLatin1Char('\n'), u' '));
    return tr("%1: %2. What to do: %3").arg(where, message, action);
}

SpreadsheetRejected::SpreadsheetRejected(QList<SpreadsheetProblem> problems)
    : Error(kindOf(problems), messageOf(problems))
    , m_problems(std::move(problems))
{
}

int SpreadsheetImport::defaultPivot()
{
    return Time::today().year() % 100;
}

namespace {
// The fast path for all-numeric formats (dd/MM/yyyy, d/M/yy, yyyy-MM-dd...): three runs of
// digits in the format's order of day, month and year, separated by the format's separators.
// QDate::fromString(text, format) parses the format on every call, which dominates a large
// sheet. Returns a null date when the text does not have that shape (the slow path decides).
QDate numericDate(QStringView text, QStringView format, int pivot)
{
    QVarLengthArray<QChar, 3> order;   // 'd', 'M', 'y'
    QVarLengthArray<QChar, 2> between; // the separators
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format[i];
        qsizetype j = i;
        while (j < format.size() && format[j] == c)
            ++j;
        if (c == u'd' || c == u'M' || c == u'y') {
            if (c == u'M' && j - i > 2)
                return {}; // month names: not numeric
            order.append(c);
        } else {
            if (j - i != 1)
                return {};
            between.append(c);
        }
        i = j;
    }
    if (order.size() != 3 || between.size() != 2)
        return {};
    int values[3] = {0, 0, 0};
    int digits[3] = {0, 0, 0};
    qsizetype pos = 0;
    for (int part = 0; part < 3; ++part) {
        while (pos < text.size() && text[pos].isDigit() && text[pos].unicode() < 0x80 &&
               digits[part] < 5) {
            values[part] = values[part] * 10 + (text[pos].unicode() - u'0');
            ++digits[part];
            ++pos;
        }
        if (digits[part] == 0)
            return {};
        if (part < 2) {
            if (pos >= text.size() || text[pos] != between[part])
                return {};
            ++pos;
        }
    }
    if (pos != text.size())
        return {};
    int day = 0, month = 0, year = 0, yearDigits = 0;
    for (int part = 0; part < 3; ++part) {
        if (order[part] == u'd')
            day = digits[part] <= 2 ? values[part] : 0;
        else if (order[part] == u'M')
            month = digits[part] <= 2 ? values[part] : 0;
        else {
            year = values[part];
            yearDigits = digits[part];
        }
    }
    if (yearDigits == 2)
        year = year <= pivot ? 2000 + year : 1900 + year;
    else if (yearDigits != 4)
        return {};
    return QDate(year, month, day); // invalid for 31/02 and the like
}
} // namespace

QDate SpreadsheetImport::parseDate(const QString& input, const QString& format, int pivot)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    if (const QDate fast = numericDate(text, format, pivot); fast.isValid())
        return fast;
    if (const QDate iso = numericDate(text, u"yyyy-MM-dd", pivot); iso.isValid())
        return iso;
    QString relaxed = format;
    relaxed.replace(QStringLiteral("dd"), QStringLiteral("d"));
    relaxed.replace(QStringLiteral("MM"), QStringLiteral("M"));
    QString twoDigit = relaxed;
    if (twoDigit.contains(QStringLiteral("yyyy")))
        twoDigit.replace(QStringLiteral("yyyy"), QStringLiteral("yy"));
    const QStringList formats{format,
                              relaxed,
                              twoDigit,
                              QStringLiteral("yyyy-MM-dd"),
                              QStringLiteral("d MMM yyyy"),
                              QStringLiteral("d MMMM yyyy"),
                              QStringLiteral("d-MMM-yyyy"),
                              QStringLiteral("d MMM yy")};
    for (const QString& f : formats) {
        QDate d = QDate::fromString(text, f);
        if (!d.isValid())
            continue;
        if (f.contains(QStringLiteral("yy")) && !f.contains(QStringLiteral("yyyy"))) {
            // Qt reads YY as 19YY: the pivot decides the century.
            const int yy = d.year() % 100;
            d = QDate(yy <= pivot ? 2000 + yy : 1900 + yy, d.month(), d.day());
        }
        return d;
    }
    return {};
}

SpreadsheetConversion SpreadsheetImport::convert(const QByteArray& csv,
                                                 const SpreadsheetMapping& mapping,
                                                 const Progress& progress)
{
    return convert(CsvReader::read(csv, mapping.encoding, mapping.delimiter), mapping, progress);
}

QList<SpreadsheetProblem> SpreadsheetImport::conflicts(Database& db,
                                                       const SpreadsheetConversion& conversion)
{
    QList<SpreadsheetProblem> out;
    const QList<ExchangeProblem> clashes =
        Importer(db).conflicts(conversion.document, /*update=*/false);
    static const QRegularExpression index(QStringLiteral(R"(^nominals\[(\d+)\])"));
    for (const ExchangeProblem& p : clashes) {
        const int n = index.match(p.path).captured(1).toInt();
        const int row = conversion.nominalRows.value(n, 0);
        const QString reference = conversion.document.records.value(n).nominal.reference;
        out.append({row, QString(), reference, p.message,
                    tr("Leave row %1 out, or give the person a reference not yet in the case "
                       "file.")
                        .arg(row),
                    ErrorKind::Conflict});
    }
    return out;
}

SpreadsheetImportSummary SpreadsheetImport::run(Database& db,
                                                const SpreadsheetConversion& conversion,
                                                const QString& username, const Progress& progress)
{
    if (!conversion.isValid())
        throw SpreadsheetRejected(conversion.problems);
    ImportOptions options;
    options.username = username;
    QStringList rows;
    for (int r : conversion.leftOut)
        rows << QString::number(r);
    ImportHooks hooks;
    hooks.auditNote = QStringLiteral("; spreadsheet import; rows left out: ") +
                      (rows.isEmpty() ? QStringLiteral("none") : rows.join(QStringLiteral(", ")));
    hooks.progress = progress;
    SpreadsheetImportSummary summary;
    try {
        summary.import = Importer(db).run(conversion.document, options, hooks);
    } catch (const ImportRejected&) {
        // A reference added by someone else meanwhile: name the rows.
        throw SpreadsheetRejected(conflicts(db, conversion));
    }
    summary.leftOut = conversion.leftOut;
    return summary;
}

} // namespace corroborate
