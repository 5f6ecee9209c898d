#include "ExchangeObject.h"

#include <QStringList>

namespace corroborate {

ExchangeValue::ExchangeValue(ExchangeObject object)
    : m_type(QJsonValue::Object)
    , m_object(std::make_shared<const ExchangeObject>(std::move(object)))
{
}

ExchangeValue::ExchangeValue(QList<ExchangeValue> array)
    : m_type(QJsonValue::Array)
    , m_array(std::make_shared<const QList<ExchangeValue>>(std::move(array)))
{
}

const ExchangeObject& ExchangeValue::toObject() const
{
    static const ExchangeObject empty;
    return m_object ? *m_object : empty;
}

const QList<ExchangeValue>& ExchangeValue::toArray() const
{
    static const QList<ExchangeValue> empty;
    return m_array ? *m_array : empty;
}

bool ExchangeValue::operator==(const ExchangeValue& other) const
{
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case QJsonValue::String:
        return m_text == other.m_text;
    case QJsonValue::Double:
        return m_number == other.m_number;
    case QJsonValue::Object:
        return m_object == other.m_object;
    case QJsonValue::Array:
        return m_array == other.m_array;
    default:
        return true;
    }
}

void ExchangeObject::insert(const QString& key, ExchangeValue value)
{
    for (auto& entry : m_entries) {
        if (entry.first == key) {
            entry.second = std::move(value);
            return;
        }
    }
    m_entries.emplaceBack(key, std::move(value));
}

void ExchangeObject::remove(const QString& key)
{
    m_entries.removeIf([&key](const auto& entry) { return entry.first == key; });
}

const ExchangeValue* ExchangeObject::find(const QString& key) const
{
    for (const auto& entry : m_entries)
        if (entry.first == key)
            return &entry.second;
    return nullptr;
}

ExchangeValue ExchangeObject::value(const QString& key) const
{
    const ExchangeValue* v = find(key);
    return v ? *v : ExchangeValue();
}

QStringList ExchangeObject::keys() const
{
    QStringList out;
    out.reserve(m_entries.size());
    for (const auto& entry : m_entries)
        out << entry.first;
    return out;
}

} // namespace corroborate
