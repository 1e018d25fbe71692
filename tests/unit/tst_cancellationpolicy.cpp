// The cancellation rules of DECISIONS.md over every status of both platforms and the inconsistent
// orders a real server may still send; the stage and provider progress derived from the statuses; and
// the reason an agent must give before any cancel.
#include "domain/cancellationpolicy.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(OrderDesk::Order)
Q_DECLARE_METATYPE(OrderDesk::CancelReason::Preset)

namespace {

// A FlexPortal order of `total` devices on two lines, `rented` of them with a subscription.
Order flexPortal(const QString& status, int rented = 0, int total = 5)
{
    Order o;
    o.platform = Platform::FlexPortal;
    o.id = u"ord_1"_s;
    o.status = status;
    OrderLine mac;
    mac.sku = u"MBP14"_s;
    mac.productName = u"MacBook Pro 14"_s;
    mac.quantity = total - 1;
    OrderLine phone;
    phone.sku = u"IP15"_s;
    phone.productName = u"iPhone 15"_s;
    phone.quantity = 1;
    for (int n = 0; n < rented; ++n)
        mac.rentalIds << u"sub_%1"_s.arg(n + 1);
    o.lines = {mac, phone};
    o.rentalIds = mac.rentalIds;
    o.rentalProgress = {rented, total};
    return o;
}

Order withoutLines(Order o)
{
    o.lines.clear();
    return o;
}

// A subscription on line `line` that the order's counters and status know nothing of.
Order withRentalOnLine(Order o, int line, bool unnamed = false)
{
    o.lines[line].rentalIds = QStringList{u"sub_9"_s};
    if (unnamed)
        o.lines[line].productName.clear();
    return o;
}

Order withOrderRentalIds(Order o, const QStringList& ids)
{
    o.rentalIds = ids;
    return o;
}

OrderLine offerItem(const QString& status, const QString& offerName = u"Fiber 1000"_s,
                    const QString& providerName = u"Acme Fiber"_s)
{
    OrderLine l;
    l.editOfferGrid().itemId = u"it-"_s + offerName;
    l.editOfferGrid().offerName = offerName;
    l.editOfferGrid().providerName = providerName;
    l.editOfferGrid().itemStatus = status;
    l.quantity = 1;
    return l;
}

Order offerGrid(const QString& status, const QList<OrderLine>& items)
{
    Order o;
    o.platform = Platform::OfferGrid;
    o.id = u"ord-1"_s;
    o.status = status;
    o.lines = items;
    return o;
}

const QStringList flexPortalStatuses{u"pending"_s, u"confirmed"_s, u"partial"_s, u"fulfilled"_s, u"cancelled"_s};
const QStringList offerGridStatuses{u"pending"_s,     u"submitted"_s, u"submitted_to_provider"_s,
                                    u"accepted"_s,    u"rejected"_s,  u"scheduled"_s,
                                    u"in_progress"_s, u"completed"_s, u"active"_s,
                                    u"cancelled"_s,   u"failed"_s};

} // namespace

class TestCancellationPolicy : public QObject
{
    Q_OBJECT

private:
    static void addVerdictColumns()
    {
        QTest::addColumn<Order>("order");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QStringList>("mentions");    // each must appear in the explanation
        QTest::addColumn<QStringList>("mustNotName"); // none may appear in it
    }

    static void verifyVerdict()
    {
        QFETCH(Order, order);
        QFETCH(bool, allowed);
        QFETCH(QStringList, mentions);
        QFETCH(QStringList, mustNotName);
        const CancelVerdict verdict = CancellationPolicy::evaluate(order);
        QCOMPARE(verdict.allowed, allowed);
        if (allowed) {
            QVERIFY2(verdict.explanation.isEmpty(), qPrintable(verdict.explanation));
            return;
        }
        QVERIFY2(!verdict.explanation.trimmed().isEmpty(), "a refusal must say why");
        for (const QString& m : mentions)
            QVERIFY2(verdict.explanation.contains(m),
                     qPrintable(u"missing \"%1\" in: %2"_s.arg(m, verdict.explanation)));
        for (const QString& m : mustNotName)
            QVERIFY2(!verdict.explanation.contains(m),
                     qPrintable(u"should not name \"%1\" in: %2"_s.arg(m, verdict.explanation)));
    }

private slots:
    // --- FlexPortal ---------------------------------------------------------------------------------------------

