#include "Secret.h"

#include <sodium.h>

namespace corroborate {

Secret::Secret(const QString& text)
    : m_bytes(text.toUtf8())
{
}

Secret Secret::fromUtf8(const char* data, qsizetype size)
{
    Secret s;
    s.m_bytes = QByteArray(data, size);
    return s;
}

Secret::~Secret()
{
    wipe();
}

Secret::Secret(const Secret& other)
    : m_bytes(other.m_bytes.constData(), other.m_bytes.size())
{
}

Secret& Secret::operator=(const Secret& other)
{
    if (this != &other) {
        wipe();
        m_bytes = QByteArray(other.m_bytes.constData(), other.m_bytes.size());
    }
    return *this;
}

Secret::Secret(Secret&& other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
}

Secret& Secret::operator=(Secret&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
    }
    return *this;
}

void Secret::wipe()
{
    if (!m_bytes.isEmpty() && !m_bytes.isDetached())
        m_bytes.detach();
    if (!m_bytes.isEmpty())
        sodium_memzero(m_bytes.data(), static_cast<size_t>(m_bytes.size()));
    m_bytes.clear();
}

} // namespace corroborate
