// libFuzzer target: FlexPortalDecoder::decodePage: a page of orders (seeds: tests/data/flexportal).
// Differential: where the simdjson path (decodePageFast) gives a value, the QJsonDocument path (decodePageQJson)
// must give an equal one (Order::operator==, times in UTC) - see Fuzz::fastAgrees in fuzzinputs.h.
// And read with the fingerprints of its own orders, the list comes back as markers only
// (api/knownorders.h; Fuzz::markersAgree).
// An input that breaks an invariant aborts, so libFuzzer saves it like a crash.
#include "fuzzinputs.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (!OrderDesk::Fuzz::flexPortalPage(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size))))
        std::abort();
    return 0;
}
