#pragma once

#include "api/apijobs.h"
#include "api/knownorders.h"

namespace OrderDesk {

class FlexPortalBackend;
class FlexPortalPager;

// Every order of a FlexPortal account, page after page: a FlexPortalPager follows the cursors in
// the backend's paging thread (or, without one, in this job's thread), and this job hands its pages
// on in the thread of the job's receivers.
class FlexPortalListJob : public ListOrdersJob
{
public:
    FlexPortalListJob(FlexPortalBackend* backend, const QString& status, std::optional<KnownOrders> known = {});
    ~FlexPortalListJob() override;

protected:
    void stop() override;

private:
    void onPage(const QList<Order>& orders);
    void onEnd(const std::optional<ApiError>& error);
    void releasePager();

    FlexPortalPager* m_pager; // null once released: it is deleted in its own thread
    bool m_inPlace;           // the pager shares this job's thread
};

} // namespace OrderDesk
