#include "statusdelegate.h"

#include "contrast.h"
#include "feedbackcolors.h"
#include "itemmodels/roles.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace OrderDesk {

namespace {
QColor stageColor(Stage stage, const QPalette& palette)
{
    switch (stage) {
    case Stage::Open:
        return QColor(0x1e, 0x6f, 0xd9);
    case Stage::InFulfilment:
        return QColor(0xc7, 0x7c, 0x02);
    case Stage::Done:
        return QColor(0x2e, 0x8b, 0x57);
    case Stage::Closed:
        return palette.color(QPalette::PlaceholderText);
    case Stage::Unknown:
        break;
    }
    return errorColor(palette, QPalette::Base); // a status OrderDesk does not know is a problem to see
}
} // namespace

QColor StatusDelegate::markColor(Stage stage, const QPalette& palette, const QColor& background)
{
    return Contrast::readableOn(stageColor(stage, palette), background,
                                stage == Stage::Unknown ? Contrast::TextMinimum : Contrast::GraphicMinimum);
}

QColor StatusDelegate::textColor(const QPalette& palette, const QColor& background, bool selected)
{
    return Contrast::readableOn(palette.color(selected ? QPalette::HighlightedText : QPalette::Text), background);
}

void StatusDelegate::paintStageMark(QPainter* painter, const QRectF& rect, Stage stage, const QPalette& palette,
                                    Qt::LayoutDirection direction, const QColor& background)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor color = markColor(stage, palette, background.isValid() ? background : palette.color(QPalette::Base));
    const QRectF r = rect.adjusted(1.5, 1.5, -1.5, -1.5);
    painter->setPen(QPen(color, 1.6));
    painter->setBrush(Qt::NoBrush);
    switch (stage) {
    case Stage::Open:
        painter->drawEllipse(r);
        break;
    case Stage::InFulfilment: {
        painter->drawEllipse(r);
        QPainterPath half;
        half.moveTo(r.center());
        half.arcTo(r, 90, direction == Qt::RightToLeft ? -180 : 180); // the half where reading starts
        half.closeSubpath();
        painter->fillPath(half, color);
        break;
    }
    case Stage::Done:
        painter->setBrush(color);
        painter->drawEllipse(r);
        break;
    case Stage::Closed:
        painter->drawLine(r.topLeft(), r.bottomRight());
        painter->drawLine(r.topRight(), r.bottomLeft());
        break;
    case Stage::Unknown:
        painter->drawText(r, Qt::AlignCenter, QStringLiteral("?"));
        break;
    }
    painter->restore();
}

void StatusDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const QString text = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int side = std::min(opt.rect.height() - 6, opt.fontMetrics.height());
    // Mark first, then the words, in reading order: mirrored in a right-to-left layout.
    const QRect mark = QStyle::visualRect(opt.direction, opt.rect,
                                          QRect(opt.rect.left() + 4, opt.rect.center().y() - side / 2, side, side));
    const QColor background = Contrast::cellBackground(opt);
    paintStageMark(painter, mark, Stage(index.data(Roles::Stage).toInt()), opt.palette, opt.direction, background);

    const QRect textRect = QStyle::visualRect(opt.direction, opt.rect, opt.rect.adjusted(side + 10, 0, -2, 0));
    painter->save();
    painter->setPen(textColor(opt.palette, background, opt.state & QStyle::State_Selected));
    painter->drawText(textRect, Qt::AlignVCenter | QStyle::visualAlignment(opt.direction, Qt::AlignLeft),
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.rwidth() += option.fontMetrics.height() + 10;
    return s;
}

} // namespace OrderDesk
