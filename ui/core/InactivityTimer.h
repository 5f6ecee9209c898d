#pragma once

#include "core/Clock.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace corroborate::ui {

// Watches the application's input events and says when the user has been idle for the set
// time. Idle time is measured on an injectable Clock, checked on a short tick, so tests can
// move time forward without waiting.
class InactivityTimer : public QObject
{
    Q_OBJECT
public:
    explicit InactivityTimer(std::shared_ptr<Clock> clock, QObject* parent = nullptr);
    void setClock(std::shared_ptr<Clock> clock);
    void setTimeoutSeconds(int seconds); // 0 turns it off
    int timeoutSeconds() const { return m_timeoutSeconds; }
    void setActive(bool active);
    bool isActive() const { return m_active; }
    void setTickMs(int ms) { m_tick.setInterval(ms); }
    // Restarts the idle period (an input event does this).
    void touch();
    // Checks now instead of at the next tick.
    void check();

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::shared_ptr<Clock> m_clock;
    QTimer m_tick;
    QDateTime m_lastActivity;
    int m_timeoutSeconds = 300;
    bool m_active = false;
};

} // namespace corroborate::ui
