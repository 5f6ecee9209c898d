#include "SpreadsheetMapping.h"

#include "core/Enums.h"
#include "core/Grading.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace corroborate {

QStringList SpreadsheetMapping::fields()
{
    static const QStringList list{
        QStringLiteral("reference"),
        QStringLiteral("surname"),
        QStringLiteral("forenames"),
        QStringLiteral("date_of_birth"),
        QStringLiteral("gender"),
        QStringLiteral("ethnicity"),
        QStringLiteral("area"),
        QStringLiteral("group"),
        QStringLiteral("classification"),
        QStringLiteral("harm_score"),
        QStringLiteral("listed_on"),
        QStringLiteral("last_reviewed_on"),
        QStringLiteral("intelligence.provider"),
        QStringLiteral("intelligence.originator"),
        QStringLiteral("intelligence.reference"),
        QStringLiteral("intelligence.obtained_on"),
        QStringLiteral("intelligence.source_evaluation"),
        QStringLiteral("intelligence.intelligence_assessment"),
        QStringLiteral("intelligence.handling_code"),
        QStringLiteral("intelligence.handling_conditions"),
        QStringLiteral("intelligence.indicates"),
        QStringLiteral("intelligence.summary"),
        QStringLiteral("intelligence.legacy_grading.source_evaluation"),
        QStringLiteral("intelligence.legacy_grading.intelligence_evaluation"),
        QStringLiteral("intelligence.legacy_grading.handling_code")};
    return list;
}

bool SpreadsheetMapping::isDateField(const QString& field)
{
    return field == u"date_of_birth" || field == u"listed_on" || field == u"last_reviewed_on" ||
           field == u"intelligence.obtained_on";
}

bool SpreadsheetMapping::isEnumerationField(const QString& field)
{
    return !allowedValues(field).isEmpty();
}

QStringList SpreadsheetMapping::allowedValues(const QString& field)
{
    if (field == u"classification")
        return Vocabulary::classificationWireNames();
    if (field == u"intelligence.provider")
        return Vocabulary::providerWireNames();
    if (field == u"intelligence.indicates")
        return Vocabulary::indicationWireNames();
    if (field == u"intelligence.source_evaluation")
        return Grading::sourceEvaluationCodes();
    if (field == u"intelligence.intelligence_assessment")
        return Grading::assessmentCodes();
    if (field == u"intelligence.handling_code")
        return Grading::handlingCodes();
    if (field == u"intelligence.legacy_grading.source_evaluation")
        return Grading::legacySourceCodes();
    if (field == u"intelligence.legacy_grading.intelligence_evaluation")
        return Grading::legacyIntelligenceCodes();
    if (field == u"intelligence.legacy_grading.handling_code")
        return Grading::legacyHandlingCodes();
    return {};
}

namespace {
using Tr = SpreadsheetMapping;

QMap<QString, QString> stringMap(const QJsonValue& v, const QString& key, bool fieldKeys,
                                 QStringList& errors)
{
    QMap<QString, QString> out;
    if (v.isUndefined() || v.isNull())
        return out;
    if (!v.isObject()) {
        errors << Tr::tr("\"%1\" must be an object of texts.").arg(key);
        return out;
    }
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (fieldKeys && !SpreadsheetMapping::fields().contains(it.key())) {
            errors << Tr::tr("\"%1\": \"%2\" is not a field; use one of: %3.")
                          .arg(key, it.key(), SpreadsheetMapping::fields().join(u", "));
            continue;
        }
        if (!it.value().isString()) {
            errors << Tr::tr("\"%1\".\"%2\" must be a text.").arg(key, it.key());
            continue;
        }
        out.insert(it.key(), it.value().toString());
    }
    return out;
}
} // namespace

