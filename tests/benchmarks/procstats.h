#pragma once

#include <QtGlobal>

namespace OrderDesk::Bench {

// This process's resident memory now and at its peak, in bytes (Linux /proc; 0 elsewhere).
qint64 residentBytes();
qint64 peakResidentBytes();
// CPU time used so far by the calling thread and by the whole process, in seconds (0 elsewhere).
double threadCpuSeconds();
double processCpuSeconds();

} // namespace OrderDesk::Bench
