// orderdesk-bench: loads 100,000 FlexPortal orders (1,000 pages) and a 50,000-order OfferGrid list
// from the in-process sandbox into the real client, models, proxy and main window (offscreen), and
// prints what the performance issue asks for: the load against a curl floor (and against Qt's own
// network stack fetching the same pages, to tell its share from ours), time to first rows,
// the longest GUI-thread stall, search and sort times, memory per order and start-up time; and, with
// the sandbox at 50 ms latency, finding an order that is not loaded and the load of 10,000 orders
// against one round trip a page; and 200 cancels of a bulk run against the sandbox's rate limit.
// usage: orderdesk-bench [--orders N] [--trace-stalls] [--load-only] [--latency-only] [--bulk-cancel-only]
// (OfferGrid gets N/2; figures, not pass/fail)
#include "api/allocator.h"
#include "api/backendfactory.h"
#include "api/networkthread.h"
#include "history/cancellationhistory.h"
#include "history/historywriter.h"
#include "itemmodels/orderfilterproxy.h"
#include "itemmodels/orderlistmodel.h"
#include "mainwindow.h"
#include "procstats.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxthread.h"
#include "services/backendregistry.h"
#include "services/bulkcancelservice.h"
#include "services/cancelservice.h"
#include "services/orderfinder.h"
#include "services/orderloader.h"
#include "services/settingsstore.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Figures
{
    int orders = 0;
    double loadSeconds = 0;
    double loadGuiCpuSeconds = 0;     // CPU the GUI thread spent during the load
    double loadProcessCpuSeconds = 0; // ... and the whole process (sandbox included)
    double curlSeconds = 0;
    double qnamSeconds = 0; // the same pages through QNetworkAccessManager, bodies dropped
    double curlMegabytesPerSecond = 0;
    double firstRowsMs = 0;
    double maxStallMs = 0;
    double firstPaintCpuMs = -1; // the table's first paint with rows: fallback fonts load here unless warmed
    double loadStallMs = 0;      // during the FlexPortal load
    double refreshStallMs = 0;   // during the refresh with OfferGrid's big list
    double offerGridSeconds = 0; // the refresh of both accounts, OfferGrid's big list included
    // F5 on both accounts with nothing changed: FlexPortal's orders as markers, OfferGrid's whole
    // with their fingerprints taken; then every order of both a marker (api/knownorders.h)
    double printingRefreshSeconds = 0;
    double unchangedRefreshSeconds = 0;
    double unchangedRefreshProcessCpuSeconds = 0;
    double searchMedianMs = 0;
    double searchWorstMs = 0;
    double sortCustomerMs = 0;      // the first sort by customer: every row's collation key is made in it
    double sortCustomerAgainMs = 0; // with the keys made: the comparisons alone
    double sortIdMs = 0;
    double sortDateMs = 0;
    double bytesPerOrder = 0;
    double peakRssMb = 0;
    double scrollFrameMedianMs = 0; // one page down through the loaded list, painted
    double scrollFrameWorstMs = 0;
    double startupMs = -1;
    // At 50 ms latency a response (SandboxFaults::latencyMs), 10,000 FlexPortal orders:
    double findByIdMs = -1;           // an order not loaded, found and selected: median of 6
    double findByIdDuringLoadMs = -1; // ... while the list is loading
    double latencyLoadSeconds = 0;    // the load of the 10,000 orders
    int latencyLoadPages = 0;         // their pages
    int latencyLoadRequests = 0;      // the list requests the sandbox saw
    double latencyLoadRatio = 0;      // load / (pages x 50 ms)
    // A bulk run of BulkCancelCount cancels of one FlexPortal account, the sandbox limiting cancels to
    // BulkRateLimit a second per key, the history a real SQLite file:
    double bulkCancelPerSecond = -1; // cancels applied / the run's seconds
    double bulkCancelSeconds = 0;
    int bulkCancelled = 0;
    int bulkRateLimited = 0; // cancels answered 429 (not applied), each waited out and sent once more
    int bulkDuplicates = -1; // cancels sent beyond one applied plus the 429s: must be 0
};

constexpr int LatencyMs = 50;
constexpr int LatencyOrders = 10000;
constexpr int BulkCancelCount = 200;
constexpr int BulkRateLimit = 20; // cancel requests a second per key

// The longest gap between the ticks of a 5 ms timer on the GUI thread: how long it stalled.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] { m_worst = std::max(m_worst, m_clock.restart()); });
    }
    void start()
    {
        m_worst = 0;
        m_clock.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return std::max(m_worst, m_clock.elapsed()) - 5.0; // the timer's own 5 ms is no stall
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
};

