#include "attemptlabels.h"

#include "domain/subscriptioncancelreason.h"

#include <QCoreApplication>

namespace OrderDesk::AttemptLabels {

namespace {
// The history window's words: one translation context wherever an attempt is shown or exported.
QString translated(const char* text)
{
    return QCoreApplication::translate("OrderDesk::HistoryModel", text);
}
} // namespace

QString outcome(const QString& key)
{
    if (key == u"cancelled")
        return translated(QT_TRANSLATE_NOOP("OrderDesk::HistoryModel", "Cancelled"));
    if (key == u"already-cancelled")
        return translated(QT_TRANSLATE_NOOP("OrderDesk::HistoryModel", "Already cancelled"));
    if (key == u"already-ended")
        return translated(QT_TRANSLATE_NOOP("OrderDesk::HistoryModel", "Already ended"));
    if (key == u"refused")
        return translated(QT_TRANSLATE_NOOP("OrderDesk::HistoryModel", "Refused"));
    if (key == u"failed")
        return translated(QT_TRANSLATE_NOOP("OrderDesk::HistoryModel", "Failed (not sent)"));
    if (key == u"unknown")
        return translated(QT_TRANSLATE_NOOP("OrderDesk::HistoryModel", "Outcome unknown"));
    if (key == u"pending")
        return translated(QT_TRANSLATE_NOOP("OrderDesk::HistoryModel", "Pending"));
    return key;
}

QString reason(const CancelAttempt& a)
{
    if (!a.isSubscription())
        return a.reasonText;
    const std::optional<SubscriptionCancelReason::Value> value = SubscriptionCancelReason::fromApiValue(a.reasonPreset);
    const QString label = value ? SubscriptionCancelReason::label(*value) : a.reasonPreset;
    return a.notes.isEmpty() ? label
                             : translated(QT_TRANSLATE_NOOP("OrderDesk::HistoryModel", "%1: %2")).arg(label, a.notes);
}

} // namespace OrderDesk::AttemptLabels
