#pragma once

#include "feedbackcolors.h"

#include <QFrame>
#include <QList>
#include <QTimer>

class QAction;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace OrderDesk {

// The one way OrderDesk tells the agent how something went, inside the window it happened in: a
// strip with the type's colour and icon, the words, optional actions as buttons, and Dismiss. Error,
// warning, information and success; success hides itself after a while. Retry is offered only where a
// reload can help (showRetryableError). A new message replaces the one shown; nothing stacks up.
// Screen readers hear it as an alert (errors and warnings) or a status (the others) when it shows.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    static constexpr int SuccessHideMs = 6000;

    explicit MessageBar(QWidget* parent = nullptr);

    // Shows `text` as `type`. `actions` become buttons after the text; the bar does not own them.
    // `autoHideMs`: 0 keeps the message until dismissed; -1 takes the type's (success: SuccessHideMs).
    void showMessage(MessageType type, const QString& text, const QList<QAction*>& actions = {}, int autoHideMs = -1);
    // An error a reload may cure (a network or load failure): with Retry, which hides the bar and
    // emits retryRequested().
    void showRetryableError(const QString& text);
    // The bar's Retry, to offer with another type: showMessage(MessageType::Warning, text, {retryAction()}).
    QAction* retryAction() const { return m_retry; }
    // Hides the bar (and stops its timer); emits dismissed() if it was shown.
    void dismiss();
    // Whether the agent may hide it (a Dismiss button; on by default). A field's own error is not
    // dismissible: it goes when the field is right.
    void setDismissible(bool dismissible);

    MessageType type() const { return m_type; }
    QString text() const;
    bool offersRetry() const;
    // The type's colour on this bar's palette: its border and icon tint (feedbackColor).
    QColor accentColor() const;
    // When the shown message hides itself, in ms; 0 when it stays.
    int autoHideInterval() const { return m_autoHide.isActive() ? m_autoHide.interval() : 0; }
    // "Error", "Warning", "Information", "Success": the bar's accessible name while it shows that type.
    static QString typeName(MessageType type);

signals:
    void retryRequested();
    void dismissed();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void setActions(const QList<QAction*>& actions);
    void announce();

    MessageType m_type = MessageType::Information;
    QLabel* m_icon;
    QLabel* m_text;
    QHBoxLayout* m_buttons;
    QList<QToolButton*> m_actionButtons;
    QAction* m_retry;
    QToolButton* m_dismiss;
    QTimer m_autoHide;
};

} // namespace OrderDesk