// Runs `start`, then the event loop until `sender` emits `signal` (true) or `timeoutMs` passes.
template <typename Sender, typename Signal, typename Start>
bool runUntil(Sender* sender, Signal signal, int timeoutMs, Start start)
{
    QEventLoop loop;
    bool emitted = false;
    QObject::connect(sender, signal, &loop, [&] {
        emitted = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    start();
    if (!emitted)
        loop.exec();
    return emitted;
}

// curl fetches the same pages sequentially over one kept-alive connection, bodies discarded.
// Every FlexPortal page's address, its cursor known up front (what the floors are given).
QList<QUrl> pageUrls(SandboxThread& sandbox)
{
    const QStringList ids = sandbox.server()->orderIds(Platform::FlexPortal);
    QList<QUrl> urls;
    for (qsizetype start = 0; start < ids.size(); start += 100) {
        QUrl url = sandbox.baseUrl();
        url.setPath(u"/v1/orders"_s);
        QUrlQuery query;
        query.addQueryItem(u"limit"_s, u"100"_s);
        if (start > 0)
            query.addQueryItem(u"startAfter"_s, QString::fromLatin1(QUrl::toPercentEncoding(ids.at(start - 1))));
        url.setQuery(query);
        urls << url;
    }
    return urls;
}

bool curlFloor(SandboxThread& sandbox, Figures* f)
{
    const SandboxCredentials& c = sandbox.server()->config().credentials;
    QTemporaryDir dir;
    QFile config(dir.filePath(u"curl.cfg"_s));
    if (!config.open(QIODevice::WriteOnly))
        return false;
    QByteArray text = "silent\nshow-error\nwrite-out = \"%{size_download}\\n\"\n";
    text += "header = \"Authorization: Bearer " + c.flexPortalKey.toUtf8() + "\"\n";
    text += "header = \"Tenant-ID: " + c.tenantId.toUtf8() + "\"\n";
    for (const QUrl& url : pageUrls(sandbox))
        text += "url = \"" + url.toEncoded() + "\"\noutput = \"/dev/null\"\n";
    config.write(text);
    config.close();
    QProcess curl;
    QElapsedTimer clock;
    clock.start();
    curl.start(u"curl"_s, {u"--config"_s, config.fileName()});
    if (!curl.waitForFinished(600000) || curl.exitCode() != 0) {
        std::fprintf(stderr, "bench: curl failed: %s\n", curl.readAllStandardError().constData());
        return false;
    }
    f->curlSeconds = clock.nsecsElapsed() / 1e9;
    qint64 bytes = 0;
    for (const QByteArray& line : curl.readAllStandardOutput().split('\n'))
        bytes += line.toLongLong();
    f->curlMegabytesPerSecond = bytes / 1e6 / f->curlSeconds;
    return true;
}

// The same pages through QNetworkAccessManager, one after another, each body read and dropped: how
// much of the load Qt's HTTP stack takes by itself (its own thread, two hand-overs a request).
bool qnamFloor(SandboxThread& sandbox, Figures* f)
{
    const SandboxCredentials& c = sandbox.server()->config().credentials;
    const QList<QUrl> urls = pageUrls(sandbox);
    QNetworkAccessManager network;
    QElapsedTimer clock;
    clock.start();
    for (const QUrl& url : urls) {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setRawHeader("Authorization", "Bearer " + c.flexPortalKey.toUtf8());
        request.setRawHeader("Tenant-ID", c.tenantId.toUtf8());
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        QEventLoop wait;
        QObject::connect(reply.get(), &QNetworkReply::finished, &wait, &QEventLoop::quit);
        wait.exec();
        if (reply->error() != QNetworkReply::NoError) {
            std::fprintf(stderr, "bench: %s: %s\n", url.toEncoded().constData(), qPrintable(reply->errorString()));
            return false;
        }
        (void)reply->readAll();
    }
    f->qnamSeconds = clock.nsecsElapsed() / 1e9;
    return true;
}

// Loads every account of `backends` through the window's Refresh, as the agent does.
struct CpuUse
{
    double guiThread = 0; // seconds of CPU the GUI thread spent
    double process = 0;   // ... and the whole process, the in-process sandbox included
};

bool load(MainWindow& window, OrderLoader& loader, StallMeter& stalls, double* seconds, double* firstRowsMs,
          double* stallMs, CpuUse* cpu = nullptr)
{
    OrderListModel* model = nullptr;
    QElapsedTimer clock;
    bool first = true;
    auto* table = window.findChild<QTableView*>(u"ordersTable"_s);
    auto* proxy = qobject_cast<OrderFilterProxy*>(table->model());
    model = qobject_cast<OrderListModel*>(proxy->sourceModel());
    const QMetaObject::Connection c = QObject::connect(model, &QAbstractItemModel::rowsInserted, &window, [&] {
        if (first && firstRowsMs)
            *firstRowsMs = clock.nsecsElapsed() / 1e6;
        first = false;
    });
    const double guiBefore = Bench::threadCpuSeconds();
    const double processBefore = Bench::processCpuSeconds();
    stalls.start();
    clock.start();
    // Waits on the loader's signal in an event loop: QTest::qWaitFor() sleeps 10 ms between its
    // passes, which would add up to 10 ms to every page and measure the benchmark, not OrderDesk.
    const bool done = runUntil(&loader, &OrderLoader::finished, 600000, [&] { window.refreshAction()->trigger(); });
    *seconds = clock.nsecsElapsed() / 1e9;
    *stallMs = stalls.stop();
    if (cpu) {
        cpu->guiThread = Bench::threadCpuSeconds() - guiBefore;
        cpu->process = Bench::processCpuSeconds() - processBefore;
    }
    QObject::disconnect(c);
    return done;
}

void searchAndSort(MainWindow& window, const OrderListModel& model, Figures* f)
{
    auto* proxy = qobject_cast<OrderFilterProxy*>(window.findChild<QTableView*>(u"ordersTable"_s)->model());
    QStringList terms;
    for (int i = 1; i <= 8; ++i) {
        const Order& o = model.orderAt(model.rowCount() * i / 9);
        terms << o.customer.lastName << o.id.left(8);
    }
    terms << u"example.org"_s << u"gmbh"_s << u"zzqx-none"_s << u"ü"_s;
    QList<double> times;
    for (const QString& term : std::as_const(terms)) {
        proxy->setSearchText({});
        QElapsedTimer clock;
        clock.start();
        proxy->setSearchText(term);
        const int shown = proxy->rowCount(); // the filtered, sorted mapping is built by now
        QCoreApplication::processEvents();   // and the view has caught up, as it does while typing
        Q_UNUSED(shown)
        times << clock.nsecsElapsed() / 1e6;
    }
    proxy->setSearchText({});
    std::sort(times.begin(), times.end());
    f->searchMedianMs = (times.at(times.size() / 2 - 1) + times.at(times.size() / 2)) / 2;
    f->searchWorstMs = times.last();
    const auto timeSort = [proxy](int column) {
        QElapsedTimer clock;
        clock.start();
        proxy->sort(column, Qt::AscendingOrder);
        QCoreApplication::processEvents();
        return clock.nsecsElapsed() / 1e6;
    };
    f->sortCustomerMs = timeSort(OrderListModel::CustomerColumn);
    f->sortIdMs = timeSort(OrderListModel::IdColumn);
    f->sortDateMs = timeSort(OrderListModel::CreatedColumn);
    f->sortCustomerAgainMs = timeSort(OrderListModel::CustomerColumn);
    timeSort(OrderListModel::CreatedColumn);
}

// Pages down through the list 100 times, each step painted at once: what scrolling costs a frame.
void scroll(MainWindow& window, Figures* f)
{
    auto* table = window.findChild<QTableView*>(u"ordersTable"_s);
    QScrollBar* bar = table->verticalScrollBar();
    bar->setValue(0);
    QList<double> frames;
    for (int step = 0; step < 100; ++step) {
        QElapsedTimer clock;
        clock.start();
        bar->setValue(bar->value() + bar->pageStep());
        table->viewport()->repaint();
        frames << clock.nsecsElapsed() / 1e6;
    }
    std::sort(frames.begin(), frames.end());
    f->scrollFrameMedianMs = frames.at(frames.size() / 2);
    f->scrollFrameWorstMs = frames.last();
}

// Process start of the real application to its window showing the first sandbox rows.
double startup()
{
    QTemporaryDir home; // its own settings and history, never the user's
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    app.setProcessEnvironment(env);
    QElapsedTimer clock;
    double shownMs = -1;
    QByteArray out;
    QObject::connect(&app, &QProcess::readyReadStandardOutput, &app, [&] {
        out += app.readAllStandardOutput();
        if (shownMs < 0 && out.contains("first rows shown"))
            shownMs = clock.nsecsElapsed() / 1e6;
    });
    clock.start();
    if (!runUntil(&app, &QProcess::finished, 120000,
                  [&] { app.start(QStringLiteral(ORDERDESK_APP), {u"--smoke-test"_s}); }))
        app.kill();
    app.waitForFinished();
    return shownMs;
}

// Runs the event loop until `done()` holds after one of `sender`'s `signal`s, or `timeoutMs` passes.
template <typename Sender, typename Signal, typename Done>
bool waitFor(Sender* sender, Signal signal, int timeoutMs, Done done)
{
    if (done())
        return true;
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

// The desk against a sandbox that answers every request 50 ms late, as a platform across the
// network does: the load of 10,000 FlexPortal orders (100 pages, each asked for only once the one
// before it has arrived) against its floor of one round trip a page, and find by id: an order that
// is not loaded, asked of both accounts, until it is shown selected, on an idle desk and during a load.
bool latencyFigures(NetworkThread* paging, QThreadPool* workers, Figures* f)
{
    SandboxConfig config;
    config.flexPortalOrders = LatencyOrders;
    config.offerGridOrders = 1000;
    SandboxThread sandbox(config);
    if (!sandbox.start(0))
        return false;
    SandboxFaults slow;
    slow.latencyMs = LatencyMs;
    sandbox.server()->setFaults(Platform::FlexPortal, slow);
    sandbox.server()->setFaults(Platform::OfferGrid, slow);

    QTemporaryDir dir;
    QSettings ini(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    SettingsStore settings(&ini);
    QNetworkAccessManager network;
    BackendRegistry backends;
    OrderListModel orders;
    OrderLoader loader(&backends, &orders, workers);
    HistoryWriter history([]() -> Result<std::unique_ptr<CancellationHistory>> {
        return std::unique_ptr<CancellationHistory>(std::make_unique<MemoryCancellationHistory>());
    });
    CancelService cancel(&backends, &history, &orders, AgentInfo{});
    OrderFinder finder(&backends, &orders);
    MainWindow window(MainWindowServices{&orders, &loader, &cancel, &backends, nullptr, nullptr, &settings, nullptr,
                                         nullptr, &finder});
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    auto* table = window.findChild<QTableView*>(u"ordersTable"_s);
    const SandboxCredentials& c = sandbox.server()->config().credentials;
    const auto account = [&sandbox](Platform p, const QString& id) {
        Account a;
        a.id = id;
        a.platform = p;
        a.region = u"custom"_s;
        a.baseUrl = sandbox.baseUrl();
        a.tenantId = sandbox.server()->config().credentials.tenantId;
        return a;
    };
    TransportSettings transport;
    transport.http2 = false;
    backends.add(
        createBackend(account(Platform::FlexPortal, u"fp"_s), c.flexPortalKey, &network, transport, paging, workers));

    // The load, FlexPortal alone.
    const int requestsBefore = sandbox.server()->requestCount(Platform::FlexPortal);
    QElapsedTimer clock;
    clock.start();
    if (!runUntil(&loader, &OrderLoader::finished, 120000, [&] { window.refreshAction()->trigger(); }) ||
        orders.rowCount() != LatencyOrders)
        return false;
    f->latencyLoadSeconds = clock.nsecsElapsed() / 1e9;
    f->latencyLoadPages = (LatencyOrders + 99) / 100;
    f->latencyLoadRequests = sandbox.server()->requestCount(Platform::FlexPortal) - requestsBefore;
    f->latencyLoadRatio = f->latencyLoadSeconds / (f->latencyLoadPages * LatencyMs / 1000.0);

    // Find by id with nothing loaded, both accounts asked; the order is on either.
    orders.clear();
    backends.add(
        createBackend(account(Platform::OfferGrid, u"og"_s), c.offerGridKey, &network, transport, paging, workers));
    const QStringList fpIds = sandbox.server()->orderIds(Platform::FlexPortal);
    const QStringList ogIds = sandbox.server()->orderIds(Platform::OfferGrid);
    const auto findOne = [&](const QString& id) -> double {
        QElapsedTimer lookup;
        lookup.start();
        if (!runUntil(&finder, &OrderFinder::found, 10000, [&] { finder.find(id); }))
            return -1;
        const double ms = lookup.nsecsElapsed() / 1e6;
        // The window has selected it by now (it heard found() first).
        if (table->currentIndex().data().toString() != id)
            return -1;
        if (!QTest::qWaitFor([&] { return !finder.isLooking(); }, 10000)) // the other account's "no such order"
            return -1;
        return ms;
    };
    QList<double> times;
    for (int i = 0; i < 3; ++i) {
        for (const QString& id : {fpIds.at(fpIds.size() - 1 - 100 * i), ogIds.at(ogIds.size() - 1 - i)}) {
            const double ms = findOne(id);
            if (ms < 0) {
                std::fprintf(stderr, "bench: order %s was not found and selected\n", qPrintable(id));
                return false;
            }
            times << ms;
        }
    }
    std::sort(times.begin(), times.end());
    f->findByIdMs = (times.at(times.size() / 2 - 1) + times.at(times.size() / 2)) / 2;

    // ... and while the list is loading: an order on one of its last pages, once 3,000 are in.
    window.refreshAction()->trigger();
    if (!waitFor(&loader, &OrderLoader::progress, 60000, [&] { return loader.ordersLoaded() >= 3000; }))
        return false;
    const QString late = fpIds.at(fpIds.size() - 50);
    if (orders.rowOf(u"fp"_s, late) >= 0)
        return false;
    f->findByIdDuringLoadMs = findOne(late);
    const bool stillLoading = loader.isLoading();
    if (stillLoading && !runUntil(&loader, &OrderLoader::finished, 120000, [] {}))
        return false;
    if (!stillLoading)
        std::fprintf(stderr, "bench: the load ended before the order was found\n");
    return f->findByIdDuringLoadMs >= 0;
}

// 200 cancels of one FlexPortal account in one bulk run, through BulkCancelService as the desk runs it
// (history first, on its own thread, in a real SQLite file), with the sandbox limiting cancels to
// BulkRateLimit a second: how close the run keeps to the limit, and that no cancel went out twice.
bool bulkCancelFigures(QThreadPool* workers, Figures* f)
{
    SandboxConfig config;
    config.flexPortalOrders = 2000;
    config.offerGridOrders = 0;
    SandboxThread sandbox(config);
    if (!sandbox.start(0))
        return false;
    QTemporaryDir dir;
    QNetworkAccessManager network;
    BackendRegistry backends;
    Account account;
    account.id = u"fp"_s;
    account.platform = Platform::FlexPortal;
    account.region = u"custom"_s;
    account.baseUrl = sandbox.baseUrl();
    account.tenantId = sandbox.server()->config().credentials.tenantId;
    TransportSettings transport;
    transport.http2 = false;
    backends.add(createBackend(account, sandbox.server()->config().credentials.flexPortalKey, &network, transport,
                               nullptr, workers));
    HistoryLocation location;
    location.sqliteFile = dir.filePath(u"history.sqlite"_s);
    HistoryWriter history(location);
    BulkCancelService service(&backends, &history, nullptr, AgentInfo{u"bench"_s, {}, {}});

    // The orders: the first BulkCancelCount the policy allows, found by the service's own preview.
    QList<BulkCancelService::OrderRef> refs;
    for (const QString& id : sandbox.server()->orderIds(Platform::FlexPortal))
        refs.append({account.id, id});
    if (!runUntil(&service, &BulkCancelService::previewFinished, 60000, [&] { service.preview(refs); }))
        return false;
    refs.clear();
    for (const BulkCancelItem& item : service.items()) {
        if (item.verdict == BulkCancelItem::Verdict::WillCancel && refs.size() < BulkCancelCount)
            refs.append({item.accountId, item.orderId});
    }
    if (refs.size() < BulkCancelCount) {
        std::fprintf(stderr, "bench: only %d cancellable orders\n", int(refs.size()));
        return false;
    }
    if (!runUntil(&service, &BulkCancelService::previewFinished, 60000, [&] { service.preview(refs); }))
        return false;

    SandboxFaults limited;
    limited.rateLimitPerSecond = BulkRateLimit;
    sandbox.server()->setFaults(Platform::FlexPortal, limited);
    QElapsedTimer clock;
    clock.start();
    if (!runUntil(&service, &BulkCancelService::finished, 120000, [&] {
            service.run(CancelReason{CancelReason::Preset::Duplicate, u"bench"_s});
        }))
        return false;
    f->bulkCancelSeconds = clock.nsecsElapsed() / 1e9;
    f->bulkCancelled = service.counts().cancelled;
    f->bulkRateLimited = service.counts().rateLimitWaits;
    f->bulkCancelPerSecond = f->bulkCancelled / f->bulkCancelSeconds;
    f->bulkDuplicates = 0;
    for (const BulkCancelItem& item : service.items()) {
        const int sent = sandbox.server()->cancelRequests(Platform::FlexPortal, item.orderId);
        f->bulkDuplicates += std::max(0, sent - 1 - item.rateLimitedSends);
    }
    return f->bulkCancelled == BulkCancelCount;
}

void printBulkCancel(const Figures& f)
{
    const auto row = [](const char* what, const QString& value, const char* target) {
        std::printf("  %-44s %14s   %s\n", what, qPrintable(value), target);
    };
    std::printf("\n  A bulk run of %d cancels, the sandbox limiting cancels to %d a second:\n", BulkCancelCount,
                BulkRateLimit);
    row("cancels a second", QString::number(f.bulkCancelPerSecond, 'f', 2),
        qPrintable(u"%1 to %2"_s.arg(BulkRateLimit * 0.95).arg(BulkRateLimit * 1.05)));
    row("  ... run (s) / cancelled / 429s waited out",
        u"%1 / %2 / %3"_s.arg(f.bulkCancelSeconds, 0, 'f', 2).arg(f.bulkCancelled).arg(f.bulkRateLimited), "");
    row("cancels sent twice", QString::number(f.bulkDuplicates), "0");
}

QJsonObject bulkCancelJson(const Figures& f)
{
    return QJsonObject{{u"bulk_cancel_per_s"_s, f.bulkCancelPerSecond},
                       {u"bulk_cancel_rate_limit"_s, BulkRateLimit},
                       {u"bulk_cancel_seconds"_s, f.bulkCancelSeconds},
                       {u"bulk_cancel_429s"_s, f.bulkRateLimited},
                       {u"bulk_cancel_duplicates"_s, f.bulkDuplicates}};
}

void printLatency(const Figures& f)
{
    const auto row = [](const char* what, const QString& value, const char* target) {
        std::printf("  %-44s %14s   %s\n", what, qPrintable(value), target);
    };
    const auto n = [](double v, int decimals = 1) { return QString::number(v, 'f', decimals); };
    std::printf("\n  At %d ms latency a response, %d FlexPortal orders:\n", LatencyMs, LatencyOrders);
    row("find by id, order not loaded (ms, median of 6)", n(f.findByIdMs), "<= 100");
    row("  ... while the list is loading (ms)", n(f.findByIdDuringLoadMs), "");
    row("load (s)", n(f.latencyLoadSeconds, 2), "");
    row("  ... pages / list requests", u"%1 / %2"_s.arg(f.latencyLoadPages).arg(f.latencyLoadRequests), "");
    row("load / (pages x 50 ms)", n(f.latencyLoadRatio, 3), "<= 1.05");
}

QJsonObject latencyJson(const Figures& f)
{
    return QJsonObject{{u"find_by_id_ms"_s, f.findByIdMs},
                       {u"find_by_id_during_load_ms"_s, f.findByIdDuringLoadMs},
                       {u"load_latency_seconds"_s, f.latencyLoadSeconds},
                       {u"load_latency_ratio"_s, f.latencyLoadRatio}};
}

void print(const Figures& f)
{
    const auto row = [](const char* what, const QString& value, const char* target) {
        std::printf("  %-44s %14s   %s\n", what, qPrintable(value), target);
    };
    const auto n = [](double v, int decimals = 1) { return QString::number(v, 'f', decimals); };
    std::printf("\nOrderDesk benchmark: %d FlexPortal orders in %d pages, %d OfferGrid orders in one list\n\n",
                f.orders, f.orders / 100, f.orders / 2);
    std::printf("  %-44s %14s   %s\n", "figure", "measured", "target");
    row("full load (s)", n(f.loadSeconds, 2), "");
    row("  ... CPU of the GUI thread (s)", n(f.loadGuiCpuSeconds, 2), "");
    row("  ... CPU of the process, sandbox included (s)", n(f.loadProcessCpuSeconds, 2), "");
    row("curl floor, same pages (s)", n(f.curlSeconds, 2), "");
    row("load / curl floor", n(f.loadSeconds / f.curlSeconds, 2), "<= 1.25");
    row("QNetworkAccessManager alone, same pages (s)", n(f.qnamSeconds, 2), "");
    row("curl throughput from the sandbox (MB/s)", n(f.curlMegabytesPerSecond), ">= 50");
    row("first rows after start of load (ms)", n(f.firstRowsMs), "<= 150");
    row("longest GUI-thread stall during loads (ms)", n(f.maxStallMs), "<= 30");
    row("  ... during the FlexPortal load (ms)", n(f.loadStallMs), "");
    row("  ... during the refresh of both (ms)", n(f.refreshStallMs), "");
    row("first paint of rows, GUI-thread CPU (ms)", n(f.firstPaintCpuMs), "<= 30");
    row("refresh of both accounts (s)", n(f.offerGridSeconds, 2), "");
    row("  ... again, OfferGrid's fingerprints taken (s)", n(f.printingRefreshSeconds, 2), "");
    row("  ... again, nothing changed (s)", n(f.unchangedRefreshSeconds, 2), "");
    row("    ... CPU of the process, sandbox included (s)", n(f.unchangedRefreshProcessCpuSeconds, 2), "");
    row("search, median of 20 terms (ms)", n(f.searchMedianMs), "<= 30");
    row("search, worst of 20 terms (ms)", n(f.searchWorstMs), "<= 60");
    row("sort by customer (ms)", n(f.sortCustomerMs), "<= 250");
    row("sort by order id (ms)", n(f.sortIdMs), "<= 250");
    row("sort by date (ms)", n(f.sortDateMs), "<= 250");
    row("scroll one page, median frame (ms)", n(f.scrollFrameMedianMs), "smooth: <= 16");
    row("scroll one page, worst frame (ms)", n(f.scrollFrameWorstMs), "");
    row("memory per loaded order (bytes)", n(f.bytesPerOrder, 0), "<= 2500");
    row("peak resident memory (MB)", n(f.peakRssMb), "");
    row("start-up to first rows (ms)", n(f.startupMs), "<= 1000");
    printLatency(f);
    printBulkCancel(f);
    QJsonObject json{{u"orders"_s, f.orders},
                     {u"load_seconds"_s, f.loadSeconds},
                     {u"curl_seconds"_s, f.curlSeconds},
                     {u"qnam_seconds"_s, f.qnamSeconds},
                     {u"load_ratio"_s, f.loadSeconds / f.curlSeconds},
                     {u"first_rows_ms"_s, f.firstRowsMs},
                     {u"max_stall_ms"_s, f.maxStallMs},
                     {u"first_paint_cpu_ms"_s, f.firstPaintCpuMs},
                     {u"search_median_ms"_s, f.searchMedianMs},
                     {u"search_worst_ms"_s, f.searchWorstMs},
                     {u"sort_ms"_s, std::max({f.sortCustomerMs, f.sortIdMs, f.sortDateMs})},
                     {u"bytes_per_order"_s, f.bytesPerOrder},
                     {u"peak_rss_mb"_s, f.peakRssMb},
                     {u"startup_ms"_s, f.startupMs},
                     {u"curl_mb_per_s"_s, f.curlMegabytesPerSecond},
                     {u"scroll_frame_median_ms"_s, f.scrollFrameMedianMs},
                     {u"scroll_frame_worst_ms"_s, f.scrollFrameWorstMs},
                     {u"refresh_both_seconds"_s, f.offerGridSeconds},
                     {u"refresh_printing_seconds"_s, f.printingRefreshSeconds},
                     {u"refresh_unchanged_seconds"_s, f.unchangedRefreshSeconds},
                     {u"refresh_unchanged_process_cpu_seconds"_s, f.unchangedRefreshProcessCpuSeconds},
                     {u"load_gui_cpu_seconds"_s, f.loadGuiCpuSeconds},
                     {u"load_process_cpu_seconds"_s, f.loadProcessCpuSeconds}};
    const QJsonObject latency = latencyJson(f);
    for (auto it = latency.begin(); it != latency.end(); ++it)
        json.insert(it.key(), it.value());
    const QJsonObject bulk = bulkCancelJson(f);
    for (auto it = bulk.begin(); it != bulk.end(); ++it)
        json.insert(it.key(), it.value());
    std::printf("\n%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
}

} // namespace

// With --trace-stalls, names every event that held the GUI thread for 15 ms or more: where a
// stall comes from (receiver class, event type), without a profiler.
class BenchApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool traceStalls = false;
    QElapsedTimer sinceStart;
    // The first paint of the order table once rows are in: where fallback fonts (Arabic, Japanese,
    // emoji) are looked up and loaded unless they were warmed before. Set when the first rows arrive.
    QObject* firstPaintOf = nullptr;
    double firstPaintCpuMs = -1;

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (firstPaintOf && receiver == firstPaintOf && event->type() == QEvent::Paint) {
            firstPaintOf = nullptr;
            const double cpuBefore = Bench::threadCpuSeconds();
            const bool handled = QApplication::notify(receiver, event);
            firstPaintCpuMs = (Bench::threadCpuSeconds() - cpuBefore) * 1000;
            return handled;
        }
        if (!traceStalls || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        const int type = event->type();
        const QByteArray name = receiver->metaObject()->className();
        const QByteArray parent = receiver->parent() ? receiver->parent()->metaObject()->className() : "-";
        QElapsedTimer clock;
        clock.start();
        const double cpuBefore = Bench::threadCpuSeconds();
        const bool handled = QApplication::notify(receiver, event);
        if (const qint64 ms = clock.elapsed(); ms >= 15) {
            // CPU well below the time: the GUI thread waited for a core, it did not work that long.
            const double cpuMs = (Bench::threadCpuSeconds() - cpuBefore) * 1000;
            std::fprintf(stderr, "bench: at %.2f s, stall %lld ms (%.0f ms of CPU) in %s (parent %s), event type %d\n",
                         sinceStart.elapsed() / 1000.0, ms, cpuMs, name.constData(), parent.constData(), type);
        }
        return handled;
    }
};

int main(int argc, char* argv[])
{
    OrderDesk::limitAllocatorHeaps(); // as the desk's main() does, so that the figures are the desk's
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    BenchApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"OrderDesk's performance figures against the in-process sandbox."_s);
    parser.addHelpOption();
    const QCommandLineOption ordersOption(u"orders"_s, u"FlexPortal orders to load (default 100000)."_s, u"N"_s,
                                          u"100000"_s);
    parser.addOption(ordersOption);
    const QCommandLineOption traceOption(u"trace-stalls"_s, u"Name every GUI-thread event that takes 15 ms or more."_s);
    parser.addOption(traceOption);
    const QCommandLineOption loadOnlyOption(
        u"load-only"_s, u"Only the FlexPortal load, without curl, for a profiler (perf record ... --load-only)."_s);
    parser.addOption(loadOnlyOption);
    const QCommandLineOption inPlaceOption(
        u"paging-in-gui-thread"_s, u"Page through FlexPortal's list in the GUI thread, as without a paging thread."_s);
    parser.addOption(inPlaceOption);
    const QCommandLineOption latencyOnlyOption(
        u"latency-only"_s, u"Only the figures at 50 ms latency: find by id, and the load of 10,000 orders."_s);
    parser.addOption(latencyOnlyOption);
    const QCommandLineOption bulkOnlyOption(
        u"bulk-cancel-only"_s, u"Only the bulk cancel figure: 200 cancels against the sandbox's rate limit."_s);
    parser.addOption(bulkOnlyOption);
    const QCommandLineOption sortOnlyOption(
        u"sort-only"_s, u"Only the FlexPortal load, then the search and sort figures (customer, order id, date)."_s);
    parser.addOption(sortOnlyOption);
    parser.process(app);
    const bool sortOnly = parser.isSet(sortOnlyOption);
    const bool loadOnly = parser.isSet(loadOnlyOption) || sortOnly;
    app.traceStalls = parser.isSet(traceOption);
    app.sinceStart.start();
    Figures f;
    f.orders = std::max(100, parser.value(ordersOption).toInt());
    if (parser.isSet(latencyOnlyOption)) {
        NetworkThread pagingThread;
        QThreadPool workers;
        std::fprintf(stderr, "bench: at %d ms latency: load of %d orders, find by id...\n", LatencyMs, LatencyOrders);
        if (!latencyFigures(parser.isSet(inPlaceOption) ? nullptr : &pagingThread, &workers, &f))
            return 1;
        printLatency(f);
        std::printf("\n%s\n", QJsonDocument(latencyJson(f)).toJson(QJsonDocument::Compact).constData());
        return 0;
    }

    if (parser.isSet(bulkOnlyOption)) {
        QThreadPool workers;
        std::fprintf(stderr, "bench: a bulk run of %d cancels at %d a second...\n", BulkCancelCount, BulkRateLimit);
        if (!bulkCancelFigures(&workers, &f))
            return 1;
        printBulkCancel(f);
        std::printf("\n%s\n", QJsonDocument(bulkCancelJson(f)).toJson(QJsonDocument::Compact).constData());
        return 0;
    }

    std::fprintf(stderr, "bench: generating %d + %d sandbox orders...\n", f.orders, f.orders / 2);
    SandboxConfig config;
    config.flexPortalOrders = f.orders;
    config.offerGridOrders = f.orders / 2;
    SandboxThread sandbox(config);
    if (!sandbox.start(0))
        return 1;
    std::fprintf(stderr, "bench: curl floor...\n");
    if (!loadOnly && !curlFloor(sandbox, &f))
        return 1;

    QTemporaryDir dir;
    QSettings ini(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    SettingsStore settings(&ini);
    QNetworkAccessManager network;
    NetworkThread pagingThread; // as the application has it; outlives the backends
    NetworkThread* paging = parser.isSet(inPlaceOption) ? nullptr : &pagingThread;
    QThreadPool workers; // as the composition root has it; outlives the backends
    BackendRegistry backends;
    OrderListModel orders;
    OrderLoader loader(&backends, &orders, &workers);
    HistoryWriter history([]() -> Result<std::unique_ptr<CancellationHistory>> {
        return std::unique_ptr<CancellationHistory>(std::make_unique<MemoryCancellationHistory>());
    });
    CancelService cancel(&backends, &history, &orders, AgentInfo{});
    MainWindow window(MainWindowServices{&orders, &loader, &cancel, &backends, nullptr, nullptr, &settings});
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    const SandboxCredentials& c = sandbox.server()->config().credentials;
    const auto account = [&sandbox](Platform p, const QString& id) {
        Account a;
        a.id = id;
        a.platform = p;
        a.region = u"custom"_s;
        a.baseUrl = sandbox.baseUrl();
        a.tenantId = sandbox.server()->config().credentials.tenantId;
        return a;
    };
    TransportSettings transport;
    transport.http2 = false;
    backends.add(
        createBackend(account(Platform::FlexPortal, u"fp"_s), c.flexPortalKey, &network, transport, paging, &workers));

    // The first paint with rows: armed by the first rows, measured by BenchApplication::notify.
    auto* ordersTable = window.findChild<QTableView*>(u"ordersTable"_s);
    const QMetaObject::Connection firstRows = QObject::connect(
        &orders, &QAbstractItemModel::rowsInserted, &app,
        [&app, ordersTable] { app.firstPaintOf = ordersTable->viewport(); }, Qt::SingleShotConnection);

    StallMeter stalls;
    const qint64 before = Bench::residentBytes();
    std::fprintf(stderr, "bench: at %.2f s, loading FlexPortal...\n", app.sinceStart.elapsed() / 1000.0);
    double stall = 0;
    CpuUse cpu;
    if (!load(window, loader, stalls, &f.loadSeconds, &f.firstRowsMs, &stall, &cpu) || orders.rowCount() != f.orders) {
        std::fprintf(stderr, "bench: the load ended with %d of %d orders\n", orders.rowCount(), f.orders);
        return 1;
    }
    f.loadStallMs = stall;
    f.firstPaintCpuMs = app.firstPaintCpuMs;
    QObject::disconnect(firstRows);
    std::fprintf(stderr, "bench: first paint of rows: %.1f ms of GUI-thread CPU\n", f.firstPaintCpuMs);
    f.loadGuiCpuSeconds = cpu.guiThread;
    f.loadProcessCpuSeconds = cpu.process;
    f.bytesPerOrder = double(Bench::residentBytes() - before) / f.orders;
    if (sortOnly) {
        searchAndSort(window, orders, &f);
        std::printf("%d orders: search median %.1f ms, worst %.1f ms; sort by customer %.1f ms (again, its keys made: "
                    "%.1f ms), by order id %.1f ms, by date %.1f ms (target <= 250)\n",
                    f.orders, f.searchMedianMs, f.searchWorstMs, f.sortCustomerMs, f.sortCustomerAgainMs, f.sortIdMs,
                    f.sortDateMs);
        return 0;
    }
    if (loadOnly) {
        std::printf("load of %d orders: %.2f s (CPU: GUI thread %.2f s, process %.2f s), %.0f bytes an order\n",
                    f.orders, f.loadSeconds, f.loadGuiCpuSeconds, f.loadProcessCpuSeconds, f.bytesPerOrder);
        return 0;
    }

    std::fprintf(stderr, "bench: at %.2f s, search and sort...\n", app.sinceStart.elapsed() / 1000.0);
    searchAndSort(window, orders, &f);
    scroll(window, &f);

    // Refresh with the OfferGrid account added: FlexPortal's pages again, updating rows in place, and
    // OfferGrid's list as one JSON array of about 50 MB, whose decoding must not stall the window.
    std::fprintf(stderr, "bench: at %.2f s, refreshing both accounts...\n", app.sinceStart.elapsed() / 1000.0);
    backends.add(
        createBackend(account(Platform::OfferGrid, u"og"_s), c.offerGridKey, &network, transport, paging, &workers));
    double ogStall = 0;
    if (!load(window, loader, stalls, &f.offerGridSeconds, nullptr, &ogStall))
        return 1;
    f.refreshStallMs = ogStall;
    f.maxStallMs = std::max(f.loadStallMs, f.refreshStallMs);
    f.peakRssMb = Bench::peakResidentBytes() / 1e6;

    // F5 twice more with nothing changed on the platform. FlexPortal took its fingerprints at the
    // refresh above (its first list takes none), OfferGrid takes them at the first of these; at the
    // second, every order of both comes as a marker (api/knownorders.h).
    std::fprintf(stderr, "bench: at %.2f s, refreshing both twice, nothing changed...\n",
                 app.sinceStart.elapsed() / 1000.0);
    CpuUse unchangedCpu;
    double unchangedStall = 0;
    if (!load(window, loader, stalls, &f.printingRefreshSeconds, nullptr, &unchangedStall) ||
        loader.ordersUnchanged() != f.orders)
        return 1;
    const int bothAccounts = orders.rowCount();
    if (!load(window, loader, stalls, &f.unchangedRefreshSeconds, nullptr, &unchangedStall, &unchangedCpu) ||
        loader.ordersUnchanged() != bothAccounts) {
        std::fprintf(stderr, "bench: the refresh found %d of %d orders unchanged\n", loader.ordersUnchanged(),
                     bothAccounts);
        return 1;
    }
    f.unchangedRefreshProcessCpuSeconds = unchangedCpu.process;

    // After the memory figures: its freed buffers would otherwise be reused by the load.
    std::fprintf(stderr, "bench: the same pages through QNetworkAccessManager alone...\n");
    if (!qnamFloor(sandbox, &f))
        return 1;

    std::fprintf(stderr, "bench: at %d ms latency: load of %d orders, find by id...\n", LatencyMs, LatencyOrders);
    if (!latencyFigures(paging, &workers, &f))
        return 1;

    std::fprintf(stderr, "bench: a bulk run of %d cancels at %d a second...\n", BulkCancelCount, BulkRateLimit);
    if (!bulkCancelFigures(&workers, &f))
        return 1;

    std::fprintf(stderr, "bench: start-up of the application...\n");
    f.startupMs = startup();
    print(f);
    return 0;
}
