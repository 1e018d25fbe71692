#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace OrderDesk {

// A non-modal strip above the list for load errors: what went wrong, per account, with Retry and
// Dismiss. New problems replace the old text; nothing stacks up.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget* parent = nullptr);

    void showProblems(const QStringList& problems);
    QString text() const;

signals:
    void retryRequested();

private:
    QLabel* m_text;
    QPushButton* m_retry;
    QPushButton* m_dismiss;
};

} // namespace OrderDesk
