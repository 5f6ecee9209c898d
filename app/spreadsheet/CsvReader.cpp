#include "CsvReader.h"

#include <QStringDecoder>

namespace corroborate {

namespace {
// Windows-1252's bytes 0x80-0x9F; the rest is ISO 8859-1. Unassigned bytes map to the C1
// control character of the same value.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

bool hasBom(const QByteArray& bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF");
}
} // namespace

QString CsvReader::detectEncoding(const QByteArray& bytes)
{
    if (hasBom(bytes))
        return QStringLiteral("utf-8");
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    Q_UNUSED(text);
    return utf8.hasError() ? QStringLiteral("windows-1252") : QStringLiteral("utf-8");
}

QString CsvReader::decode(const QByteArray& bytes, const QString& encoding)
{
    if (encoding == u"windows-1252") {
        QString out(bytes.size(), Qt::Uninitialized);
        QChar* d = out.data();
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const auto b = static_cast<unsigned char>(bytes.at(i));
            d[i] = QChar(b >= 0x80 && b < 0xA0 ? kCp1252High[b - 0x80] : char16_t(b));
        }
        return out;
    }
    const QByteArray body = hasBom(bytes) ? bytes.mid(3) : bytes;
    return QString::fromUtf8(body);
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted) {
            if (c == u'\n' || c == u'\r')
                break;
            if (c == u',')
                ++comma;
            else if (c == u';')
                ++semicolon;
            else if (c == u'\t')
                ++tab;
        }
    }
    if (tab > comma && tab >= semicolon)
        return u'\t';
    if (semicolon > comma)
        return u';';
    return u',';
}

CsvTable CsvReader::read(const QByteArray& bytes, const QString& encoding, const QString& delimiter,
                         int maxRows)
{
    CsvTable table;
    table.byteOrderMark = hasBom(bytes);
    QString text;
    if ((encoding == u"auto" || encoding.isEmpty()) && !table.byteOrderMark) {
        // Detection and decoding in one pass: valid UTF-8 is kept as decoded.
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = utf8.decode(bytes);
        table.encoding = utf8.hasError() ? QStringLiteral("windows-1252") : QStringLiteral("utf-8");
        if (utf8.hasError())
            text = decode(bytes, table.encoding);
    } else {
        table.encoding =
            encoding == u"auto" || encoding.isEmpty() ? detectEncoding(bytes) : encoding;
        text = decode(bytes, table.encoding);
    }
    table.delimiter =
        delimiter == u"auto" || delimiter.isEmpty() ? detectDelimiter(text) : delimiter.at(0);
    const QChar sep = table.delimiter;

    // Cells are cut from the text in runs (a whole unquoted cell is one copy), not built a
    // character at a time: a large sheet holds millions of cells.
    const QStringView view(text);
    QStringList record;
    record.reserve(table.header.size());
    QString cell;
    int recordNumber = 1;
    bool inQuotes = false;
    bool any = false; // the record has a character or a separator
    int quoteStart = 0;
    const auto blank = [](const QString& c) {
        for (const QChar ch : c)
            if (!ch.isSpace())
                return false;
        return true;
    };
    const auto endRecord = [&]() -> bool {
        record << cell;
        cell.clear();
        if (recordNumber == 1) {
            table.header = record;
        } else {
            const bool empty = std::all_of(record.cbegin(), record.cend(), blank);
            if (!empty)
                table.rows.append({recordNumber, record});
        }
        record = QStringList();
        record.reserve(table.header.size());
        any = false;
        ++recordNumber;
        return maxRows < 0 || table.rows.size() < maxRows;
    };
    const auto append = [&cell](QStringView run) {
        if (run.isEmpty())
            return;
        if (cell.isEmpty())
            cell = run.toString();
        else
            cell += run;
    };

    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (inQuotes) {
            const qsizetype quote = view.indexOf(u'"', i);
            if (quote < 0) {
                append(view.sliced(i));
                i = n;
                break;
            }
            append(view.sliced(i, quote - i));
            if (quote + 1 < n && view[quote + 1] == u'"') {
                cell += u'"';
                i = quote + 2;
            } else {
                inQuotes = false;
                i = quote + 1;
            }
            continue;
        }
        qsizetype j = i;
        while (j < n) {
            const QChar c = view[j];
            if (c == sep || c == u'"' || c == u'\r' || c == u'\n')
                break;
            ++j;
        }
        if (j > i) {
            append(view.sliced(i, j - i));
            any = true;
            i = j;
            if (i == n)
                break;
        }
        const QChar c = view[i];
        if (c == u'"' && cell.isEmpty()) {
            inQuotes = true;
            any = true;
            quoteStart = recordNumber;
        } else if (c == sep) {
            record << cell;
            cell.clear();
            any = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && view[i + 1] == u'\n')
                ++i;
            if (!endRecord())
                return table;
        } else {
            cell += c; // a quote inside an unquoted cell is kept as written
            any = true;
        }
        ++i;
    }
    if (inQuotes) {
        table.fault = tr("a quoted cell that starts in row %1 is never closed: the file ends "
                         "inside it. Check that quote marks in that cell are doubled (\"\"), "
                         "or save the spreadsheet as CSV again")
                          .arg(quoteStart);
        table.faultRow = quoteStart;
        return table;
    }
    if (any || !cell.isEmpty())
        endRecord();
    return table;
}

} // namespace corroborate
