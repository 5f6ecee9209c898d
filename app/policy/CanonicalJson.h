#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace corroborate {

// A canonical byte form of JSON for hashing and signing: the same value gives the same bytes
// on every machine and Qt version (QJsonDocument's output is not promised to stay the same).
// The form is that of RFC 8785 (JSON Canonicalization Scheme) for the values we sign:
// - object members sorted by key, comparing UTF-16 code units; no white space anywhere;
// - strings in UTF-8, escaping only '"', '\\' and control characters (\b \t \n \f \r, the
//   rest as \u00xx with lower-case hex);
// - true, false, null; whole numbers up to 2^53 written as plain integers.
// Numbers with a fraction are written with 17 significant digits, which is not RFC 8785's
// shortest form: do not sign documents that contain them.
class CanonicalJson
{
public:
    static QByteArray serialise(const QJsonValue& value);
    static QByteArray serialise(const QJsonObject& object) { return serialise(QJsonValue(object)); }
};

} // namespace corroborate
