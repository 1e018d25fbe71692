#include "jobresults.h"

#include <QTest>

namespace OrderDesk::Test {

std::shared_ptr<ListResult> collect(ListOrdersJob* job)
{
    auto r = std::make_shared<ListResult>();
    QObject::connect(job, &ListOrdersJob::pageReceived, job, [r](const QList<Order>& page) {
        r->orders += page;
        ++r->pages;
    });
    QObject::connect(job, &ListOrdersJob::progress, job, [r](int orders, int) {
        ++r->progressSignals;
        r->lastProgressOrders = orders;
    });
    QObject::connect(job, &ApiJob::finished, job, [r, job] {
        r->error = job->error();
        r->finished = true;
        ++r->finishedCount;
    });
    return r;
}

std::shared_ptr<FetchResult> collect(FetchOrderJob* job)
{
    auto r = std::make_shared<FetchResult>();
    QObject::connect(job, &ApiJob::finished, job, [r, job] {
        r->error = job->error();
        if (!job->failed()) {
            r->order = job->order();
            r->raw = job->rawBody();
        }
        r->finished = true;
    });
    return r;
}

std::shared_ptr<CancelResult> collect(CancelOrderJob* job)
{
    auto r = std::make_shared<CancelResult>();
    QObject::connect(job, &CancelOrderJob::requestSent, job, [r] { r->requestSentSignal = true; });
    QObject::connect(job, &ApiJob::finished, job, [r, job] {
        r->outcome = job->outcome();
        r->finished = true;
        ++r->finishedCount;
    });
    return r;
}

std::shared_ptr<SubscriptionCancelResult> collect(CancelSubscriptionJob* job)
{
    auto r = std::make_shared<SubscriptionCancelResult>();
    QObject::connect(job, &CancelSubscriptionJob::requestSent, job, [r] { r->requestSentSignal = true; });
    QObject::connect(job, &ApiJob::finished, job, [r, job] {
        r->outcome = job->outcome();
        r->failedAsJob = job->failed();
        r->finished = true;
        ++r->finishedCount;
    });
    return r;
}

std::shared_ptr<CancelResult> collect(CancelOrderJob* job, const std::function<void()>& whenChecked)
{
    if (whenChecked)
        QObject::connect(job, &CancelOrderJob::orderChecked, job, [whenChecked] { whenChecked(); });
    return collect(job);
}

namespace {
template <typename R> bool waitFor(const std::shared_ptr<R>& r, int timeoutMs)
{
    return QTest::qWaitFor([&r] { return r->finished; }, timeoutMs);
}
} // namespace

bool waitUntilFinished(const std::shared_ptr<ListResult>& r, int timeoutMs)
{
    return waitFor(r, timeoutMs);
}

bool waitUntilFinished(const std::shared_ptr<FetchResult>& r, int timeoutMs)
{
    return waitFor(r, timeoutMs);
}

bool waitUntilFinished(const std::shared_ptr<CancelResult>& r, int timeoutMs)
{
    return waitFor(r, timeoutMs);
}

bool waitUntilFinished(const std::shared_ptr<SubscriptionCancelResult>& r, int timeoutMs)
{
    return waitFor(r, timeoutMs);
}

} // namespace OrderDesk::Test
