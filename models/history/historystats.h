#pragma once

#include "history/cancelattempt.h"

#include <QDate>
#include <QList>
#include <QMap>

namespace OrderDesk::HistoryStats {

// Attempts of one local calendar day, counted by outcome.
struct Day
{
    QDate date;
    QMap<QString, int> byOutcome; // outcome key -> attempts
    int total() const;
};

// One entry per day from the first to the last attempt (days without attempts included, so a
// chart's axis has no gaps), in local time.
QList<Day> perDay(const QList<CancelAttempt>& attempts);

struct ReasonCount
{
    QString reason; // the preset's label; every free-text reason counts as "Other"
    int count = 0;
};
// The `limit` most frequent reasons, most frequent first; ties by name.
QList<ReasonCount> topReasons(const QList<CancelAttempt>& attempts, int limit);

// Every outcome key, in the order charts stack them.
QStringList outcomeKeys();

} // namespace OrderDesk::HistoryStats
