#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

namespace OrderDesk::Test {

// An https server on 127.0.0.1 with a self-signed certificate (tests/data/tls): what a custom
// https address with a broken certificate looks like. It answers any request with 200 and a JSON
// body, so a client that ignored the certificate error would see success.
class TlsTestServer : public QTcpServer
{
    Q_OBJECT

public:
    TlsTestServer();
    bool start(); // false when the certificate cannot be read or no port is free
    QUrl url() const;
    int handshakesStarted() const { return m_handshakes; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    int m_handshakes = 0;
};

} // namespace OrderDesk::Test
