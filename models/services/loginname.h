#pragma once

#include <QString>

namespace OrderDesk {

// The name the operating system knows the account running OrderDesk by (getpwuid(geteuid()) on Unix,
// GetUserNameW on Windows), whatever the environment says; empty if it cannot tell.
QString operatingSystemLoginName();

} // namespace OrderDesk
