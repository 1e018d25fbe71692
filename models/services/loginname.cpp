#include "loginname.h"

#include <QtGlobal>

#if defined(Q_OS_WIN)
#include <qt_windows.h>

#include <lmcons.h> // UNLEN
#pragma comment(lib, "advapi32")
#else
#include <pwd.h>
#include <unistd.h>
#endif

namespace OrderDesk {

QString operatingSystemLoginName()
{
#if defined(Q_OS_WIN)
    wchar_t name[UNLEN + 1];
    DWORD size = UNLEN + 1;
    if (!GetUserNameW(name, &size) || size == 0)
        return {};
    return QString::fromWCharArray(name, int(size) - 1); // size counts the terminating null
#else
    // Not getlogin(): it asks the terminal, and a desktop session may have none.
    const passwd* entry = getpwuid(geteuid());
    return entry && entry->pw_name ? QString::fromLocal8Bit(entry->pw_name) : QString();
#endif
}

} // namespace OrderDesk
