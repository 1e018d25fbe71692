#include "sandboxnames.h"

#include <QString>

#include <iterator>

namespace OrderDesk {

namespace {

template <typename T, std::size_t N> constexpr Pool<T> pool(const T (&items)[N])
{
    return {items, int(N)};
}

const Place NetherlandsPlaces[] = {
    {"Amsterdam", "Noord-Holland", "Centrum", "1016 GV", {"Prinsengracht 263", "Keizersgracht 123"}},
    {"Rotterdam", "Zuid-Holland", "Kralingen", "3011 AD", {"Coolsingel 40", "Witte de Withstraat 8"}},
    {"Utrecht", "Utrecht", "", "3511 LX", {"Oudegracht 158", "Neude 11"}},
};
const Place GermanyPlaces[] = {
    {"Berlin", "Berlin", "Mitte", "10117", {"Friedrichstraße 123", "Unter den Linden 77"}},
    {"München", "Bayern", "Altstadt-Lehel", "80539", {"Maximilianstraße 12", "Residenzstraße 1"}},
    {"Köln", "Nordrhein-Westfalen", "", "50667", {"Hohe Straße 52", "Schildergasse 31"}},
};
const Place FrancePlaces[] = {
    {"Paris", "Île-de-France", "Le Marais", "75003", {"12 Rue de Bretagne", "27 Rue Oberkampf"}},
    {"Lyon", "Auvergne-Rhône-Alpes", "", "69002", {"5 Place Bellecour", "18 Rue de la République"}},
};
const Place UnitedStatesPlaces[] = {
    {"New York", "NY", "Midtown", "10118", {"350 Fifth Avenue", "11 W 53rd St Apt 4C"}},
    {"Austin", "TX", "", "78701", {"1100 Congress Ave", "600 Congress Ave Ste 200"}},
    {"San Francisco", "CA", "SoMa", "94107", {"500 Terry A Francois Blvd", "1 Dr Carlton B Goodlett Pl"}},
    {"Chicago", "IL", "", "60606", {"233 S Wacker Dr", "111 S Michigan Ave"}},
    {"Seattle", "WA", "Capitol Hill", "98122", {"1400 E Pine St Apt 5", "1100 E Union St"}},
};
const Place UnitedKingdomPlaces[] = {
    {"London", "", "Westminster", "SW1A 2AA", {"10 Downing Street", "221B Baker Street"}},
    {"Manchester", "Greater Manchester", "", "M1 1AE", {"1 Piccadilly", "55 King Street"}},
    {"Edinburgh", "Scotland", "Old Town", "EH1 1YZ", {"17 Royal Mile", "2 Princes Street"}},
};
const Place QatarPlaces[] = {
    {"Doha", "Ad Dawhah", "West Bay", nullptr, {"Al Corniche Street, Building 12", "Majlis Al Taawon Street 45"}},
    {"Al Wakrah", "Al Wakrah", "", nullptr, {"Al Wakrah Main Road 7", "Souq Street, Villa 3"}},
    {"Lusail", "Al Daayen", "Marina District", nullptr, {"Lusail Marina, Tower 7", "Al Khor Coastal Road 210"}},
};

const char* const EuropeanFirstNames[] = {"Sophie", "Lukas",  "Emma",  "Noah", "Mila",   "Finn",   "Zoë",
                                          "Léa",    "Jürgen", "Anouk", "Daan", "Élodie", "Mathéo", "Björn"};
const char* const EuropeanLastNames[] = {"de Vries", "Müller",  "Jansen",       "Schmidt",  "Bakker",
                                         "Dubois",   "Lefèvre", "van den Berg", "Schröder", "Öztürk",
                                         "Nowak",    "Fischer", "Moreau"};
const char* const AmericanFirstNames[] = {"James", "Olivia", "Liam",    "Ava",   "Ethan",  "Sofía",
                                          "Mateo", "Chloe",  "DeShawn", "Priya", "Hannah", "Wei"};
const char* const AmericanLastNames[] = {"Smith",    "Johnson",   "García", "Nguyen", "Patel",   "O'Brien",
                                         "Williams", "Rodríguez", "Kim",    "Brown",  "Jackson", "Chen"};
const char* const BritishFirstNames[] = {"Oliver", "Amelia", "Harry", "Isla", "George", "Freya", "Siobhán", "Rhys"};
const char* const BritishLastNames[] = {"Taylor", "Davies", "Evans", "Wilson", "Roberts", "Ní Bhriain", "MacLeod"};
const char* const QatariFirstNames[] = {"Fatima", "Ahmed", "Noura", "Khalid", "Mariam", "Abdullah", "يوسف", "مريم"};
const char* const QatariLastNames[] = {"Al-Thani", "Al-Kuwari", "Al-Marri", "Al-Sulaiti", "الهاجري", "الكواري"};

const char* const NetherlandsCompanies[] = {"Bakker Logistiek B.V.", "Grachten Design Studio"};
const char* const GermanyCompanies[] = {"Müller & Söhne GmbH", "Nordlicht Software AG"};
const char* const FranceCompanies[] = {"Atelier Lumière SARL", "Boulangerie Dubois & Fils"};
const char* const UnitedStatesCompanies[] = {"Acme Analytics LLC", "Brightside Dental, P.C.", "Lone Star Films Inc."};
const char* const UnitedKingdomCompanies[] = {"Thames Consulting Ltd", "Oak & Ivy Interiors"};
const char* const QatarCompanies[] = {"Doha Tech Solutions W.L.L.", "شركة الدوحة للتقنية"};

const Region Regions[] = {
    {"Netherlands", "NL", "EUR", 210, "+31 6 ", pool(NetherlandsPlaces), pool(EuropeanFirstNames),
     pool(EuropeanLastNames), pool(NetherlandsCompanies)},
    {"Germany", "DE", "EUR", 190, "+49 151 ", pool(GermanyPlaces), pool(EuropeanFirstNames), pool(EuropeanLastNames),
     pool(GermanyCompanies)},
    {"France", "FR", "EUR", 200, "+33 6 ", pool(FrancePlaces), pool(EuropeanFirstNames), pool(EuropeanLastNames),
     pool(FranceCompanies)},
    {"United States", "US", "USD", 89, "+1 212-", pool(UnitedStatesPlaces), pool(AmericanFirstNames),
     pool(AmericanLastNames), pool(UnitedStatesCompanies)},
    {"United Kingdom", "GB", "GBP", 200, "+44 7700 ", pool(UnitedKingdomPlaces), pool(BritishFirstNames),
     pool(BritishLastNames), pool(UnitedKingdomCompanies)},
    {"Qatar", "QA", "QAR", 0, "+974 5", pool(QatarPlaces), pool(QatariFirstNames), pool(QatariLastNames),
     pool(QatarCompanies)},
};

// Lower-case ASCII letters and digits of the name, accents dropped ("Zoë" -> "zoe"); "" for scripts
// that do not transliterate this simply.
QByteArray emailPart(const QByteArray& name)
{
    const QString decomposed = QString::fromUtf8(name).normalized(QString::NormalizationForm_D);
    QByteArray out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const char16_t u = c.toLower().unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
            out.append(char(u));
    }
    return out;
}

} // namespace

const Region& sandboxRegion(RegionId id)
{
    return Regions[int(id)];
}

QByteArray sandboxEmail(SandboxRandom& rng, const QByteArray& firstName, const QByteArray& lastName)
{
    static const char* const Domains[] = {"example.com", "example.org", "example.net", "mail.example.com"};
    const QByteArray first = emailPart(firstName);
    const QByteArray last = emailPart(lastName);
    QByteArray local;
    if (!first.isEmpty() && !last.isEmpty())
        local = first + '.' + last;
    else if (!first.isEmpty() || !last.isEmpty())
        local = first + last;
    else
        local = "customer";
    if (local == "customer" || rng.chance(40))
        local += rng.digits(2);
    return local + '@' + Pool<const char*>{Domains, int(std::size(Domains))}.pick(rng);
}

} // namespace OrderDesk
