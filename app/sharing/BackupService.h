#pragma once

#include "core/Secret.h"

#include <QCoreApplication>
#include <QString>

namespace corroborate {

class CaseFile;
struct User;

// `backup` (issue 10): an encrypted copy of the open case file, taken with SQLite's online
// backup while others may be working, keyed with the same or a new passphrase, verified
// (every `verify` check on the copy) before it is put at its name, never over an existing
// file, and logged in the source file's audit log.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)
public:
    struct Result
    {
        qint64 bytes = 0;
        int checks = 0;
    };
    // Conflict when something exists at `outPath` (before or after the copy: nothing is
    // replaced); Verification when the copy fails a check (it is removed).
    static Result write(CaseFile& source, const QString& outPath, const Secret& passphrase,
                        bool newPassphrase, const User& actor);
};

} // namespace corroborate
