#include "historycharts.h"

#include "history/historystats.h"
#include "itemmodels/historymodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int TopReasons = 6;

QChartView* makeView(const QString& objectName, QWidget* parent)
{
    auto* view = new QChartView(new QChart(), parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    return view;
}

// Replaces the chart's series and axes with `series` on a category axis and a value axis.
void replaceSeries(QChart* chart, QAbstractBarSeries* series, const QStringList& categories, int maxValue,
                   bool horizontal)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        // removeAxis() gives the axis back to us (no parent any more): without the delete every filter
        // change leaked two axes per chart (found by LeakSanitizer).
        chart->removeAxis(axis);
        delete axis;
    }
    chart->addSeries(series);
    auto* categoryAxis = new QBarCategoryAxis(chart);
    categoryAxis->append(categories);
    auto* valueAxis = new QValueAxis(chart);
    // Whole numbers only, about five steps whatever the busiest day.
    const int step = std::max(1, (maxValue + 4) / 5);
    valueAxis->setRange(0, std::max(step, (maxValue + step - 1) / step * step));
    valueAxis->setLabelFormat(u"%d"_s);
    valueAxis->setTickType(QValueAxis::TicksDynamic);
    valueAxis->setTickAnchor(0);
    valueAxis->setTickInterval(step);
    // Qt Charts does not mirror itself: right to left, the axes stand on the right and horizontal bars
    // grow from the right (the days' order is reversed by the caller).
    const bool rightToLeft = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    if (horizontal)
        valueAxis->setReverse(rightToLeft);
    const Qt::Alignment start = rightToLeft ? Qt::AlignRight : Qt::AlignLeft;
    chart->addAxis(categoryAxis, horizontal ? start : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : start);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
}
} // namespace

HistoryCharts::HistoryCharts(QWidget* parent)
    : QWidget(parent)
    , m_perDay(makeView(u"attemptsPerDayChart"_s, this))
    , m_reasons(makeView(u"topReasonsChart"_s, this))
{
    m_perDay->chart()->setTitle(tr("Attempts per day, by outcome"));
    m_reasons->chart()->setTitle(tr("Most frequent reasons"));
    for (QChartView* view : {m_perDay, m_reasons}) // Tab reaches the charts: announced by their titles
        view->setAccessibleName(view->chart()->title());
    m_reasons->chart()->legend()->hide();
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_perDay, 3);
    layout->addWidget(m_reasons, 2);
}

void HistoryCharts::setAttempts(const QList<CancelAttempt>& attempts)
{
    QList<HistoryStats::Day> days = HistoryStats::perDay(attempts);
    if (QGuiApplication::layoutDirection() == Qt::RightToLeft)
        std::reverse(days.begin(), days.end()); // the first day on the right, where reading starts
    auto* stacked = new QStackedBarSeries();
    QStringList dayLabels;
    int busiest = 0;
    for (const HistoryStats::Day& day : days) {
        dayLabels << QLocale().toString(day.date, u"ddd d MMM"_s);
        busiest = std::max(busiest, day.total());
    }
    for (const QString& outcome : HistoryStats::outcomeKeys()) {
        auto* set = new QBarSet(HistoryModel::outcomeLabel(outcome));
        bool any = false;
        for (const HistoryStats::Day& day : days) {
            const int n = day.byOutcome.value(outcome);
            any = any || n > 0;
            *set << n;
        }
        if (any)
            stacked->append(set);
        else
            delete set;
    }
    replaceSeries(m_perDay->chart(), stacked, dayLabels, busiest, false);

    const QList<HistoryStats::ReasonCount> reasons = HistoryStats::topReasons(attempts, TopReasons);
    auto* bars = new QHorizontalBarSeries();
    auto* set = new QBarSet(tr("Attempts"));
    QStringList reasonLabels;
    int most = 0;
    // Bottom to top on the axis: least frequent first, so the most frequent stands on top.
    for (auto it = reasons.crbegin(); it != reasons.crend(); ++it) {
        reasonLabels << it->reason;
        *set << it->count;
        most = std::max(most, it->count);
    }
    bars->append(set);
    replaceSeries(m_reasons->chart(), bars, reasonLabels, most, true);
}

} // namespace OrderDesk
