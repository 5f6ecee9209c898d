#pragma once

#include "core/Secret.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace corroborate {

struct DemoAccount
{
    QString username;
    QString displayName;
    Secret password;
};

struct DemoOptions
{
    QString path;
    Secret passphrase;
    DemoAccount first;  // holds all three roles
    DemoAccount second; // a second supervisor, so four-eyes sign-off can be tried
    int nominals = 500;
    quint64 seed = 1;
    std::function<void(int done, int total)> progress; // optional
};

// Writes a new case file full of synthetic nominals, marked as synthetic. Never overwrites a
// file; on failure the half-made file is removed.
class DemoCaseFile
{
    Q_DECLARE_TR_FUNCTIONS(DemoCaseFile)
public:
    static void create(const DemoOptions& options);
    // Loads synthetic nominals into an open database inside one transaction (used by create
    // and by benchmarks on unkeyed files).
    static void load(class Database& db, int nominals, quint64 seed, const QString& username,
                     const std::function<void(int, int)>& progress = {});
};

} // namespace corroborate
