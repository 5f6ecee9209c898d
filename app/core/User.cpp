#include "User.h"

namespace corroborate {

std::optional<Role> Roles::fromWire(const QString& name)
{
    if (name == u"officer")
        return Role::Officer;
    if (name == u"supervisor")
        return Role::Supervisor;
    if (name == u"administrator")
        return Role::Administrator;
    return std::nullopt;
}

QString Roles::wireName(Role r)
{
    switch (r) {
    case Role::Officer:
        return QStringLiteral("officer");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

QString Roles::label(Role r)
{
    switch (r) {
    case Role::Officer:
        return tr("Officer");
    case Role::Supervisor:
        return tr("Supervisor");
    case Role::Administrator:
        return tr("Administrator");
    }
    return {};
}

QStringList Roles::wireNames() const
{
    QStringList out;
    for (Role r : {Role::Officer, Role::Supervisor, Role::Administrator}) {
        if (has(r))
            out << wireName(r);
    }
    return out;
}

QString Roles::labels() const
{
    QStringList out;
    for (Role r : {Role::Officer, Role::Supervisor, Role::Administrator}) {
        if (has(r))
            out << label(r);
    }
    return out.join(QStringLiteral(", "));
}

} // namespace corroborate
