// libFuzzer target: OfferGridDecoder::decodeList: a bare or wrapped order list (seeds: tests/data/offergrid).
// Differential: where the simdjson path (decodeListFast) gives a value, the QJsonDocument path (decodeListQJson)
// must give an equal one (Order::operator==, times in UTC) - see Fuzz::fastAgrees in fuzzinputs.h.
// And read with the fingerprints of its own orders, the list comes back as markers only
// (api/knownorders.h; Fuzz::markersAgree).
// An input that breaks an invariant aborts, so libFuzzer saves it like a crash.
#include "fuzzinputs.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (!OrderDesk::Fuzz::offerGridList(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size))))
        std::abort();
    return 0;
}
