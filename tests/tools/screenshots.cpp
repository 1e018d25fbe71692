// Takes the screenshots README.md and the AppStream metadata show: the main window on the sandbox
// with an order selected, the cancel dialog with a reason, and the history window with its charts.
// Run by packaging/screenshots/take.sh under Xvfb; usage: orderdesk-screenshots OUTPUT_DIR
#include "deskharness.h"
#include "history/sqlhistory.h"
#include "historywindow.h"
#include "language.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QComboBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

namespace {

bool save(QWidget* widget, const QString& file)
{
    QCoreApplication::processEvents();
    const bool ok = widget->grab().save(file);
    std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "wrote" : "could not write", qPrintable(file));
    return ok;
}

// A week of a small team's attempts, the same every time.
void writeSampleHistory(const HistoryLocation& location)
{
    auto store = SqlCancellationHistory::open(location).value();
    QRandomGenerator random(7);
    const QStringList customers = {u"Freya Ní Bhriain"_s, u"Khalid Al-Marri"_s,   u"Emma Jansen"_s,
                                   u"Sofía Rodríguez"_s,  u"Daan van den Berg"_s, u"Wei Patel"_s};
    const QStringList agents = {u"Amira Haddad"_s, u"Jonas Berg"_s, u"Lucía Romero"_s};
    const QStringList presets = {u"customer-changed-mind"_s, u"duplicate"_s, u"created-in-error"_s,
                                 u"items-unavailable"_s, u"other"_s};
    const QStringList reasons = {u"Customer changed their mind"_s, u"Duplicate order"_s, u"Order created in error"_s,
                                 u"Items no longer available"_s, u"Customer moving abroad"_s};
    const QStringList outcomes = {u"cancelled"_s,         u"cancelled"_s, u"cancelled"_s, u"cancelled"_s,
                                  u"already-cancelled"_s, u"refused"_s,   u"unknown"_s};
    for (int day = 6; day >= 0; --day) {
        const int count = 3 + int(random.bounded(6));
        for (int i = 0; i < count; ++i) {
            CancelAttempt a;
            a.startedAt = QDateTime::currentDateTimeUtc().addDays(-day).addSecs(-60 * int(random.bounded(480)));
            a.agent = agents.at(int(random.bounded(agents.size())));
            a.machine = u"desk-0%1"_s.arg(1 + random.bounded(4));
            a.appVersion = QStringLiteral(ORDERDESK_VERSION);
            const bool fp = random.bounded(3) != 0;
            a.accountId = fp ? u"sandbox-flexportal"_s : u"sandbox-offergrid"_s;
            a.platform = fp ? u"flexportal"_s : u"offergrid"_s;
            a.orderId = fp ? u"FP-2026-%1"_s.arg(10400 + day * 20 + i) : u"og_%1"_s.arg(88100 + day * 20 + i);
            a.customer = customers.at(int(random.bounded(customers.size())));
            a.statusBefore = fp ? u"confirmed"_s : u"pending"_s;
            a.progressBefore = fp ? u"0 of 3 devices rented"_s : u"0 of 2 provider items accepted"_s;
            a.baseUrl = fp ? u"https://api-eu.flexportal.io"_s : u"https://api.offergrid.io"_s;
            const int r = int(random.bounded(presets.size()));
            a.reasonPreset = presets.at(r);
            a.reasonText = reasons.at(r);
            a.id = store->recordPending(a).value();
            a.outcome = outcomes.at(int(random.bounded(outcomes.size())));
            a.httpStatus = a.outcome == u"refused" ? 409 : a.outcome == u"unknown" ? 0 : 200;
            a.completedAt = a.startedAt.addSecs(1);
            if (store->recordOutcome(a))
                return;
        }
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"OrderDesk"_s);
    if (argc != 2 && argc != 3) {
        std::fprintf(stderr, "usage: orderdesk-screenshots OUTPUT_DIR [LANGUAGE]\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    // With a language ("de", "ar"): that language's main window only, as main-window-<language>.png.
    const QString language = argc == 3 ? QString::fromLocal8Bit(argv[2]) : QString();
    applyLanguage(&app, language.isEmpty() ? u"en"_s : language);
    Test::TestDesk desk{SandboxConfig{}};
    if (!desk.running)
        return 1;
    writeSampleHistory(desk.localHistory());
    MainWindow& window = *desk.window;
    const OrderListModel& orders = desk.orders;
    HistoryReader& reader = desk.historyReader;
    window.resize(1360, 820);
    window.show();
    if (!desk.activate() || orders.rowCount() == 0)
        return 1;

    // A FlexPortal order with some devices rented: the details show every line and why it cannot be cancelled.
    auto* table = window.findChild<QTableView*>(u"ordersTable"_s);
    int chosen = -1;
    for (int r = 0; r < orders.rowCount() && chosen < 0; ++r) {
        const Order& o = orders.orderAt(r);
        if (o.platform == Platform::FlexPortal && o.status == u"partial" && o.lines.size() >= 2)
            chosen = r;
    }
    auto* proxy = qobject_cast<QAbstractProxyModel*>(table->model());
    const QModelIndex shown = proxy->mapFromSource(orders.index(std::max(chosen, 0), 0));
    table->setCurrentIndex(shown);
    table->scrollTo(shown, QAbstractItemView::PositionAtCenter);
    table->setFocus();
    if (!language.isEmpty())
        return save(&window, out + u"/main-window-%1.png"_s.arg(language)) ? 0 : 1;
    bool ok = save(&window, out + u"/main-window.png"_s);

    for (int r = 0; r < table->model()->rowCount(); ++r) {
        table->setCurrentIndex(table->model()->index(r, 0));
        if (window.cancelAction()->isEnabled())
            break;
    }
    window.cancelAction()->trigger();
    auto* dialog = window.findChild<CancelDialog*>();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return 1;
    dialog->findChild<QComboBox*>(u"reasonPreset"_s)->setCurrentIndex(1);
    dialog->findChild<QPlainTextEdit*>(u"reasonText"_s)->setPlainText(u"Customer called on 30 November."_s);
    ok = save(dialog, out + u"/cancel-dialog.png"_s) && ok;
    dialog->close();

    HistoryWindow historyWindow(&reader);
    historyWindow.resize(1360, 820);
    historyWindow.show();
    QSignalSpy loaded(&reader, &HistoryReader::loaded);
    historyWindow.reload();
    if (!loaded.wait(30000))
        return 1;
    historyWindow.findChild<QTabWidget*>(u"historyTabs"_s)->setCurrentIndex(1);
    ok = save(&historyWindow, out + u"/history-charts.png"_s) && ok;
    historyWindow.findChild<QTabWidget*>(u"historyTabs"_s)->setCurrentIndex(0);
    auto* historyTable = historyWindow.findChild<QTableView*>(u"historyTable"_s);
    historyTable->setCurrentIndex(historyTable->model()->index(0, 0));
    ok = save(&historyWindow, out + u"/history-window.png"_s) && ok;
    return ok ? 0 : 1;
}
