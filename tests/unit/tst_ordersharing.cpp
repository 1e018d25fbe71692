// The parts of an order held apart and shared between copies, to keep 100,000 orders small: an
// OrderLine's OfferGrid part and an order's addresses. A copy that is edited does not change the
// value it was copied from, what was never made reads blank, and equality is by value. And where
// the parts are kept: shared within an order (shareRepeatedText), kept by a row that takes a newer
// read (takeChanges).
#include "domain/order.h"

#include <QTest>

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

class TestOrderSharing : public QObject
{
    Q_OBJECT

private slots:
    void flexPortalLine_readsABlankOfferGridPart()
    {
        OrderLine line;
        line.sku = u"APL-MBP14-M3"_s;
        QVERIFY(line.offerGrid().itemId.isEmpty());
        QVERIFY(!line.offerGrid().scheduledFor.isValid());
        OrderLine made = line;
        made.editOfferGrid(); // made, but left blank
        QCOMPARE(made, line);
    }

    void editedCopy_leavesTheOriginalAlone()
    {
        OrderLine original;
        original.editOfferGrid().itemStatus = u"requested"_s;
        original.editOfferGrid().providerName = u"Acme Fiber"_s;
        OrderLine copy = original;
        QCOMPARE(copy, original);
        copy.editOfferGrid().itemStatus = u"cancelled"_s;
        QCOMPARE(original.offerGrid().itemStatus, u"requested"_s);
        QCOMPARE(copy.offerGrid().itemStatus, u"cancelled"_s);
        QCOMPARE(copy.offerGrid().providerName, u"Acme Fiber"_s);
        QVERIFY(!(copy == original));
    }

    void emptyAddress_holdsNothing()
    {
        SharedAddress address;
        QVERIFY(address->isEmpty());
        address = Address{u"Jan"_s, {}, u"Dorpsstraat 1"_s, {}, {}, u"Utrecht"_s, {}, {}, u"Netherlands"_s};
        QVERIFY(!address.isSharedWith(SharedAddress()));
        address = Address();
        QVERIFY(address.isSharedWith(SharedAddress())); // an empty address costs no allocation
        QCOMPARE(address, SharedAddress());
    }

    void editedAddressCopy_leavesTheOriginalAlone()
    {
        Order order;
        order.billingAddress = Address{u"Jan"_s, {}, u"Dorpsstraat 1"_s, {}, {}, u"Utrecht"_s, {}, {}, u"NL"_s};
        order.shippingAddress = order.billingAddress;
        QVERIFY(order.shippingAddress.isSharedWith(order.billingAddress));
        order.shippingAddress.edit().city = u"Amersfoort"_s;
        QVERIFY(!order.shippingAddress.isSharedWith(order.billingAddress));
        QCOMPARE(order.billingAddress->city, u"Utrecht"_s);
        QCOMPARE(order.shippingAddress->city, u"Amersfoort"_s);
        QCOMPARE(order.shippingAddress->street, u"Dorpsstraat 1"_s);
    }

    void equalAddresses_shareOneCopyAfterShareRepeatedText()
    {
        Order order;
        const auto address = [] {
            return Address{QString::fromUtf8("Jan"),
                           {},
                           QString::fromUtf8("Dorpsstraat 1"),
                           {},
                           {},
                           QString::fromUtf8("Utrecht"),
                           {},
                           {},
                           QString::fromUtf8("NL")};
        };
        order.billingAddress = address();
        order.shippingAddress = address();
        QVERIFY(!order.shippingAddress.isSharedWith(order.billingAddress));
        shareRepeatedText(order);
        QVERIFY(order.shippingAddress.isSharedWith(order.billingAddress));
        QCOMPARE(*order.shippingAddress, address());
    }

    void orderRentalIds_shareTheirLinesCopies()
    {
        Order order;
        OrderLine first;
        first.rentalIds = {QString::fromUtf8("sub_a"), QString::fromUtf8("sub_b")};
        OrderLine second;
        second.rentalIds = {QString::fromUtf8("sub_c")};
        order.lines = {first, second};
        order.rentalIds = {QString::fromUtf8("sub_c"), QString::fromUtf8("sub_a"), QString::fromUtf8("sub_x")};
        const Order before = order;
        shareRepeatedText(order);
        QCOMPARE(order, before);
        QVERIFY(order.rentalIds.at(0).isSharedWith(order.lines.at(1).rentalIds.at(0)));
        QVERIFY(order.rentalIds.at(1).isSharedWith(order.lines.at(0).rentalIds.at(0)));
        QCOMPARE(order.rentalIds.at(2), u"sub_x"_s); // no line has it: kept as it was
    }