SpreadsheetMapping SpreadsheetMapping::fromJson(const QByteArray& json, QStringList* errors)
{
    SpreadsheetMapping m;
    QStringList& problems = *errors;
    QJsonParseError error{};
    const QJsonDocument doc =
        QJsonDocument::fromJson(json.startsWith("\xEF\xBB\xBF") ? json.mid(3) : json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        problems << tr("The mapping is not a JSON object (%1 at offset %2).")
                        .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                                     : tr("not an object"))
                        .arg(error.offset);
        return m;
    }
    const QJsonObject o = doc.object();
    static const QStringList keys{QStringLiteral("encoding"),
                                  QStringLiteral("delimiter"),
                                  QStringLiteral("rows"),
                                  QStringLiteral("date_format"),
                                  QStringLiteral("columns"),
                                  QStringLiteral("values"),
                                  QStringLiteral("two_digit_year_pivot"),
                                  QStringLiteral("defaults"),
                                  QStringLiteral("left_out_rows")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!keys.contains(it.key()))
            problems << tr("\"%1\" is not a mapping key; use one of: %2.")
                            .arg(it.key(), keys.join(u", "));
    const auto text = [&](const char* key, const QStringList& allowed, QString& out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isString() || (!allowed.isEmpty() && !allowed.contains(v.toString()))) {
            problems
                << tr("\"%1\" must be one of: %2.").arg(QLatin1String(key), allowed.join(u", "));
            return;
        }
        out = v.toString();
    };
    text("encoding",
         {QStringLiteral("utf-8"), QStringLiteral("windows-1252"), QStringLiteral("auto")},
         m.encoding);
    text("delimiter",
         {QStringLiteral(","), QStringLiteral(";"), QStringLiteral("\t"), QStringLiteral("auto")},
         m.delimiter);
    text("rows", {QStringLiteral("item"), QStringLiteral("nominal")}, m.rows);
    const QJsonValue format = o.value(QStringLiteral("date_format"));
    if (!format.isUndefined() && !format.isNull()) {
        if (!format.isString() || format.toString().trimmed().isEmpty())
            problems << tr("\"date_format\" must be a Qt date format such as \"dd/MM/yyyy\".");
        else
            m.dateFormat = format.toString();
    }
    m.columns =
        stringMap(o.value(QStringLiteral("columns")), QStringLiteral("columns"), true, problems);
    m.defaults =
        stringMap(o.value(QStringLiteral("defaults")), QStringLiteral("defaults"), true, problems);
    const QJsonValue values = o.value(QStringLiteral("values"));
    if (!values.isUndefined() && !values.isNull()) {
        if (!values.isObject()) {
            problems << tr("\"values\" must be an object: {FIELD: {SPREADSHEET VALUE: VALUE}}.");
        } else {
            const QJsonObject vo = values.toObject();
            for (auto it = vo.begin(); it != vo.end(); ++it) {
                if (!fields().contains(it.key())) {
                    problems << tr("\"values\": \"%1\" is not a field; use one of: %2.")
                                    .arg(it.key(), fields().join(u", "));
                    continue;
                }
                m.values.insert(
                    it.key(),
                    stringMap(it.value(), QStringLiteral("values.") + it.key(), false, problems));
            }
        }
    }
    const QJsonValue pivot = o.value(QStringLiteral("two_digit_year_pivot"));
    if (!pivot.isUndefined() && !pivot.isNull()) {
        const double d = pivot.toDouble(-1);
        if (!pivot.isDouble() || d < 0 || d > 99 || d != static_cast<int>(d))
            problems << tr("\"two_digit_year_pivot\" must be a whole number from 0 to 99.");
        else
            m.twoDigitYearPivot = static_cast<int>(d);
    }
    const QJsonValue left = o.value(QStringLiteral("left_out_rows"));
    if (!left.isUndefined() && !left.isNull()) {
        if (!left.isArray()) {
            problems << tr("\"left_out_rows\" must be a list of row numbers.");
        } else {
            for (const QJsonValue& v : left.toArray()) {
                const double d = v.toDouble(-1);
                if (!v.isDouble() || d < 2 || d != static_cast<int>(d))
                    problems << tr("\"left_out_rows\": every entry must be a data row number (2 "
                                   "or more).");
                else
                    m.leftOutRows << static_cast<int>(d);
            }
        }
    }
    if (!m.columns.contains(QStringLiteral("reference")))
        problems << tr("\"columns\" must map \"reference\" to the column that holds each "
                       "nominal's reference.");
    return m;
}

QByteArray SpreadsheetMapping::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("encoding"), encoding);
    o.insert(QStringLiteral("delimiter"), delimiter);
    o.insert(QStringLiteral("rows"), rows);
    o.insert(QStringLiteral("date_format"), dateFormat);
    QJsonObject c;
    for (auto it = columns.begin(); it != columns.end(); ++it)
        c.insert(it.key(), it.value());
    o.insert(QStringLiteral("columns"), c);
    QJsonObject v;
    for (auto it = values.begin(); it != values.end(); ++it) {
        QJsonObject inner;
        for (auto jt = it.value().begin(); jt != it.value().end(); ++jt)
            inner.insert(jt.key(), jt.value());
        v.insert(it.key(), inner);
    }
    o.insert(QStringLiteral("values"), v);
    if (twoDigitYearPivot >= 0)
        o.insert(QStringLiteral("two_digit_year_pivot"), twoDigitYearPivot);
    if (!defaults.isEmpty()) {
        QJsonObject d;
        for (auto it = defaults.begin(); it != defaults.end(); ++it)
            d.insert(it.key(), it.value());
        o.insert(QStringLiteral("defaults"), d);
    }
    if (!leftOutRows.isEmpty()) {
        QJsonArray rowsLeft;
        for (int r : leftOutRows)
            rowsLeft.append(r);
        o.insert(QStringLiteral("left_out_rows"), rowsLeft);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace corroborate
