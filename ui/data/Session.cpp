#include "Session.h"

#include "accounts/Accounts.h"
#include "core/Time.h"
#include "policy/PolicyStore.h"

namespace corroborate::ui {

Session::Session(CaseFileHandle file, DataWorker* worker, QObject* parent)
    : QObject(parent)
    , m_file(std::move(file))
    , m_worker(worker)
{
    m_worker->setParent(this);
    m_synthetic = CaseFileAccess::isSynthetic(*m_file);
    reloadPolicy();
}

Session::~Session()
{
    m_worker->stop();
    const std::lock_guard<std::mutex> lock(m_writeMutex);
    CaseFileAccess::releaseMemory(db());
}

Database& Session::db()
{
    return CaseFileAccess::connection(*m_file);
}

const QString& Session::path() const
{
    return CaseFileAccess::path(*m_file);
}

void Session::reloadPolicy()
{
    m_policy = Policy::fromStored(PolicyStore(db()).active());
    m_worker->setPolicy(m_policy);
    m_worker->setToday(Time::today());
}

void Session::setConsultationReason(const QString& reason)
{
    m_consultationReason = reason.trimmed();
}

bool Session::markConsulted(const QString& reference, const QString& justification)
{
    const QString key = justification + QLatin1Char('\n') + reference;
    if (m_consulted.contains(key))
        return false;
    m_consulted.insert(key);
    return true;
}

void Session::releaseMemory()
{
    m_consulted.clear();
    {
        const std::lock_guard<std::mutex> lock(m_writeMutex);
        CaseFileAccess::releaseMemory(db());
    }
    m_worker->releaseMemory();
}

Outcome<bool> Session::unlock(const Secret& password)
{
    // Sign-in's path: the same delay after a failure, the same count toward the lockout, and
    // an audit entry either way (docs/threading.md: on the session's writer, off the GUI thread).
    const QString username = m_user.username;
    return run([&username, &password](CaseFile& file) {
        Accounts(CaseFileAccess::connection(file)).unlock(username, password);
        return true;
    });
}

} // namespace corroborate::ui