    void evaluate_flexPortalOrder_followsStatusAndRentals_data()
    {
        addVerdictColumns();
        const QStringList none;

        QTest::newRow("pending, nothing rented") << flexPortal(u"pending"_s) << true << none << none;
        QTest::newRow("confirmed, nothing rented") << flexPortal(u"confirmed"_s) << true << none << none;
        QTest::newRow("pending without lines") << withoutLines(flexPortal(u"pending"_s, 0, 0)) << true << none << none;
        QTest::newRow("partial, 2 of 5 rented")
            << flexPortal(u"partial"_s, 2, 5) << false << QStringList{u"2 of 5 devices"_s, u"subscriptions"_s} << none;
        QTest::newRow("partial, counters say nothing rented")
            << flexPortal(u"partial"_s, 0, 5) << false << QStringList{u"partly fulfilled"_s, u"subscriptions"_s}
            << none;
        QTest::newRow("fulfilled, 5 of 5 rented") << flexPortal(u"fulfilled"_s, 5, 5) << false
                                                  << QStringList{u"5 of 5 devices"_s, u"subscriptions"_s} << none;
        QTest::newRow("fulfilled, counters say nothing rented")
            << flexPortal(u"fulfilled"_s, 0, 5) << false << QStringList{u"fulfilled"_s, u"subscriptions"_s} << none;
        QTest::newRow("cancelled") << flexPortal(u"cancelled"_s) << false << QStringList{u"Already cancelled"_s}
                                   << none;

        // Inconsistent data: the status says cancellable, the counters or lines say otherwise.
        QTest::newRow("confirmed with 2 of 5 rented")
            << flexPortal(u"confirmed"_s, 2, 5) << false
            << QStringList{u"\"confirmed\""_s, u"2 of 5 devices"_s, u"inconsistent"_s} << none;
        QTest::newRow("pending with 1 of 3 rented")
            << flexPortal(u"pending"_s, 1, 3) << false
            << QStringList{u"\"pending\""_s, u"1 of 3 devices"_s, u"inconsistent"_s} << none;
        QTest::newRow("pending with rentalIds on a line")
            << withRentalOnLine(flexPortal(u"pending"_s), 1) << false
            << QStringList{u"\"pending\""_s, u"iPhone 15"_s, u"subscriptions"_s, u"inconsistent"_s}
            << QStringList{u"MacBook"_s};
        QTest::newRow("pending with rentalIds on a line without a name")
            << withRentalOnLine(flexPortal(u"pending"_s), 1, true) << false
            << QStringList{u"IP15"_s, u"subscriptions"_s} << none;
        QTest::newRow("confirmed with rentalIds on the order only")
            << withOrderRentalIds(flexPortal(u"confirmed"_s), {u"sub_7"_s, u"sub_8"_s}) << false
            << QStringList{u"\"confirmed\""_s, u"sub_7"_s, u"sub_8"_s, u"inconsistent"_s} << none;
        QTest::newRow("unknown status") << flexPortal(u"on_hold"_s) << false << QStringList{u"\"on_hold\""_s} << none;
        QTest::newRow("status in other letter case is unknown")
            << flexPortal(u"Pending"_s) << false << QStringList{u"\"Pending\""_s} << none;
        QTest::newRow("empty status") << flexPortal(QString()) << false << QStringList{u"no status"_s} << none;
    }

    void evaluate_flexPortalOrder_followsStatusAndRentals() { verifyVerdict(); }

