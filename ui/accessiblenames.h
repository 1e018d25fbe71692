#pragma once

class QDialogButtonBox;
class QLineEdit;
class QToolBar;

namespace OrderDesk::Accessible {

// Names for the buttons Qt adds itself and leaves without a name, so that a screen reader does not
// announce a nameless button (tests/ui/tst_accessibility.cpp walks every window for such controls).

// The clear button of a line edit with setClearButtonEnabled(true); call after enabling it.
void nameClearButton(QLineEdit* edit);
// The button a tool bar shows when its actions do not fit.
void nameExtensionButton(QToolBar* bar);

// Qt 6.4's QDialogButtonBox makes one of its buttons its focus proxy; when that button is hidden or
// disabled, Tab stops dead on the box (the dialog's last field keeps the focus for ever). Without a
// proxy, Tab reaches each button that can take the focus. Call after the buttons are added.
void keepButtonsReachable(QDialogButtonBox* box);

} // namespace OrderDesk::Accessible
