#include "faultinjector.h"

namespace OrderDesk {

bool SandboxFaults::operator==(const SandboxFaults& other) const
{
    return latencyMs == other.latencyMs && serverErrors == other.serverErrors && rateLimits == other.rateLimits &&
           retryAfterSeconds == other.retryAfterSeconds && dropAfterCancel == other.dropAfterCancel &&
           truncatedPages == other.truncatedPages && stallMs == other.stallMs && strictBody == other.strictBody &&
           rateLimitPerSecond == other.rateLimitPerSecond;
}

FaultDecision FaultInjector::next()
{
    FaultDecision d;
    d.latencyMs = std::max(0, m_faults.latencyMs);
    d.retryAfterSeconds = std::max(0, m_faults.retryAfterSeconds);
    if (m_faults.stallMs > 0) {
        d.stallMs = m_faults.stallMs;
        m_faults.stallMs = 0;
    }
    if (m_faults.serverErrors > 0) {
        --m_faults.serverErrors;
        d.answer = FaultDecision::Answer::ServerError;
    } else if (m_faults.rateLimits > 0) {
        --m_faults.rateLimits;
        d.answer = FaultDecision::Answer::RateLimited;
    }
    return d;
}

bool FaultInjector::takeTruncation()
{
    if (m_faults.truncatedPages <= 0)
        return false;
    --m_faults.truncatedPages;
    return true;
}

bool FaultInjector::takeDrop()
{
    if (m_faults.dropAfterCancel <= 0)
        return false;
    --m_faults.dropAfterCancel;
    return true;
}

HttpResponse FaultInjector::serviceUnavailable()
{
    HttpResponse r;
    r.status = 503;
    r.contentType = "text/html";
    r.body = "<!DOCTYPE html>\n<html>\n<head><title>503 Service Temporarily Unavailable</title></head>\n"
             "<body>\n<center><h1>503 Service Temporarily Unavailable</h1></center>\n<hr><center>nginx</center>\n"
             "</body>\n</html>\n";
    return r;
}

void FaultInjector::truncate(HttpResponse* response)
{
    response->body.truncate(response->body.size() / 2);
}

} // namespace OrderDesk
