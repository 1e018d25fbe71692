#include "cancellationpolicy.h"

#include <QCoreApplication>

#include <algorithm>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

namespace {

QString translated(const char* text, int n = -1)
{
    return QCoreApplication::translate("CancellationPolicy", text, nullptr, n);
}

CancelVerdict allow()
{
    return {true, {}};
}

CancelVerdict refuse(QString why)
{
    return {false, std::move(why)};
}

// "Cancel a pending or submitted order" (the cancel page): `submitted` is the page's own word for
// the order, `submitted_to_provider` the status the other pages use for the same stage.
bool isOfferGridCancellableStatus(QStringView s)
{
    return s == u"pending" || s == u"submitted" || s == u"submitted_to_provider";
}

// An item still waiting for its provider. The item statuses are documented (OrderItemStatus) and
// have no plain `submitted`: an item in it is of a status OrderDesk does not know, and blocks.
bool isOfferGridOpenItemStatus(QStringView s)
{
    return s == u"pending" || s == u"submitted_to_provider";
}

// Items that ended without a provider's acceptance: not an acceptance, so they do not block.
bool isOfferGridEndedUnaccepted(QStringView s)
{
    return s == u"rejected" || s == u"failed" || s == u"cancelled";
}

bool isKnownOfferGridStatus(QStringView s)
{
    return isOfferGridCancellableStatus(s) || isOfferGridAcceptedOrBeyond(s) || isOfferGridEndedUnaccepted(s);
}

QString itemLabel(const OrderLine& line, int index)
{
    // Items are numbered for people from 1; the offer name helps the agent find it.
    const QString number = QString::number(index + 1);
    const QString& offer = line.offerGrid().offerName;
    return offer.isEmpty() ? translated(QT_TRANSLATE_NOOP("CancellationPolicy", "item %1")).arg(number)
                           : translated(QT_TRANSLATE_NOOP("CancellationPolicy", "item %1 (%2)")).arg(number, offer);
}

QString providerLabel(const OrderLine& line)
{
    const QString& provider = line.offerGrid().providerName;
    return provider.isEmpty() ? translated(QT_TRANSLATE_NOOP("CancellationPolicy", "The provider"))
                              : translated(QT_TRANSLATE_NOOP("CancellationPolicy", "Provider %1")).arg(provider);
}

} // namespace

CancelVerdict CancellationPolicy::evaluate(const Order& order)
{
    return order.platform == Platform::FlexPortal ? evaluateFlexPortal(order) : evaluateOfferGrid(order);
}

CancelVerdict CancellationPolicy::evaluateFlexPortal(const Order& order)
{
    const QString& s = order.status;
    const Progress rented = order.rentalProgress;
    if (s == u"cancelled")
        return refuse(translated(QT_TRANSLATE_NOOP("CancellationPolicy", "Already cancelled.")));
    if (s == u"partial" || s == u"fulfilled") {
        if (rented.done > 0) {
            return refuse(translated(QT_TRANSLATE_NOOP(
                                         "CancellationPolicy",
                                         "%1 of %2 devices are already rented; cancel their subscriptions instead."))
                              .arg(rented.done)
                              .arg(rented.total));
        }
        return refuse(
            s == u"partial"
                ? translated(QT_TRANSLATE_NOOP("CancellationPolicy",
                                               "The order is partly fulfilled; cancel its subscriptions instead."))
                : translated(QT_TRANSLATE_NOOP("CancellationPolicy",
                                               "The order is fulfilled; cancel its subscriptions instead.")));
    }
    if (s == u"pending" || s == u"confirmed") {
        if (rented.done > 0) {
            return refuse(
                translated(
                    QT_TRANSLATE_NOOP("CancellationPolicy",
                                      "The order says \"%1\" but %2 of %3 devices are already rented. The data is "
                                      "inconsistent, so OrderDesk will not cancel it; check the order in FlexPortal."))
                    .arg(s)
                    .arg(rented.done)
                    .arg(rented.total));
        }
        for (const OrderLine& line : order.lines) {
            if (!line.rentalIds.isEmpty()) {
                return refuse(
                    translated(QT_TRANSLATE_NOOP(
                                   "CancellationPolicy",
                                   "The order says \"%1\" but line %2 already has subscriptions. The data is "
                                   "inconsistent, so OrderDesk will not cancel it; check the order in FlexPortal."))
                        .arg(s, line.productName.isEmpty() ? line.sku : line.productName));
            }
        }
        if (!order.rentalIds.isEmpty()) {
            return refuse(
                translated(
                    QT_TRANSLATE_NOOP("CancellationPolicy",
                                      "The order says \"%1\" but already has subscriptions (%2). The data is "
                                      "inconsistent, so OrderDesk will not cancel it; check the order in FlexPortal."))
                    .arg(s, order.rentalIds.join(u", ")));
        }
        return allow();
    }
    if (s.isEmpty())
        return refuse(translated(QT_TRANSLATE_NOOP(
            "CancellationPolicy", "The order has no status, so OrderDesk cannot tell whether it may be cancelled.")));
    return refuse(
        translated(
            QT_TRANSLATE_NOOP("CancellationPolicy",
                              "The order has the status \"%1\", which OrderDesk does not know; it will not cancel it."))
            .arg(s));
}

