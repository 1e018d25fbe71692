#include "soakplan.h"

#include <QString>

namespace OrderDesk::Test {

std::optional<quint32> soakSeed()
{
    const QString given = qEnvironmentVariable("ORDERDESK_SOAK_SEED").trimmed();
    if (given.isEmpty())
        return QRandomGenerator::system()->generate();
    bool ok = false;
    const uint seed = given.toUInt(&ok);
    return ok ? std::optional<quint32>(seed) : std::nullopt;
}

SandboxFaults randomSoakFaults(QRandomGenerator& rng, int stallMs)
{
    SandboxFaults f;
    switch (rng.bounded(9)) {
    case 0:
        break; // a quiet spell
    case 1:
        f.latencyMs = 50 + int(rng.bounded(400));
        break;
    case 2:
        f.serverErrors = 1 + int(rng.bounded(3));
        break;
    case 3:
        f.rateLimits = 1 + int(rng.bounded(2));
        f.retryAfterSeconds = 1;
        break;
    case 4:
        f.dropAfterCancel = 1 + int(rng.bounded(2));
        break;
    case 5:
        f.truncatedPages = 1;
        break;
    case 6:
        f.stallMs = stallMs;
        break;
    case 7:
        f.serverErrors = 6; // an outage: more 503s than a read's four tries, so re-reads fail too
        break;
    default:
        f.latencyMs = int(rng.bounded(200));
        f.serverErrors = 1;
        f.dropAfterCancel = 1;
        break;
    }
    return f;
}

} // namespace OrderDesk::Test
