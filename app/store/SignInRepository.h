#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace corroborate {

class Database;

// Failed sign-ins, kept in the case file so every process that has it open sees the same
// count. Rows are keyed by a keyed hash of the user name as typed (folded to lower case), never
// the name itself: a name that does not exist (perhaps a password typed into the wrong field)
// is counted and slowed like any other without being stored.
class SignInRepository
{
public:
    explicit SignInRepository(Database& db)
        : m_db(db)
    {
    }

    struct State
    {
        int failures = 0;     // in a row, since the last success, unlock or release
        QString lockedUntil;  // UTC ISO 8601; empty when not locked
        QString lastFailedAt; // UTC ISO 8601; empty when never
    };

    // The per-file key of the name hash (32 random bytes made by the migration).
    QByteArray nameKey();
    State state(const QString& nameHash);
    // Counts one more failure (before the password is checked, so concurrent guesses cannot
    // overtake the count) and returns the new count.
    int addFailure(const QString& nameHash, const QString& at);
    void lock(const QString& nameHash, const QString& until);
    void clear(const QString& nameHash);

private:
    Database& m_db;
};

} // namespace corroborate
