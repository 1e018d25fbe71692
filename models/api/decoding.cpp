#include "decoding.h"

#include <QCoreApplication>
#include <QJsonParseError>
#include <QRegularExpression>

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

ParsedJson parseJson(const QByteArray& body)
{
    ParsedJson out;
    if (body.trimmed().isEmpty()) {
        out.error = QCoreApplication::translate("Decoding", "the reply was empty");
        return out;
    }
    QJsonParseError err;
    out.document = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError) {
        const QString what =
            body.trimmed().startsWith('<')
                ? QCoreApplication::translate("Decoding", "the reply is not JSON but a web page (%1)")
                      .arg(describeNonJsonBody(body))
                : QCoreApplication::translate("Decoding", "the reply is not valid JSON (%1 at byte %2)")
                      .arg(err.errorString())
                      .arg(err.offset);
        out.error = what;
        out.document = {};
    }
    return out;
}

ApiError protocolError(const QString& what)
{
    return ApiError(ApiError::Kind::Protocol, what);
}

QString describeNonJsonBody(const QByteArray& body)
{
    static const QRegularExpression title(u"<title[^>]*>([^<]*)</title>"_s, QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromUtf8(body.left(4096));
    const QRegularExpressionMatch m = title.match(text);
    if (m.hasMatch())
        return m.captured(1).simplified().left(120);
    static const QRegularExpression tags(u"<[^>]*>"_s);
    return QString(text).remove(tags).simplified().left(120);
}

ApiError::Kind kindForHttpStatus(int status)
{
    switch (status) {
    case 401:
        return ApiError::Kind::Authentication;
    case 403:
        return ApiError::Kind::Permission;
    case 404:
        return ApiError::Kind::NotFound;
    case 400:
    case 422:
        return ApiError::Kind::Validation;
    case 408:
        return ApiError::Kind::Timeout;
    case 429:
        return ApiError::Kind::RateLimited;
    default:
        break;
    }
    if (status >= 500)
        return ApiError::Kind::Server;
    return ApiError::Kind::Protocol;
}

} // namespace OrderDesk
