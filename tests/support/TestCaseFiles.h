#pragma once

#include "Credentials.h"
#include "core/Nominal.h"
#include "core/Secret.h"
#include "store/CaseFile.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <memory>

namespace corroborate::test {

// A new case file at `path` with an administrator holding all roles and the default policy.
std::unique_ptr<CaseFile> makeCaseFile(const QString& path);
// A synthetic nominal with `items` qualifying intelligence items from distinct originators.
NominalRecord syntheticNominal(const QString& reference, int items = 2);
QByteArray sha256OfFile(const QString& path);
// The environment for running corroborate-cli as the test administrator.
QProcessEnvironment cliEnvironment(const QString& user = kAdmin,
                                   const QString& password = kAdminPassword);

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs `program` with no standard input; a timeout kills it (exitCode -1, err "timed out").
CliResult runProcess(const QString& program, const QStringList& args,
                     const QProcessEnvironment& env, int timeoutMs);
CliResult runCli(const QStringList& args, const QProcessEnvironment& env = cliEnvironment(),
                 int timeoutMs = 120000);

} // namespace corroborate::test
