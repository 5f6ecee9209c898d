#pragma once

#include <QObject>

namespace corroborate::ui {

// Tells the window when the desktop's screen locks, where that can be detected: the
// freedesktop and GNOME screen savers' ActiveChanged signals on the session bus, and
// logind's Lock signal on the system bus. Without a bus (or on other platforms) it simply
// never fires; idle auto-lock and Ctrl+L still work.
class ScreenLockWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ScreenLockWatcher(QObject* parent = nullptr);
    // True when at least one source could be listened to.
    bool isListening() const { return m_listening; }

public slots:
    // The screen locked (from D-Bus, or from a test).
    void notifyScreenLocked();

signals:
    void screenLocked();

private slots:
    void onScreenSaverActiveChanged(bool active);

private:
    bool m_listening = false;
};

} // namespace corroborate::ui
