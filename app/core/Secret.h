#pragma once

#include <QByteArray>
#include <QString>

namespace corroborate {

// A passphrase or password held as UTF-8 bytes that are wiped when the holder goes away.
// Copies are deep, so wiping one never leaves another copy behind in a shared buffer.
class Secret
{
public:
    Secret() = default;
    explicit Secret(const QString& text);
    static Secret fromUtf8(const char* data, qsizetype size);
    ~Secret();
    Secret(const Secret& other);
    Secret& operator=(const Secret& other);
    Secret(Secret&& other) noexcept;
    Secret& operator=(Secret&& other) noexcept;

    bool isEmpty() const { return m_bytes.isEmpty(); }
    const char* data() const { return m_bytes.constData(); }
    qsizetype size() const { return m_bytes.size(); }
    void wipe();

private:
    QByteArray m_bytes;
};

} // namespace corroborate
