#include "feedbackcolors.h"

#include "contrast.h"

namespace OrderDesk {

namespace {
// Each type's own hue as it reads on a light background; feedbackColor moves it where it would not read.
QColor baseColor(MessageType type)
{
    switch (type) {
    case MessageType::Error:
        return QColor(0xb0, 0x30, 0x30);
    case MessageType::Warning:
        return QColor(0x9a, 0x5b, 0x00);
    case MessageType::Information:
        return QColor(0x1e, 0x6f, 0xd9);
    case MessageType::Success:
        return QColor(0x2e, 0x7d, 0x32);
    }
    return QColor(0xb0, 0x30, 0x30);
}
} // namespace

QColor feedbackColor(MessageType type, const QPalette& palette, QPalette::ColorRole background)
{
    const QColor back = palette.color(QPalette::Active, background);
    QColor color = baseColor(type);
    // On a dark background the light-theme colour is drawn towards white before it is checked, so that
    // it keeps its hue instead of ending as a washed-out grey.
    if (Contrast::relativeLuminance(back) < 0.2)
        color = QColor::fromHslF(color.hslHueF(), color.hslSaturationF(), 0.68f);
    return Contrast::readableOn(color, back, Contrast::TextMinimum);
}

QColor labelTextColor(bool error, const QPalette& palette)
{
    return error ? errorColor(palette) : palette.color(QPalette::WindowText);
}

} // namespace OrderDesk