    // --- OfferGrid ----------------------------------------------------------------------------------------------

    void evaluate_offerGridOrder_followsEveryItem_data()
    {
        addVerdictColumns();
        const QStringList none;
        const auto cancellableStatus = [](const QString& status) {
            return status == u"pending" || status == u"submitted" || status == u"submitted_to_provider";
        };

        // The order and its one item in the same status. The page: "Cancel a pending or submitted
        // order. Orders can only be cancelled if they have not been accepted by providers."
        const QHash<QString, QStringList> why{
            {u"accepted"_s, {u"Acme Fiber"_s, u"accepted"_s, u"item 1 (Fiber 1000)"_s}},
            {u"rejected"_s, {u"\"rejected\""_s, u"pending or submitted"_s}},
            {u"scheduled"_s, {u"Acme Fiber"_s, u"scheduled"_s, u"item 1 (Fiber 1000)"_s}},
            {u"in_progress"_s, {u"Acme Fiber"_s, u"installing"_s, u"item 1 (Fiber 1000)"_s}},
            {u"completed"_s, {u"Acme Fiber"_s, u"already live"_s, u"with the provider"_s}},
            {u"active"_s, {u"Acme Fiber"_s, u"already live"_s, u"with the provider"_s}},
            {u"cancelled"_s, {u"Already cancelled"_s}},
            {u"failed"_s, {u"\"failed\""_s, u"pending or submitted"_s}},
        };
        for (const QString& status : offerGridStatuses) {
            if (status == u"submitted")
                continue; // an order's word only: see "order submitted, item submitted" below
            QTest::addRow("order and item %s", qPrintable(status))
                << offerGrid(status, {offerItem(status)}) << cancellableStatus(status) << why.value(status) << none;
        }
        // `submitted` is the page's word for an order; the documented item statuses have no such value.
        QTest::newRow("order submitted, item submitted")
            << offerGrid(u"submitted"_s, {offerItem(u"submitted"_s)}) << false
            << QStringList{u"item 1"_s, u"\"submitted\""_s, u"does not know"_s} << none;
        // Only the items tell the state: the order-level status is undocumented and may be absent.
        for (const QString& status : offerGridStatuses) {
            QStringList mentions = why.value(status);
            if (status == u"cancelled" || status == u"rejected" || status == u"failed")
                mentions = QStringList{u"Every item of the order has ended"_s};
            if (status == u"submitted")
                mentions = QStringList{u"\"submitted\""_s, u"does not know"_s};
            QTest::addRow("item %s, no order status", qPrintable(status))
                << offerGrid(QString(), {offerItem(status)}) << (cancellableStatus(status) && status != u"submitted")
                << mentions << none;
        }

        // The page's own word for the order's status.
        QTest::newRow("order submitted, item pending")
            << offerGrid(u"submitted"_s, {offerItem(u"pending"_s)}) << true << none << none;
        QTest::newRow("order submitted, item submitted to provider")
            << offerGrid(u"submitted"_s, {offerItem(u"submitted_to_provider"_s)}) << true << none << none;
        QTest::newRow("pending and submitted items")
            << offerGrid(u"pending"_s, {offerItem(u"pending"_s), offerItem(u"submitted_to_provider"_s, u"TV"_s)})
            << true << none << none;
        // A rejection, a failure or a cancelled item is not an acceptance: it does not block.
        QTest::newRow("rejected item and pending item")
            << offerGrid(u"pending"_s, {offerItem(u"rejected"_s, u"TV"_s), offerItem(u"pending"_s)}) << true << none
            << none;
        QTest::newRow("failed item and submitted item")
            << offerGrid(u"submitted"_s,
                         {offerItem(u"failed"_s, u"TV"_s), offerItem(u"submitted_to_provider"_s, u"Fiber 1000"_s)})
            << true << none << none;
        QTest::newRow("order pending, one item cancelled")
            << offerGrid(u"pending"_s, {offerItem(u"pending"_s), offerItem(u"cancelled"_s, u"TV"_s)}) << true << none
            << none;
        QTest::newRow("rejected, failed and cancelled items, order pending")
            << offerGrid(u"pending"_s, {offerItem(u"rejected"_s), offerItem(u"failed"_s), offerItem(u"cancelled"_s)})
            << true << none << none;
        QTest::newRow("accepted item and pending item")
            << offerGrid(u"pending"_s, {offerItem(u"pending"_s, u"Green Energy"_s, u"GreenSpark Energy"_s),
                                        offerItem(u"accepted"_s, u"Fiber 1000"_s, u"Acme Fiber"_s)})
            << false << QStringList{u"no provider has accepted"_s, u"Acme Fiber has accepted item 2 (Fiber 1000)"_s}
            << QStringList{u"item 1"_s, u"GreenSpark"_s};
        QTest::newRow("several providers, every item state")
            << offerGrid(u"accepted"_s, {offerItem(u"pending"_s, u"Fiber 1000"_s, u"Acme Fiber"_s),
                                         offerItem(u"accepted"_s, u"Acme TV Plus"_s, u"Acme Fiber"_s),
                                         offerItem(u"scheduled"_s, u"Home Security Basic"_s, u"SafeHome Security"_s),
                                         offerItem(u"rejected"_s, u"Green Energy 12m"_s, u"GreenSpark Energy"_s),
                                         offerItem(u"failed"_s, u"StreamCo Max"_s, u"StreamCo"_s),
                                         offerItem(u"submitted_to_provider"_s, u"StreamCo Kids"_s, u"StreamCo"_s)})
            << false
            << QStringList{u"Acme Fiber has accepted item 2 (Acme TV Plus)"_s,
                           u"SafeHome Security has scheduled item 3 (Home Security Basic)"_s}
            << QStringList{u"item 1"_s,     u"item 4"_s,   u"item 5"_s,    u"item 6"_s,
                           u"Fiber 1000"_s, u"StreamCo"_s, u"GreenSpark"_s};
        QTest::newRow("order accepted, items all pending")
            << offerGrid(u"accepted"_s, {offerItem(u"pending"_s), offerItem(u"submitted_to_provider"_s, u"TV"_s)})
            << false << QStringList{u"\"accepted\""_s, u"inconsistent"_s} << none;
        QTest::newRow("unknown item status blocks and says so")
            << offerGrid(u"pending"_s, {offerItem(u"pending"_s), offerItem(u"on_hold"_s, u"TV"_s)}) << false
            << QStringList{u"item 2 (TV)"_s, u"\"on_hold\""_s, u"does not know"_s} << QStringList{u"item 1"_s};
        QTest::newRow("unknown item status next to a rejected one")
            << offerGrid(u"pending"_s, {offerItem(u"rejected"_s), offerItem(u"on_hold"_s, u"TV"_s)}) << false
            << QStringList{u"item 2 (TV)"_s, u"\"on_hold\""_s} << QStringList{u"item 1"_s};
        QTest::newRow("item without status") << offerGrid(u"pending"_s, {offerItem(QString())}) << false
                                             << QStringList{u"item 1"_s, u"no status"_s} << none;
        QTest::newRow("unknown order status")
            << offerGrid(u"paused"_s, {offerItem(u"pending"_s)}) << false << QStringList{u"\"paused\""_s} << none;
        QTest::newRow("order status in other letter case is unknown")
            << offerGrid(u"Submitted"_s, {offerItem(u"pending"_s)}) << false << QStringList{u"\"Submitted\""_s} << none;
        QTest::newRow("order cancelled, item still pending") << offerGrid(u"cancelled"_s, {offerItem(u"pending"_s)})
                                                             << false << QStringList{u"Already cancelled"_s} << none;
        QTest::newRow("accepted by a provider without a name")
            << offerGrid(u"pending"_s, {offerItem(u"accepted"_s, u"Fiber 1000"_s, QString())}) << false
            << QStringList{u"The provider has accepted item 1 (Fiber 1000)"_s} << none;
        QTest::newRow("accepted item without an offer name")
            << offerGrid(u"pending"_s, {offerItem(u"accepted"_s, QString())}) << false
            << QStringList{u"Acme Fiber has accepted item 1"_s} << QStringList{u"item 1 ("_s};
        QTest::newRow("empty items, order pending") << offerGrid(u"pending"_s, {}) << true << none << none;
        QTest::newRow("empty items, order submitted") << offerGrid(u"submitted"_s, {}) << true << none << none;
        QTest::newRow("empty items, order accepted")
            << offerGrid(u"accepted"_s, {}) << false << QStringList{u"\"accepted\""_s} << none;
        QTest::newRow("empty items, no order status")
            << offerGrid(QString(), {}) << false << QStringList{u"no status and no items"_s} << none;
    }

