#pragma once

#include "core/Secret.h"
#include "core/User.h"

#include <QDate>
#include <QString>

namespace corroborate {

class Database;
class Policy;

// The administrators' use cases that `corroborate-cli user …` and `policy set` run: each owns
// its transaction and writes its audit entry with the change, so the change and its record
// land together or not at all. The caller has signed the administrator in.
class Administration
{
public:
    explicit Administration(Database& db)
        : m_db(db)
    {
    }

    // Adds a user with `roles` (Conflict when the name is taken; InvalidData for a weak
    // password or no role).
    void addUser(const User& actor, const QString& username, const QString& displayName,
                 const Secret& password, const Roles& roles);
    // Disables a user (never deletes: the audit log refers to them).
    void disableUser(const User& actor, const QString& username);
    // Releases a sign-in lock; true when the name was locked (the release is then logged),
    // false when only its count of failures was cleared.
    bool releaseSignInLock(const User& actor, const QString& username);
    // Makes `policy` the active version and logs which settings changed; returns its number.
    int setPolicy(const User& actor, const Policy& policy);

private:
    Database& m_db;
};

// A whole-list evaluation shown to a user is a consultation of the whole list: logged in its
// own transaction, with what was evaluated.
void recordListEvaluation(Database& db, const User& user, const QDate& asOf, int policyVersion,
                          qint64 nominals, qint64 belowThreshold);

} // namespace corroborate
