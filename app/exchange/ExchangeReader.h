#pragma once

// The exchange format's reading rules (app/exchange/README.md), one method per kind of field,
// for a JSON document (QJsonObject) or one built in memory (ExchangeObject). Internal to
// app/exchange: ExchangeFormat::parse is the way in.
#include "ExchangeFormat.h"
#include "ExchangeObject.h"
#include "core/FieldRules.h"
#include "core/Time.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <cmath>
#include <limits>

namespace corroborate {

namespace exchange_reading {

// The helpers' messages share ExchangeFormat's context; declared here so that lupdate files
// them under it too (a type alias would leave them in an empty context no run-time call uses).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeFormat)
};

inline const QStringList& topLevelKeys()
{
    static const QStringList keys{QStringLiteral("format"), QStringLiteral("version"),
                                  QStringLiteral("nominals")};
    return keys;
}

inline const QStringList& nominalKeys()
{
    static const QStringList keys{
        QStringLiteral("reference"),      QStringLiteral("surname"),
        QStringLiteral("forenames"),      QStringLiteral("date_of_birth"),
        QStringLiteral("gender"),         QStringLiteral("ethnicity"),
        QStringLiteral("area"),           QStringLiteral("group"),
        QStringLiteral("classification"), QStringLiteral("harm_score"),
        QStringLiteral("listed_on"),      QStringLiteral("last_reviewed_on"),
        QStringLiteral("intelligence")};
    return keys;
}

inline const QStringList& itemKeys()
{
    static const QStringList keys{
        QStringLiteral("provider"),          QStringLiteral("originator"),
        QStringLiteral("reference"),         QStringLiteral("obtained_on"),
        QStringLiteral("source_evaluation"), QStringLiteral("intelligence_assessment"),
        QStringLiteral("handling_code"),     QStringLiteral("handling_conditions"),
        QStringLiteral("indicates"),         QStringLiteral("summary")};
    return keys;
}

// A value as it appears in a message: JSON-quoted (so a newline cannot break the one-line
// form), shortened when long.
inline QString shown(const QString& value)
{
    constexpr int kMax = 60;
    const QString cut = value.size() > kMax ? value.left(kMax) + QStringLiteral("...") : value;
    return QString::fromUtf8(ExchangeWriter::jsonString(cut));
}

// QJsonValue or ExchangeValue: both answer type().
template <typename Value> QString typeName(const Value& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return Tr::tr("null");
    case QJsonValue::Bool:
        return Tr::tr("true/false");
    case QJsonValue::Double:
        return Tr::tr("a number");
    case QJsonValue::String:
        return Tr::tr("a string");
    case QJsonValue::Array:
        return Tr::tr("an array");
    case QJsonValue::Object:
        return Tr::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Tr::tr("missing");
}

inline QString field(const QString& parent, const QString& key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

inline QString element(const QString& parent, qsizetype index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

class ExchangeReader
{
public:
    explicit ExchangeReader(QList<ExchangeProblem>& problems)
        : m_problems(problems)
        , m_today(Time::today())
    {
    }

    void add(const QString& path, const QString& message)
    {
        m_problems.append({path, message, ErrorKind::InvalidData});
    }

    void checkKeys(const QJsonObject& obj, const QStringList& allowed, const QString& parent)
    {
        for (auto it = obj.begin(); it != obj.end(); ++it)
            checkKey(it.key(), allowed, parent);
    }
    void checkKeys(const ExchangeObject& obj, const QStringList& allowed, const QString& parent)
    {
        for (const QString& key : obj.keys())
            checkKey(key, allowed, parent);
    }
    void checkKey(const QString& key, const QStringList& allowed, const QString& parent)
    {
        if (!allowed.contains(key))
            add(field(parent, key), Tr::tr("unknown field; expected one of: %1")
                                        .arg(allowed.join(QStringLiteral(", "))));
    }

    // A required text: present, a string, not blank. Returns the text as written, or a null
    // string when it is not usable.
    // Paths are built only for a problem: a large document has millions of fields.
    template <typename Object>
    QString requiredText(const Object& obj, const QString& key, const QString& parent)
    {
        const auto v = obj.value(key);
        if (v.isUndefined() || v.isNull()) {
            add(field(parent, key), Tr::tr("is required but missing"));
            return {};
        }
        if (!v.isString()) {
            add(field(parent, key), Tr::tr("must be a string, but is %1").arg(typeName(v)));
            return {};
        }
        const QString text = v.toString();
        if (isBlank(text)) {
            add(field(parent, key), Tr::tr("is required but empty"));
            return {};
        }
        return normalised(text, key, parent);
    }

    static bool isBlank(const QString& text)
    {
        for (const QChar c : text)
            if (!c.isSpace())
                return false;
        return true;
    }

    // The text under the shared field rules (core/FieldRules.h): NFC, no control or format
    // characters where they do not belong, within the field's limit. A refused text is
    // reported at its path and read as a null string.
    QString normalised(const QString& text, const QString& key, const QString& parent)
    {
        const QString rule = parent.contains(u".intelligence[") ? itemRule(key) : key;
        QString problem;
        QString out = FieldRules::normalise(rule, text, &problem);
        if (!problem.isEmpty()) {
            add(field(parent, key), problem);
            return {};
        }
        return out;
    }

    // The field rules' name for an item's key: "intelligence.originator".
    static QString itemRule(const QString& key)
    {
        static const QHash<QString, QString> rules = [] {
            QHash<QString, QString> out;
            for (const QString& k : itemKeys())
                out.insert(k, QStringLiteral("intelligence.") + k);
            out.insert(QStringLiteral("intelligence_evaluation"),
                       QStringLiteral("intelligence.intelligence_evaluation"));
            return out;
        }();
        const auto known = rules.constFind(key);
        return known != rules.constEnd() ? *known : QStringLiteral("intelligence.") + key;
    }

    // An optional text: absent or null reads as empty.
    template <typename Object>
    QString optionalText(const Object& obj, const QString& key, const QString& parent)
    {
        const auto v = obj.value(key);
        if (v.isUndefined() || v.isNull())
            return QStringLiteral("");
        if (!v.isString()) {
            add(field(parent, key), Tr::tr("must be a string, but is %1").arg(typeName(v)));
            return QStringLiteral("");
        }
        const QString text = normalised(v.toString(), key, parent);
        return text.isNull() ? QStringLiteral("") : text;
    }

    // A date, strictly YYYY-MM-DD, a real calendar date, not after today. Returns a null date
    // when absent, null (optional only) or wrong.
    template <typename Object>
    QDate date(const Object& obj, const QString& key, const QString& parent, bool required)
    {
        const auto v = obj.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                add(field(parent, key), Tr::tr("is required but missing"));
            return {};
        }
        if (!v.isString()) {
            add(field(parent, key),
                Tr::tr("must be a date written as a string (YYYY-MM-DD), but is %1")
                    .arg(typeName(v)));
            return {};
        }
        const QString text = v.toString();
        if (required && isBlank(text)) {
            add(field(parent, key), Tr::tr("is required but empty"));
            return {};
        }
        const QDate d = isoDateShape(text) ? QDate::fromString(text, Qt::ISODate) : QDate();
        if (!d.isValid()) {
            const QString path = field(parent, key);
            add(path, required ? Tr::tr("%1 is not a date (YYYY-MM-DD)").arg(shown(text))
                               : Tr::tr("%1 is not a date (YYYY-MM-DD); leave it out or write "
                                        "null when it is not known")
                                     .arg(shown(text)));
            return {};
        }
        if (d > m_today) {
            add(field(parent, key), Tr::tr("%1 is in the future (today is %2)")
                                        .arg(text, m_today.toString(Qt::ISODate)));
            return {};
        }
        return d;
    }

    // Four ASCII digits, '-', two digits, '-', two digits: the pattern
    // ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ (whose $ also matches before one final line feed), without
    // a regular expression per date.
    static bool isoDateShape(const QString& text)
    {
        const qsizetype n = text.size();
        if (n != 10 && !(n == 11 && text.at(10) == u'\n'))
            return false;
        for (qsizetype i = 0; i < 10; ++i) {
            const char16_t c = text.at(i).unicode();
            if (i == 4 || i == 7 ? c != u'-' : (c < u'0' || c > u'9'))
                return false;
        }
        return true;
    }

    // A closed vocabulary: the wire name, or nothing (with a problem listing what is allowed).
    template <typename E, typename From, typename Object>
    std::optional<E> enumeration(const Object& obj, const QString& key, const QString& parent,
                                 From from, const QStringList& allowed)
    {
        const QString text = requiredText(obj, key, parent);
        if (text.isNull())
            return std::nullopt;
        const std::optional<E> value = from(text);
        if (!value)
            add(field(parent, key), Tr::tr("%1 is not one of: %2")
                                        .arg(shown(text), allowed.join(QStringLiteral(", "))));
        return value;
    }

    template <typename Object>
    std::optional<int> harmScore(const Object& obj, const QString& parent)
    {
        const QString key = QStringLiteral("harm_score");
        const auto v = obj.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        const QString path = field(parent, key);
        if (!v.isDouble()) {
            add(path, Tr::tr("must be a whole number or null, but is %1").arg(typeName(v)));
            return std::nullopt;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::floor(d) != d) {
            add(path, Tr::tr("%1 is not a whole number").arg(d));
            return std::nullopt;
        }
        if (d < 0) {
            add(path, Tr::tr("%1 is negative; a harm score is 0 or more").arg(d));
            return std::nullopt;
        }
        if (d > std::numeric_limits<int>::max()) {
            add(path, Tr::tr("%1 is too large for a harm score").arg(d));
            return std::nullopt;
        }
        return static_cast<int>(d);
    }

    // Version 2's legacy 5x5x5 grade: an object with the three legacy codes.
    template <typename Value>
    std::optional<LegacyGrading> legacyGrading(const Value& v, const QString& path)
    {
        if (!v.isObject()) {
            add(path, Tr::tr("must be an object with source_evaluation, intelligence_evaluation "
                             "and handling_code, but is %1")
                          .arg(typeName(v)));
            return std::nullopt;
        }
        const auto& obj = v.toObject();
        static const QStringList keys{QStringLiteral("source_evaluation"),
                                      QStringLiteral("intelligence_evaluation"),
                                      QStringLiteral("handling_code")};
        checkKeys(obj, keys, path);
        const auto s = enumeration<LegacySourceEvaluation>(
            obj, keys.at(0), path, &Grading::legacySourceFrom, Grading::legacySourceCodes());
        const auto e = enumeration<LegacyIntelligenceEvaluation>(
            obj, keys.at(1), path, &Grading::legacyIntelligenceFrom,
            Grading::legacyIntelligenceCodes());
        const auto h = enumeration<LegacyHandlingCode>(
            obj, keys.at(2), path, &Grading::legacyHandlingFrom, Grading::legacyHandlingCodes());
        if (!s || !e || !h)
            return std::nullopt;
        return LegacyGrading{*s, *e, *h};
    }

    void setVersion(int version) { m_version = version; }

    template <typename Object> IntelligenceItem item(const Object& obj, const QString& path)
    {
        const QString legacyKey = QStringLiteral("legacy_grading");
        const auto legacyValue = obj.value(legacyKey);
        const bool legacy = m_version >= 2 && !legacyValue.isUndefined() && !legacyValue.isNull();
        QStringList allowed = itemKeys();
        if (m_version >= 2)
            allowed << legacyKey;
        checkKeys(obj, allowed, path);
        IntelligenceItem i;
        if (legacy) {
            i.legacy = legacyGrading(legacyValue, field(path, legacyKey));
            if (!i.legacy)
                i.legacy = LegacyGrading{}; // a problem was reported; keep the item legacy
            for (const char* k :
                 {"source_evaluation", "intelligence_assessment", "handling_code"}) {
                const auto code = obj.value(QString::fromLatin1(k));
                if (!code.isUndefined() && !code.isNull())
                    add(field(path, QLatin1String(k)),
                        Tr::tr("an item graded under 5x5x5 (legacy_grading) has no 3x5x2 "
                               "code; remove this field or the legacy_grading"));
            }
        }
        if (const auto p =
                enumeration<Provider>(obj, QStringLiteral("provider"), path,
                                      &Vocabulary::providerFrom, Vocabulary::providerWireNames()))
            i.provider = *p;
        i.originator = requiredText(obj, QStringLiteral("originator"), path);
        i.reference = optionalText(obj, QStringLiteral("reference"), path);
        i.obtainedOn = date(obj, QStringLiteral("obtained_on"), path, true);
        std::optional<HandlingCode> h;
        if (!legacy) {
            if (const auto s = enumeration<SourceEvaluation>(
                    obj, QStringLiteral("source_evaluation"), path, &Grading::sourceEvaluationFrom,
                    Grading::sourceEvaluationCodes()))
                i.sourceEvaluation = *s;
            if (const auto a = enumeration<IntelligenceAssessment>(
                    obj, QStringLiteral("intelligence_assessment"), path, &Grading::assessmentFrom,
                    Grading::assessmentCodes()))
                i.assessment = *a;
            h = enumeration<HandlingCode>(obj, QStringLiteral("handling_code"), path,
                                          &Grading::handlingCodeFrom, Grading::handlingCodes());
            if (h)
                i.handlingCode = *h;
        }
        i.handlingConditions = optionalText(obj, QStringLiteral("handling_conditions"), path);
        const auto conditions = obj.value(QStringLiteral("handling_conditions"));
        const bool conditionsWrongType =
            !conditions.isString() && !conditions.isNull() && !conditions.isUndefined();
        if (h == HandlingCode::C && i.handlingConditions.trimmed().isEmpty() &&
            !conditionsWrongType)
            add(field(path, QStringLiteral("handling_conditions")),
                Tr::tr("handling code C (sharing permitted with conditions) needs the conditions; "
                       "write them here"));
        if (const auto ind = enumeration<Indication>(obj, QStringLiteral("indicates"), path,
                                                     &Vocabulary::indicationFrom,
                                                     Vocabulary::indicationWireNames()))
            i.indicates = *ind;
        i.summary = optionalText(obj, QStringLiteral("summary"), path);
        return i;
    }

    template <typename Object> NominalRecord nominal(const Object& obj, const QString& path)
    {
        checkKeys(obj, nominalKeys(), path);
        NominalRecord r;
        Nominal& n = r.nominal;
        n.reference = requiredText(obj, QStringLiteral("reference"), path);
        if (!n.reference.isNull() && n.reference.trimmed() != n.reference)
            add(field(path, QStringLiteral("reference")),
                Tr::tr("%1 starts or ends with white space; a reference is written without it")
                    .arg(shown(n.reference)));
        n.surname = requiredText(obj, QStringLiteral("surname"), path);
        n.forenames = optionalText(obj, QStringLiteral("forenames"), path);
        n.gender = optionalText(obj, QStringLiteral("gender"), path);
        n.ethnicity = optionalText(obj, QStringLiteral("ethnicity"), path);
        n.area = optionalText(obj, QStringLiteral("area"), path);
        n.group = optionalText(obj, QStringLiteral("group"), path);
        if (const auto c = enumeration<Classification>(obj, QStringLiteral("classification"), path,
                                                       &Vocabulary::classificationFrom,
                                                       Vocabulary::classificationWireNames()))
            n.classification = *c;
        n.harmScore = harmScore(obj, path);
        n.listedOn = date(obj, QStringLiteral("listed_on"), path, true);
        n.lastReviewedOn = date(obj, QStringLiteral("last_reviewed_on"), path, false);
        n.dateOfBirth = date(obj, QStringLiteral("date_of_birth"), path, false);
        if (n.dateOfBirth.isValid()) {
            const QString dobPath = field(path, QStringLiteral("date_of_birth"));
            const QString dob = n.dateOfBirth.toString(Qt::ISODate);
            if (n.dateOfBirth < QDate(1900, 1, 1)) {
                add(dobPath, Tr::tr("%1 is before 1900-01-01; check the date of birth").arg(dob));
            } else if (n.listedOn.isValid()) {
                const QString listed = n.listedOn.toString(Qt::ISODate);
                if (n.dateOfBirth > n.listedOn)
                    add(dobPath, Tr::tr("%1 is after listed_on (%2)").arg(dob, listed));
                else if (const int age = n.ageOn(n.listedOn); age < 10)
                    add(dobPath, Tr::tr("%1 makes the person %n year(s) old on listed_on (%2); a "
                                        "nominal must be at least 10 when listed",
                                        nullptr, age)
                                     .arg(dob, listed));
            }
        }
        const auto intel = obj.value(QStringLiteral("intelligence"));
        const QString intelPath = field(path, QStringLiteral("intelligence"));
        if (intel.isArray()) {
            const auto& items = intel.toArray();
            r.intelligence.reserve(items.size());
            for (qsizetype i = 0; i < items.size(); ++i) {
                const auto& v = items.at(i);
                const QString itemPath = element(intelPath, i);
                if (!v.isObject()) {
                    add(itemPath, Tr::tr("must be an object, but is %1").arg(typeName(v)));
                    continue;
                }
                r.intelligence.append(item(v.toObject(), itemPath));
            }
        } else if (!intel.isUndefined() && !intel.isNull()) {
            add(intelPath, Tr::tr("must be an array, but is %1").arg(typeName(intel)));
        }
        return r;
    }

private:
    QList<ExchangeProblem>& m_problems;
    QDate m_today;
    int m_version = ExchangeFormat::kVersion;
};

} // namespace exchange_reading
} // namespace corroborate
