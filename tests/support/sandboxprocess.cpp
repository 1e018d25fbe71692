#include "sandboxprocess.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace OrderDesk::Test {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int AnswerTimeoutMs = 30000; // generating 100,000 orders takes seconds on a slow machine

QByteArray childPlatformName(Platform platform)
{
    return platform == Platform::FlexPortal ? "flexportal" : "offergrid";
}
} // namespace

SandboxProcess::SandboxProcess(SandboxConfig config)
    : m_config(std::move(config))
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(AnswerTimeoutMs)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

bool SandboxProcess::start()
{
    const SandboxCredentials& c = m_config.credentials;
    m_process.start(QStringLiteral(ORDERDESK_SANDBOX_CHILD),
                    {u"--seed"_s, QString::number(m_config.seed), u"--flexportal-orders"_s,
                     QString::number(m_config.flexPortalOrders), u"--offergrid-orders"_s,
                     QString::number(m_config.offerGridOrders), u"--flexportal-key"_s, c.flexPortalKey, u"--tenant"_s,
                     c.tenantId, u"--offergrid-key"_s, c.offerGridKey});
    if (!m_process.waitForStarted(AnswerTimeoutMs)) {
        m_error = u"the sandbox child did not start: "_s + m_process.errorString();
        return false;
    }
    QByteArray line;
    if (!readLine(&line))
        return false;
    if (!line.startsWith("listening ") || (m_port = quint16(line.mid(10).toUInt())) == 0) {
        m_error = u"the sandbox child said \"%1\" instead of its port"_s.arg(QString::fromUtf8(line));
        return false;
    }
    return true;
}

QUrl SandboxProcess::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

SandboxEndpoint SandboxProcess::endpoint() const
{
    const SandboxCredentials& c = m_config.credentials;
    return SandboxEndpoint{baseUrl(), c.flexPortalKey, c.tenantId, c.offerGridKey};
}

QString SandboxProcess::faultSpec(Platform platform, const SandboxFaults& f)
{
    QString spec =
        u"%1:latency=%2,server-errors=%3,rate-limits=%4,retry-after=%5,rate-limit=%6,"
        "drop-after-cancel=%7,truncated-pages=%8,stall=%9"_s.arg(QString::fromLatin1(childPlatformName(platform)))
            .arg(f.latencyMs)
            .arg(f.serverErrors)
            .arg(f.rateLimits)
            .arg(f.retryAfterSeconds)
            .arg(f.rateLimitPerSecond)
            .arg(f.dropAfterCancel)
            .arg(f.truncatedPages)
            .arg(f.stallMs);
    if (platform == Platform::OfferGrid)
        spec += u",strict-body=%1"_s.arg(f.strictBody ? 1 : 0);
    return spec;
}

void SandboxProcess::setFaults(Platform platform, const SandboxFaults& faults)
{
    // Not waited for (the soak switches faults from the GUI thread, whose stalls it measures): the
    // answer is read with the next question's, or by waitForFaults(). Written to the pipe now, so
    // the child applies it within moments.
    if (!ok())
        return;
    m_process.write("faults " + faultSpec(platform, faults).toUtf8() + '\n');
    m_process.waitForBytesWritten(AnswerTimeoutMs);
    ++m_unanswered;
}

bool SandboxProcess::waitForFaults()
{
    ask("rss"); // answered after every line before it
    return ok();
}

QStringList SandboxProcess::orderIds(Platform platform)
{
    QStringList ids;
    for (const QJsonValue& v : QJsonDocument::fromJson(ask("ids " + childPlatformName(platform))).array())
        ids << v.toString();
    return ids;
}

QByteArray SandboxProcess::orderJson(Platform platform, const QString& orderId)
{
    return QByteArray::fromBase64(ask("order " + childPlatformName(platform) + ' ' + orderId.toUtf8()));
}

QHash<QString, int> SandboxProcess::cancelRequests(Platform platform)
{
    QHash<QString, int> counts;
    const QJsonObject o = QJsonDocument::fromJson(ask("cancels " + childPlatformName(platform))).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        counts.insert(it.key(), it.value().toInt());
    return counts;
}

qint64 SandboxProcess::residentBytes()
{
    return ask("rss").toLongLong();
}

QByteArray SandboxProcess::ask(const QByteArray& command)
{
    if (!ok())
        return {};
    m_process.write(command + '\n');
    QByteArray line;
    for (; m_unanswered > 0; --m_unanswered) {
        if (!readLine(&line))
            return {};
        if (line != "ok") {
            m_error = u"the sandbox child refused faults: \"%1\""_s.arg(QString::fromUtf8(line));
            return {};
        }
    }
    if (!readLine(&line))
        return {};
    if (line == "ok")
        return {};
    if (line.startsWith("ok "))
        return line.mid(3);
    m_error = u"the sandbox child answered \"%1\" to \"%2\""_s.arg(QString::fromUtf8(line), QString::fromUtf8(command));
    return {};
}

bool SandboxProcess::readLine(QByteArray* line)
{
    const QDeadlineTimer deadline(AnswerTimeoutMs);
    while (!m_process.canReadLine()) {
        if (m_process.state() != QProcess::Running || deadline.hasExpired() ||
            !m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())))) {
            if (m_process.canReadLine())
                break;
            m_error = m_process.state() == QProcess::Running
                          ? u"the sandbox child did not answer within %1 s"_s.arg(AnswerTimeoutMs / 1000)
                          : u"the sandbox child ended (exit code %1)"_s.arg(m_process.exitCode());
            return false;
        }
    }
    *line = m_process.readLine().trimmed();
    return true;
}

} // namespace OrderDesk::Test
