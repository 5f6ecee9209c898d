#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <memory>
#include <utility>

namespace corroborate {

class ExchangeObject;

// A value of an exchange document built in memory rather than parsed from JSON: a text, a
// number, an object or an array of objects (or undefined: the key is absent). It answers the
// same questions as QJsonValue, so ExchangeFormat reads it by the very same rules
// (app/exchange/README.md). The spreadsheet import builds its documents from these: a text
// shares the cell's characters, where a QJsonObject would convert and copy every string
// (app/exchange/README.md for the format).
class ExchangeValue
{
public:
    ExchangeValue() = default;
    ExchangeValue(QString text)
        : m_type(QJsonValue::String)
        , m_text(std::move(text))
    {
    }
    ExchangeValue(int number)
        : m_type(QJsonValue::Double)
        , m_number(number)
    {
    }
    ExchangeValue(ExchangeObject object);
    ExchangeValue(QList<ExchangeValue> array);

    QJsonValue::Type type() const { return m_type; }
    bool isUndefined() const { return m_type == QJsonValue::Undefined; }
    bool isNull() const { return m_type == QJsonValue::Null; }
    bool isString() const { return m_type == QJsonValue::String; }
    bool isDouble() const { return m_type == QJsonValue::Double; }
    bool isObject() const { return m_type == QJsonValue::Object; }
    bool isArray() const { return m_type == QJsonValue::Array; }

    QString toString() const { return m_text; }
    double toDouble() const { return m_number; }
    const ExchangeObject& toObject() const;
    const QList<ExchangeValue>& toArray() const;

    // Texts and numbers compare by value; objects and arrays by identity.
    bool operator==(const ExchangeValue& other) const;
    bool operator!=(const ExchangeValue& other) const { return !(*this == other); }

private:
    QJsonValue::Type m_type = QJsonValue::Undefined;
    QString m_text;
    double m_number = 0;
    std::shared_ptr<const ExchangeObject> m_object;
    std::shared_ptr<const QList<ExchangeValue>> m_array;
};

// An object of an exchange document built in memory: keys in the order inserted, each once.
class ExchangeObject
{
public:
    void insert(const QString& key, ExchangeValue value);
    void remove(const QString& key);
    bool contains(const QString& key) const { return find(key) != nullptr; }
    // The value, or an undefined one when the key is absent.
    ExchangeValue value(const QString& key) const;
    // The value, or nullptr when the key is absent.
    const ExchangeValue* find(const QString& key) const;
    QStringList keys() const;
    bool isEmpty() const { return m_entries.isEmpty(); }

private:
    QList<std::pair<QString, ExchangeValue>> m_entries;
};

} // namespace corroborate
