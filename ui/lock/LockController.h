#pragma once

#include "core/Secret.h"

#include <QObject>

namespace corroborate::ui {

class LockPage;
class MainWindow;

// Locking and unlocking the main window (docs/DESIGN.md, the lock): Ctrl+L, the idle timer
// and the desktop's screen lock lock it; a lock asked for while work runs off the GUI thread
// (AsyncTask) waits until that work is done. Unlocking checks the signed-in user's password
// off the GUI thread and builds the workspace again.
class LockController : public QObject
{
    Q_OBJECT
public:
    LockController(MainWindow& window, LockPage* page, QObject* parent = nullptr);

    void lock();
    void unlock(const Secret& password);
    // The idle time before a lock: the user's setting, never longer than the file allows.
    void applyAutoLock();

private:
    void lockNow();

    MainWindow& m_window;
    LockPage* m_page;
    bool m_pending = false; // a lock waits for a running task
};

} // namespace corroborate::ui
