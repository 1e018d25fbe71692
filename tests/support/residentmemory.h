#pragma once

#include <QtGlobal>

namespace OrderDesk::Test {

// This process's resident memory in bytes (Linux: /proc/self/statm; 0 elsewhere): what the desk
// soak measures, in the desk and in its sandbox child.
qint64 residentBytes();

} // namespace OrderDesk::Test
