#pragma once

#include "domain/apierror.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace OrderDesk {

// What both platforms' decoders share: parsing a body into a JSON document with an error that says
// what was wrong, and reading a non-JSON error page (an HTML 502 from a proxy) into a short message.
struct ParsedJson
{
    QJsonDocument document;
    QString error; // empty when the body parsed
};

ParsedJson parseJson(const QByteArray& body);
ApiError protocolError(const QString& what);
QString describeNonJsonBody(const QByteArray& body); // "<title>" of an HTML page, or a short excerpt
ApiError::Kind kindForHttpStatus(int status);

} // namespace OrderDesk
