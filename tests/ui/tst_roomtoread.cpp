// Room to read, on a 1920 × 1080 screen as agents have them (the offscreen platform, configured in
// main()): the window opens at three quarters of the screen the first time; at that size the
// details pane's Items tab cuts no cell of either platform, fills its width, and every cell's
// tooltip holds its full text; a United States address reads "City, ST 12345".
#include "deskharness.h"
#include "itemmodels/orderlinesmodel.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QScreen>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

namespace {
// The order of `platform` whose line items hold the most text: the hardest to show uncut.
QString wordiestOrder(const OrderListModel& orders, Platform platform)
{
    QString best;
    qsizetype most = -1;
    for (int row = 0; row < orders.rowCount(); ++row) {
        const Order order = orders.orderAt(row);
        if (order.platform != platform || order.lines.isEmpty())
            continue;
        OrderLinesModel lines;
        lines.setOrder(order);
        qsizetype text = 0;
        for (int r = 0; r < lines.rowCount(); ++r)
            for (int c = 0; c < lines.columnCount(); ++c)
                text += lines.index(r, c).data().toString().size();
        if (text > most) {
            most = text;
            best = order.id;
        }
    }
    return best;
}
} // namespace

class TestRoomToRead : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TestDesk> m_desk;

    QTableView* linesView() const { return m_desk->window->findChild<QTableView*>(u"orderLinesView"_s); }

    void showItemsOf(Platform platform)
    {
        const QString id = wordiestOrder(m_desk->orders, platform);
        QVERIFY(!id.isEmpty());
        QVERIFY(m_desk->select(m_desk->accountOf(platform), id));
        auto* tabs = m_desk->window->findChild<QTabWidget*>(u"detailsTabs"_s);
        tabs->setCurrentWidget(linesView());
        QTRY_VERIFY(linesView()->isVisible());
        QTRY_COMPARE(linesView()->model()->rowCount(),
                     m_desk->orders.orderAt(m_desk->orders.rowOf(m_desk->accountOf(platform), id)).lines.size());
    }

    // Every cell's text fits its column as the style lays it out (a margin each side), every header's
    // title fits, the columns fill the view, and every cell's tooltip is its full text.
    void checkNothingIsCut()
    {
        QTableView* view = linesView();
        QAbstractItemModel* model = view->model();
        QHeaderView* header = view->horizontalHeader();
        const QFontMetrics metrics(view->font());
        const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
        int total = 0;
        for (int c = 0; c < model->columnCount(); ++c) {
            const int width = view->columnWidth(c);
            total += width;
            const QString title = model->headerData(c, Qt::Horizontal).toString();
            QVERIFY2(header->sectionSizeHint(c) <= width,
                     qPrintable(u"header \"%1\" in %2 px"_s.arg(title).arg(width)));
            for (int r = 0; r < model->rowCount(); ++r) {
                const QModelIndex index = model->index(r, c);
                const QString text = index.data(Qt::DisplayRole).toString();
                // The progress column paints its words inside a frame inset 3 and 4 px: the larger margin.
                const int inset =
                    c == OrderLinesModel::FpRented && model->columnCount() == OrderLinesModel::FpCount ? 7 : 2 * margin;
                QVERIFY2(metrics.horizontalAdvance(text) + inset <= width,
                         qPrintable(u"\"%1\" (%2 px) in column %3 of %4 px"_s.arg(text)
                                        .arg(metrics.horizontalAdvance(text))
                                        .arg(title)
                                        .arg(width)));
                QCOMPARE(index.data(Qt::ToolTipRole).toString(), text);
            }
        }
        QVERIFY2(total >= view->viewport()->width(),
                 qPrintable(u"columns %1 px in a view of %2 px"_s.arg(total).arg(view->viewport()->width())));
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), QSize(1920, 1080));
        m_desk = std::make_unique<Test::TestDesk>(SandboxConfig{});
        QVERIFY(m_desk->running);
        m_desk->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_desk->window.get()));
        QVERIFY(m_desk->activate());
    }

    void firstStart_windowTakesThreeQuartersOfTheScreenCentred()
    {
        const QRect screen = m_desk->window->screen()->availableGeometry();
        QCOMPARE(m_desk->window->size(), QSize(1440, 810));
        const QRect frame = m_desk->window->frameGeometry();
        QVERIFY2((frame.center() - screen.center()).manhattanLength() <= 4, // the frame: a pixel or two each side
                 qPrintable(u"centre %1,%2"_s.arg(frame.center().x()).arg(frame.center().y())));
    }

    void itemsTab_flexPortal_cutsNoCellAtTheDefaultSize()
    {
        showItemsOf(Platform::FlexPortal);
        checkNothingIsCut();
    }

    void itemsTab_offerGrid_cutsNoCellAtTheDefaultSize()
    {
        showItemsOf(Platform::OfferGrid);
        checkNothingIsCut();
    }

    void itemsTab_widerPane_givesTheTextColumnTheRoom()
    {
        showItemsOf(Platform::FlexPortal);
        QTableView* view = linesView();
        const int before = view->columnWidth(OrderLinesModel::FpProduct);
        const int sku = view->columnWidth(OrderLinesModel::FpSku);
        // The agent drags the splitter: the details pane gets 500 px more.
        auto* splitter = qobject_cast<QSplitter*>(m_desk->window->centralWidget());
        QVERIFY(splitter);
        const QList<int> sizes = splitter->sizes();
        splitter->setSizes({sizes.at(0) - 500, sizes.at(1) + 500});
        QTRY_VERIFY(view->columnWidth(OrderLinesModel::FpProduct) > before);
        QCOMPARE(view->columnWidth(OrderLinesModel::FpSku), sku); // a short column stays as wide as it needs
        checkNothingIsCut();
        splitter->setSizes(sizes);
    }

    void address_unitedStates_readsCityStateZip()
    {
        showItemsOf(Platform::OfferGrid); // the sandbox's OfferGrid customers live in the United States
        const QString text = m_desk->window->findChild<QLabel*>(u"shippingAddress"_s)->text();
        static const QRegularExpression cityStateZip(u"^[^\\n,]+, [A-Z]{2} \\d{5}$"_s,
                                                     QRegularExpression::MultilineOption);
        QVERIFY2(cityStateZip.match(text).hasMatch(), qPrintable(text));
    }
};

// A 1920 × 1080 screen, as the offscreen platform is told by a configuration file.
int main(int argc, char** argv)
{
    QTemporaryDir dir;
    const QString config = dir.filePath(u"screens.json"_s);
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write("{\"screens\": [{\"name\": \"desk\", \"x\": 0, \"y\": 0, \"width\": 1920, "
                   "\"height\": 1080, \"logicalDpi\": 96, \"logicalBaseDpi\": 96, \"dpr\": 1}]}") < 0)
        return 1;
    file.close();
    qputenv("QT_QPA_PLATFORM", (u"offscreen:configfile="_s + config).toLocal8Bit());
    QApplication app(argc, argv);
    TestRoomToRead test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_roomtoread.moc"
