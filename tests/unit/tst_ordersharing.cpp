// The parts of an order held apart and shared between copies, to keep 100,000 orders small: an
// OrderLine's OfferGrid part and an order's addresses. A copy that is edited does not change the
// value it was copied from, what was never made reads blank, and equality is by value.
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
};

QTEST_APPLESS_MAIN(TestOrderSharing)
#include "tst_ordersharing.moc"
