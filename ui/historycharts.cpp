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
#include <QMap>
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

// The per-day chart in words, for a screen reader: the span, the attempts by outcome, the busiest day.
QString describeDays(const QList<HistoryStats::Day>& days)
{
    int total = 0;
    QMap<QString, int> byOutcome;
    const HistoryStats::Day* busiest = nullptr;
    for (const HistoryStats::Day& day : days) {
        total += day.total();
        for (auto it = day.byOutcome.cbegin(); it != day.byOutcome.cend(); ++it)
            byOutcome[it.key()] += it.value();
        if (!busiest || day.total() > busiest->total())
            busiest = &day;
    }
    if (total == 0)
        return HistoryCharts::tr("No attempts are shown.");
    const QLocale locale;
    const auto date = [&locale](const QDate& d) { return locale.toString(d, QLocale::LongFormat); };
    QStringList parts;
    for (const QString& outcome : HistoryStats::outcomeKeys())
        if (const int n = byOutcome.value(outcome))
            parts << HistoryCharts::tr("%1: %2", "an outcome and its number of attempts")
                         .arg(HistoryModel::outcomeLabel(outcome), locale.toString(n));
    QStringList sentences;
    sentences << (days.size() == 1 ? HistoryCharts::tr("%n attempt(s) on %1.", "", total).arg(date(days.first().date))
                                   : HistoryCharts::tr("%n attempt(s) from %1 to %2.", "", total)
                                         .arg(date(days.first().date), date(days.last().date)));
    sentences << HistoryCharts::tr("By outcome: %1.").arg(locale.createSeparatedList(parts));
    if (days.size() > 1)
        sentences
            << HistoryCharts::tr("Busiest day: %1, with %n attempt(s).", "", busiest->total()).arg(date(busiest->date));
    return sentences.join(u' ');
}

// The reasons chart in words: the most frequent reason with its count, then the others in order.
QString describeReasons(const QList<HistoryStats::ReasonCount>& reasons)
{
    if (reasons.isEmpty())
        return HistoryCharts::tr("No attempts are shown.");
    const QLocale locale;
    QString text = HistoryCharts::tr("Most frequent reason: %1, with %n attempt(s).", "", reasons.first().count)
                       .arg(reasons.first().reason);
    QStringList others;
    for (qsizetype i = 1; i < reasons.size(); ++i)
        others << HistoryCharts::tr("%1 (%2)", "a reason and its number of attempts")
                      .arg(reasons.at(i).reason, locale.toString(reasons.at(i).count));
    if (!others.isEmpty())
        text += u' ' + HistoryCharts::tr("Then: %1.").arg(locale.createSeparatedList(others));
    return text;
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
    setAttempts({}); // "No attempts are shown." until the history is read
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_perDay, 3);
    layout->addWidget(m_reasons, 2);
}

void HistoryCharts::setAttempts(const QList<CancelAttempt>& attempts)
{
    QList<HistoryStats::Day> days = HistoryStats::perDay(attempts);
    // What the bars show, in words: a screen reader has the chart's title (its name) and this.
    m_perDay->setAccessibleDescription(describeDays(days));
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
    m_reasons->setAccessibleDescription(describeReasons(reasons));
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
