// Starting with the language "ar": the layout mirrors (right to left), OrderDesk's and Qt's own
// strings are Arabic. A binary of its own: translators, the default locale and the layout direction
// are process-wide.
#include "deskharness.h"
#include "itemmodels/orderlistmodel.h"
#include "language.h"
#include "mainwindow.h"

#include <QApplication>
#include <QMenuBar>
#include <QTest>

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

class TestLanguageArabic : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { applyLanguage(qApp, u"ar"_s); }

    void start_withArabic_layoutIsRightToLeft()
    {
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        Test::TestDesk desk{SandboxConfig{}};
        QVERIFY(desk.window->isRightToLeft());
        QVERIFY(desk.table()->isRightToLeft());
    }

    void start_withArabic_showsAnArabicMainWindow()
    {
        Test::TestDesk desk{SandboxConfig{}};
        QStringList menus;
        for (QAction* action : desk.window->menuBar()->actions())
            menus << action->text();
        QVERIFY2(menus.contains(u"&ملف"_s), qPrintable(menus.join(u", ")));
        QCOMPARE(desk.orders.headerData(OrderListModel::CustomerColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
                 u"العميل"_s);
        QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != u"Cancel"_s); // qtbase_ar
    }
};

QTEST_MAIN(TestLanguageArabic)
#include "tst_language_ar.moc"
