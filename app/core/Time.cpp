#include "Time.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMutex>

namespace corroborate {

namespace {
// Read from worker threads too; installed by tests and the demo.
QMutex g_mutex;
std::shared_ptr<Clock> g_clock;

std::shared_ptr<Clock> installed()
{
    QMutexLocker lock(&g_mutex);
    return g_clock;
}
} // namespace

QDateTime Time::now()
{
    const std::shared_ptr<Clock> c = installed();
    return c ? c->now() : QDateTime::currentDateTimeUtc();
}

QString Time::nowUtc()
{
    return now().toUTC().toString(Qt::ISODate);
}

QDate Time::today()
{
    const std::shared_ptr<Clock> c = installed();
    return c ? c->today() : QDate::currentDate();
}

void Time::setClock(std::shared_ptr<Clock> clock)
{
    QMutexLocker lock(&g_mutex);
    g_clock = std::move(clock);
}

std::shared_ptr<Clock> Time::clock()
{
    const std::shared_ptr<Clock> c = installed();
    return c ? c : std::make_shared<SystemClock>();
}

void Time::pin(const QDateTime& utc)
{
    setClock(utc.isValid() ? std::make_shared<ManualClock>(utc) : nullptr);
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
