// OrderLine keeps its OfferGrid part apart and shared between copies: a copy that is edited does
// not change the line it was copied from, a FlexPortal line reads a blank part, and equality is
// by value, whether or not the part was ever made.
#include "domain/order.h"

#include <QTest>

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

class TestOrderLine : public QObject
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
};

QTEST_APPLESS_MAIN(TestOrderLine)
#include "tst_orderline.moc"