    void evaluate_offerGridOrder_followsEveryItem() { verifyVerdict(); }

    // --- Stage and progress -------------------------------------------------------------------------------------

    void stage_ofEveryStatus_data()
    {
        QTest::addColumn<Order>("order");
        QTest::addColumn<QString>("stage");

        const QHash<QString, QString> flexPortalStage{{u"pending"_s, u"open"_s},
                                                      {u"confirmed"_s, u"open"_s},
                                                      {u"partial"_s, u"in-fulfilment"_s},
                                                      {u"fulfilled"_s, u"done"_s},
                                                      {u"cancelled"_s, u"closed"_s}};
        for (const QString& status : flexPortalStatuses)
            QTest::addRow("FlexPortal %s", qPrintable(status)) << flexPortal(status) << flexPortalStage.value(status);
        QTest::newRow("FlexPortal unknown") << flexPortal(u"on_hold"_s) << u"unknown"_s;
        QTest::newRow("FlexPortal empty") << flexPortal(QString()) << u"unknown"_s;

        const QHash<QString, QString> offerGridStage{{u"pending"_s, u"open"_s},
                                                     {u"submitted"_s, u"open"_s},
                                                     {u"submitted_to_provider"_s, u"open"_s},
                                                     {u"accepted"_s, u"in-fulfilment"_s},
                                                     {u"scheduled"_s, u"in-fulfilment"_s},
                                                     {u"in_progress"_s, u"in-fulfilment"_s},
                                                     {u"completed"_s, u"done"_s},
                                                     {u"active"_s, u"done"_s},
                                                     {u"rejected"_s, u"closed"_s},
                                                     {u"cancelled"_s, u"closed"_s},
                                                     {u"failed"_s, u"closed"_s}};
        for (const QString& status : offerGridStatuses) {
            QTest::addRow("OfferGrid order %s", qPrintable(status))
                << offerGrid(status, {offerItem(u"pending"_s)}) << offerGridStage.value(status);
            QTest::addRow("OfferGrid item %s, no order status", qPrintable(status))
                << offerGrid(QString(), {offerItem(status)})
                << (status == u"submitted" ? u"unknown"_s : offerGridStage.value(status));
        }
        QTest::newRow("OfferGrid unknown order status") << offerGrid(u"paused"_s, {}) << u"unknown"_s;

        // Roll-up from the items when the order has no status.
        const auto items = [](const QStringList& statuses) {
            QList<OrderLine> lines;
            for (const QString& s : statuses)
                lines << offerItem(s, s);
            return offerGrid(QString(), lines);
        };
        QTest::newRow("roll-up: pending and submitted")
            << items({u"pending"_s, u"submitted_to_provider"_s}) << u"open"_s;
        QTest::newRow("roll-up: pending and accepted") << items({u"pending"_s, u"accepted"_s}) << u"in-fulfilment"_s;
        QTest::newRow("roll-up: active and scheduled") << items({u"active"_s, u"scheduled"_s}) << u"in-fulfilment"_s;
        QTest::newRow("roll-up: completed and rejected") << items({u"completed"_s, u"rejected"_s}) << u"done"_s;
        QTest::newRow("roll-up: pending and cancelled") << items({u"pending"_s, u"cancelled"_s}) << u"open"_s;
        QTest::newRow("roll-up: rejected, cancelled, failed")
            << items({u"rejected"_s, u"cancelled"_s, u"failed"_s}) << u"closed"_s;
        QTest::newRow("roll-up: no items") << items({}) << u"unknown"_s;
        // An item OrderDesk cannot read makes the whole order unknown, wherever it stands in the list.
        QTest::newRow("roll-up: unknown item first") << items({u"on_hold"_s, u"accepted"_s}) << u"unknown"_s;
        QTest::newRow("roll-up: unknown item last") << items({u"accepted"_s, u"on_hold"_s}) << u"unknown"_s;
        QTest::newRow("roll-up: item without status") << items({u"pending"_s, QString()}) << u"unknown"_s;
    }

