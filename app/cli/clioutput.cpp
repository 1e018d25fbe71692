#include "clioutput.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define ORDERDESK_ISATTY(stream) (_isatty(_fileno(stream)) != 0)
#else
#include <unistd.h>
#define ORDERDESK_ISATTY(stream) (::isatty(::fileno(stream)) != 0)
#endif

namespace OrderDesk::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OrderDeskCli)
};

void writeTo(FILE* stream, const QByteArray& utf8)
{
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stream);
}

} // namespace

void writeOut(const QByteArray& utf8)
{
    writeTo(stdout, utf8);
}

void writeOut(const QString& text)
{
    writeTo(stdout, text.toUtf8());
}

void reportError(const QString& message)
{
    std::fflush(stdout);
    writeTo(stderr, (u"orderdesk-cli: "_s + message.trimmed() + u'\n').toUtf8());
    std::fflush(stderr);
}

void reportNote(const QString& message)
{
    std::fflush(stdout);
    writeTo(stderr, (message.trimmed() + u'\n').toUtf8());
    std::fflush(stderr);
}

bool isStdinTerminal()
{
    return ORDERDESK_ISATTY(stdin);
}

bool isStderrTerminal()
{
    return ORDERDESK_ISATTY(stderr);
}

bool confirm(const QString& question)
{
    if (!isStdinTerminal())
        return false;
    std::fflush(stdout);
    writeTo(stderr, (question + u' ' + Text::tr("[y/N]") + u' ').toUtf8());
    std::fflush(stderr);
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == u"y" || answer == u"yes" || (!answer.isEmpty() && answer == Text::tr("yes").toLower());
}

ProgressLine::ProgressLine()
    : m_enabled(isStderrTerminal())
{}

ProgressLine::~ProgressLine()
{
    clear();
}

void ProgressLine::show(const QString& text)
{
    if (!m_enabled)
        return;
    const qsizetype width = text.size();
    QString line = u'\r' + text;
    if (width < m_shownWidth)
        line += QString(m_shownWidth - width, u' ');
    m_shownWidth = width;
    writeTo(stderr, line.toUtf8());
    std::fflush(stderr);
}

void ProgressLine::clear()
{
    if (!m_enabled || m_shownWidth == 0)
        return;
    writeTo(stderr, (u'\r' + QString(m_shownWidth, u' ') + u'\r').toUtf8());
    std::fflush(stderr);
    m_shownWidth = 0;
}

} // namespace OrderDesk::Cli
