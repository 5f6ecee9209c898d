#pragma once

#include "TestCaseFiles.h"

#include <QString>
#include <QStringList>

namespace corroborate::test {

// Runs a bash script with $CLI set to corroborate-cli and the test administrator's secrets in
// the environment (plus `extra`, NAME=VALUE). For limits (ulimit -f), pipes, kills.
CliResult runShell(const QString& script, const QStringList& extra = {}, int timeoutMs = 180000);
// One SQL statement's output (sqlcipher shell, -batch, '|' separated), as an independent
// reader of the file would see it. Empty on failure.
QString sqlcipherQuery(const QString& file, const QString& sql,
                       const QString& passphrase = kPassphrase);
// A new synthetic case file made by "demo" (administrator kAdmin holding all roles, a second
// supervisor "demo.supervisor" with the same password).
bool makeDemoFile(const QString& path, int nominals);
// Overwrites `bytes` bytes in the middle of page `page` (0-based) with a pattern.
bool damagePage(const QString& path, qint64 page, int bytes = 32);

} // namespace corroborate::test
