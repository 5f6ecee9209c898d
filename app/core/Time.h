#pragma once

#include "Clock.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <memory>

namespace corroborate {

// Reading the one clock of the core (core/Clock.h): everything that stamps a time or asks for
// "today" goes through here. Tests and the demo install a clock of their own.
class Time
{
public:
    static QDateTime now();  // UTC
    static QString nowUtc(); // ISO 8601 with a trailing Z, to the second
    static QDate today();    // local calendar date
    // Installs the clock everything reads; null puts the system clock back.
    static void setClock(std::shared_ptr<Clock> clock);
    static std::shared_ptr<Clock> clock();
    // Tests: a ManualClock standing at `utc` (its date the UTC date); an invalid value puts
    // the system clock back.
    static void pin(const QDateTime& utc);
    // The one style for dates in sentences: the locale's long date ("27 November 2026").
    static QString longDate(const QDate& date);
    // A stored UTC stamp in the user's words and local time: "27 November 2026 at 10:02"
    // ("today at 10:02" when it is today). An unreadable stamp is returned as it is.
    static QString humanDateTime(const QString& isoUtc);
};

} // namespace corroborate