    void stage_ofEveryStatus()
    {
        QFETCH(Order, order);
        QFETCH(QString, stage);
        QCOMPARE(stageKey(order.stage()), stage);
        QVERIFY(!stageName(order.stage()).isEmpty());
    }

    void providerProgress_countsAcceptedRejectedAndFailedItems_data()
    {
        QTest::addColumn<Order>("order");
        QTest::addColumn<int>("accepted");
        QTest::addColumn<int>("rejected");
        QTest::addColumn<int>("failed");
        QTest::addColumn<int>("total");

        QList<OrderLine> every;
        for (const QString& s : offerGridStatuses)
            every << offerItem(s, s);
        // accepted, scheduled, in_progress, completed, active count as accepted; cancelled only in the total.
        QTest::newRow("one item of every status")
            << offerGrid(QString(), every) << 5 << 1 << 1 << int(offerGridStatuses.size());
        QTest::newRow("all pending") << offerGrid(u"pending"_s,
                                                  {offerItem(u"pending"_s), offerItem(u"submitted_to_provider"_s)})
                                     << 0 << 0 << 0 << 2;
        QTest::newRow("no items") << offerGrid(u"pending"_s, {}) << 0 << 0 << 0 << 0;
        QTest::newRow("unknown item status counts in the total only")
            << offerGrid(QString(), {offerItem(u"on_hold"_s), offerItem(u"active"_s)}) << 1 << 0 << 0 << 2;
        QTest::newRow("FlexPortal has none") << flexPortal(u"partial"_s, 2, 5) << 0 << 0 << 0 << 0;
    }

