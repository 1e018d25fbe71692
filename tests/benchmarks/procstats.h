#pragma once

#include <QtGlobal>

namespace OrderDesk::Bench {

// This process's resident memory now and at its peak, in bytes (Linux /proc; 0 elsewhere).
qint64 residentBytes();
qint64 peakResidentBytes();

} // namespace OrderDesk::Bench
