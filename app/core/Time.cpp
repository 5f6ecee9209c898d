#include "Time.h"

#include <QCoreApplication>
#include <QLocale>

namespace corroborate {

namespace {
QDateTime g_pinned;
}

QDateTime Time::now()
{
    return g_pinned.isValid() ? g_pinned : QDateTime::currentDateTimeUtc();
}

QString Time::nowUtc()
{
    return now().toUTC().toString(Qt::ISODate);
}

QDate Time::today()
{
    return g_pinned.isValid() ? g_pinned.date() : QDate::currentDate();
}

void Time::pin(const QDateTime& utc)
{
    g_pinned = utc;
}

QString Time::longDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : QString();
}

QString Time::humanDateTime(const QString& isoUtc)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!t.isValid())
        return isoUtc;
    const QDateTime local = t.toLocalTime();
    // Hours and minutes: seconds mean nothing to a reader.
    const QString time = local.time().toString(QStringLiteral("HH:mm"));
    if (local.date() == today())
        return QCoreApplication::translate("Time", "today at %1").arg(time);
    return QCoreApplication::translate("Time", "%1 at %2").arg(longDate(local.date()), time);
}

} // namespace corroborate