CancelVerdict CancellationPolicy::evaluateOfferGrid(const Order& order)
{
    // The page: "Cancel a pending or submitted order. Orders can only be cancelled if they have not
    // been accepted by providers."
    const QString& s = order.status;
    if (s == u"cancelled")
        return refuse(translated(QT_TRANSLATE_NOOP("CancellationPolicy", "Already cancelled.")));
    if (!s.isEmpty() && !isKnownOfferGridStatus(s))
        return refuse(
            translated(QT_TRANSLATE_NOOP(
                           "CancellationPolicy",
                           "The order has the status \"%1\", which OrderDesk does not know; it will not cancel it."))
                .arg(s));

    // Name every item that blocks the cancel, with its provider, so the agent knows whom to call.
    // Rejected, failed and cancelled items were never accepted: they do not block.
    QStringList blockers;
    for (int i = 0; i < order.lines.size(); ++i) {
        const OrderLine& line = order.lines.at(i);
        const QString& st = line.offerGrid().itemStatus;
        if (isOfferGridOpenItemStatus(st) || isOfferGridEndedUnaccepted(st))
            continue;
        const QString item = itemLabel(line, i);
        if (st == u"accepted")
            blockers << translated(QT_TRANSLATE_NOOP("CancellationPolicy", "%1 has accepted %2"))
                            .arg(providerLabel(line), item);
        else if (st == u"scheduled")
            blockers << translated(QT_TRANSLATE_NOOP("CancellationPolicy", "%1 has scheduled %2"))
                            .arg(providerLabel(line), item);
        else if (st == u"in_progress")
            blockers << translated(QT_TRANSLATE_NOOP("CancellationPolicy", "%1 is installing %2"))
                            .arg(providerLabel(line), item);
        else if (st == u"completed" || st == u"active")
            blockers << translated(
                            QT_TRANSLATE_NOOP("CancellationPolicy",
                                              "%1 is already live with %2; the customer cancels it with the provider"))
                            .arg(providerLabel(line), item);
        else if (st.isEmpty())
            blockers << translated(QT_TRANSLATE_NOOP(
                                       "CancellationPolicy",
                                       "%1 has no status, so OrderDesk cannot tell whether a provider accepted it"))
                            .arg(item);
        else
            blockers << translated(
                            QT_TRANSLATE_NOOP(
                                "CancellationPolicy",
                                "%1 has the status \"%2\", which OrderDesk does not know, so it cannot tell whether a "
                                "provider accepted it"))
                            .arg(item, st);
    }
    if (!blockers.isEmpty())
        return refuse(
            translated(QT_TRANSLATE_NOOP("CancellationPolicy",
                                         "OfferGrid cancels an order only while no provider has accepted it: %1."))
                .arg(blockers.join(u"; ")));

    if (s == u"rejected" || s == u"failed")
        return refuse(
            translated(QT_TRANSLATE_NOOP("CancellationPolicy",
                                         "The order is \"%1\"; OfferGrid cancels only pending or submitted orders."))
                .arg(s));
    if (!s.isEmpty() && !isOfferGridCancellableStatus(s)) {
        return refuse(translated(QT_TRANSLATE_NOOP(
                                     "CancellationPolicy",
                                     "The order is \"%1\" although none of its items is; the data is inconsistent, so "
                                     "OrderDesk will not cancel it."))
                          .arg(s));
    }
    if (s.isEmpty() && order.lines.isEmpty())
        return refuse(translated(QT_TRANSLATE_NOOP(
            "CancellationPolicy",
            "The order has no status and no items, so OrderDesk cannot tell whether it may be cancelled.")));
    if (s.isEmpty()) {
        // Without an order status the items tell: at least one must still be waiting for its provider.
        const bool anyOpen = std::any_of(order.lines.cbegin(), order.lines.cend(), [](const OrderLine& line) {
            return isOfferGridOpenItemStatus(line.offerGrid().itemStatus);
        });
        if (!anyOpen)
            return refuse(translated(
                QT_TRANSLATE_NOOP("CancellationPolicy",
                                  "Every item of the order has ended (rejected, failed or cancelled); there is nothing "
                                  "left to cancel.")));
    }
    return allow();
}

QString CancelReason::toRequestText() const
{
    const QString own = text.trimmed();
    if (preset == Preset::Other)
        return own;
    const QString label = presetLabel(preset);
    return own.isEmpty() ? label : label + u": "_s + own;
}

bool CancelReason::isValid() const
{
    const QString t = toRequestText();
    return !t.isEmpty() && t.size() <= MaxLength;
}

QString CancelReason::presetKey(Preset preset)
{
    switch (preset) {
    case Preset::CustomerChangedMind:
        return u"customer-changed-mind"_s;
    case Preset::CreatedInError:
        return u"created-in-error"_s;
    case Preset::ItemsUnavailable:
        return u"items-unavailable"_s;
    case Preset::Duplicate:
        return u"duplicate"_s;
    case Preset::Other:
        break;
    }
    return u"other"_s;
}

QString CancelReason::presetLabel(Preset preset)
{
    switch (preset) {
    case Preset::CustomerChangedMind:
        return translated(QT_TRANSLATE_NOOP("CancellationPolicy", "Customer changed their mind"));
    case Preset::CreatedInError:
        return translated(QT_TRANSLATE_NOOP("CancellationPolicy", "Order created in error"));
    case Preset::ItemsUnavailable:
        return translated(QT_TRANSLATE_NOOP("CancellationPolicy", "Items no longer available"));
    case Preset::Duplicate:
        return translated(QT_TRANSLATE_NOOP("CancellationPolicy", "Duplicate order"));
    case Preset::Other:
        break;
    }
    return translated(QT_TRANSLATE_NOOP("CancellationPolicy", "Other"));
}

} // namespace OrderDesk
