#pragma once

#include <QCoreApplication>
#include <QString>

namespace corroborate {

class CaseFile;
struct User;

// The protective marking printed at the top and bottom of every page and shown on every
// screen. It belongs to the case file (meta "protective_marking"), so every copy of the app
// and the command line show and print the same; administrators change it.
class ProtectiveMarking
{
    Q_DECLARE_TR_FUNCTIONS(ProtectiveMarking)
public:
    static QString defaultMarking() { return QStringLiteral("OFFICIAL-SENSITIVE"); }
    // The file's marking in capitals, or the default.
    static QString of(const CaseFile& file);
    // Throws InvalidData for an empty or over-long marking, NotPermitted unless `actor` is an
    // administrator. Logged.
    static void set(CaseFile& file, const QString& marking, const User& actor);
};

} // namespace corroborate
