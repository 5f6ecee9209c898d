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
};

} // namespace corroborate
