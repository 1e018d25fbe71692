#include "attemptdetail.h"

#include "domain/subscriptioncancelreason.h"
#include "itemmodels/historymodel.h"

#include <QLocale>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

QString AttemptDetail::html(const CancelAttempt& a)
{
    const QLocale locale;
    const auto when = [&locale](const QDateTime& t) {
        return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::LongFormat) : QString();
    };
    QString html = u"<table>"_s;
    const auto add = [&html](const QString& label, const QString& value) {
        if (!value.isEmpty())
            html += u"<tr><th align=left valign=top>%1</th><td>%2</td></tr>"_s.arg(label.toHtmlEscaped(),
                                                                                   value.toHtmlEscaped());
    };
    add(tr("Order"), a.orderId);
    if (a.isSubscription()) {
        add(tr("Cancelled"), tr("One subscription of the order"));
        add(tr("Subscription"), a.subscriptionId);
    }
    add(tr("Customer"), a.customer);
    const auto joined = [](const QStringList& parts) {
        QStringList present;
        for (const QString& p : parts)
            if (!p.isEmpty())
                present << p;
        return present.join(u" · "_s);
    };
    add(tr("Account"), joined({a.accountId, a.platform, a.baseUrl}));
    add(tr("Agent"),
        joined({a.agent, a.machine, a.appVersion.isEmpty() ? QString() : tr("OrderDesk %1").arg(a.appVersion)}));
    add(tr("Started"), when(a.startedAt));
    add(tr("Completed"), when(a.completedAt));
    add(tr("Before"), joined({a.statusBefore, a.progressBefore}));
    if (a.isSubscription()) {
        const auto value = SubscriptionCancelReason::fromApiValue(a.reasonPreset);
        add(tr("Reason"), value ? tr("%1 (sent as %2)").arg(SubscriptionCancelReason::label(*value), a.reasonPreset)
                                : a.reasonPreset);
        add(tr("Notes"), a.notes);
    } else {
        add(tr("Reason"), a.reasonText);
    }
    add(tr("Outcome"), HistoryModel::outcomeLabel(a.outcome));
    add(tr("Re-read status"), a.reReadStatus);
    add(tr("HTTP status"), a.httpStatus ? QString::number(a.httpStatus) : QString());
    add(tr("Error code"), a.errorCode);
    add(tr("Message"), a.message);
    add(tr("Platform's message"), a.platformMessage);
    add(tr("Asset flagged for collection"), a.assetSerial);
    add(tr("Bulk run"), a.batchId);
    if (a.reasonNotTaken)
        add(tr("Reason not taken by the platform"),
            tr("The platform did not take the reason; the cancel was sent without it"));
    return html + u"</table>"_s;
}

} // namespace OrderDesk
