#pragma once

#include <QSize>

class QWidget;

namespace OrderDesk {

// Sizes and places a top-level window the first time it opens (nothing saved yet): `share` of its
// screen's available area in each direction, at least `minimum` (but never beyond the screen), centred.
void placeOnFirstStart(QWidget* window, double share = 0.75, QSize minimum = QSize(960, 600));

} // namespace OrderDesk
