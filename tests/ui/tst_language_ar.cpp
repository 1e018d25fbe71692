// Starting with the language "ar": the layout mirrors (right to left), OrderDesk's and Qt's own
// strings are Arabic. A binary of its own: translators, the default locale and the layout direction
// are process-wide.
#include "deskharness.h"
#include "deskmnemonics.h"
#include "historycharts.h"
#include "itemmodels/orderlistmodel.h"
#include "language.h"
#include "mainwindow.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QChartView>
#include <QMenuBar>
#include <QTest>
#include <QTextLayout>
#include <QValueAxis>

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
        QVERIFY2(menus.contains(u"ملف (&F)"_s), qPrintable(menus.join(u", ")));
        QCOMPARE(desk.orders.headerData(OrderListModel::CustomerColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
                 u"العميل"_s);
        QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != u"Cancel"_s); // qtbase_ar
    }

    // Qt Charts does not mirror itself: the days run from the right, the reasons' bars grow from the right.
    void historyCharts_rightToLeft_runFromTheRight()
    {
        const auto attempt = [](int day, const QString& reason) {
            CancelAttempt a;
            a.startedAt = QDateTime(QDate(2026, 11, day), QTime(12, 0));
            a.outcome = u"cancelled"_s;
            a.reasonText = reason;
            return a;
        };
        HistoryCharts charts;
        charts.setAttempts({attempt(28, u"Duplicate order"_s), attempt(30, u"Other"_s)});
        auto* perDay = charts.findChild<QChartView*>(u"attemptsPerDayChart"_s);
        auto* reasons = charts.findChild<QChartView*>(u"topReasonsChart"_s);
        QVERIFY(perDay && reasons);
        const auto days = perDay->chart()->axes(Qt::Horizontal);
        QCOMPARE(days.size(), 1);
        const QStringList categories = qobject_cast<QBarCategoryAxis*>(days.first())->categories();
        QCOMPARE(categories.first(),
                 QLocale().toString(QDate(2026, 11, 30), u"ddd d MMM"_s)); // the last day on the left
        const auto values = reasons->chart()->axes(Qt::Horizontal);
        QCOMPARE(values.size(), 1);
        QVERIFY(values.first()->isReverse());
        QCOMPARE(reasons->chart()->axes(Qt::Vertical).first()->alignment(), Qt::AlignRight);
    }

    // A Latin order id inside an Arabic sentence keeps its own order, and sits where the sentence
    // puts it (at its end, on the left), not scattered by the bidi algorithm.
    void arabicSentence_withLatinOrderId_keepsTheIdInOnePiece()
    {
        const QString id = u"FP-1042-B"_s;
        const QString text = QCoreApplication::translate("OrderDesk::CancelDialog", "Cancel order %1").arg(id);
        QVERIFY2(text.contains(QChar(0x2068) + id + QChar(0x2069)), qPrintable(text)); // isolated
        QTextLayout layout(text, QApplication::font());
        QTextOption option;
        option.setTextDirection(Qt::RightToLeft);
        layout.setTextOption(option);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(1000);
        layout.endLayout();
        // Positions inside the id (its edges touch the Arabic runs, where a cursor has two places).
        const int idStart = int(text.indexOf(id));
        const int idEnd = idStart + int(id.size());
        for (int i = idStart + 1; i < idEnd - 1; ++i)
            QVERIFY2(line.cursorToX(i) < line.cursorToX(i + 1), "the id reads left to right, in one piece");
        const qreal idMiddle = line.cursorToX(idStart + int(id.size()) / 2);
        QVERIFY2(line.cursorToX(1) > idMiddle, "the Arabic words start on the right, before the id");
    }

    // Each window's Alt+letters stay its own in Arabic (a translation gives them new letters).
    void mnemonics_withArabic_neverClashInOneWindow()
    {
        Test::TestDesk desk{SandboxConfig{}};
        const QStringList clashes = Test::deskMnemonicClashes(desk);
        for (const QString& clash : clashes)
            qWarning("mnemonic clash: %s", qPrintable(clash));
        QVERIFY2(clashes.isEmpty(), qPrintable(QString::number(clashes.size()) + u" clash(es)"_s));
    }

    // The charts' words for a screen reader are in Arabic too, plurals and dates included.
    void chartDescriptions_inArabic()
    {
        QList<CancelAttempt> attempts;
        for (int i = 0; i < 2; ++i) {
            CancelAttempt a;
            a.startedAt = QDateTime(QDate::currentDate(), QTime(10, i)).toUTC();
            a.outcome = u"cancelled"_s;
            a.reasonPreset = u"duplicate"_s;
            attempts << a;
        }
        HistoryCharts charts;
        charts.setAttempts(attempts);
        auto* perDay = charts.findChild<QWidget*>(u"attemptsPerDayChart"_s);
        auto* reasons = charts.findChild<QWidget*>(u"topReasonsChart"_s);
        QVERIFY(perDay && reasons);
        QVERIFY2(perDay->accessibleDescription().startsWith(u"محاولتان في "_s),
                 qPrintable(perDay->accessibleDescription()));
        QVERIFY2(reasons->accessibleDescription().contains(u"بمحاولتين"_s),
                 qPrintable(reasons->accessibleDescription()));
    }
};

QTEST_MAIN(TestLanguageArabic)
#include "tst_language_ar.moc"
