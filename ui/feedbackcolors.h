#pragma once

#include <QColor>
#include <QPalette>

namespace OrderDesk {

// What a message tells the agent: something failed, may go wrong, is worth knowing, or went well.
enum class MessageType
{
    Error,
    Warning,
    Information,
    Success
};

// The one definition of OrderDesk's feedback colours (the message bar, a field's error, a counter over
// its limit, an unknown status): each type's hue, made dark enough on a light background and light
// enough on a dark one to be read on `background` (contrast at least 4.5:1, Contrast::TextMinimum), so
// that the colours stay readable in dark themes and high-contrast ones.
QColor feedbackColor(MessageType type, const QPalette& palette, QPalette::ColorRole background = QPalette::Window);
inline QColor errorColor(const QPalette& palette, QPalette::ColorRole background = QPalette::Window)
{
    return feedbackColor(MessageType::Error, palette, background);
}
// A label's text: the palette's WindowText, or errorColor when `error` (a counter over its limit).
QColor labelTextColor(bool error, const QPalette& palette);

} // namespace OrderDesk
