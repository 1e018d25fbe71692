// The hand-painted cells stay readable in a light, a dark and two high-contrast palettes: each cell is
// rendered into an image and the words' pixels must contrast with the pixels around them by at least
// 4.5:1 (WCAG 1.4.3), the status marks by 3:1 (WCAG 1.4.11). The colours the delegates choose are
// checked as well, through the small functions that choose them.
#include "contrast.h"
#include "itemmodels/roles.h"
#include "progressdelegate.h"
#include "statusdelegate.h"

#include <QApplication>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTest>

#include <memory>

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(QPalette)
Q_DECLARE_METATYPE(OrderDesk::Stage)

namespace {

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s)); // the caller owns it
    return fusion->standardPalette();                                         // white on #308cc6 when selected: 3.7:1
}

// The dark palette many Qt applications ship (and Fusion's dark mode resembles).
QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::AlternateBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x6a, 0x6a, 0x6a));
    p.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

QPalette highContrastDark()
{
    QPalette p;
    p.setColor(QPalette::Window, Qt::black);
    p.setColor(QPalette::WindowText, Qt::white);
    p.setColor(QPalette::Base, Qt::black);
    p.setColor(QPalette::AlternateBase, Qt::black);
    p.setColor(QPalette::Text, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::Mid, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x1a, 0xeb, 0xff));
    p.setColor(QPalette::HighlightedText, Qt::black);
    return p;
}

QPalette highContrastLight()
{
    QPalette p;
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::PlaceholderText, QColor(0x59, 0x59, 0x59));
    p.setColor(QPalette::Mid, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x37, 0x00, 0x6e));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

void addPalettes()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("selected");
    const QList<std::pair<const char*, QPalette>> palettes{{"light", lightPalette()},
                                                           {"dark", darkPalette()},
                                                           {"high contrast dark", highContrastDark()},
                                                           {"high contrast light", highContrastLight()}};
    for (const auto& [name, palette] : palettes) {
        QTest::addRow("%s", name) << palette << false;
        QTest::addRow("%s, selected", name) << palette << true;
    }
}

struct Cell
{
    QImage image;
    QStyleOptionViewItem option;
};

// The cell as a table view paints it: the viewport's base first, then the delegate.
Cell render(QStyledItemDelegate& delegate, const QModelIndex& index, const QPalette& palette, bool selected,
            bool focus = false)
{
    Cell cell;
    cell.image = QImage(260, 30, QImage::Format_RGB32);
    cell.image.fill(palette.color(QPalette::Base));
    QFont font = QApplication::font();
    font.setPixelSize(14);
    cell.option.rect = cell.image.rect();
    cell.option.palette = palette;
    cell.option.font = font;
    cell.option.fontMetrics = QFontMetrics(font);
    cell.option.state = QStyle::State_Enabled | QStyle::State_Active;
    cell.option.showDecorationSelected = true; // as QTableView has it: the selection fills the cell
    if (selected)
        cell.option.state |= QStyle::State_Selected;
    if (focus)
        cell.option.state |= QStyle::State_HasFocus;
    QPainter painter(&cell.image);
    delegate.paint(&painter, cell.option, index);
    return cell;
}

struct Measured
{
    QColor background; // the most frequent colour of the area
    QColor ink;        // the colour there that contrasts most with it: the full colour of a glyph's stem
    int inkPixels = 0; // pixels that differ from the background at all
};

Measured measure(const QImage& image, const QRect& area)
{
    QHash<QRgb, int> counts;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            ++counts[image.pixel(x, y)];
    Measured m;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            m.background = QColor::fromRgb(it.key());
        }
    }
    m.ink = m.background;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const QColor c = QColor::fromRgb(it.key());
        if (c != m.background)
            m.inkPixels += it.value();
        if (Contrast::ratio(c, m.background) > Contrast::ratio(m.ink, m.background))
            m.ink = c;
    }
    return m;
}

