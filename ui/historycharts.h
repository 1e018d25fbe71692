#pragma once

#include "history/cancelattempt.h"

#include <QWidget>

class QChartView;

namespace OrderDesk {

// The week at a glance: attempts per day stacked by outcome, and the most frequent reasons, over
// whatever rows the history window shows.
class HistoryCharts final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryCharts)

public:
    explicit HistoryCharts(QWidget* parent = nullptr);

    void setAttempts(const QList<CancelAttempt>& attempts);

private:
    QChartView* m_perDay;
    QChartView* m_reasons;
};

} // namespace OrderDesk
