#include "errorbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace OrderDesk {

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, p.color(QPalette::ToolTipBase));
    p.setColor(QPalette::WindowText, p.color(QPalette::ToolTipText));
    setPalette(p);
    setAccessibleName(tr("Problems loading orders"));

    m_text->setObjectName(QStringLiteral("errorBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("errorBannerRetry"));
    m_dismiss->setObjectName(QStringLiteral("errorBannerDismiss"));

    auto* layout = new QHBoxLayout(this);
    auto* icon = new QLabel(QStringLiteral("⚠"), this);
    icon->setAccessibleName(tr("Warning"));
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    layout->addWidget(m_dismiss);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        emit retryRequested();
    });
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void ErrorBanner::showProblems(const QStringList& problems)
{
    if (problems.isEmpty()) {
        hide();
        return;
    }
    m_text->setText(problems.join(QLatin1Char('\n')));
    show();
}

QString ErrorBanner::text() const
{
    return m_text->text();
}

} // namespace OrderDesk
