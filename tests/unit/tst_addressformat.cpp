// Addresses as their country writes them: "Springfield, IL 62701" in the United States, Canada and
// Australia; city and postcode on lines of their own in the United Kingdom; "10117 Berlin" in
// Germany and the rest of Europe, and wherever the country is not known. Both ways the platforms
// name a country (FlexPortal "United States", OfferGrid "US") are read.
#include "domain/addressformat.h"
#include "domain/order.h"

#include <QTest>

using namespace OrderDesk;
using namespace Qt::Literals::StringLiterals;

namespace {
Address address(const QString& street, const QString& city, const QString& region, const QString& postcode,
                const QString& country)
{
    Address a;
    a.contactName = u"Pat Doe"_s;
    a.street = street;
    a.city = city;
    a.region = region;
    a.postalCode = postcode;
    a.country = country;
    return a;
}
} // namespace

Q_DECLARE_METATYPE(OrderDesk::Address)

class TestAddressFormat : public QObject
{
    Q_OBJECT

private slots:
    void lines_followTheCountry_data()
    {
        QTest::addColumn<Address>("address");
        QTest::addColumn<QString>("expected");
        QTest::newRow("US by name") << address(u"742 Evergreen Terrace"_s, u"Springfield"_s, u"IL"_s, u"62701"_s,
                                               u"United States"_s)
                                    << u"Pat Doe\n742 Evergreen Terrace\nSpringfield, IL 62701\nUnited States"_s;
        QTest::newRow("US by code") << address(u"350 Fifth Avenue"_s, u"New York"_s, u"NY"_s, u"10118"_s, u"US"_s)
                                    << u"Pat Doe\n350 Fifth Avenue\nNew York, NY 10118\nUS"_s;
        QTest::newRow("US without state") << address(u"1100 Congress Ave"_s, u"Austin"_s, {}, u"78701"_s, u"us"_s)
                                          << u"Pat Doe\n1100 Congress Ave\nAustin, 78701\nus"_s;
        QTest::newRow("Canada") << address(u"24 Sussex Drive"_s, u"Ottawa"_s, u"ON"_s, u"K1M 1M4"_s, u"Canada"_s)
                                << u"Pat Doe\n24 Sussex Drive\nOttawa, ON K1M 1M4\nCanada"_s;
        QTest::newRow("Australia") << address(u"1 Macquarie St"_s, u"Sydney"_s, u"NSW"_s, u"2000"_s, u"AU"_s)
                                   << u"Pat Doe\n1 Macquarie St\nSydney, NSW 2000\nAU"_s;
        QTest::newRow("UK") << address(u"10 Downing Street"_s, u"London"_s, {}, u"SW1A 2AA"_s, u"United Kingdom"_s)
                            << u"Pat Doe\n10 Downing Street\nLondon\nSW1A 2AA\nUnited Kingdom"_s;
        QTest::newRow("UK by code, with a county")
            << address(u"1 Piccadilly"_s, u"Manchester"_s, u"Greater Manchester"_s, u"M1 1AE"_s, u"GB"_s)
            << u"Pat Doe\n1 Piccadilly\nManchester\nGreater Manchester\nM1 1AE\nGB"_s;
        QTest::newRow("Germany") << address(u"Friedrichstraße 123"_s, u"Berlin"_s, u"Berlin"_s, u"10117"_s,
                                            u"Germany"_s)
                                 << u"Pat Doe\nFriedrichstraße 123\n10117 Berlin\nBerlin\nGermany"_s;
        QTest::newRow("Netherlands") << address(u"Oudegracht 158"_s, u"Utrecht"_s, {}, u"3511 LX"_s, u"NL"_s)
                                     << u"Pat Doe\nOudegracht 158\n3511 LX Utrecht\nNL"_s;
        QTest::newRow("France") << address(u"12 Rue de Bretagne"_s, u"Paris"_s, u"Île-de-France"_s, u"75003"_s,
                                           u"France"_s)
                                << u"Pat Doe\n12 Rue de Bretagne\n75003 Paris\nÎle-de-France\nFrance"_s;
        QTest::newRow("Qatar, no postcode")
            << address(u"Al Corniche Street, Building 12"_s, u"Doha"_s, u"Ad Dawhah"_s, {}, u"Qatar"_s)
            << u"Pat Doe\nAl Corniche Street, Building 12\nDoha\nAd Dawhah\nQatar"_s;
        QTest::newRow("no country") << address(u"Main St 1"_s, u"Springfield"_s, {}, u"12345"_s, {})
                                    << u"Pat Doe\nMain St 1\n12345 Springfield"_s;
    }

    void lines_followTheCountry()
    {
        QFETCH(Address, address);
        QFETCH(QString, expected);
        QCOMPARE(address.toMultiLineText(), expected);
        QCOMPARE(addressLines(address).join(u'\n'), expected);
    }

    void style_readsCodesAndNamesWhateverTheirCase()
    {
        QCOMPARE(addressStyleFor(u" u.s.a. "_s), AddressStyle::CityRegionPostcode);
        QCOMPARE(addressStyleFor(u"United States of America"_s), AddressStyle::CityRegionPostcode);
        QCOMPARE(addressStyleFor(u"ca"_s), AddressStyle::CityRegionPostcode);
        QCOMPARE(addressStyleFor(u"UNITED KINGDOM"_s), AddressStyle::CityThenPostcode);
        QCOMPARE(addressStyleFor(u"DE"_s), AddressStyle::PostcodeCity);
        QCOMPARE(addressStyleFor(u"Deutschland"_s), AddressStyle::PostcodeCity);
        QCOMPARE(addressStyleFor(QString()), AddressStyle::PostcodeCity);
    }

    void blankParts_leaveNoLineAndNoStraySeparator()
    {
        Address a;
        a.city = u"  Chicago "_s;
        a.country = u"US"_s;
        QCOMPARE(addressLines(a), (QStringList{u"Chicago"_s, u"US"_s}));
        a.city.clear();
        a.region = u"IL"_s;
        a.postalCode = u"60606"_s;
        QCOMPARE(addressLines(a), (QStringList{u"IL 60606"_s, u"US"_s}));
    }
};

QTEST_GUILESS_MAIN(TestAddressFormat)
#include "tst_addressformat.moc"