QByteArray describe(const Measured& m)
{
    return QStringLiteral("ink %1 on %2: %3:1")
        .arg(m.ink.name(), m.background.name())
        .arg(Contrast::ratio(m.ink, m.background), 0, 'f', 2)
        .toUtf8();
}

} // namespace

class TestDelegateContrast : public QObject
{
    Q_OBJECT

private slots:
    void ratio_followsWcag()
    {
        QCOMPARE(Contrast::ratio(Qt::black, Qt::white), 21.0);
        QCOMPARE(Contrast::ratio(Qt::white, Qt::black), 21.0);
        QCOMPARE(Contrast::ratio(QColor(0x30, 0x8c, 0xc6), QColor(0x30, 0x8c, 0xc6)), 1.0);
        // #767676 is the lightest grey that passes 4.5:1 on white; #777777 is the darkest that fails.
        QVERIFY(Contrast::ratio(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
        QVERIFY(Contrast::ratio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    }

    void readableOn_keepsReadableColoursAndMovesOthers()
    {
        const QColor blue(0x1e, 0x6f, 0xd9);
        QCOMPARE(Contrast::readableOn(blue, Qt::white), blue); // 4.8:1 already
        const QColor onBlue = Contrast::readableOn(Qt::white, QColor(0x30, 0x8c, 0xc6));
        QVERIFY(Contrast::ratio(onBlue, QColor(0x30, 0x8c, 0xc6)) >= Contrast::TextMinimum);
        const QColor onDark = Contrast::readableOn(QColor(0x6a, 0x6a, 0x6a), QColor(0x2a, 0x2a, 0x2a));
        QVERIFY(Contrast::ratio(onDark, QColor(0x2a, 0x2a, 0x2a)) >= Contrast::TextMinimum);
        QVERIFY(Contrast::relativeLuminance(onDark) > Contrast::relativeLuminance(QColor(0x6a, 0x6a, 0x6a)));
    }

    void statusCell_wordsAndMarkAreReadable_data() { addPalettes(); }
    void statusCell_wordsAndMarkAreReadable()
    {
        QFETCH(QPalette, palette);
        QFETCH(bool, selected);
        for (Stage stage : {Stage::Open, Stage::InFulfilment, Stage::Done, Stage::Closed, Stage::Unknown}) {
            QStandardItemModel model(1, 1);
            const QModelIndex index = model.index(0, 0);
            model.setData(index, u"partially rented"_s, Qt::DisplayRole);
            model.setData(index, int(stage), Roles::Stage);
            StatusDelegate delegate;
            const Cell cell = render(delegate, index, palette, selected);
            const QColor background = Contrast::cellBackground(cell.option);
            QCOMPARE(background, palette.color(selected ? QPalette::Highlight : QPalette::Base));

            // The colours chosen.
            const QColor text = StatusDelegate::textColor(palette, background, selected);
            QVERIFY2(Contrast::ratio(text, background) >= Contrast::TextMinimum, qPrintable(text.name()));
            const QColor mark = StatusDelegate::markColor(stage, palette, background);
            QVERIFY2(Contrast::ratio(mark, background) >=
                         (stage == Stage::Unknown ? Contrast::TextMinimum : Contrast::GraphicMinimum),
                     qPrintable(mark.name()));

            // The pixels painted: the words right of the mark (side = the font's height, 4 px in).
            const int side = std::min(cell.image.height() - 6, cell.option.fontMetrics.height());
            const Measured words = measure(cell.image, cell.image.rect().adjusted(side + 10, 2, -2, -2));
            QVERIFY2(words.inkPixels > 50, "the words were painted");
            QCOMPARE(words.background, background);
            QVERIFY2(Contrast::ratio(words.ink, words.background) >= Contrast::TextMinimum,
                     describe(words).constData());
            // A filled mark has pixels of its full colour; a thin ring's are blended by antialiasing.
            if (stage == Stage::Done || stage == Stage::InFulfilment) {
                const QRect markArea(4, cell.image.height() / 2 - side / 2, side, side);
                const Measured shape = measure(cell.image, markArea.adjusted(-2, -2, 2, 2));
                QVERIFY2(Contrast::ratio(shape.ink, background) >= Contrast::GraphicMinimum,
                         describe(shape).constData());
            }
        }
    }

    void progressCell_wordsAreReadableOnBothParts_data() { addPalettes(); }
    void progressCell_wordsAreReadableOnBothParts()
    {
        QFETCH(QPalette, palette);
        QFETCH(bool, selected);
        const ProgressDelegate::Colors colors = ProgressDelegate::colors(palette);
        QVERIFY2(Contrast::ratio(colors.text, colors.empty) >= Contrast::TextMinimum, qPrintable(colors.text.name()));
        QVERIFY2(Contrast::ratio(colors.textOnFill, colors.filled) >= Contrast::TextMinimum,
                 qPrintable(colors.textOnFill.name() + u" on "_s + colors.filled.name()));

        // Nothing done: the words on the empty bar; all done: the words on the filled bar.
        for (int done : {0, 5}) {
            QStandardItemModel model(1, 1);
            const QModelIndex index = model.index(0, 0);
            model.setData(index, u"%1/5"_s.arg(done), Qt::DisplayRole);
            model.setData(index, done, Roles::ProgressDone);
            model.setData(index, 5, Roles::ProgressTotal);
            ProgressDelegate delegate;
            const Cell cell = render(delegate, index, palette, selected);
            const QRect inside = cell.image.rect().adjusted(3, 3, -4, -4).adjusted(2, 2, -2, -2);
            const Measured words = measure(cell.image, inside);
            QVERIFY2(words.inkPixels > 20, "the words were painted");
            QCOMPARE(words.background, done == 0 ? colors.empty : colors.filled);
            QVERIFY2(Contrast::ratio(words.ink, words.background) >= Contrast::TextMinimum,
                     describe(words).constData());
        }
    }

    // The keyboard's place is visible on the hand-painted cells too: the focused cell is painted
    // differently, with a mark that stands out from the cell's background by 3:1 (WCAG 1.4.11).
    void focusedCell_showsTheFocus_data() { addPalettes(); }
    void focusedCell_showsTheFocus()
    {
        QFETCH(QPalette, palette);
        QFETCH(bool, selected);
        QStandardItemModel model(1, 1);
        const QModelIndex index = model.index(0, 0);
        model.setData(index, u"2/5"_s, Qt::DisplayRole);
        model.setData(index, int(Stage::Open), Roles::Stage);
        model.setData(index, 2, Roles::ProgressDone);
        model.setData(index, 5, Roles::ProgressTotal);
        StatusDelegate status;
        ProgressDelegate progress;
        for (QStyledItemDelegate* delegate : std::initializer_list<QStyledItemDelegate*>{&status, &progress}) {
            const Cell plain = render(*delegate, index, palette, selected);
            const Cell focused = render(*delegate, index, palette, selected, true);
            const QColor background = Contrast::cellBackground(plain.option);
            double best = 1.0;
            int changed = 0;
            for (int y = 0; y < plain.image.height(); ++y)
                for (int x = 0; x < plain.image.width(); ++x)
                    if (plain.image.pixel(x, y) != focused.image.pixel(x, y)) {
                        ++changed;
                        best = std::max(best, Contrast::ratio(QColor::fromRgb(focused.image.pixel(x, y)), background));
                    }
            QVERIFY2(changed > 20, delegate->metaObject()->className());
            QVERIFY2(
                best >= Contrast::GraphicMinimum,
                qPrintable(u"%1: focus mark at %2:1"_s.arg(QString::fromLatin1(delegate->metaObject()->className()))
                               .arg(best, 0, 'f', 2)));
        }
    }
};

QTEST_MAIN(TestDelegateContrast)
#include "tst_delegatecontrast.moc"
