#pragma once

class QLineEdit;
class QToolBar;

namespace OrderDesk::Accessible {

// Names for the buttons Qt adds itself and leaves without a name, so that a screen reader does not
// announce a nameless button (tests/ui/tst_accessibility.cpp walks every window for such controls).

// The clear button of a line edit with setClearButtonEnabled(true); call after enabling it.
void nameClearButton(QLineEdit* edit);
// The button a tool bar shows when its actions do not fit.
void nameExtensionButton(QToolBar* bar);

} // namespace OrderDesk::Accessible
