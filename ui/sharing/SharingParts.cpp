#include "SharingParts.h"

#include "data/Session.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

namespace corroborate::ui {

QString sharingDay(const QDate& d)
{
    return d.isValid() ? QLocale().toString(d, QStringLiteral("d MMM yyyy")) : QString();
}

QString sharingStamp(const QString& isoUtc)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"))
                       : isoUtc;
}

bool managesDisclosures(const Session& s)
{
    return s.user().roles.has(Role::Supervisor) || s.user().roles.has(Role::Administrator);
}

} // namespace corroborate::ui
