#include "asyncdecode.h"

namespace OrderDesk {

QThreadPool* workerPool()
{
    // Like Qt's global pool, made on first use and stopped (after its tasks) at exit.
    static QThreadPool pool;
    return &pool;
}

} // namespace OrderDesk
