#include "addressformat.h"

#include "domain/order.h"

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

AddressStyle addressStyleFor(const QString& country)
{
    const QString key = country.trimmed().toCaseFolded().remove(u'.');
    static const QStringList cityRegionPostcode{
        u"us"_s, u"usa"_s, u"united states"_s, u"united states of america"_s, u"ca"_s, u"can"_s, u"canada"_s,
        u"au"_s, u"aus"_s, u"australia"_s};
    static const QStringList cityThenPostcode{
        u"gb"_s,      u"gbr"_s,      u"uk"_s,    u"united kingdom"_s,  u"great britain"_s,
        u"england"_s, u"scotland"_s, u"wales"_s, u"northern ireland"_s};
    if (cityRegionPostcode.contains(key))
        return AddressStyle::CityRegionPostcode;
    if (cityThenPostcode.contains(key))
        return AddressStyle::CityThenPostcode;
    return AddressStyle::PostcodeCity;
}

QStringList addressLines(const Address& a)
{
    QStringList lines;
    const auto add = [&lines](const QString& line) {
        if (const QString trimmed = line.trimmed(); !trimmed.isEmpty())
            lines.append(trimmed);
    };
    const auto joined = [](const QString& first, const QString& separator, const QString& second) {
        const QString head = first.trimmed();
        const QString tail = second.trimmed();
        return head.isEmpty() || tail.isEmpty() ? head + tail : head + separator + tail;
    };
    add(a.contactName);
    add(a.company);
    add(a.building);
    add(a.street);
    add(a.locality);
    switch (addressStyleFor(a.country)) {
    case AddressStyle::CityRegionPostcode:
        add(joined(a.city, u", "_s, joined(a.region, u" "_s, a.postalCode)));
        break;
    case AddressStyle::CityThenPostcode:
        add(a.city);
        add(a.region);
        add(a.postalCode);
        break;
    case AddressStyle::PostcodeCity:
        add(joined(a.postalCode, u" "_s, a.city));
        add(a.region);
        break;
    }
    add(a.country);
    return lines;
}

} // namespace OrderDesk
