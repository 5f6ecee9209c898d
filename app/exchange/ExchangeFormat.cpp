#include "ExchangeFormat.h"

#include "ExchangeReader.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace corroborate {

using namespace exchange_reading;

namespace {

QString lineAndColumn(const QByteArray& json, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, json.size());
    qsizetype line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (json.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return Tr::tr("line %1, column %2").arg(line).arg(offset - lineStart + 1);
}

// nominals[i], read and checked, appended to the document; a reference seen before is a
// problem naming the earlier path.
template <typename Object>
void readNominal(ExchangeReader& reader, const Object& obj, qsizetype i,
                 QHash<QString, qsizetype>& firstSeen, ExchangeDocument& doc)
{
    const QString path = element(QStringLiteral("nominals"), i);
    NominalRecord record = reader.nominal(obj, path);
    const QString& reference = record.nominal.reference;
    if (!reference.isEmpty()) {
        const auto seen = firstSeen.constFind(reference);
        if (seen != firstSeen.constEnd())
            reader.add(field(path, QStringLiteral("reference")),
                       ExchangeFormat::tr("%1 appears twice in the document: also at %2")
                           .arg(shown(reference), field(element(QStringLiteral("nominals"), *seen),
                                                        QStringLiteral("reference"))));
        else
            firstSeen.insert(reference, i);
    }
    doc.records.append(std::move(record));
}

} // namespace

ExchangeDocument ExchangeFormat::parse(const QByteArray& input)
{
    ExchangeDocument doc;
    ExchangeReader reader(doc.problems);
    const QString root = documentPath();

    // A UTF-8 byte order mark is harmless: some editors write one.
    const bool bom = input.startsWith("\xEF\xBB\xBF");
    const QByteArray json = bom ? input.mid(3) : input;
    if (json.trimmed().isEmpty()) {
        reader.add(root, tr("the document is empty; expected a JSON object with format, "
                            "version and nominals"));
        return doc;
    }
    QJsonParseError error{};
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const qsizetype offset = error.offset + (bom ? 3 : 0);
        reader.add(root, tr("not valid JSON: %1 at offset %2 (%3)")
                             .arg(error.errorString())
                             .arg(offset)
                             .arg(lineAndColumn(input, offset)));
        return doc;
    }
    if (!parsed.isObject()) {
        reader.add(
            root, tr("must be a JSON object with format, version and nominals, but is %1")
                      .arg(parsed.isArray() ? typeName(QJsonValue(QJsonArray())) : tr("a scalar")));
        return doc;
    }
    return parse(parsed.object());
}

ExchangeDocument ExchangeFormat::parse(const QJsonObject& top)
{
    ExchangeDocument doc;
    ExchangeReader reader(doc.problems);
    reader.checkKeys(top, topLevelKeys(), QString());

    const QJsonValue format = top.value(QStringLiteral("format"));
    if (format.isUndefined() || format.isNull())
        reader.add(QStringLiteral("format"),
                   tr("is required but missing; expected \"%1\"").arg(formatName()));
    else if (format.toString() != formatName())
        reader.add(QStringLiteral("format"),
                   tr("%1 is not a Corroborate exchange document; expected \"%2\"")
                       .arg(format.isString() ? shown(format.toString()) : typeName(format),
                            formatName()));

    const QJsonValue version = top.value(QStringLiteral("version"));
    if (version.isUndefined() || version.isNull())
        reader.add(QStringLiteral("version"),
                   tr("is required but missing; expected %1").arg(kVersion));
    else if (!version.isDouble())
        reader.add(QStringLiteral("version"),
                   tr("must be a number, but is %1").arg(typeName(version)));
    else if (version.toDouble() != kVersion && version.toDouble() != 1)
        reader.add(QStringLiteral("version"),
                   tr("%1 is not supported; this version of Corroborate reads versions 1 and %2")
                       .arg(version.toDouble())
                       .arg(kVersion));
    else
        reader.setVersion(static_cast<int>(version.toDouble()));

    const QJsonValue nominals = top.value(QStringLiteral("nominals"));
    if (nominals.isUndefined() || nominals.isNull()) {
        reader.add(QStringLiteral("nominals"), tr("is required but missing; expected an array of "
                                                  "nominals (it may be empty)"));
        return doc;
    }
    if (!nominals.isArray()) {
        reader.add(QStringLiteral("nominals"),
                   tr("must be an array, but is %1").arg(typeName(nominals)));
        return doc;
    }
    const QJsonArray list = nominals.toArray();
    doc.records.reserve(list.size());
    QHash<QString, qsizetype> firstSeen;
    firstSeen.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonValue v = list.at(i);
        if (!v.isObject()) {
            reader.add(element(QStringLiteral("nominals"), i),
                       tr("must be an object, but is %1").arg(typeName(v)));
            doc.records.append(NominalRecord{});
            continue;
        }
        readNominal(reader, v.toObject(), i, firstSeen, doc);
    }
    return doc;
}

ExchangeDocument ExchangeFormat::parse(const QList<ExchangeObject>& nominals)
{
    ExchangeDocument doc;
    ExchangeReader reader(doc.problems);
    doc.records.reserve(nominals.size());
    QHash<QString, qsizetype> firstSeen;
    firstSeen.reserve(nominals.size());
    for (qsizetype i = 0; i < nominals.size(); ++i)
        readNominal(reader, nominals.at(i), i, firstSeen, doc);
    return doc;
}

} // namespace corroborate
