#pragma once

#include <QFuture>

class QThreadPool;

namespace OrderDesk {

// A desk stays open all day and refreshes its lists hundreds of times: every refresh allocates and
// frees tens of megabytes on several threads (reply bodies, decoding, pages handed to the model).
// glibc's allocator keeps what was freed in per-thread heaps ("arenas", up to eight per core) and
// gives little of it back, so the desk's resident memory grew by half within two minutes of
// refreshing while the memory actually in use stayed level (tests/integration/tst_desksoak.cpp).
// These two keep it level. With another C library they do nothing.

// Lets the allocator use at most two heaps, whatever the number of threads, with fixed thresholds
// for mapping large blocks and trimming a heap's top (allocator.cpp says why). Called once, first
// thing in main(), before threads start.
void limitAllocatorHeaps();

// Hands what the allocator holds free back to the system (glibc's malloc_trim: a few milliseconds,
// so on a thread of `pool`; without a pool, nothing is done and the future is already finished).
// The order loader calls it when the desk has been idle for a moment after a load.
QFuture<void> returnFreeMemory(QThreadPool* pool);

} // namespace OrderDesk
