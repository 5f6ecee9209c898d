#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace corroborate {

// The one clock of the core. Tests and the demo can pin it; everything that stamps a time or
// asks for "today" goes through here.
class Time
{
public:
    static QDateTime now();                // UTC
    static QString nowUtc();               // ISO 8601 with a trailing Z, to the second
    static QDate today();                  // local calendar date
    static void pin(const QDateTime& utc); // tests only; an invalid value unpins
    // The one style for dates in sentences: the locale's long date ("27 November 2026").
    static QString longDate(const QDate& date);
    // A stored UTC stamp in the user's words and local time: "27 November 2026 at 10:02"
    // ("today at 10:02" when it is today). An unreadable stamp is returned as it is.
    static QString humanDateTime(const QString& isoUtc);
};

} // namespace corroborate
