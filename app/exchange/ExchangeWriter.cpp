#include "ExchangeFormat.h"

#include <QBuffer>
#include <QIODevice>

namespace corroborate {

QByteArray ExchangeWriter::jsonString(const QString& text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (u < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

QByteArray ExchangeFormat::serialise(const QList<NominalRecord>& records)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    ExchangeWriter writer(buffer);
    writer.begin();
    for (const NominalRecord& r : records)
        writer.write(r);
    writer.end();
    return out;
}

QByteArray ExchangeWriter::recordJson(const NominalRecord& record, int indent)
{
    const QByteArray pad(indent, ' ');
    const QByteArray pad1 = pad + "  ";
    const QByteArray pad2 = pad1 + "  ";
    const QByteArray pad3 = pad2 + "  ";
    const auto text = [](const QString& s) {
        return jsonString(s);
    };
    const auto date = [](const QDate& d) {
        return d.isValid() ? jsonString(d.toString(Qt::ISODate)) : QByteArray("null");
    };
    const Nominal& n = record.nominal;
    QByteArray out;
    out.reserve(512 + 512 * record.intelligence.size());
    const auto key = [&out](const QByteArray& p, const char* name, const QByteArray& value,
                            bool last = false) {
        out += p;
        out += '"';
        out += name;
        out += "\": ";
        out += value;
        out += last ? "\n" : ",\n";
    };
    out += pad + "{\n";
    key(pad1, "reference", text(n.reference));
    key(pad1, "surname", text(n.surname));
    key(pad1, "forenames", text(n.forenames));
    key(pad1, "date_of_birth", date(n.dateOfBirth));
    key(pad1, "gender", text(n.gender));
    key(pad1, "ethnicity", text(n.ethnicity));
    key(pad1, "area", text(n.area));
    key(pad1, "group", text(n.group));
    key(pad1, "classification", text(Vocabulary::wireName(n.classification)));
    key(pad1, "harm_score", n.harmScore ? QByteArray::number(*n.harmScore) : QByteArray("null"));
    key(pad1, "listed_on", date(n.listedOn));
    key(pad1, "last_reviewed_on", date(n.lastReviewedOn));
    if (record.intelligence.isEmpty()) {
        key(pad1, "intelligence", "[]", true);
    } else {
        out += pad1 + "\"intelligence\": [\n";
        for (qsizetype i = 0; i < record.intelligence.size(); ++i) {
            const IntelligenceItem& it = record.intelligence[i];
            out += pad2 + "{\n";
            key(pad3, "provider", text(Vocabulary::wireName(it.provider)));
            key(pad3, "originator", text(it.originator));
            key(pad3, "reference", text(it.reference));
            key(pad3, "obtained_on", date(it.obtainedOn));
            if (it.legacy) {
                out += pad3 + "\"legacy_grading\": {\"source_evaluation\": " +
                       text(Grading::code(it.legacy->source)) + ", \"intelligence_evaluation\": " +
                       text(Grading::code(it.legacy->intelligence)) +
                       ", \"handling_code\": " + text(Grading::code(it.legacy->handling)) + "},\n";
            } else {
                key(pad3, "source_evaluation", text(Grading::code(it.sourceEvaluation)));
                key(pad3, "intelligence_assessment", text(Grading::code(it.assessment)));
                key(pad3, "handling_code", text(Grading::code(it.handlingCode)));
            }
            key(pad3, "handling_conditions", text(it.handlingConditions));
            key(pad3, "indicates", text(Vocabulary::wireName(it.indicates)));
            key(pad3, "summary", text(it.summary), true);
            out += pad2 + (i + 1 < record.intelligence.size() ? "},\n" : "}\n");
        }
        out += pad1 + "]\n";
    }
    out += pad + "}";
    return out;
}

void ExchangeWriter::put(const QByteArray& bytes)
{
    if (m_device.write(bytes) != bytes.size())
        throw Error(ErrorKind::Internal,
                    tr("Could not write the export: %1. Check the disk space and the "
                       "destination, then export again.")
                        .arg(m_device.errorString()));
}

void ExchangeWriter::begin()
{
    m_written = 0;
    put(QByteArray("{\n  \"format\": ") + jsonString(ExchangeFormat::formatName()) +
        ",\n  \"version\": " + QByteArray::number(ExchangeFormat::kVersion) +
        ",\n  \"nominals\": [");
}

void ExchangeWriter::write(const NominalRecord& record)
{
    put((m_written == 0 ? QByteArray("\n") : QByteArray(",\n")) + recordJson(record, 4));
    ++m_written;
}

void ExchangeWriter::end()
{
    put(m_written == 0 ? QByteArray("]\n}\n") : QByteArray("\n  ]\n}\n"));
}

} // namespace corroborate
