#include "messagebar.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

#include <mutex>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

namespace {
// The bar's role follows its type: an alert for errors and warnings, a status for the others.
class MessageBarAccessible : public QAccessibleWidget
{
public:
    explicit MessageBarAccessible(MessageBar* bar)
        : QAccessibleWidget(bar, QAccessible::AlertMessage)
    {}

    QAccessible::Role role() const override
    {
        const auto* bar = static_cast<const MessageBar*>(widget());
        return bar->type() == MessageType::Error || bar->type() == MessageType::Warning ? QAccessible::AlertMessage
                                                                                        : QAccessible::StatusBar;
    }
};

QAccessibleInterface* messageBarAccessible(const QString& /*className*/, QObject* object)
{
    if (auto* bar = qobject_cast<MessageBar*>(object))
        return new MessageBarAccessible(bar);
    return nullptr;
}

QStyle::StandardPixmap iconOf(MessageType type)
{
    switch (type) {
    case MessageType::Error:
        return QStyle::SP_MessageBoxCritical;
    case MessageType::Warning:
        return QStyle::SP_MessageBoxWarning;
    case MessageType::Information:
        return QStyle::SP_MessageBoxInformation;
    case MessageType::Success:
        return QStyle::SP_DialogApplyButton;
    }
    return QStyle::SP_MessageBoxInformation;
}
} // namespace

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout)
    , m_retry(new QAction(tr("Retr&y"), this))
    , m_dismiss(new QToolButton(this))
{
    static std::once_flag factory;
    std::call_once(factory, [] { QAccessible::installFactory(messageBarAccessible); });

    setObjectName(u"messageBar"_s);
    setFocusPolicy(Qt::NoFocus);
    m_icon->setObjectName(u"messageBarIcon"_s);
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setObjectName(u"messageBarText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_retry->setObjectName(u"messageBarRetry"_s);
    m_dismiss->setObjectName(u"messageBarDismiss"_s);
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setToolTip(tr("Hide this message"));
    m_dismiss->setAutoRaise(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttons);
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);

    m_autoHide.setSingleShot(true);
    connect(&m_autoHide, &QTimer::timeout, this, &MessageBar::dismiss);
    connect(m_dismiss, &QToolButton::clicked, this, &MessageBar::dismiss);
    connect(m_retry, &QAction::triggered, this, [this] {
        dismiss();
        emit retryRequested();
    });
    hide();
}

QString MessageBar::typeName(MessageType type)
{
    switch (type) {
    case MessageType::Error:
        return tr("Error");
    case MessageType::Warning:
        return tr("Warning");
    case MessageType::Information:
        return tr("Information");
    case MessageType::Success:
        return tr("Success");
    }
    return {};
}

void MessageBar::showMessage(MessageType type, const QString& text, const QList<QAction*>& actions, int autoHideMs)
{
    m_type = type;
    m_text->setText(text);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(iconOf(type), nullptr, this).pixmap(iconSize, iconSize));
    m_icon->setAccessibleName(typeName(type));
    setAccessibleName(typeName(type));
    setAccessibleDescription(text);
    setActions(actions);
    const int hideAfter = autoHideMs >= 0 ? autoHideMs : (type == MessageType::Success ? SuccessHideMs : 0);
    if (hideAfter > 0)
        m_autoHide.start(hideAfter);
    else
        m_autoHide.stop();
    show();
    update();
    announce();
}

void MessageBar::showRetryableError(const QString& text)
{
    showMessage(MessageType::Error, text, {m_retry});
}

void MessageBar::dismiss()
{
    m_autoHide.stop();
    if (isHidden())
        return;
    hide();
    emit dismissed();
}

void MessageBar::setDismissible(bool dismissible)
{
    m_dismiss->setVisible(dismissible);
}

QString MessageBar::text() const
{
    return m_text->text();
}

bool MessageBar::offersRetry() const
{
    for (const QToolButton* button : m_actionButtons)
        if (button->defaultAction() == m_retry)
            return true;
    return false;
}

QColor MessageBar::accentColor() const
{
    return feedbackColor(m_type, palette());
}

void MessageBar::setActions(const QList<QAction*>& actions)
{
    qDeleteAll(m_actionButtons);
    m_actionButtons.clear();
    for (QAction* action : actions) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        // The action's text, not its icon text (which drops the "&"): Alt+letter presses the button.
        button->setText(action->text());
        if (!action->objectName().isEmpty())
            button->setObjectName(action->objectName() + u"Button"_s);
        m_buttons->addWidget(button, 0, Qt::AlignTop);
        button->show(); // a child added to a bar already shown stays hidden otherwise
        m_actionButtons << button;
    }
    // Retry is found by its own name, as the Dismiss button is.
    for (QToolButton* button : std::as_const(m_actionButtons))
        if (button->defaultAction() == m_retry)
            button->setObjectName(m_retry->objectName());
}

void MessageBar::announce()
{
    QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void MessageBar::paintEvent(QPaintEvent* /*event*/)
{
    // A light wash of the type's colour over the window's own background, bordered in that colour:
    // the words keep the palette's text colour, readable in light and dark themes alike.
    const QColor accent = accentColor();
    const QColor window = palette().color(QPalette::Window);
    constexpr double Wash = 0.14;
    const QColor fill = QColor::fromRgbF(window.redF() + (accent.redF() - window.redF()) * Wash,
                                         window.greenF() + (accent.greenF() - window.greenF()) * Wash,
                                         window.blueF() + (accent.blueF() - window.blueF()) * Wash);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(accent, 1.0));
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

} // namespace OrderDesk
