#include "Time.h"

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

} // namespace corroborate
