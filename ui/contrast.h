#pragma once

#include <QColor>

class QStyleOptionViewItem;

namespace OrderDesk::Contrast {

// WCAG 2.x: relative luminance of an sRGB colour (0 black .. 1 white), alpha ignored.
double relativeLuminance(const QColor& color);
// (lighter + 0.05) / (darker + 0.05): 1 for equal colours, 21 for black on white.
double ratio(const QColor& a, const QColor& b);

// What body text needs (WCAG 1.4.3) and what marks and other non-text shapes need (WCAG 1.4.11).
inline constexpr double TextMinimum = 4.5;
inline constexpr double GraphicMinimum = 3.0;

// `preferred` when it contrasts with `background` by at least `minimum`; otherwise `preferred` mixed
// towards black or white (whichever contrasts more with the background), as little as reaches the
// minimum. The palette's colours stay where they are readable; only those that are not are moved.
QColor readableOn(const QColor& preferred, const QColor& background, double minimum = TextMinimum);

// What an item view's cell stands on: the selection, its own background, the alternate row colour
// or the base. The hand-painted cells measure their colours against it.
QColor cellBackground(const QStyleOptionViewItem& option);

} // namespace OrderDesk::Contrast
