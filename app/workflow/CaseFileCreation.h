#pragma once

#include "core/Secret.h"
#include "core/User.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace corroborate {

class CaseFile;

// Creating a case file, the one use case behind `corroborate-cli init`, the window's "New case
// file" and the demo: its accounts with their roles, the default threshold policy, the first
// audit entries and, for demo data, the synthetic marking, all in one transaction; then
// anything the caller adds. The file is built whole under a temporary name and renamed into
// place (CaseFile::create): an interrupted creation leaves nothing at the path.
class CaseFileCreation
{
    Q_DECLARE_TR_FUNCTIONS(CaseFileCreation)
public:
    struct Account
    {
        QString username;
        QString displayName;
        Secret password;
        Roles roles;
    };
    struct Request
    {
        QString path;
        Secret passphrase;
        // The first account creates the file: the policy and every first audit entry are
        // written in its name.
        QList<Account> accounts;
        // Synthetic demo data: the file is marked so, and the audit says so.
        bool synthetic = false;
        // Optional: fills the new file further (the demo's nominals) after the accounts are
        // in, inside or outside transactions of its own.
        std::function<void(CaseFile&)> fill;
    };

    // Throws Error: Conflict when something exists at the path; InvalidData for a bad user
    // name or weak password; whatever `fill` throws.
    static std::unique_ptr<CaseFile> create(const Request& request);
};

} // namespace corroborate
