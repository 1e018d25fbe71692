#pragma once

#include "api/apijobs.h"
#include "api/orderbackend.h"

#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace OrderDesk::Test {

// What a job delivered, copied out as it happens (jobs delete themselves after finished()).
struct ListResult
{
    QList<Order> orders;
    std::optional<ApiError> error;
    int pages = 0;
    int progressSignals = 0;
    int lastProgressOrders = 0;
    bool finished = false;
    int finishedCount = 0;
};

struct FetchResult
{
    std::optional<Order> order;
    QByteArray raw;
    std::optional<ApiError> error;
    bool finished = false;
};

struct CancelResult
{
    CancelOutcome outcome;
    bool requestSentSignal = false;
    bool finished = false;
    int finishedCount = 0;
};

struct SubscriptionCancelResult
{
    SubscriptionCancelOutcome outcome;
    bool requestSentSignal = false;
    bool failedAsJob = false; // a cancel job always succeeds as a job; its outcome says what happened
    bool finished = false;
    int finishedCount = 0;
};

std::shared_ptr<ListResult> collect(ListOrdersJob* job);
std::shared_ptr<FetchResult> collect(FetchOrderJob* job);
std::shared_ptr<CancelResult> collect(CancelOrderJob* job);
// As collect(job), and runs `whenChecked` once the order has been read right before the request
// goes out: the platform changing "between the check and the cancel", deterministically.
std::shared_ptr<CancelResult> collect(CancelOrderJob* job, const std::function<void()>& whenChecked);
std::shared_ptr<SubscriptionCancelResult> collect(CancelSubscriptionJob* job);

// Waits (running the event loop, never sleeping blindly) until the result says finished.
bool waitUntilFinished(const std::shared_ptr<ListResult>& r, int timeoutMs = 30000);
bool waitUntilFinished(const std::shared_ptr<FetchResult>& r, int timeoutMs = 30000);
bool waitUntilFinished(const std::shared_ptr<CancelResult>& r, int timeoutMs = 30000);
bool waitUntilFinished(const std::shared_ptr<SubscriptionCancelResult>& r, int timeoutMs = 30000);

} // namespace OrderDesk::Test
