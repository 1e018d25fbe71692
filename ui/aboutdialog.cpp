#include "aboutdialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

AboutDialog::AboutDialog(const QString& historyInUse, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About OrderDesk"));
    auto* title =
        new QLabel(tr("<h2>OrderDesk %1</h2>").arg(QCoreApplication::applicationVersion().toHtmlEscaped()), this);
    auto* what = new QLabel(tr("The back-office desk for FlexPortal and OfferGrid orders."), this);
    const auto value = [this](const QString& name, const QString& text) {
        auto* label = new QLabel(text, this);
        label->setObjectName(name);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        return label;
    };
    auto* form = new QFormLayout;
    form->addRow(tr("Version:"), value(u"aboutVersion"_s, QCoreApplication::applicationVersion()));
    form->addRow(tr("Qt:"),
                 value(u"aboutQt"_s,
                       tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))));
    form->addRow(tr("Built:"), value(u"aboutBuilt"_s, QStringLiteral(ORDERDESK_BUILD_DATE)));
    form->addRow(tr("Licence:"), value(u"aboutLicence"_s, tr("MIT")));
    form->addRow(tr("Cancellation history:"), value(u"aboutHistory"_s, historyInUse));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

} // namespace OrderDesk
