// libFuzzer target: HistoryExport::toCsv: attempts built from the bytes; the CSV must read back as RFC 4180
// with one row per attempt, 31 fields each (seeds: tests/fuzz/seeds/history_csv).
// An input that breaks an invariant aborts, so libFuzzer saves it like a crash.
#include "fuzzinputs.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (!OrderDesk::Fuzz::historyCsv(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size))))
        std::abort();
    return 0;
}
