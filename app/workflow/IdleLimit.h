#pragma once

#include <QCoreApplication>
#include <QString>

namespace corroborate {

class CaseFile;
struct User;

// The longest idle time the case file allows before the app locks (meta "max_idle_minutes",
// default 15). Administrators set it; each user may choose a shorter time on their own machine,
// never a longer one and never "no lock".
class IdleLimit
{
    Q_DECLARE_TR_FUNCTIONS(IdleLimit)
public:
    static constexpr int kDefaultMinutes = 15;
    static constexpr int kLongestMinutes = 240;
    // The file's limit in minutes (1 to kLongestMinutes), or the default.
    static int maxMinutes(const CaseFile& file);
    // Throws InvalidData outside 1 to kLongestMinutes, NotPermitted unless `actor` is an
    // administrator. Logged.
    static void setMaxMinutes(CaseFile& file, int minutes, const User& actor);
    // What applies: the user's choice when it is 1 to `maxMinutes`, otherwise `maxMinutes`.
    static int effectiveMinutes(int chosen, int maxMinutes);
};

} // namespace corroborate
