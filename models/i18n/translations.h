#pragma once

class QCoreApplication;

namespace OrderDesk {

// Installs OrderDesk's translations: English plural forms always ("1 order", "2 orders"), then
// the user's language where one is shipped, then Qt's own strings. Called by every executable.
void installTranslations(QCoreApplication* app);

} // namespace OrderDesk
