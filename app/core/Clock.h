#pragma once

#include <QDate>
#include <QDateTime>

namespace corroborate {

// The one clock of the application: what time it is (UTC) and what day it is where the user
// is. Time (core/Time.h) reads the installed one; the windows measure idle time on one. The
// base is the system clock; tests install a ManualClock and move it by hand.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); }
    // The calendar date: the local date of now().
    virtual QDate today() const { return now().toLocalTime().date(); }
};

// The computer's clock.
class SystemClock final : public Clock
{
};

// A clock that stands still until told to move: for tests. Its date is its UTC date.
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start))
    {
    }
    QDateTime now() const override { return m_now; }
    QDate today() const override { return m_now.date(); }
    void advanceSeconds(qint64 s) { m_now = m_now.addSecs(s); }
    void set(const QDateTime& utc) { m_now = utc; }

private:
    QDateTime m_now;
};

} // namespace corroborate
