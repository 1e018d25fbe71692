#pragma once

#include "sandboxrandom.h"

#include <QByteArray>

namespace OrderDesk {

// A fixed list of static entries to draw from.
template <typename T> struct Pool
{
    const T* items;
    int size;

    const T& pick(SandboxRandom& rng) const { return items[rng.below(size)]; }
};

struct Place
{
    const char* city;
    const char* adminArea;  // state, province or region; "" when the country has none in use
    const char* locality;   // district; "" when none
    const char* postalCode; // nullptr where postal codes are not used (Qatar)
    const char* streets[2];
};

enum class RegionId
{
    Netherlands,
    Germany,
    France,
    UnitedStates,
    UnitedKingdom,
    Qatar
};

// Where a generated customer lives: country, currency and tax, and believable names and addresses.
struct Region
{
    const char* country;
    const char* countryCode;
    const char* currency;
    int taxPermille;
    const char* phonePrefix;
    Pool<Place> places;
    Pool<const char*> firstNames;
    Pool<const char*> lastNames;
    Pool<const char*> companies;
};

const Region& sandboxRegion(RegionId id);

// A valid, ASCII-only e-mail address (the contract checker validates `format: email`) made from the
// name where it can be transliterated, e.g. "Zoë Müller" -> zoe.muller@example.com.
QByteArray sandboxEmail(SandboxRandom& rng, const QByteArray& firstName, const QByteArray& lastName);

} // namespace OrderDesk
