#pragma once

#include <QString>
#include <QtGlobal>

namespace OrderDesk {

// The secrets the sandbox accepts. Anything else is answered like the real platforms answer it.
struct SandboxCredentials
{
    QString flexPortalKey = QStringLiteral("sandbox-flexportal-key"); // Authorization: Bearer <key>
    QString tenantId = QStringLiteral("sandbox-tenant");              // Tenant-ID header
    QString offerGridKey = QStringLiteral("sandbox-offergrid-key");   // x-api-key header
};

// What the sandbox holds. The same seed (and the same counts and credentials) gives byte-identical data.
struct SandboxConfig
{
    quint32 seed = 42;
    int flexPortalOrders = 500; // handles 100,000
    int offerGridOrders = 200;  // handles 50,000 (one JSON array of about 70 MB)
    SandboxCredentials credentials;
};

// Fault injection per platform. Counts mean "the next N matching requests" and go down as they are used.
struct SandboxFaults
{
    int latencyMs = 0;          // added before every response of that platform (a timer, never a sleep)
    int serverErrors = 0;       // next N requests answer 503 with an HTML body (text/html)
    int rateLimits = 0;         // next N requests answer 429 (FlexPortal: Retry-After header and error envelope;
                                // OfferGrid: NestJS body with retryAfter and the X-RateLimit-* headers)
    int retryAfterSeconds = 1;  // the wait those 429s ask for
    int rateLimitPerSecond = 0; // a mode (not counted down), 0 = off: at most N cancel requests per second per key
                                // (FlexPortal: bearer key + Tenant-ID; OfferGrid: x-api-key), in windows of one
                                // second; beyond it the cancel is not applied and answered 429 as above, asking to
                                // wait until the window ends (Retry-After / retryAfter / X-RateLimit-Reset)
    int dropAfterCancel = 0;    // next N cancel requests (FlexPortal: of orders and of subscriptions): the cancel
                                // is applied, then the connection is closed without any response
    int truncatedPages = 0;     // next N successful list responses: the JSON body is cut in half (Content-Length
                                // matches the cut body, so the reply is complete HTTP holding malformed JSON)
    int stallMs = 0;            // next response of that platform: headers and part of the body, then nothing
                                // for this long (client timeout tests); 0 = off
    bool strictBody = false;    // OfferGrid only, a mode (not counted down): its cancel refuses every body
                                // property as a NestJS whitelisting server would (forbidNonWhitelisted):
                                // 400 {"statusCode":400,"message":["property reason should not exist"],
                                // "error":"Bad Request"}; a cancel without a body, or with {}, goes through

    bool operator==(const SandboxFaults& other) const;
    bool operator!=(const SandboxFaults& other) const { return !(*this == other); }
};

} // namespace OrderDesk
