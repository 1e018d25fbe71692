#pragma once

#include "httpmessage.h"
#include "sandboxconfig.h"

namespace OrderDesk {

// What the faults decide for one request of a platform.
struct FaultDecision
{
    enum class Answer
    {
        Normal,
        ServerError,
        RateLimited
    };

    Answer answer = Answer::Normal;
    int latencyMs = 0;
    int stallMs = 0; // > 0: send part of the response, then stall this long
    int retryAfterSeconds = 1;
};

// One platform's SandboxFaults, counted down as requests use them. Not thread-safe: the server guards it.
class FaultInjector
{
public:
    void set(const SandboxFaults& faults) { m_faults = faults; }
    const SandboxFaults& current() const { return m_faults; }

    // For every request: latency, and whether it is answered 503, 429 or normally (and maybe stalled).
    FaultDecision next();
    // For a successful list response: whether to cut this body in half.
    bool takeTruncation();
    // For a cancel request: whether to close the connection instead of answering.
    bool takeDrop();

    // The 503 a load balancer sends: HTML, not JSON.
    static HttpResponse serviceUnavailable();
    // Half the body, with Content-Length to match: complete HTTP, malformed JSON.
    static void truncate(HttpResponse* response);

private:
    SandboxFaults m_faults;
};

} // namespace OrderDesk
