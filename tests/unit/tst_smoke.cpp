#include "domain/order.h"

#include <QTest>

class TestSmoke : public QObject
{
    Q_OBJECT
private slots:
    void stage_ofFlexPortalPending_isOpen()
    {
        OrderDesk::Order o;
        o.status = QStringLiteral("pending");
        QCOMPARE(o.stage(), OrderDesk::Stage::Open);
    }
};

QTEST_GUILESS_MAIN(TestSmoke)
#include "tst_smoke.moc"
