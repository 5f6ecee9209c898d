#pragma once

#include "DataWorker.h"
#include "accounts/User.h"
#include "core/AsyncTask.h"
#include "core/Secret.h"
#include "policy/Policy.h"
#include "workflow/CaseFileAccess.h"

#include <QObject>
#include <QSet>
#include <memory>
#include <mutex>
#include <type_traits>

namespace corroborate::ui {

// One open case file with a signed-in user: the GUI side's connection (for writes and the
// small reads of dialogs), the worker with its own connection (for lists and panels), the
// active policy, and the consultation reason given while browsing. The window owns it
// (std::unique_ptr); nobody else keeps it.
//
// One writer: long work on the GUI side's connection (approval, responses, recall notices,
// unlock) goes through run(), which runs it off the GUI thread (AsyncTask) while holding the
// session's write lock. Short writes made on the GUI thread through db() do not take the lock
// yet (docs/threading.md lists them): while run() waits the GUI thread takes no input, but a
// timer could still reach db(), so moving them behind run() is the next step.
class Session : public QObject
{
    Q_OBJECT
public:
    Session(CaseFileHandle file, DataWorker* worker, QObject* parent = nullptr);
    ~Session() override;

    CaseFile& file() { return *m_file; }
    Database& db();
    DataWorker& worker() { return *m_worker; }
    const QString& path() const;
    bool isSynthetic() const { return m_synthetic; }

    void setUser(const User& user) { m_user = user; }
    const User& user() const { return m_user; }
    const QString& username() const { return m_user.username; }
    bool canSeeAuditLog() const
    {
        return m_user.roles.has(Role::Supervisor) || m_user.roles.has(Role::Administrator);
    }

    // Reads the active policy again (after an administrator changed it) and gives it to the
    // worker.
    void reloadPolicy();
    const Policy& policy() const { return m_policy; }

    // The reason for consultations while browsing; empty until the user gives one.
    const QString& consultationReason() const { return m_consultationReason; }
    void setConsultationReason(const QString& reason);
    // True the first time a record is opened under the current reason (then it is logged).
    bool markConsulted(const QString& reference, const QString& justification);

    // Drops what the session caches of personal data (lock, close).
    void releaseMemory();

    // Runs `work(CaseFile&)` with the write connection, off the GUI thread, under the write
    // lock; a failure comes back in the Outcome.
    template <typename F> auto run(F&& work) -> Outcome<std::invoke_result_t<F, CaseFile&>>
    {
        return AsyncTask::run([this, &work] {
            const std::lock_guard<std::mutex> lock(m_writeMutex);
            return work(*m_file);
        });
    }
    // Checks the signed-in user's password to unlock the window (off the GUI thread).
    Outcome<bool> unlock(const Secret& password);

private:
    CaseFileHandle m_file;
    DataWorker* m_worker;
    User m_user;
    Policy m_policy;
    bool m_synthetic = false;
    QString m_consultationReason;
    QSet<QString> m_consulted; // "justification\nreference"
    std::mutex m_writeMutex;   // held while the write connection is in use (run())
};

} // namespace corroborate::ui
