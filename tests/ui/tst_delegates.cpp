// The hand-painted cells, rendered into an image: the progress bar fills from where the line starts
// (left, or right in a right-to-left layout) and the status mark stands before the words.
#include "itemmodels/roles.h"
#include "progressdelegate.h"
#include "statusdelegate.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr QRgb base = 0xffffffff;
constexpr QRgb highlight = 0xff0000ff;
constexpr QRgb doneGreen = 0xff2e8b57;

QImage render(QStyledItemDelegate& delegate, const QModelIndex& index, Qt::LayoutDirection direction)
{
    QImage image(240, 24, QImage::Format_ARGB32);
    image.fill(base);
    QStyleOptionViewItem option;
    option.rect = image.rect();
    option.direction = direction;
    option.palette.setColor(QPalette::Base, QColor::fromRgba(base));
    option.palette.setColor(QPalette::Window, QColor::fromRgba(base));
    option.palette.setColor(QPalette::Highlight, QColor::fromRgba(highlight));
    option.palette.setColor(QPalette::Text, Qt::black);
    option.fontMetrics = QFontMetrics(QApplication::font());
    QPainter painter(&image);
    delegate.paint(&painter, option, index);
    return image;
}

int countPixels(const QImage& image, int fromX, int toX, QRgb color)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = fromX; x < toX; ++x)
            n += image.pixel(x, y) == color;
    return n;
}

} // namespace

class TestDelegates : public QObject
{
    Q_OBJECT

private slots:
    void progress_fillsFromTheStartOfTheLine_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<bool>("filledOnTheLeft");
        QTest::newRow("left to right") << Qt::LeftToRight << true;
        QTest::newRow("right to left") << Qt::RightToLeft << false;
    }
    void progress_fillsFromTheStartOfTheLine()
    {
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(bool, filledOnTheLeft);
        QStandardItemModel model(1, 1);
        const QModelIndex index = model.index(0, 0);
        model.setData(index, 1, Roles::ProgressDone);
        model.setData(index, 4, Roles::ProgressTotal); // a quarter: no text, so only the bar is painted
        ProgressDelegate delegate;
        const QImage image = render(delegate, index, direction);

        const int y = image.height() / 2;
        const QRgb left = image.pixel(12, y);
        const QRgb right = image.pixel(image.width() - 12, y);
        QCOMPARE(filledOnTheLeft ? left : right, highlight);
        QCOMPARE(filledOnTheLeft ? right : left, base);
        const int quarter = image.width() / 4;
        const int leftFill = countPixels(image, 0, quarter + 4, highlight);
        const int rightFill = countPixels(image, image.width() - quarter - 4, image.width(), highlight);
        QVERIFY(filledOnTheLeft ? (leftFill > 0 && rightFill == 0) : (rightFill > 0 && leftFill == 0));
    }

    void status_markStandsBeforeTheWords_data() { progress_fillsFromTheStartOfTheLine_data(); }
    void status_markStandsBeforeTheWords()
    {
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(bool, filledOnTheLeft);
        QStandardItemModel model(1, 1);
        const QModelIndex index = model.index(0, 0);
        model.setData(index, int(Stage::Done), Roles::Stage);
        StatusDelegate delegate;
        const QImage image = render(delegate, index, direction);
        const int leftMark = countPixels(image, 0, 30, doneGreen);
        const int rightMark = countPixels(image, image.width() - 30, image.width(), doneGreen);
        QVERIFY2(filledOnTheLeft ? (leftMark > 0 && rightMark == 0) : (rightMark > 0 && leftMark == 0),
                 qPrintable(u"left %1, right %2"_s.arg(leftMark).arg(rightMark)));
    }
};

QTEST_MAIN(TestDelegates)
#include "tst_delegates.moc"
