#include "CanonicalJson.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace corroborate {

namespace {

void appendString(QByteArray& out, const QString& s)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += kHex[c >> 4];
                out += kHex[c & 0xf];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

void appendValue(QByteArray& out, const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        constexpr double kExact = 9007199254740992.0; // 2^53
        if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) <= kExact)
            out += QByteArray::number(static_cast<qint64>(d));
        else if (std::isfinite(d))
            out += QByteArray::number(d, 'g', 17);
        else
            out += "null"; // JSON has no infinities or NaN
        break;
    }
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Array: {
        out += '[';
        bool first = true;
        for (const QJsonValue& member : value.toArray()) {
            if (!first)
                out += ',';
            first = false;
            appendValue(out, member);
        }
        out += ']';
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        std::sort(keys.begin(), keys.end(), [](const QString& a, const QString& b) {
            return std::lexicographical_compare(a.utf16(), a.utf16() + a.size(), b.utf16(),
                                                b.utf16() + b.size());
        });
        out += '{';
        bool first = true;
        for (const QString& key : keys) {
            if (!first)
                out += ',';
            first = false;
            appendString(out, key);
            out += ':';
            appendValue(out, object.value(key));
        }
        out += '}';
        break;
    }
    }
}

} // namespace

QByteArray CanonicalJson::serialise(const QJsonValue& value)
{
    QByteArray out;
    appendValue(out, value);
    return out;
}

} // namespace corroborate
