#include "historystats.h"

#include "domain/cancellationpolicy.h"
#include "domain/subscriptioncancelreason.h"

#include <QHash>

#include <algorithm>

namespace OrderDesk::HistoryStats {

using namespace Qt::Literals::StringLiterals;

int Day::total() const
{
    int n = 0;
    for (int v : byOutcome)
        n += v;
    return n;
}

QList<Day> perDay(const QList<CancelAttempt>& attempts)
{
    QMap<QDate, Day> days;
    for (const CancelAttempt& a : attempts) {
        const QDate date = a.startedAt.toLocalTime().date();
        if (!date.isValid())
            continue;
        Day& day = days[date];
        day.date = date;
        ++day.byOutcome[a.outcome];
    }
    QList<Day> out;
    if (days.isEmpty())
        return out;
    for (QDate d = days.firstKey(); d <= days.lastKey(); d = d.addDays(1))
        out << days.value(d, Day{d, {}});
    return out;
}

QList<ReasonCount> topReasons(const QList<CancelAttempt>& attempts, int limit)
{
    QHash<QString, QString> labels;
    for (auto p : {CancelReason::Preset::CustomerChangedMind, CancelReason::Preset::CreatedInError,
                   CancelReason::Preset::ItemsUnavailable, CancelReason::Preset::Duplicate})
        labels.insert(CancelReason::presetKey(p), CancelReason::presetLabel(p));
    // A subscription's reason is FlexPortal's API value; its notes are free text, not counted.
    QHash<QString, QString> subscriptionLabels;
    for (SubscriptionCancelReason::Value v : SubscriptionCancelReason::values())
        subscriptionLabels.insert(SubscriptionCancelReason::apiValue(v), SubscriptionCancelReason::label(v));
    QHash<QString, int> counts;
    for (const CancelAttempt& a : attempts) {
        // Free-text reasons differ in every word: they count together as "Other".
        const QHash<QString, QString>& known = a.isSubscription() ? subscriptionLabels : labels;
        ++counts[known.value(a.reasonPreset, CancelReason::presetLabel(CancelReason::Preset::Other))];
    }
    QList<ReasonCount> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out << ReasonCount{it.key(), it.value()};
    std::sort(out.begin(), out.end(), [](const ReasonCount& a, const ReasonCount& b) {
        return a.count != b.count ? a.count > b.count : a.reason < b.reason;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

QStringList outcomeKeys()
{
    return {u"cancelled"_s, u"already-cancelled"_s, u"already-ended"_s, u"refused"_s,
            u"failed"_s,    u"unknown"_s,           u"pending"_s};
}

} // namespace OrderDesk::HistoryStats
