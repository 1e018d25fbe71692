#include "flexportallistjob.h"

#include "api/flexportal/flexportalbackend.h"
#include "api/flexportal/flexportalpager.h"
#include "api/networkthread.h"

namespace OrderDesk {

FlexPortalListJob::FlexPortalListJob(FlexPortalBackend* backend, const QString& status,
                                     std::optional<KnownOrders> known)
    : ListOrdersJob(backend)
{
    NetworkThread* thread = backend->pagingThread();
    m_inPlace = !thread;
    m_pager = new FlexPortalPager(
        backend->callRecipe(), thread ? thread->manager() : backend->networkManager(), status, backend->account().id,
        thread ? FlexPortalPager::Decoding::InPagerThread : FlexPortalPager::Decoding::OnThreadPool,
        backend->workerPool(), std::move(known));
    // Queued when the pager has a thread of its own: its pages come as events, in order.
    connect(m_pager, &FlexPortalPager::pageReady, this, &FlexPortalListJob::onPage);
    connect(m_pager, &FlexPortalPager::completed, this, [this] { onEnd(std::nullopt); });
    connect(m_pager, &FlexPortalPager::failed, this, [this](const ApiError& error) { onEnd(error); });
    if (thread)
        thread->adopt(m_pager);
    else
        m_pager->setParent(this);
}

FlexPortalListJob::~FlexPortalListJob()
{
    releasePager();
}

void FlexPortalListJob::stop()
{
    releasePager();
}

void FlexPortalListJob::onPage(const QList<Order>& orders)
{
    if (!isFinished() && m_pager) // else a page that was on its way when the job was stopped
        deliverPage(orders);
}

void FlexPortalListJob::onEnd(const std::optional<ApiError>& error)
{
    if (isFinished() || !m_pager)
        return;
    releasePager();
    if (error)
        finishWithError(*error);
    else
        finishWithSuccess();
}

void FlexPortalListJob::releasePager()
{
    FlexPortalPager* pager = std::exchange(m_pager, nullptr);
    if (!pager)
        return;
    pager->disconnect(this); // thread-safe; what it reported meanwhile is ignored (isFinished())
    if (m_inPlace)
        pager->stop(); // no request after this one (its thread's requests end as it is deleted)
    // In its own thread: deleting it there aborts its requests in the thread they belong to. In
    // place, it may be on the stack, reporting a page.
    pager->deleteLater();
}

} // namespace OrderDesk
