#include "allocator.h"

#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace OrderDesk {

namespace {
void trimNow()
{
#if defined(__GLIBC__)
    malloc_trim(0); // every heap, also free pages in the middle of one (glibc 2.8 and later)
#endif
}
} // namespace

void limitAllocatorHeaps()
{
#if defined(__GLIBC__)
    mallopt(M_ARENA_MAX, 2);
    // Fixed thresholds: glibc raises both each time a large block is freed (up to 32 MiB), after
    // which OfferGrid's lists of megabytes come from the heaps and stay there, freed but held,
    // between trims. Fixed, blocks from 1 MiB up are mapped and unmapped on their own. (At 256 KiB,
    // page-sized bodies were mapped too, and the 100,000-order load took 15 % longer.)
    // The trim threshold is also the only thing that ever shrinks the top of a heap other than
    // the main one: malloc_trim() hands back free pages inside every heap but the top of the main
    // heap only. At 4 MiB, up to 4 MiB of free memory stayed resident at the top of the heap the
    // worker threads share, and that was most of the desk soak's growth (README, "Testing").
    mallopt(M_TRIM_THRESHOLD, 512 * 1024);
#endif
}

QFuture<void> returnFreeMemory(QThreadPool* pool)
{
    if (!pool) {
        QPromise<void> done; // (QtFuture::makeReadyFuture() is deprecated from Qt 6.6)
        done.start();
        done.finish();
        return done.future();
    }
    return QtConcurrent::run(pool, trimNow);
}

} // namespace OrderDesk
