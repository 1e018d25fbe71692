#include "flexportalgenerator.h"

#include "sandboxnames.h"
#include "sandboxrandom.h"

namespace OrderDesk {

namespace {

struct Product
{
    const char* sku;
    const char* name;
    const char* productId;
    qint64 monthlyCents;
    qint64 listCents;
    qint64 acquisitionCents;
};

const Product Products[] = {
    {"APL-MBA13-M2", "MacBook Air 13\" M2", "prod_mba13m2", 4999, 119900, 99000},
    {"APL-MBP14-M3", "MacBook Pro 14\" M3", "prod_mbp14m3", 8999, 199900, 165000},
    {"DEL-LAT5440", "Dell Latitude 5440", "prod_lat5440", 3999, 109900, 89000},
    {"LEN-T14-G4", "Lenovo ThinkPad T14 Gen 4", "prod_t14g4", 4299, 129900, 101000},
    {"APL-IPH15-128", "iPhone 15 128 GB", "prod_iph15", 3499, 94900, 79000},
    {"SAM-S24-256", "Samsung Galaxy S24 256 GB", "prod_gs24", 2999, 89900, 70500},
    {"APL-IPADAIR-M2", "iPad Air 11\" (M2)", "prod_ipadair", 2799, 69900, 57000},
    {"DEL-U2723QE", "Dell UltraSharp 27\" 4K USB-C Hub", "prod_u2723qe", 1499, 62900, 48000},
    {"LOG-MX-COMBO", "Logitech MX Keys + MX Master 3S", "prod_mxcombo", 599, 22900, 17500},
    {"FRW-LAP13-DIY", "Framework Laptop 13 — DIY Edition", "prod_frw13", 4599, 114900, 92000},
    {"JAB-EVOLVE2-85", "Jabra Evolve2 85 Headset", "prod_evolve85", 899, 37900, 29000},
};

const char* const Variants[] = {"silver", "space-grey", "midnight", "black", "white"};

const char* const Notes[] = {
    "Deliver to reception, ask for the office manager.",
    "Customer requested delivery after 14:00.\nCall before arrival.",
    "Replacement for a device reported stolen (case #4471).",
    "VIP – handle with care ⭐",
    "Needs the \"US International\" keyboard layout.",
    "Backorder: waiting for stock of 14\" models.",
    "Tab\tseparated\tnote from an import; path C:\\Imports\\2026\\nov.csv",
};

const char* const ExtensionReasons[] = {"Project phase extended", "Customer keeps the devices for another season"};
const char* const UpgradeReasons[] = {"Battery degraded", "Needs more memory for video editing"};

// Each fixed case names what it must show; everything not named comes from the seed as usual.
struct FixedCase
{
    const char* id;
    const char* status;
    int rented;     // -1: what the status implies
    int itemCount;  // -1: random
    int minDevices; // at least this many units in total
    RegionId region;
    const char* firstName; // nullptr: random
    const char* lastName;
    const char* company;
    const char* orderType; // nullptr: standard
    bool longNotes;
};

const FixedCase FixedCases[] = {
    {"ord/2024/001", "pending", -1, 2, 0, RegionId::Germany, "Lena 🦄", "Schäfer", nullptr, nullptr, false},
    {"ord#42", "confirmed", -1, 1, 0, RegionId::Qatar, "مريم", "الكواري", "شركة الدوحة للتقنية", nullptr, false},
    {"ord%20literal", "partial", 2, 2, 5, RegionId::UnitedKingdom, nullptr, nullptr, nullptr, nullptr, true},
    {"ord?x=1", "fulfilled", -1, 2, 0, RegionId::UnitedStates, "נועה", "כהן", nullptr, nullptr, false},
    {"ord with space", "cancelled", -1, 1, 0, RegionId::Netherlands, "Daan", "van den Berg", nullptr, nullptr, false},
    {"ordé-ü-東京", "pending", -1, 1, 0, RegionId::UnitedStates, "陽翔", "佐藤 🍣", nullptr, nullptr, false},
    {"ord_empty_0001", "pending", 0, 0, 0, RegionId::France, nullptr, nullptr, nullptr, nullptr, false},
    {"ord_fifty_lines", "partial", -1, 50, 0, RegionId::Netherlands, nullptr, nullptr, "Bakker Logistiek B.V.", nullptr,
     false},
    {"ord_confirmed_rented", "confirmed", 1, 2, 3, RegionId::Germany, nullptr, nullptr, nullptr, nullptr, false},
    {"ord_pending_rented", "pending", 2, 2, 4, RegionId::UnitedStates, nullptr, nullptr, nullptr, nullptr, false},
    {"ord_extension_0001", "confirmed", -1, 1, 0, RegionId::UnitedKingdom, nullptr, nullptr, nullptr, "extension",
     false},
    {"ord_upgrade_0001", "fulfilled", -1, 1, 0, RegionId::Qatar, "Khalid", "Al-Marri", nullptr, "upgrade", false},
};

QByteArray bytes(const char* text)
{
    return QByteArray(text);
}

FlexPortalAddress randomAddress(SandboxRandom& rng, const Region& region, const QByteArray& contactName)
{
    const Place& place = region.places.pick(rng);
    FlexPortalAddress a;
    a.contactName = contactName;
    a.streetAddress = bytes(place.streets[rng.below(2)]);
    a.city = bytes(place.city);
    if (place.adminArea[0] != '\0' && rng.chance(75))
        a.adminArea = bytes(place.adminArea);
    if (place.locality[0] != '\0' && rng.chance(50))
        a.locality = bytes(place.locality);
    if (rng.chance(25)) {
        // One draw per statement: the order of operands of '+' is unspecified, the data must not be.
        const int floor = rng.between(1, 12);
        a.buildingInfo = "Floor " + QByteArray::number(floor) + (rng.chance(50) ? ", Suite 4B" : "");
    }
    if (place.postalCode == nullptr)
        a.postalCodeKind = rng.chance(50) ? FlexPortalAddress::PostalCode::Null : FlexPortalAddress::PostalCode::Absent;
    else
        a.postalCode = bytes(place.postalCode);
    a.country = bytes(region.country);
    return a;
}

FlexPortalItem randomItem(SandboxRandom& rng, qint64 createdAtMs)
{
    Q_UNUSED(createdAtMs);
    const Product& p = rng.pick(Products);
    FlexPortalItem item;
    item.sku = bytes(p.sku);
    item.productName = bytes(p.name);
    item.quantity = 1 + rng.weighted({60, 25, 15});
    item.unitPriceCents = p.monthlyCents;
    item.contractLength = rng.pick({12, 24, 36});
    if (rng.chance(85)) {
        item.productId = bytes(p.productId);
        item.variantId = "var_" + item.productId.mid(5) + '_' + rng.pick(Variants);
    }
    if (rng.chance(60))
        item.productImageUrl = "https://cdn.flexportal.example/products/" + item.sku.toLower() + ".png";
    if (rng.chance(70)) {
        item.listPriceCents = p.listCents;
        item.listPriceSource = rng.chance(80) ? "variant" : "manual";
    }
    if (rng.chance(60)) {
        const bool fromList = rng.chance(20) && item.listPriceCents >= 0;
        item.acquisitionCostCents = fromList ? p.listCents : p.acquisitionCents;
        item.acquisitionCostSource = fromList ? "list_price" : rng.chance(80) ? "variant" : "unknown";
        if (rng.chance(50))
            item.usedListPriceAsAcquisition = fromList ? 1 : 0;
    }
    item.rentalFields = rng.chance(90);
    return item;
}

QByteArray longNotes()
{
    // Exactly 500 characters (UTF-16 code units, as JavaScript counts), with non-ASCII and quotes.
    const QString sentence = QStringLiteral("Kunde wünscht Lieferung an die Filiale „Mitte“ — bitte vorher anrufen. "
                                            "The customer said \"no weekend deliveries\"; Façade door code 7731. ");
    QString text;
    while (text.size() < 500)
        text += sentence;
    text.truncate(500);
    return text.toUtf8();
}

} // namespace

int flexPortalFixedCaseCount()
{
    return int(std::size(FixedCases));
}

FlexPortalOrder generateFlexPortalOrder(quint32 orderSeed, int index, qint64 createdAtMs, const QByteArray& tenantId)
{
    SandboxRandom rng(orderSeed);
    const FixedCase* fixed = index >= 0 && index < flexPortalFixedCaseCount() ? &FixedCases[index] : nullptr;

    FlexPortalOrder o;
    o.tenantId = tenantId;
    o.orderId = fixed ? bytes(fixed->id) : "ord_" + rng.base36(10);

    static const char* const Statuses[] = {"pending", "confirmed", "partial", "fulfilled", "cancelled"};
    o.status = fixed ? bytes(fixed->status) : bytes(Statuses[rng.weighted({20, 20, 20, 25, 15})]);
    const int typeRoll = rng.weighted({80, 10, 10});
    o.orderType = fixed ? bytes(fixed->orderType ? fixed->orderType : "standard")
                        : bytes(typeRoll == 0   ? "standard"
                                : typeRoll == 1 ? "extension"
                                                : "upgrade");

    const RegionId regionId = fixed ? fixed->region : RegionId(rng.weighted({15, 20, 10, 25, 15, 15}));
    const Region& region = sandboxRegion(regionId);

    // Customer
    o.customerId = "cus_" + rng.base36(12);
    o.firstName = fixed && fixed->firstName ? bytes(fixed->firstName) : bytes(region.firstNames.pick(rng));
    o.lastName = fixed && fixed->lastName ? bytes(fixed->lastName) : bytes(region.lastNames.pick(rng));
    o.email = sandboxEmail(rng, o.firstName, o.lastName);
    const bool business = (fixed && fixed->company) || rng.chance(35);
    if (business)
        o.company = fixed && fixed->company ? bytes(fixed->company) : bytes(region.companies.pick(rng));
    if (rng.chance(70)) {
        const QByteArray exchange = rng.digits(3);
        o.phone = region.phonePrefix + exchange + ' ' + rng.digits(4);
    }
    if (rng.chance(60) || business)
        o.customerType = business ? "business" : "individual";

    // Addresses
    const QByteArray contact = o.firstName + ' ' + o.lastName;
    o.shippingAddress = randomAddress(rng, region, contact);
    o.shippingAddress.company = o.company;
    if (rng.chance(70)) {
        o.billingAddress = o.shippingAddress;
    } else {
        o.billingAddress = randomAddress(rng, region, rng.chance(50) ? contact : QByteArray("Accounts Payable"));
        o.billingAddress.company = o.company;
    }

    // Items, totals
    const int itemCount = fixed && fixed->itemCount >= 0 ? fixed->itemCount : 1 + rng.weighted({45, 30, 15, 10});
    for (int i = 0; i < itemCount; ++i)
        o.items.append(randomItem(rng, createdAtMs));
    const int minDevices = std::max(fixed ? fixed->minDevices : 0, o.status == "partial" ? 2 : 0);
    while (!o.items.isEmpty() && o.deviceCount() < minDevices)
        ++o.items.first().quantity;
    o.currency = bytes(region.currency);
    o.computeTotals(region.taxPermille);
    if (o.taxCents == 0 && rng.chance(50))
        o.taxCents = -1; // taxAmount is optional (default 0)

    // Rentals
    for (int i = 0; i < o.deviceCount(); ++i)
        o.unitRentalIds.append("sub_" + rng.base36(10));
    const int total = o.deviceCount();
    int rented = fixed ? fixed->rented : -1;
    if (rented < 0) {
        if (o.status == "partial")
            rented = total >= 2 ? rng.between(1, total - 1) : 0;
        else if (o.status == "fulfilled")
            rented = total;
        else
            rented = 0;
    }
    if (rented > 0) {
        for (FlexPortalItem& item : o.items)
            item.rentalFields = true;
    }
    o.setRentedDevices(rented);

    // Payment
    if (rng.chance(80)) {
        o.hasPayment = true;
        const bool manual = rng.chance(20);
        o.paymentMethod = manual ? "manual" : "stripe";
        if (o.status == "partial" || o.status == "fulfilled")
            o.paymentStatus = "paid";
        else if (o.status == "cancelled")
            o.paymentStatus = rng.chance(50) ? "failed" : "pending";
        else
            o.paymentStatus = rng.chance(50) ? "paid" : "pending";
        if (!manual)
            o.transactionId = "pi_" + rng.base36(24);
        if (o.paymentStatus == "paid")
            o.paidAmountCents = o.totalCents;
        if (manual || rng.chance(30))
            o.manuallyMarked = manual ? 1 : 0;
    }

    // Custom fields: absent, null or an object
    const int customRoll = rng.weighted({60, 15, 25});
    o.customFieldsKind = FlexPortalOrder::CustomFields(customRoll);
    if (o.customFieldsKind == FlexPortalOrder::CustomFields::Object) {
        o.customFields.append({"siebelId", rng.digits(6)});
        o.customFields.append({"costCenter", "CC-" + rng.digits(4)});
        if (rng.chance(40))
            o.customFields.append({"poNumber", "PO-2026-" + rng.digits(5)});
    }

    // Timestamps and the rest
    const qint64 latest = std::max(createdAtMs, SandboxAnchorMs);
    o.createdAtMs = createdAtMs;
    o.createdAtStyle = TimeStyle(rng.below(TimeStyleCount));
    o.updatedAtMs = createdAtMs + rng.between64(0, std::min(10 * DayMs, latest - createdAtMs));
    o.updatedAtStyle = TimeStyle(rng.below(TimeStyleCount));
    if ((o.status == "partial" || o.status == "fulfilled") && rng.chance(80)) {
        o.trackingNumber = "1Z" + rng.base36(16).toUpper();
        o.shippedAtMs = std::min(o.updatedAtMs, createdAtMs + rng.between64(HourMs, 3 * DayMs));
        o.shippedAtStyle = TimeStyle(rng.below(TimeStyleCount));
    }
    if (rng.chance(20))
        o.billingGroupId = "bg_" + rng.base36(8);
    const int creator = rng.weighted({50, 35, 15});
    o.createdBy = creator == 0 ? QByteArray("checkout") : creator == 1 ? "usr_" + rng.base36(8) : QByteArray("api");
    if (fixed && fixed->longNotes)
        o.notes = longNotes();
    else if (rng.chance(30))
        o.notes = bytes(rng.pick(Notes));

    if (o.orderType == "extension") {
        o.hasExtension = true;
        o.extensionOriginalOrderId = "ord_" + rng.base36(10);
        o.extensionMonths = rng.pick({3, 6, 12});
        const qint64 previousEnd = createdAtMs + rng.between64(5, 60) * DayMs;
        o.extensionPreviousEndDate = formatIsoDate(previousEnd);
        o.extensionNewEndDate = formatIsoDate(previousEnd + o.extensionMonths * 30 * DayMs);
        if (rng.chance(60))
            o.extensionReason = bytes(rng.pick(ExtensionReasons));
    } else if (o.orderType == "upgrade") {
        const Product& previous = rng.pick(Products);
        o.hasUpgrade = true;
        o.upgradePreviousDevice = bytes(previous.name);
        o.upgradePreviousSerialNumber = "C02" + rng.base36(9).toUpper();
        o.upgradePreviousMonthlyAmountCents = previous.monthlyCents;
        o.upgradePreviousRentalId = "sub_" + rng.base36(10);
        if (rng.chance(60))
            o.upgradeReason = bytes(rng.pick(UpgradeReasons));
    }
    return o;
}

QList<FlexPortalSubscription> generateFlexPortalSubscriptions(const FlexPortalOrder& order, quint32 orderSeed,
                                                              int index)
{
    static const char* const States[] = {"active",       "cancelled",     "ended_completed",
                                         "ended_buyout", "ended_upgrade", "ended_early_return"};
    const FixedCase* fixed = index >= 0 && index < flexPortalFixedCaseCount() ? &FixedCases[index] : nullptr;
    const bool everyState = fixed && qstrcmp(fixed->id, "ord_fifty_lines") == 0;
    SandboxRandom rng((quint64(orderSeed) << 32) ^ 0x53554253ULL); // "SUBS": a stream of its own

    QList<FlexPortalSubscription> out;
    out.reserve(order.deviceCount());
    for (const FlexPortalItem& item : order.items) {
        for (int unit = 0; unit < item.quantity; ++unit) {
            FlexPortalSubscription s;
            const int roll = rng.weighted({70, 8, 10, 4, 4, 4});
            const int k = int(out.size());
            s.status = bytes(everyState ? States[k % int(std::size(States))] : fixed ? States[0] : States[roll]);
            // Serial numbers in the makers' own shapes, one draw per statement.
            if (item.sku.startsWith("APL-")) {
                s.assetSerialNumber = "C02" + rng.base36(9).toUpper();
            } else if (item.sku.startsWith("DEL-")) {
                s.assetSerialNumber = rng.base36(7).toUpper();
            } else if (item.sku.startsWith("LEN-")) {
                s.assetSerialNumber = "PF" + rng.base36(6).toUpper();
            } else if (item.sku.startsWith("SAM-")) {
                s.assetSerialNumber = "R58" + rng.base36(8).toUpper();
            } else {
                s.assetSerialNumber = "SN" + rng.base36(10).toUpper();
            }
            out.append(std::move(s));
        }
    }
    return out;
}

} // namespace OrderDesk