    // A row takes a newer read after a cancel: it becomes equal to the read, in place, keeping its
    // own copy of every part that did not change and taking the read's copy of what did.
    void takeChanges_cancelledOrder_keepsTheRowsCopyOfWhatDidNotChange()
    {
        Order held = readAnew(u"requested"_s, u"pending"_s);
        const Order fresh = readAnew(u"cancelled"_s, u"cancelled"_s);
        QVERIFY(!fresh.customer.fullName.isSharedWith(held.customer.fullName));
        const QString fullName = held.customer.fullName;
        const QString email = held.customer.email;
        const QString transactionId = held.payment.transactionId;
        const QString providerName = held.lines.at(0).offerGrid().providerName;
        const QStringList rentalIds = held.rentalIds;
        const SharedAddress billing = held.billingAddress;
        const OrderLine* lineBlock = held.lines.constData();

        takeChanges(held, fresh);

        QCOMPARE(held, fresh);
        QVERIFY(held.customer.fullName.isSharedWith(fullName));
        QVERIFY(held.customer.email.isSharedWith(email));
        QVERIFY(held.payment.transactionId.isSharedWith(transactionId));
        QVERIFY(held.rentalIds.at(0).isSharedWith(rentalIds.at(0)));
        QVERIFY(held.billingAddress.isSharedWith(billing));
        QVERIFY(held.shippingAddress.isSharedWith(held.billingAddress)); // it was the billing one
        QCOMPARE(held.lines.constData(), lineBlock);                     // the line changed in place
        QVERIFY(held.lines.at(0).offerGrid().providerName.isSharedWith(providerName));
        // What changed is the read's.
        QVERIFY(held.status.isSharedWith(fresh.status));
        QVERIFY(held.lines.at(0).offerGrid().itemStatus.isSharedWith(fresh.lines.at(0).offerGrid().itemStatus));
    }

    void takeChanges_changedCustomerAddressAndLines_takesTheirNewValues()
    {
        Order held = readAnew(u"requested"_s, u"pending"_s);
        Order fresh = readAnew(u"requested"_s, u"pending"_s);
        fresh.customer.email = QString::fromUtf8("ada@new.example");
        fresh.shippingAddress.edit().city = QString::fromUtf8("Gouda");
        fresh.lines.append(fresh.lines.at(0)); // a line more than the row has
        const QString fullName = held.customer.fullName;
        const SharedAddress billing = held.billingAddress;

        takeChanges(held, fresh);

        QCOMPARE(held, fresh);
        QCOMPARE(held.customer.email, u"ada@new.example"_s);
        QVERIFY(held.customer.fullName.isSharedWith(fullName)); // the rest of the customer stays
        QCOMPARE(held.shippingAddress->city, u"Gouda"_s);
        QCOMPARE(held.billingAddress->city, u"Utrecht"_s);
        QVERIFY(held.billingAddress.isSharedWith(billing));
        QCOMPARE(held.lines.size(), 2);
    }

    // A copy of the row taken before (a dialog's, a view's) keeps what it was.
    void takeChanges_leavesCopiesOfTheRowAlone()
    {
        Order held = readAnew(u"requested"_s, u"pending"_s);
        const Order shown = held;
        takeChanges(held, readAnew(u"cancelled"_s, u"cancelled"_s));
        QCOMPARE(shown, readAnew(u"requested"_s, u"pending"_s));
        QCOMPARE(held.lines.at(0).offerGrid().itemStatus, u"cancelled"_s);
        QCOMPARE(shown.lines.at(0).offerGrid().itemStatus, u"requested"_s);
    }

private:
    // One OfferGrid order as a decoder makes it: every text its own copy, then shareRepeatedText.
    static Order readAnew(const QString& itemStatus, const QString& status)
    {
        const auto text = [](const char* s) { return QString::fromUtf8(s); };
        Order order;
        order.platform = Platform::OfferGrid;
        order.accountId = text("og-main");
        order.id = text("ord_4711");
        order.status = QString::fromUtf8(status.toUtf8()); // a copy of its own, not the literal's
        order.customer.fullName = text("Ada Lovelace");
        order.customer.email = text("ada@example.com");
        order.customer.company = text("Analytical Engines");
        order.billingAddress =
            Address{text("Ada Lovelace"), {}, text("Dorpsstraat 1"), {}, {}, text("Utrecht"), {}, {}, text("NL")};
        order.shippingAddress =
            Address{text("Ada Lovelace"), {}, text("Dorpsstraat 1"), {}, {}, text("Utrecht"), {}, {}, text("NL")};
        OrderLine line;
        line.productName = text("Fibre 1000");
        line.quantity = 1;
        ProviderItem& item = line.editOfferGrid();
        item.itemId = text("itm_1");
        item.offerName = text("Fibre 1000");
        item.providerName = text("Acme Fiber");
        item.itemStatus = QString::fromUtf8(itemStatus.toUtf8());
        order.lines = {line};
        order.payment.transactionId = text("tx_99");
        order.rentalIds = {text("sub_1")};
        shareRepeatedText(order);
        return order;
    }
};

QTEST_APPLESS_MAIN(TestOrderSharing)
#include "tst_ordersharing.moc"
