#include "InactivityTimer.h"

#include <QCoreApplication>
#include <QEvent>

namespace corroborate::ui {

InactivityTimer::InactivityTimer(std::shared_ptr<Clock> clock, QObject* parent)
    : QObject(parent)
    , m_clock(std::move(clock))
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &InactivityTimer::check);
    QCoreApplication::instance()->installEventFilter(this);
    m_lastActivity = m_clock->now();
}

void InactivityTimer::setClock(std::shared_ptr<Clock> clock)
{
    m_clock = std::move(clock);
    touch();
}

void InactivityTimer::setTimeoutSeconds(int seconds)
{
    m_timeoutSeconds = seconds;
    touch();
}

void InactivityTimer::setActive(bool active)
{
    m_active = active;
    touch();
    if (active)
        m_tick.start();
    else
        m_tick.stop();
}

void InactivityTimer::touch()
{
    m_lastActivity = m_clock->now();
}

void InactivityTimer::check()
{
    if (!m_active || m_timeoutSeconds <= 0)
        return;
    if (m_lastActivity.secsTo(m_clock->now()) >= m_timeoutSeconds) {
        setActive(false);
        emit idle();
    }
}

bool InactivityTimer::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        touch();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace corroborate::ui
