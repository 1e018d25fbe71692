#pragma once

// Alt+letter mnemonics of one window, as Qt registers them: a label's with a buddy, a button's, a
// check box group's, a tab's and a menu bar title's. Two alike in one window make Alt+letter cycle
// between them instead of acting, so a keyboard user cannot reach either at one press.

#include <QAbstractButton>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QMenuBar>
#include <QStringList>
#include <QTabBar>
#include <QTabWidget>

namespace OrderDesk::Test {

// Whether `text` marks a letter or digit with "&" ("&&" is an ampersand; "A & B" marks nothing).
inline bool hasLetterMnemonic(const QString& text)
{
    for (qsizetype i = text.indexOf(u'&'); i >= 0 && i + 1 < text.size(); i = text.indexOf(u'&', i + 2)) {
        if (text.at(i + 1) != u'&' && text.at(i + 1).isLetterOrNumber())
            return true;
    }
    return false;
}

// Every mnemonic of the widgets of `window` it shows (hidden widgets register none that act), with
// what holds it: "Alt+D -> [&Database: (pgDatabase), ...]". Disabled widgets count: they are enabled
// by the dialog's other choices. A label's mnemonic without a buddy is listed under "no buddy".
inline QMap<QString, QStringList> mnemonicsOf(QWidget* window)
{
    QMap<QString, QStringList> byKey;
    const auto add = [&byKey](const QString& text, const QString& holder) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            byKey[key.toString(QKeySequence::PortableText)] << QStringLiteral("%1 (%2)").arg(text, holder);
    };
    const auto nameOf = [](const QObject* o) {
        return o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : o->objectName();
    };
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (w->window() != window || !w->isVisibleTo(window))
            continue;
        if (auto* label = qobject_cast<QLabel*>(w)) {
            if (label->textFormat() == Qt::RichText || Qt::mightBeRichText(label->text()))
                continue;
            if (label->buddy())
                add(label->text(), QStringLiteral("label for ") + nameOf(label->buddy()));
            else if (hasLetterMnemonic(label->text())) // shown as a plain "&", leading nowhere
                byKey[QStringLiteral("no buddy")] << label->text();
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            add(button->text(), nameOf(button));
        } else if (auto* group = qobject_cast<QGroupBox*>(w)) {
            add(group->title(), nameOf(group));
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i))
                    add(tabs->tabText(i), nameOf(tabs->parentWidget() ? tabs->parentWidget() : tabs));
        } else if (auto* bar = qobject_cast<QMenuBar*>(w)) {
            for (QAction* action : bar->actions())
                if (action->isVisible())
                    add(action->text(), QStringLiteral("menu bar"));
        }
    }
    return byKey;
}

// The clashes of `window` as it shows now, one line each; empty when every Alt+letter is its own.
inline QStringList mnemonicClashes(QWidget* window)
{
    QStringList clashes;
    const QMap<QString, QStringList> byKey = mnemonicsOf(window);
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        if (it.value().size() > 1 || it.key() == QStringLiteral("no buddy"))
            clashes << QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(", ")));
    return clashes;
}

// The clashes of `window` on each page of each of its tab widgets in turn (a page's widgets are
// hidden while another page shows), each once; the tab widgets are left at their first page.
inline QStringList mnemonicClashesOnEveryPage(QWidget* window)
{
    QStringList clashes = mnemonicClashes(window);
    for (QTabWidget* tabs : window->findChildren<QTabWidget*>()) {
        if (tabs->window() != window || !tabs->isVisibleTo(window))
            continue;
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            for (const QString& clash : mnemonicClashes(window))
                if (!clashes.contains(clash))
                    clashes << clash;
        }
        tabs->setCurrentIndex(current);
    }
    return clashes;
}

} // namespace OrderDesk::Test
