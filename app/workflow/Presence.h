#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

namespace corroborate {

class CaseFile;

// Who has the case file open in a copy of Corroborate, and since when (meta "open_by": the
// most recent sign-in that has not closed). The file's lock says whether another copy has it
// open (CaseFile::isOpenElsewhere); this says who, once the passphrase has opened it.
class Presence
{
    Q_DECLARE_TR_FUNCTIONS(Presence)
public:
    struct Entry
    {
        QString username;
        QString host;
        QDateTime since; // UTC
        qint64 process = 0;
    };
    // Records that `username` signed in here now (its own transaction).
    static void signedIn(CaseFile& file, const QString& username);
    // Clears the record if it is this process's (another copy's later sign-in stays).
    static void closed(CaseFile& file);
    static std::optional<Entry> current(const CaseFile& file);
    // "alice on host, since 27 November 2026 at 10:02" in the user's words.
    static QString describe(const Entry& entry);
};

} // namespace corroborate
