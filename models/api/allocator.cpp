#include "allocator.h"

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
#endif
}

void returnFreeMemory(QThreadPool* pool)
{
    if (pool)
        (void)QtConcurrent::run(pool, trimNow);
}

} // namespace OrderDesk
