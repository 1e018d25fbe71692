#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;

namespace OrderDesk {

// The keyboard conventions OrderDesk follows: one table per platform, all of them plain data, so
// every platform's table can be checked on any machine (tests/unit/tst_shortcuts.cpp).
enum class KeyPlatform
{
    Windows,
    MacOS,
    LinuxKde, // and every Linux desktop that is not GNOME's
    LinuxGnome,
};

// Every default shortcut of OrderDesk, in one place. Keys are written as Qt reads them on the
// platform: on macOS Qt::CTRL is the Command key and Qt::META the Control key.
namespace Shortcuts {

// Where an action's keys work; within one scope no key may be held twice.
enum class Scope
{
    MainWindow,
    HistoryWindow,
};

struct Entry
{
    QString actionId; // the QAction's objectName
    Scope scope;
    QList<QKeySequence> keys; // the first is the one menus show
};

// A key the system or desktop takes for itself before an application sees it (or that users
// expect to do the system's thing), unless `allowedFor` holds it (Quit may take the system's quit key).
struct Reserved
{
    QKeySequence key;
    QString what;
    QString allowedFor;
};

KeyPlatform currentPlatform();
QList<KeyPlatform> allPlatforms();
QString platformName(KeyPlatform platform);

QList<Entry> table(KeyPlatform platform);
QList<QKeySequence> keys(const QString& actionId, KeyPlatform platform = currentPlatform());
QList<Reserved> reservedKeys(KeyPlatform platform);
// Whether `key` is the system's on `platform` for any action but `actionId`; `what` says whose.
// Besides the list, every key with the Windows/Super key (Qt::META) is the system's on Windows and Linux.
bool isReserved(const QKeySequence& key, const QString& actionId, KeyPlatform platform, QString* what = nullptr);

// Gives `action` its keys from the table, by its objectName (none when the table has none).
void apply(QAction* action, KeyPlatform platform = currentPlatform());

} // namespace Shortcuts
} // namespace OrderDesk
