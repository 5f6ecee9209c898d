#pragma once

#include "audit/DisclosureLog.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace corroborate {

class Database;
struct User;

// One disclosure as the register shows it: overdue when its destroy-by date has passed and
// nobody has recorded that the recipient destroyed it.
struct DisclosureStatus
{
    Disclosure disclosure;
    bool overdue = false;
};

// What left the file and whether it was destroyed (issue 10): the list for supervisors and
// administrators, overdue first, and the one action that records a recipient's confirmation
// of destruction.
class DisclosureRegister
{
    Q_DECLARE_TR_FUNCTIONS(DisclosureRegister)
public:
    explicit DisclosureRegister(Database& db)
        : m_db(db)
    {
    }

    static bool isOverdue(const Disclosure& d, const QDate& asOf);
    // Supervisors and administrators see and confirm disclosures.
    static bool mayManage(const User& user);
    static void requireManager(const User& user);

    // Overdue ones first (earliest destroy-by first), then the rest, newest first.
    QList<DisclosureStatus> list(const QDate& asOf, bool overdueOnly = false);
    int overdueCount(const QDate& asOf);

    // Records that the recipient confirmed destroying disclosure `id` on `on`, with a note
    // saying how (required), in its own transaction with an audit entry (never the note's
    // text). InvalidData: unknown disclosure, blank note, a date in the future or before the
    // disclosure; Conflict: already confirmed; NotPermitted: not a supervisor or
    // administrator.
    void confirm(qint64 id, const QString& note, const QDate& on, const User& actor);
    // The checks of confirm() that need no user, reading only (so that a refused call can be
    // told before anyone signs in): throws as confirm() does.
    Disclosure checkConfirmation(qint64 id, const QString& note, const QDate& on);

private:
    Database& m_db;
};

} // namespace corroborate