    void providerProgress_countsAcceptedRejectedAndFailedItems()
    {
        QFETCH(Order, order);
        QFETCH(int, accepted);
        QFETCH(int, rejected);
        QFETCH(int, failed);
        QFETCH(int, total);
        const ProviderProgress p = order.providerProgress();
        QCOMPARE(p.accepted, accepted);
        QCOMPARE(p.rejected, rejected);
        QCOMPARE(p.failed, failed);
        QCOMPARE(p.total, total);
    }

    void progress_isRentalsForFlexPortalAndAcceptedItemsForOfferGrid()
    {
        QCOMPARE(flexPortal(u"partial"_s, 2, 5).progress(), (Progress{2, 5}));
        const Order og = offerGrid(QString(), {offerItem(u"accepted"_s), offerItem(u"pending"_s, u"TV"_s),
                                               offerItem(u"rejected"_s, u"Energy"_s)});
        QCOMPARE(og.progress(), (Progress{1, 3}));
        QVERIFY(!offerGrid(u"pending"_s, {}).progress().isKnown());
    }

    void rentalProgress_ofLine_countsRentalsUpToTheQuantity()
    {
        OrderLine line;
        line.quantity = 3;
        QCOMPARE(line.rentalProgress(), (Progress{0, 3}));
        line.rentalIds = QStringList{u"sub_1"_s, u"sub_2"_s};
        QCOMPARE(line.rentalProgress(), (Progress{2, 3}));
        line.rentalIds << u"sub_3"_s << u"sub_4"_s;
        QCOMPARE(line.rentalProgress(), (Progress{3, 3}));
    }

