#include "SignInRepository.h"

#include "Database.h"

namespace corroborate {

QByteArray SignInRepository::nameKey()
{
    Statement st = m_db.prepare("SELECT value FROM meta WHERE key = 'sign_in_name_key';");
    return st.step() ? QByteArray::fromHex(st.text(0).toLatin1()) : QByteArray();
}

SignInRepository::State SignInRepository::state(const QString& nameHash)
{
    Statement st = m_db.prepare("SELECT failures, coalesce(locked_until, ''), last_failed_at "
                                "FROM sign_in_failures WHERE name_hash = ?;");
    st.bind(1, nameHash);
    State s;
    if (st.step()) {
        s.failures = static_cast<int>(st.integer(0));
        s.lockedUntil = st.text(1);
        s.lastFailedAt = st.text(2);
    }
    return s;
}

int SignInRepository::addFailure(const QString& nameHash, const QString& at)
{
    Statement st = m_db.prepare(
        "INSERT INTO sign_in_failures (name_hash, failures, last_failed_at) VALUES (?1, 1, ?2) "
        "ON CONFLICT (name_hash) DO UPDATE SET failures = failures + 1, last_failed_at = ?2 "
        "RETURNING failures;");
    st.bind(1, nameHash).bind(2, at);
    const int failures = st.step() ? static_cast<int>(st.integer(0)) : 1;
    st.reset();
    return failures;
}

void SignInRepository::lock(const QString& nameHash, const QString& until)
{
    Statement st =
        m_db.prepare("UPDATE sign_in_failures SET locked_until = ? WHERE name_hash = ?;");
    st.bind(1, until).bind(2, nameHash).run();
}

void SignInRepository::clear(const QString& nameHash)
{
    Statement st = m_db.prepare("DELETE FROM sign_in_failures WHERE name_hash = ?;");
    st.bind(1, nameHash).run();
}

} // namespace corroborate
