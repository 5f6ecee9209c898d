#include "ScreenLockWatcher.h"

#include <QDBusConnection>

namespace corroborate::ui {

ScreenLockWatcher::ScreenLockWatcher(QObject* parent)
    : QObject(parent)
{
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        for (const auto& [service, path] :
             {std::pair{QStringLiteral("org.freedesktop.ScreenSaver"),
                        QStringLiteral("/org/freedesktop/ScreenSaver")},
              std::pair{QStringLiteral("org.gnome.ScreenSaver"),
                        QStringLiteral("/org/gnome/ScreenSaver")}}) {
            m_listening |= session.connect(service, path, service, QStringLiteral("ActiveChanged"),
                                           this, SLOT(onScreenSaverActiveChanged(bool)));
        }
    }
    // logind asks every session to lock (loginctl lock-session, lid close, suspend): any
    // session's request locks us too, which errs on the safe side.
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected())
        m_listening |= system.connect(QStringLiteral("org.freedesktop.login1"), QString(),
                                      QStringLiteral("org.freedesktop.login1.Session"),
                                      QStringLiteral("Lock"), this, SLOT(notifyScreenLocked()));
}

void ScreenLockWatcher::notifyScreenLocked()
{
    emit screenLocked();
}

void ScreenLockWatcher::onScreenSaverActiveChanged(bool active)
{
    if (active)
        emit screenLocked();
}

} // namespace corroborate::ui
