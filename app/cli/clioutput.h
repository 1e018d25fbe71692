#pragma once

#include <QByteArray>
#include <QString>

namespace OrderDesk::Cli {

// Results go to stdout, as UTF-8; messages, prompts and progress go to stderr, so that a script
// piping stdout gets only data.
void writeOut(const QByteArray& utf8);
void writeOut(const QString& text);
void reportError(const QString& message); // "orderdesk-cli: <message>" on its own line
void reportNote(const QString& message);  // a line on stderr for the person running the command

bool isStdinTerminal();
bool isStderrTerminal();

// Asks a yes/no question on stderr and reads the answer from stdin (only when stdin is a terminal).
bool confirm(const QString& question);

// One self-overwriting line on stderr for long operations, shown only when stderr is a terminal.
class ProgressLine
{
public:
    ProgressLine();
    ~ProgressLine();
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    void show(const QString& text);
    void clear();

private:
    bool m_enabled;
    qsizetype m_shownWidth = 0;
};

} // namespace OrderDesk::Cli
