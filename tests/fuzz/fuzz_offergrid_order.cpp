// libFuzzer target: OfferGridDecoder::decodeOrder: one order (seeds: tests/data/offergrid).
// An input that breaks an invariant aborts, so libFuzzer saves it like a crash.
#include "fuzzinputs.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (!OrderDesk::Fuzz::offerGridOrder(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size))))
        std::abort();
    return 0;
}
