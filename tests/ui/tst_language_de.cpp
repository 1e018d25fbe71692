// Starting with the language "de": OrderDesk's own strings and Qt's are German, dates and numbers
// follow the German locale, the layout stays left to right. A binary of its own: translators and the
// default locale are process-wide.
#include "deskharness.h"
#include "deskmnemonics.h"
#include "domain/apierror.h"
#include "domain/cancellationpolicy.h"
#include "historycharts.h"
#include "itemmodels/orderlistmodel.h"
#include "language.h"
#include "mainwindow.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTest>

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

class TestLanguageGerman : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { applyLanguage(qApp, u"de"_s); }

    void start_withGerman_showsAGermanMainWindow()
    {
        Test::TestDesk desk{SandboxConfig{}};
        QStringList menus;
        for (QAction* action : desk.window->menuBar()->actions())
            menus << action->text();
        QVERIFY2(menus.contains(u"&Datei"_s), qPrintable(menus.join(u", ")));
        QVERIFY2(menus.contains(u"&Hilfe"_s), qPrintable(menus.join(u", ")));
        QCOMPARE(desk.orders.headerData(OrderListModel::CustomerColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
                 u"Kunde"_s);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    }

    // Strings translated through a helper with its own context (not a QObject's tr) arrive too.
    void modelsMessages_withGerman_areGerman()
    {
        Order cancelled;
        cancelled.platform = Platform::FlexPortal;
        cancelled.status = u"cancelled"_s;
        QCOMPARE(CancellationPolicy::evaluate(cancelled).explanation, u"Bereits storniert."_s);
        ApiError timeout;
        timeout.kind = ApiError::Kind::Timeout;
        QVERIFY2(timeout.userMessage().startsWith(u"Die Plattform hat nicht rechtzeitig geantwortet."_s),
                 qPrintable(timeout.userMessage()));
    }

    void start_withGerman_loadsQtsOwnTranslation()
    {
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
    }

    void start_withGerman_formatsTheGermanWay()
    {
        QCOMPARE(QLocale().toString(1234.5, 'f', 2), u"1.234,50"_s);
        QCOMPARE(QLocale().toString(QDate(2026, 3, 1), QLocale::ShortFormat), u"01.03.26"_s);
    }

    // The order list as a German agent reads it: amounts with a decimal comma, German dates.
    void orderList_withGerman_showsGermanAmountsAndDates()
    {
        Test::TestDesk desk{SandboxConfig{}};
        QVERIFY(desk.running);
        QVERIFY(desk.activate());
        QVERIFY(desk.orders.rowCount() > 0);
        const QRegularExpression amount(u"^-?\\d{1,3}(\\.\\d{3})*,\\d{2} [A-Z]{3}$"_s);
        const QRegularExpression date(u"^\\d{2}\\.\\d{2}\\.\\d{2} \\d{2}:\\d{2}$"_s);
        int amounts = 0;
        for (int row = 0; row < desk.orders.rowCount(); ++row) {
            const QString total = desk.orders.index(row, OrderListModel::TotalColumn).data().toString();
            if (!total.isEmpty()) {
                QVERIFY2(amount.match(total).hasMatch(), qPrintable(total));
                ++amounts;
            }
            const QString created = desk.orders.index(row, OrderListModel::CreatedColumn).data().toString();
            QVERIFY2(created.isEmpty() || date.match(created).hasMatch(), qPrintable(created));
        }
        QVERIFY(amounts > 0);
    }

    void settings_offersEveryLanguage_inItsOwnName()
    {
        SettingsDialog dialog{AppSettings{}};
        auto* combo = dialog.findChild<QComboBox*>(u"language"_s);
        QVERIFY(combo);
        QStringList codes;
        QStringList names;
        for (int i = 0; i < combo->count(); ++i) {
            codes << combo->itemData(i).toString();
            names << combo->itemText(i);
        }
        QCOMPARE(codes, (QStringList{QString(), u"en"_s, u"de"_s, u"ar"_s}));
        QCOMPARE(names, (QStringList{u"Systemsprache"_s, u"English"_s, u"Deutsch"_s, u"العربية"_s}));
    }

    // Each window's Alt+letters stay its own in German (a translation gives them new letters).
    void mnemonics_withGerman_neverClashInOneWindow()
    {
        Test::TestDesk desk{SandboxConfig{}};
        const QStringList clashes = Test::deskMnemonicClashes(desk);
        for (const QString& clash : clashes)
            qWarning("mnemonic clash: %s", qPrintable(clash));
        QVERIFY2(clashes.isEmpty(), qPrintable(QString::number(clashes.size()) + u" clash(es)"_s));
    }

    // The charts' words for a screen reader are in German too, plurals and dates included.
    void chartDescriptions_inGerman()
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
        const QString day = QLocale().toString(QDate::currentDate(), QLocale::LongFormat);
        QVERIFY2(
            perDay->accessibleDescription().startsWith(u"2 Versuche am %1. Nach Ergebnis: Storniert: 2."_s.arg(day)),
            qPrintable(perDay->accessibleDescription()));
        QVERIFY2(
            reasons->accessibleDescription().startsWith(u"Häufigster Grund: Doppelte Bestellung mit 2 Versuchen."_s),
            qPrintable(reasons->accessibleDescription()));
    }
};

QTEST_MAIN(TestLanguageGerman)
#include "tst_language_de.moc"
