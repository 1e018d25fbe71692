// ApiError: a sentence for the agent for every kind, with the platform's own words and details; the
// seconds to wait when rate limited; stable keys for logs and the history; which failures are retried.
#include "domain/apierror.h"
#include "i18n/translations.h"

#include <QLocale>
#include <QSet>
#include <QTest>

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

namespace {

using Kind = ApiError::Kind;

// Every kind with the key the history and the CLI store; these strings must never change.
const QList<QPair<Kind, QString>> everyKind{
    {Kind::Network, u"network"_s},
    {Kind::Timeout, u"timeout"_s},
    {Kind::Tls, u"tls"_s},
    {Kind::Authentication, u"authentication"_s},
    {Kind::Permission, u"permission"_s},
    {Kind::NotFound, u"not-found"_s},
    {Kind::NotCancellable, u"not-cancellable"_s},
    {Kind::AlreadyCancelled, u"already-cancelled"_s},
    {Kind::AlreadyEnded, u"already-ended"_s},
    {Kind::Validation, u"validation"_s},
    {Kind::RateLimited, u"rate-limited"_s},
    {Kind::Server, u"server"_s},
    {Kind::Protocol, u"protocol"_s},
    {Kind::Configuration, u"configuration"_s},
    {Kind::Aborted, u"aborted"_s},
};

} // namespace

class TestApiError : public QObject
{
    Q_OBJECT

private:
    static void addKindRows()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("key");
        for (const auto& [kind, key] : everyKind)
            QTest::newRow(qPrintable(key)) << int(kind) << key;
    }

private slots:
    void initTestCase()
    {
        // English with its plural forms ("1 second", "60 seconds"), whatever the machine's language.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        installTranslations(QCoreApplication::instance());
    }

    void userMessage_ofEveryKind_isASentence_data() { addKindRows(); }

    void userMessage_ofEveryKind_isASentence()
    {
        QFETCH(int, kind);
        const ApiError e{Kind(kind), QString()};
        const QString shown = e.userMessage();
        QVERIFY(!shown.trimmed().isEmpty());
        QVERIFY2(shown.endsWith(u'.'), qPrintable(shown));
        QVERIFY2(!shown.contains(u"Details"_s), qPrintable(shown));
        QVERIFY2(!shown.contains(u"%"_s), qPrintable(shown));
    }

    void userMessage_ofEveryKind_includesTheServerMessage_data() { addKindRows(); }

    void userMessage_ofEveryKind_includesTheServerMessage()
    {
        QFETCH(int, kind);
        const ApiError e(Kind(kind), u"Order has active subscriptions"_s, 400, u"ORDER_NOT_CANCELLABLE"_s);
        const QString shown = e.userMessage();
        QVERIFY2(shown.contains(u"Order has active subscriptions"_s), qPrintable(shown));
        QVERIFY2(shown.startsWith(ApiError(Kind(kind), QString()).userMessage()), qPrintable(shown));
    }

    void userMessage_withDetails_listsEveryDetail_data() { addKindRows(); }

    void userMessage_withDetails_listsEveryDetail()
    {
        QFETCH(int, kind);
        ApiError e(Kind(kind), u"Invalid request body"_s, 422, u"VALIDATION_ERROR"_s);
        e.details = QStringList{u"customer.email: Invalid email format"_s, u"reason: too long"_s};
        const QString shown = e.userMessage();
        QVERIFY2(shown.contains(u"Invalid request body (customer.email: Invalid email format; reason: too long)"_s),
                 qPrintable(shown));
    }

    void userMessage_detailsWithoutMessage_listsTheDetailsAlone()
    {
        ApiError e(Kind::Validation, QString(), 400);
        e.details = QStringList{u"customerInfo.email: Invalid email format"_s};
        const QString shown = e.userMessage();
        QVERIFY2(shown.contains(u"customerInfo.email: Invalid email format"_s), qPrintable(shown));
        QVERIFY2(!shown.contains(u"()"_s) && !shown.contains(u" ("_s), qPrintable(shown));
    }

    void userMessage_rateLimited_mentionsTheSeconds_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("one second") << 1 << u"1 second."_s;
        QTest::newRow("sixty seconds") << 60 << u"60 seconds"_s;
        QTest::newRow("a day") << 86400 << u"86400 seconds"_s;
    }

    void userMessage_rateLimited_mentionsTheSeconds()
    {
        QFETCH(int, seconds);
        QFETCH(QString, mentions);
        ApiError e(Kind::RateLimited, u"Too many requests"_s, 429);
        e.retryAfterSeconds = seconds;
        const QString shown = e.userMessage();
        QVERIFY2(shown.contains(mentions), qPrintable(shown));
        QVERIFY2(shown.contains(u"Too many requests"_s), qPrintable(shown));
        QVERIFY2(!shown.contains(u"%n"_s) && !shown.contains(u"(s)"_s), qPrintable(shown));
    }

    void userMessage_rateLimitedWithoutSeconds_saysInAMoment()
    {
        const ApiError e(Kind::RateLimited, QString(), 429);
        QVERIFY2(e.userMessage().contains(u"in a moment"_s), qPrintable(e.userMessage()));
    }

    void kindKey_ofEveryKind_isStable_data() { addKindRows(); }

    void kindKey_ofEveryKind_isStable()
    {
        QFETCH(int, kind);
        QFETCH(QString, key);
        QCOMPARE(kindKey(Kind(kind)), key);
        QCOMPARE(ApiError(Kind(kind), QString()).kindKey(), key);
    }

    void kindKey_ofEveryKind_isDistinct()
    {
        QSet<QString> keys;
        for (const auto& [kind, key] : everyKind)
            keys.insert(kindKey(kind));
        QCOMPARE(keys.size(), everyKind.size());
    }

    void isTransient_onlyForFailuresWorthRetrying_data() { addKindRows(); }

    void isTransient_onlyForFailuresWorthRetrying()
    {
        QFETCH(int, kind);
        const Kind k = Kind(kind);
        const bool transient = k == Kind::Network || k == Kind::Timeout || k == Kind::Server || k == Kind::RateLimited;
        QCOMPARE(ApiError(k, QString()).isTransient(), transient);
    }

    void constructor_keepsEveryPart()
    {
        const ApiError e(Kind::AlreadyCancelled, u"Order already cancelled"_s, 409, u"ALREADY_CANCELLED"_s);
        QCOMPARE(e.kindKey(), u"already-cancelled"_s);
        QCOMPARE(e.message, u"Order already cancelled"_s);
        QCOMPARE(e.httpStatus, 409);
        QCOMPARE(e.code, u"ALREADY_CANCELLED"_s);
        QVERIFY(e.details.isEmpty());
        QVERIFY(!e.retryAfterSeconds.has_value());

        const ApiError blank;
        QCOMPARE(blank.kindKey(), u"protocol"_s);
        QCOMPARE(blank.httpStatus, 0);
    }

    // Last: it changes the process's default locale (restored at the end).
    void installTranslations_chosenLanguage_becomesTheDefaultLocale()
    {
        const QLocale before;
        installTranslations(QCoreApplication::instance(), u"de"_s);
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), u"1.234,5"_s);
        QLocale::setDefault(before);
        installTranslations(QCoreApplication::instance(), QString()); // empty: the system's, unchanged
        QCOMPARE(QLocale().language(), before.language());
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
