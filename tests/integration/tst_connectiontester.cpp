// "Test connection" in the accounts dialog, against real servers on loopback: the sandbox with
// the right and the wrong key or tenant, a port nothing listens on, and an https server whose
// certificate is self-signed. Each failure is told in words that name the problem.
#include "sandboxclient.h"
#include "services/connectiontester.h"
#include "tlstestserver.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace OrderDesk;
using namespace OrderDesk::Test;
using namespace Qt::Literals::StringLiterals;

class TestConnectionTester : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxClient> m_sandbox;

    struct Outcome
    {
        bool done = false;
        bool connected = false;
        QString message;
    };

    Outcome run(const Account& account, const QString& secret)
    {
        ConnectionTester tester(m_sandbox->network(), SandboxClient::fastSettings());
        QSignalSpy tested(&tester, &ConnectionTester::tested);
        tester.test(account, secret);
        Outcome o;
        o.done = tested.count() > 0 || tested.wait(30000);
        if (o.done) {
            o.connected = tested.first().at(1).toBool();
            o.message = tested.first().at(2).toString();
            if (tested.first().at(0).toString() != account.id)
                o.done = false;
        }
        return o;
    }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxClient>();
        QVERIFY(m_sandbox->isRunning());
    }

    void rightKeys_connect_data()
    {
        QTest::addColumn<int>("platform");
        QTest::newRow("flexportal") << int(Platform::FlexPortal);
        QTest::newRow("offergrid") << int(Platform::OfferGrid);
    }

    void rightKeys_connect()
    {
        QFETCH(int, platform);
        const SandboxCredentials& c = m_sandbox->server()->config().credentials;
        const Outcome o = run(m_sandbox->account(Platform(platform)),
                              Platform(platform) == Platform::FlexPortal ? c.flexPortalKey : c.offerGridKey);
        QVERIFY(o.done);
        QVERIFY2(o.connected, qPrintable(o.message));
    }

    void wrongKey_saysTheKeyWasRefused_data() { rightKeys_connect_data(); }

    void wrongKey_saysTheKeyWasRefused()
    {
        QFETCH(int, platform);
        const Outcome o = run(m_sandbox->account(Platform(platform)), u"not-the-key"_s);
        QVERIFY(o.done);
        QVERIFY(!o.connected);
        QVERIFY2(o.message.contains(u"key"_s), qPrintable(o.message));
        QVERIFY2(!o.message.contains(u"not-the-key"_s), "the secret must never appear in a message");
    }

    void wrongTenant_saysTheTenantIsNotAccessible()
    {
        Account a = m_sandbox->account(Platform::FlexPortal);
        a.tenantId = u"someone-elses-tenant"_s;
        const Outcome o = run(a, m_sandbox->server()->config().credentials.flexPortalKey);
        QVERIFY(o.done);
        QVERIFY(!o.connected);
        QVERIFY2(o.message.contains(u"tenant"_s, Qt::CaseInsensitive), qPrintable(o.message));
    }

    void nothingListening_saysTheServerCannotBeReached()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        Account a = m_sandbox->account(Platform::OfferGrid);
        a.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(probe.serverPort()));
        probe.close();
        const Outcome o = run(a, u"any"_s);
        QVERIFY(o.done);
        QVERIFY(!o.connected);
        QVERIFY2(o.message.contains(u"refused"_s, Qt::CaseInsensitive) || o.message.contains(u"reach"_s),
                 qPrintable(o.message));
    }

    void selfSignedCertificate_isRefusedAndSaidSo()
    {
        TlsTestServer tls;
        QVERIFY(tls.start());
        Account a = m_sandbox->account(Platform::OfferGrid);
        a.baseUrl = tls.url();
        const Outcome o = run(a, u"any"_s);
        QVERIFY(o.done);
        QVERIFY(!o.connected);
        QCOMPARE(tls.handshakesStarted(), 1); // it did try, and did not retry past the certificate
        QVERIFY2(o.message.contains(u"certificate"_s, Qt::CaseInsensitive), qPrintable(o.message));
    }

    void plainHttpToARemoteHost_isRefusedWithoutSendingAnything()
    {
        Account a = m_sandbox->account(Platform::FlexPortal);
        a.baseUrl = QUrl(u"http://api-eu.flexportal.io"_s);
        const Outcome o = run(a, u"any"_s);
        QVERIFY(o.done);
        QVERIFY(!o.connected);
        QVERIFY2(o.message.contains(u"https"_s), qPrintable(o.message));
    }
};

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
