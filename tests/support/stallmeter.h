#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace OrderDesk::Test {

// Watches the event loop of the thread it lives in with a 5 ms timer: the longest gap between two
// ticks, less the timer's own 5 ms, is the longest time that thread could not handle an event.
// `onTick` runs on every tick, to sample what a test wants to see while something is under way.
class StallMeter : public QObject
{
public:
    explicit StallMeter(std::function<void()> onTick = {})
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this, onTick = std::move(onTick)] {
            m_worst = std::max(m_worst, m_clock.restart());
            ++m_ticks;
            if (onTick)
                onTick();
        });
    }
    void start()
    {
        m_worst = 0;
        m_ticks = 0;
        m_clock.start();
        m_timer.start();
    }
    // The longest stall in milliseconds.
    qint64 stop()
    {
        m_timer.stop();
        return std::max<qint64>(std::max(m_worst, m_clock.elapsed()) - 5, 0);
    }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
    int m_ticks = 0;
};

} // namespace OrderDesk::Test
