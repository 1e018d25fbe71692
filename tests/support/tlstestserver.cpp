#include "tlstestserver.h"

#include "fixtures.h"

#include <QFile>
#include <QSslSocket>
#include <QUrl>

namespace OrderDesk::Test {

using namespace Qt::Literals::StringLiterals;

TlsTestServer::TlsTestServer() = default;

bool TlsTestServer::start()
{
    QFile cert(fixturePath(u"tls/self-signed.crt"_s));
    QFile key(fixturePath(u"tls/self-signed.key"_s));
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return false;
    m_certificate = QSslCertificate(&cert, QSsl::Pem);
    m_key = QSslKey(&key, QSsl::Rsa, QSsl::Pem);
    return !m_certificate.isNull() && !m_key.isNull() && listen(QHostAddress::LocalHost, 0);
}

QUrl TlsTestServer::url() const
{
    return QUrl(u"https://127.0.0.1:%1"_s.arg(serverPort()));
}

void TlsTestServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    ++m_handshakes;
    socket->setLocalCertificate(m_certificate);
    socket->setPrivateKey(m_key);
    connect(socket, &QSslSocket::readyRead, socket, [socket] {
        socket->readAll();
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 13\r\n\r\n"
                      "{\"orders\":[]}");
    });
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QSslSocket::errorOccurred, socket, &QObject::deleteLater);
    socket->startServerEncryption();
}

} // namespace OrderDesk::Test
