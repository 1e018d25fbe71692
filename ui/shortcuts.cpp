#include "shortcuts.h"

#include <QAction>

namespace OrderDesk::Shortcuts {

using namespace Qt::Literals::StringLiterals;

namespace {

using Keys = QList<QKeySequence>;

QKeySequence key(QKeyCombination combination)
{
    return QKeySequence(combination);
}

// One action's keys on each platform.
struct Row
{
    QString id;
    Scope scope;
    Keys windows;
    Keys macos;
    Keys kde;
    Keys gnome;
};

const QList<Row>& rows()
{
    const QKeySequence ctrlComma = key(Qt::CTRL | Qt::Key_Comma);
    const QKeySequence ctrlQ = key(Qt::CTRL | Qt::Key_Q);
    const QKeySequence f5 = key(Qt::Key_F5);
    const QKeySequence ctrlR = key(Qt::CTRL | Qt::Key_R);
    const QKeySequence shiftF5 = key(Qt::SHIFT | Qt::Key_F5);
    const QKeySequence ctrlShiftR = key(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    const QKeySequence ctrlF = key(Qt::CTRL | Qt::Key_F);
    const QKeySequence ctrlG = key(Qt::CTRL | Qt::Key_G);
    const QKeySequence ctrlH = key(Qt::CTRL | Qt::Key_H);
    const QKeySequence ctrlY = key(Qt::CTRL | Qt::Key_Y);
    const QKeySequence ctrlShiftX = key(Qt::CTRL | Qt::SHIFT | Qt::Key_X);
    const QKeySequence ctrlShiftA = key(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    const QKeySequence ctrlC = key(Qt::CTRL | Qt::Key_C);
    const QKeySequence ctrlShiftC = key(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    const QKeySequence ctrlPeriod = key(Qt::CTRL | Qt::Key_Period);
    const QKeySequence altF4 = key(Qt::ALT | Qt::Key_F4);
    const auto all = [](const QKeySequence& k) { return Keys{k}; };
    constexpr Scope Main = Scope::MainWindow;
    constexpr Scope History = Scope::HistoryWindow;
    // clang-format off
    static const QList<Row> table{
        //  action                       scope    Windows             macOS               KDE          GNOME
        // Ctrl+, everywhere (Cmd+, on macOS): QKeySequence::Preferences is empty on Windows and GNOME
        // and Ctrl+Shift+, on KDE, which no one guesses.
        {u"settingsAction"_s,           Main,    all(ctrlComma),     all(ctrlComma),     all(ctrlComma), all(ctrlComma)},
        // Windows has no Ctrl+Q convention; Alt+F4 is the system's way to close, named in the menu.
        {u"quitAction"_s,               Main,    {altF4},            {ctrlQ},            {ctrlQ},     {ctrlQ}},
        // F5 everywhere, and the platform's own refresh key where it has one (Cmd+R, GNOME's Ctrl+R).
        {u"refreshAction"_s,            Main,    {f5},               {f5, ctrlR},        {f5},        {f5, ctrlR}},
        {u"refreshOrderAction"_s,       Main,    {shiftF5},          {ctrlShiftR},       {shiftF5},   {shiftF5, ctrlShiftR}},
        // Cmd+. stops loading on macOS (as in Safari); elsewhere the status bar's button.
        {u"stopAction"_s,               Main,    {},                 {ctrlPeriod},       {},          {}},
        {u"findAction"_s,               Main,    {ctrlF},            {ctrlF},            {ctrlF},     {ctrlF}},
        // Qt's FindNext is Ctrl+G on Windows, GNOME and macOS, but the search is a filter with no
        // "next match" and no widget here reacts to FindNext, so the key shadows nothing.
        {u"goToOrderAction"_s,          Main,    {ctrlG},            {ctrlG},            {ctrlG},     {ctrlG}},
        // Cmd+H hides the application on macOS: Cmd+Y is the history there, as in Safari.
        {u"historyAction"_s,            Main,    {ctrlH},            {ctrlY},            {ctrlH},     {ctrlH}},
        {u"cancelAction"_s,             Main,    {ctrlShiftX},       {ctrlShiftX},       {ctrlShiftX}, {ctrlShiftX}},
        {u"selectAllShownAction"_s,     Main,    {ctrlShiftA},       {ctrlShiftA},       {ctrlShiftA}, {ctrlShiftA}},
        // Copy works while the orders list has the focus; elsewhere Ctrl+C copies the text there.
        {u"copyOrderIdAction"_s,        Main,    {ctrlC},            {ctrlC},            {ctrlC},     {ctrlC}},
        {u"copyEmailAction"_s,          Main,    {ctrlShiftC},       {ctrlShiftC},       {ctrlShiftC}, {ctrlShiftC}},
        {u"historyRefreshAction"_s,     History, {f5},               {f5, ctrlR},        {f5},        {f5, ctrlR}},
        {u"historyCopyRowAction"_s,     History, {ctrlC},            {ctrlC},            {ctrlC},     {ctrlC}},
        {u"historyFindAction"_s,        History, {ctrlF},            {ctrlF},            {ctrlF},     {ctrlF}},
    };
    // clang-format on
    return table;
}

const Keys& keysOf(const Row& row, KeyPlatform platform)
{
    switch (platform) {
    case KeyPlatform::Windows:
        return row.windows;
    case KeyPlatform::MacOS:
        return row.macos;
    case KeyPlatform::LinuxKde:
        return row.kde;
    case KeyPlatform::LinuxGnome:
        break;
    }
    return row.gnome;
}

} // namespace

KeyPlatform currentPlatform()
{
#if defined(Q_OS_WIN)
    return KeyPlatform::Windows;
#elif defined(Q_OS_MACOS)
    return KeyPlatform::MacOS;
#else
    // Qt's GNOME key scheme goes with GNOME and the desktops built on it.
    const QString desktop = qEnvironmentVariable("XDG_CURRENT_DESKTOP");
    for (const QString& gnomeLike : {u"GNOME"_s, u"Unity"_s, u"Cinnamon"_s, u"Pantheon"_s, u"Budgie"_s}) {
        if (desktop.contains(gnomeLike, Qt::CaseInsensitive))
            return KeyPlatform::LinuxGnome;
    }
    return KeyPlatform::LinuxKde;
#endif
}

QList<KeyPlatform> allPlatforms()
{
    return {KeyPlatform::Windows, KeyPlatform::MacOS, KeyPlatform::LinuxKde, KeyPlatform::LinuxGnome};
}

QString platformName(KeyPlatform platform)
{
    switch (platform) {
    case KeyPlatform::Windows:
        return u"Windows"_s;
    case KeyPlatform::MacOS:
        return u"macOS"_s;
    case KeyPlatform::LinuxKde:
        return u"Linux (KDE)"_s;
    case KeyPlatform::LinuxGnome:
        break;
    }
    return u"Linux (GNOME)"_s;
}

QList<Entry> table(KeyPlatform platform)
{
    QList<Entry> out;
    for (const Row& row : rows())
        out.append(Entry{row.id, row.scope, keysOf(row, platform)});
    return out;
}

QList<QKeySequence> keys(const QString& actionId, KeyPlatform platform)
{
    for (const Row& row : rows()) {
        if (row.id == actionId)
            return keysOf(row, platform);
    }
    return {};
}

QList<Reserved> reservedKeys(KeyPlatform platform)
{
    const auto k = [](QKeyCombination c) { return QKeySequence(c); };
    const QString quit = u"quitAction"_s;
    switch (platform) {
    case KeyPlatform::MacOS: // Qt::CTRL is Command, Qt::ALT Option, Qt::META Control
        return {
            {k(Qt::CTRL | Qt::Key_H), u"Hide the application"_s, {}},
            {k(Qt::CTRL | Qt::ALT | Qt::Key_H), u"Hide the other applications"_s, {}},
            {k(Qt::CTRL | Qt::Key_M), u"Minimize the window"_s, {}},
            {k(Qt::CTRL | Qt::Key_Q), u"Quit"_s, quit},
            {k(Qt::CTRL | Qt::Key_Tab), u"Switch applications"_s, {}},
            {k(Qt::CTRL | Qt::Key_Space), u"Spotlight"_s, {}},
            {k(Qt::META | Qt::Key_Space), u"Switch input source"_s, {}},
            {k(Qt::CTRL | Qt::Key_QuoteLeft), u"Switch windows of the application"_s, {}},
            {k(Qt::CTRL | Qt::ALT | Qt::Key_Escape), u"Force Quit"_s, {}},
            {k(Qt::CTRL | Qt::META | Qt::Key_Q), u"Lock the screen"_s, {}},
            {k(Qt::CTRL | Qt::ALT | Qt::Key_D), u"Show or hide the Dock"_s, {}},
            {k(Qt::CTRL | Qt::SHIFT | Qt::Key_3), u"Screenshot"_s, {}},
            {k(Qt::CTRL | Qt::SHIFT | Qt::Key_4), u"Screenshot of a part"_s, {}},
            {k(Qt::CTRL | Qt::SHIFT | Qt::Key_5), u"Screenshot tools"_s, {}},
            {k(Qt::CTRL | Qt::SHIFT | Qt::Key_Question), u"Help menu search"_s, {}},
        };
    case KeyPlatform::Windows:
        return {
            {k(Qt::ALT | Qt::Key_F4), u"Close the window"_s, quit},
            {k(Qt::ALT | Qt::Key_Tab), u"Switch windows"_s, {}},
            {k(Qt::ALT | Qt::Key_Escape), u"Cycle windows"_s, {}},
            {k(Qt::ALT | Qt::Key_Space), u"Window menu"_s, {}},
            {k(Qt::CTRL | Qt::Key_Escape), u"Start menu"_s, {}},
            {k(Qt::CTRL | Qt::ALT | Qt::Key_Delete), u"Security options"_s, {}},
            {k(Qt::CTRL | Qt::SHIFT | Qt::Key_Escape), u"Task Manager"_s, {}},
            {k(Qt::Key_Print), u"Screenshot"_s, {}},
        };
    case KeyPlatform::LinuxKde:
        return {
            {k(Qt::ALT | Qt::Key_Tab), u"Switch windows"_s, {}},
            {k(Qt::ALT | Qt::SHIFT | Qt::Key_Tab), u"Switch windows backwards"_s, {}},
            {k(Qt::ALT | Qt::Key_F1), u"Application launcher"_s, {}},
            {k(Qt::ALT | Qt::Key_F2), u"KRunner"_s, {}},
            {k(Qt::ALT | Qt::Key_Space), u"KRunner"_s, {}},
            {k(Qt::ALT | Qt::Key_F3), u"Window menu"_s, {}},
            {k(Qt::ALT | Qt::Key_F4), u"Close the window"_s, quit},
            {k(Qt::CTRL | Qt::ALT | Qt::Key_Delete), u"Log out"_s, {}},
            {k(Qt::CTRL | Qt::ALT | Qt::Key_T), u"Terminal"_s, {}},
            {k(Qt::CTRL | Qt::Key_Escape), u"System activity"_s, {}},
            {k(Qt::CTRL | Qt::Key_F1), u"Desktop 1"_s, {}},
            {k(Qt::CTRL | Qt::Key_F2), u"Desktop 2"_s, {}},
            {k(Qt::CTRL | Qt::Key_F3), u"Desktop 3"_s, {}},
            {k(Qt::CTRL | Qt::Key_F4), u"Desktop 4"_s, {}},
            {k(Qt::Key_Print), u"Screenshot"_s, {}},
        };
    case KeyPlatform::LinuxGnome:
        break;
    }
    return {
        {k(Qt::ALT | Qt::Key_Tab), u"Switch applications"_s, {}},
        {k(Qt::ALT | Qt::SHIFT | Qt::Key_Tab), u"Switch applications backwards"_s, {}},
        {k(Qt::ALT | Qt::Key_QuoteLeft), u"Switch windows of the application"_s, {}},
        {k(Qt::CTRL | Qt::ALT | Qt::Key_Tab), u"Switch system controls"_s, {}},
        {k(Qt::ALT | Qt::Key_F1), u"Activities overview"_s, {}},
        {k(Qt::ALT | Qt::Key_F2), u"Run a command"_s, {}},
        {k(Qt::ALT | Qt::Key_F4), u"Close the window"_s, quit},
        {k(Qt::ALT | Qt::Key_F7), u"Move the window"_s, {}},
        {k(Qt::ALT | Qt::Key_F8), u"Resize the window"_s, {}},
        {k(Qt::ALT | Qt::Key_F10), u"Maximize the window"_s, {}},
        {k(Qt::ALT | Qt::Key_Space), u"Window menu"_s, {}},
        {k(Qt::CTRL | Qt::ALT | Qt::Key_Delete), u"Log out"_s, {}},
        {k(Qt::CTRL | Qt::ALT | Qt::Key_T), u"Terminal"_s, {}},
        {k(Qt::CTRL | Qt::ALT | Qt::Key_Left), u"Workspace to the left"_s, {}},
        {k(Qt::CTRL | Qt::ALT | Qt::Key_Right), u"Workspace to the right"_s, {}},
        {k(Qt::CTRL | Qt::ALT | Qt::Key_Up), u"Workspace above"_s, {}},
        {k(Qt::CTRL | Qt::ALT | Qt::Key_Down), u"Workspace below"_s, {}},
        {k(Qt::Key_Print), u"Screenshot"_s, {}},
    };
}

bool isReserved(const QKeySequence& key, const QString& actionId, KeyPlatform platform, QString* what)
{
    for (const Reserved& r : reservedKeys(platform)) {
        if (r.key == key && r.allowedFor != actionId) {
            if (what)
                *what = r.what;
            return true;
        }
    }
    if (platform != KeyPlatform::MacOS) { // there Qt::META is the Control key, free for applications
        for (int i = 0; i < key.count(); ++i) {
            if (key[i].keyboardModifiers() & Qt::MetaModifier) {
                if (what)
                    *what = u"the Windows/Super key belongs to the system"_s;
                return true;
            }
        }
    }
    return false;
}

void apply(QAction* action, KeyPlatform platform)
{
    action->setShortcuts(keys(action->objectName(), platform));
}

} // namespace OrderDesk::Shortcuts