    // --- CancelReason -------------------------------------------------------------------------------------------

    void cancelReason_text_isValidFromOneTo1000Characters_data()
    {
        QTest::addColumn<CancelReason::Preset>("preset");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("requestText");

        using P = CancelReason::Preset;
        const QString label = CancelReason::presetLabel(P::CustomerChangedMind);
        QTest::newRow("empty") << P::Other << QString() << false << QString();
        QTest::newRow("whitespace only") << P::Other << u"  \t\n  "_s << false << QString();
        QTest::newRow("one character") << P::Other << u"x"_s << true << u"x"_s;
        QTest::newRow("trimmed") << P::Other << u"  Customer called  \n"_s << true << u"Customer called"_s;
        QTest::newRow("1000 characters") << P::Other << QString(1000, u'a') << true << QString(1000, u'a');
        QTest::newRow("1001 characters") << P::Other << QString(1001, u'a') << false << QString(1001, u'a');
        QTest::newRow("1000 characters inside whitespace")
            << P::Other << u"  "_s + QString(1000, u'a') + u"\n"_s << true << QString(1000, u'a');
        QTest::newRow("preset alone") << P::CustomerChangedMind << QString() << true << label;
        QTest::newRow("preset and whitespace") << P::CustomerChangedMind << u"   "_s << true << label;
        QTest::newRow("preset and text") << P::CustomerChangedMind << u" Found a cheaper offer "_s << true
                                         << label + u": Found a cheaper offer"_s;
        const QString fits(1000 - label.size() - 2, u'b');
        QTest::newRow("preset and text, 1000 in all")
            << P::CustomerChangedMind << fits << true << label + u": "_s + fits;
        QTest::newRow("preset and text, 1001 in all")
            << P::CustomerChangedMind << fits + u'b' << false << label + u": "_s + fits + u'b';
        QTest::newRow("preset and 1000 characters of text")
            << P::CustomerChangedMind << QString(1000, u'c') << false << label + u": "_s + QString(1000, u'c');
    }

    void cancelReason_text_isValidFromOneTo1000Characters()
    {
        QFETCH(CancelReason::Preset, preset);
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, requestText);
        CancelReason reason;
        reason.preset = preset;
        reason.text = text;
        QCOMPARE(reason.toRequestText(), requestText);
        QCOMPARE(reason.isValid(), valid);
    }

    void cancelReason_presets_haveStableKeysAndDistinctLabels()
    {
        using P = CancelReason::Preset;
        const QList<QPair<P, QString>> keys{{P::CustomerChangedMind, u"customer-changed-mind"_s},
                                            {P::CreatedInError, u"created-in-error"_s},
                                            {P::ItemsUnavailable, u"items-unavailable"_s},
                                            {P::Duplicate, u"duplicate"_s},
                                            {P::Other, u"other"_s}};
        QSet<QString> labels;
        for (const auto& [preset, key] : keys) {
            QCOMPARE(CancelReason::presetKey(preset), key);
            const QString label = CancelReason::presetLabel(preset);
            QVERIFY(!label.isEmpty());
            labels.insert(label);
        }
        QCOMPARE(labels.size(), keys.size());
        CancelReason duplicate;
        duplicate.preset = P::Duplicate;
        duplicate.text = u"see ord_2"_s;
        QCOMPARE(duplicate.toRequestText(), u"Duplicate order: see ord_2"_s);
    }
};

QTEST_GUILESS_MAIN(TestCancellationPolicy)
#include "tst_cancellationpolicy.moc"
