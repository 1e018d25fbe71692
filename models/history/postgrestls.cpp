#include "postgrestls.h"

#include "history/sqlhistory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStandardPaths>

namespace OrderDesk::PostgresTls {

using namespace Qt::Literals::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcTls, "orderdesk.history.tls", QtWarningMsg) // libpq's own words: QT_LOGGING_RULES

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PostgresTls)
};

// A value as libpq's conninfo parser reads it: in single quotes, with \ and ' escaped by a backslash.
QString quoted(QString value)
{
    value.replace(u'\\', u"\\\\"_s);
    value.replace(u'\'', u"\\'"_s);
    return u'\'' + value + u'\'';
}

// Where libpq looks for trusted authorities when sslrootcert is not given, if it has such a file.
bool libpqHasItsOwnRootFile()
{
    if (!qEnvironmentVariableIsEmpty("PGSSLROOTCERT"))
        return true;
#ifdef Q_OS_WIN
    return QFileInfo::exists(qEnvironmentVariable("APPDATA") + u"/postgresql/root.crt"_s);
#else
    return QFileInfo::exists(QDir::homePath() + u"/.postgresql/root.crt"_s);
#endif
}

} // namespace

bool isLoopbackHost(const QString& host)
{
    const QStringList hosts = host.split(u',');
    for (const QString& entry : hosts) {
        const QString h = entry.trimmed();
        if (h.startsWith(u'/') || h.startsWith(u'@')) // a Unix socket's folder, or Linux's abstract namespace
            continue;
        if (h.compare(u"localhost", Qt::CaseInsensitive) == 0)
            continue;
        QHostAddress address;
        if (address.setAddress(h) && address.isLoopback())
            continue;
        return false; // a name, even one that resolves to this machine today, is checked
    }
    return !hosts.isEmpty();
}

QString systemCaBundle()
{
    // Debian and Ubuntu, Fedora and RHEL, openSUSE, macOS, Alpine and the BSDs.
    for (const QString& bundle : {u"/etc/ssl/certs/ca-certificates.crt"_s, u"/etc/pki/tls/certs/ca-bundle.crt"_s,
                                  u"/etc/ssl/ca-bundle.pem"_s, u"/etc/ssl/cert.pem"_s}) {
        if (QFileInfo(bundle).isFile())
            return bundle;
    }
    return {};
}

QString checkCaFile(const QString& caFile)
{
    if (caFile.contains(u';'))
        return Text::tr("the path of the CA certificate file %1 holds a \";\", which Qt's PostgreSQL driver cannot "
                        "pass on; move or rename the file")
            .arg(QDir::toNativeSeparators(caFile));
    return {};
}

Result<QString> connectOptions(const HistoryLocation& location)
{
    if (const QString problem = checkCaFile(location.caFile); !problem.isEmpty())
        return ApiError(ApiError::Kind::Configuration, problem);
    QStringList options{u"connect_timeout=5"_s};
    QString root = location.caFile;
    if (root.isEmpty() && !isLoopbackHost(location.host) && !libpqHasItsOwnRootFile())
        root = systemCaBundle(); // PostgreSQL 16's sslrootcert=system, by hand: libpq 15 has no such word
    if (!location.caFile.isEmpty() || !isLoopbackHost(location.host)) {
        options << u"sslmode=verify-full"_s;
        if (!root.isEmpty())
            options << u"sslrootcert="_s + quoted(root);
    }
    return options.join(u';');
}

QString explainRefusal(const QString& libpqText, const HistoryLocation& location)
{
    const auto scrubbed = [&location](QString text) {
        if (!location.password.isEmpty())
            text.replace(location.password, u"…"_s);
        return text;
    };
    // libpq 15's words (fe-secure-openssl.c, fe-secure-common.c, fe-connect.c).
    static const QRegularExpression otherName(
        QStringLiteral("server certificate for \"([^\"]*)\"(?: \\(and \\d+ other names?\\))? "
                       "does not match host name \"([^\"]*)\""));
    static const QRegularExpression noRootFile(QStringLiteral("root certificate file \"([^\"]*)\""));
    const QString caFile = QDir::toNativeSeparators(location.caFile);
    const QRegularExpressionMatch missing = noRootFile.match(libpqText);
    const QRegularExpressionMatch names = otherName.match(libpqText);
    QString sentence;
    if (libpqText.contains(u"server does not support SSL"_s)) {
        sentence = Text::tr("the server does not offer TLS, and the history is sent only over a verified TLS "
                            "connection; ask its administrator to turn TLS on");
    } else if (missing.hasMatch()) {
        sentence = location.caFile.isEmpty()
                       ? Text::tr("there is no certificate to check the server against (%1 does not exist); give "
                                  "the team's CA certificate file in the settings")
                             .arg(QDir::toNativeSeparators(missing.captured(1)))
                       : Text::tr("there is no certificate to check the server against (the CA certificate file %1 "
                                  "does not exist or cannot be read)")
                             .arg(caFile);
    } else if (names.hasMatch()) {
        sentence = Text::tr("the server's certificate does not match the host name (it is for %1, not for %2)")
                       .arg(names.captured(1), names.captured(2));
    } else if (libpqText.contains(u"could not get server's host name from server certificate"_s) ||
               libpqText.contains(u"SSL certificate's name entry is missing"_s)) {
        sentence = Text::tr("the server's certificate names no host, so it cannot be checked");
    } else if (libpqText.contains(u"certificate verify failed"_s)) {
        sentence = location.caFile.isEmpty()
                       ? Text::tr("the server's certificate is not trusted (no authority this computer trusts "
                                  "issued it, or it has expired); give the team's CA certificate file in the "
                                  "settings")
                       : Text::tr("the server's certificate is not trusted (the certificate authority in %1 did "
                                  "not issue it, or it has expired)")
                             .arg(caFile);
    } else {
        return scrubbed(libpqText.trimmed()); // not about TLS: libpq's words, as before
    }
    qCInfo(lcTls, "%s: %s", qPrintable(location.describe()), qPrintable(scrubbed(libpqText.trimmed())));
    return scrubbed(sentence);
}

} // namespace OrderDesk::PostgresTls
