#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace corroborate {

enum class Role : int
{
    Officer = 1,
    Supervisor = 2,
    Administrator = 4
};

class Roles
{
    Q_DECLARE_TR_FUNCTIONS(Roles)
public:
    Roles() = default;
    explicit Roles(int bits)
        : m_bits(bits & 7)
    {
    }
    Roles& add(Role r)
    {
        m_bits |= static_cast<int>(r);
        return *this;
    }
    bool has(Role r) const { return (m_bits & static_cast<int>(r)) != 0; }
    bool isEmpty() const { return m_bits == 0; }
    int bits() const { return m_bits; }

    static std::optional<Role> fromWire(const QString& name); // officer|supervisor|administrator
    static QString wireName(Role r);
    static QString label(Role r);
    QStringList wireNames() const;
    QString labels() const; // "Officer, Supervisor"
    static Roles all() { return Roles(7); }

private:
    int m_bits = 0;
};

struct User
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Roles roles;
    bool disabled = false;
    QString createdAt;
    QByteArray signPublicKey; // Ed25519, 32 bytes
};

} // namespace corroborate
