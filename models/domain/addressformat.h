#pragma once

#include <QStringList>

namespace OrderDesk {

struct Address;

// How a country writes the last lines of an address, where city, region and postcode go.
enum class AddressStyle
{
    PostcodeCity,       // "10117 Berlin", the region on a line of its own: Germany and most of Europe (the default)
    CityRegionPostcode, // "Springfield, IL 62701": the United States, Canada, Australia
    CityThenPostcode,   // "London" and "SW1A 2AA" on lines of their own: the United Kingdom
};

// The style of the country as the platforms send it: an ISO 3166 code ("US", "GB") or an English
// name ("United States", "United Kingdom"). Anything not known is written PostcodeCity.
AddressStyle addressStyleFor(const QString& country);

// The address on lines, as its country writes it: contact, company, building, street, locality,
// then city, region and postcode in the country's order, then the country. Blank parts leave no line.
QStringList addressLines(const Address& address);

} // namespace OrderDesk
