#include "accessiblenames.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QToolBar>
#include <QToolButton>

namespace OrderDesk::Accessible {

using namespace Qt::Literals::StringLiterals;

void nameClearButton(QLineEdit* edit)
{
    // The button shows its action: named there, it says the same as its tooltip.
    if (auto* clear = edit->findChild<QAction*>(u"_q_qlineeditclearaction"_s))
        clear->setText(QCoreApplication::translate("OrderDesk::Accessible", "Clear the field"));
    for (auto* button : edit->findChildren<QToolButton*>())
        if (button->accessibleName().isEmpty() && button->text().isEmpty())
            button->setAccessibleName(QCoreApplication::translate("OrderDesk::Accessible", "Clear the field"));
}

void nameExtensionButton(QToolBar* bar)
{
    if (auto* more = bar->findChild<QToolButton*>(u"qt_toolbar_ext_button"_s))
        more->setAccessibleName(QCoreApplication::translate("OrderDesk::Accessible", "More actions"));
}

void keepButtonsReachable(QDialogButtonBox* box)
{
    box->setFocusProxy(nullptr);
}

} // namespace OrderDesk::Accessible
