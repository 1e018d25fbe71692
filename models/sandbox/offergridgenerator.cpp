#include "offergridgenerator.h"

#include "sandboxnames.h"
#include "sandboxrandom.h"

#include <iterator>

namespace OrderDesk {

namespace {

struct Offer
{
    const char* offerId;
    const char* offerName;
    int provider; // index into Providers
};

struct Provider
{
    const char* providerId;
    const char* providerName;
};

const Provider Providers[] = {
    {"prov_acme_fiber", "Acme Fiber"},  {"prov_nordic_power", "Nordic Power"},   {"prov_securehome", "SecureHome"},
    {"prov_streammax", "StreamMax TV"}, {"prov_harbor_ins", "Harbor Insurance"},
};
enum ProviderIndex
{
    AcmeFiber,
    NordicPower,
    SecureHome,
    StreamMax,
    Harbor
};

const Offer Offers[] = {
    {"0b6f8c1e-3d0a-4f52-9b7e-2a1c5d8e9f01", "Acme Fiber 300", AcmeFiber},
    {"0b6f8c1e-3d0a-4f52-9b7e-2a1c5d8e9f02", "Acme Fiber 1 Gig", AcmeFiber},
    {"5c2e7a9d-1b4f-4e63-8a2d-7f0e3c6b9a11", "Nordic Green Tariff", NordicPower},
    {"5c2e7a9d-1b4f-4e63-8a2d-7f0e3c6b9a12", "Nordic Fixed 12 Months", NordicPower},
    {"9a4d2f6b-8e1c-4a75-b3d9-1e6f2a8c4d21", "SecureHome Basic", SecureHome},
    {"9a4d2f6b-8e1c-4a75-b3d9-1e6f2a8c4d22", "SecureHome Pro + Cameras", SecureHome},
    {"e1f3b5d7-2c4a-4b86-9d0e-8f1a3c5e7b31", "StreamMax Essentials", StreamMax},
    {"7d9b1f3a-5e7c-4d97-a1b3-c5e7f9a1b341", "Renters Cover Plus", Harbor},
};

// The first offer of each provider, for fixed cases that name a provider.
const Offer& offerOf(int provider)
{
    for (const Offer& offer : Offers) {
        if (offer.provider == provider)
            return offer;
    }
    return Offers[0];
}

QByteArray providerNote(SandboxRandom& rng, QByteArrayView status)
{
    if (status == "accepted")
        return rng.chance(60) ? "Accepted – we will call the customer to book the installation." : QByteArray();
    if (status == "rejected")
        return rng.chance(50) ? "Address is outside our service area." : "No capacity at this address until Q3.";
    if (status == "scheduled")
        return "Technician visit booked for the morning slot (8–12).";
    if (status == "in_progress")
        return "Technician on site.";
    if (status == "completed")
        return rng.chance(50) ? "Installation complete." : QByteArray();
    if (status == "active")
        return "Service is live. Account number AC-" + rng.digits(7) + '.';
    if (status == "failed")
        return "Installation failed: no access to the building's network room.";
    if (status == "cancelled")
        return "Cancelled by the provider at the customer's request.";
    return {};
}

// What the order went through to reach its status, for the history.
QList<QByteArray> pathTo(const QByteArray& status)
{
    // The timeline documents item statuses only: an order `submitted` went to its providers.
    if (status == "submitted")
        return {"pending", "submitted_to_provider"};
    if (status == "rejected")
        return {"pending", "submitted_to_provider", "rejected"};
    if (status == "cancelled")
        return {"pending", "cancelled"};
    if (status == "failed")
        return {"pending", "submitted_to_provider", "accepted", "scheduled", "in_progress", "failed"};
    QList<QByteArray> path;
    for (const char* step :
         {"pending", "submitted_to_provider", "accepted", "scheduled", "in_progress", "completed", "active"}) {
        path.append(step);
        if (status == step)
            break;
    }
    return path;
}

struct FixedItem
{
    const char* status;
    int provider;
};

struct FixedCase
{
    const char* id;
    FixedItem items[4];   // up to four; unused ones have no status
    const char* fullName; // nullptr: random
    bool longNotes;
    const char* orderStatus = nullptr; // nullptr: rolled up from the items
};

const FixedCase FixedCases[] = {
    {"og/2024/001", {{"pending", AcmeFiber}, {"pending", NordicPower}}, "Lena 🦄 Schäfer", false},
    {"og#42", {{"submitted_to_provider", SecureHome}}, "נועה כהן", false},
    {"og%20literal", {{"pending", AcmeFiber}, {"submitted_to_provider", StreamMax}}, "مريم الكواري", true},
    {"og?x=1", {{"accepted", AcmeFiber}, {"pending", NordicPower}}, nullptr, false},
    {"og with space", {{"scheduled", SecureHome}, {"submitted_to_provider", AcmeFiber}}, nullptr, false},
    {"ogé-ü-東京", {{"in_progress", AcmeFiber}}, "佐藤 陽翔 🍣", false},
    {"og_completed_active", {{"completed", SecureHome}, {"active", AcmeFiber}}, nullptr, false},
    {"og_active_0001", {{"active", NordicPower}}, nullptr, false},
    {"og_rejected_0001", {{"rejected", AcmeFiber}}, nullptr, false},
    {"og_cancelled_0001", {{"cancelled", StreamMax}, {"cancelled", Harbor}}, nullptr, false},
    {"og_failed_0001", {{"failed", AcmeFiber}}, nullptr, false},
    {"og_four_providers",
     {{"accepted", AcmeFiber}, {"rejected", SecureHome}, {"pending", NordicPower}, {"failed", StreamMax}},
     nullptr,
     false},
    {"og_scheduled_0001", {{"scheduled", AcmeFiber}}, nullptr, false},
    {"og_accepted_0001", {{"accepted", Harbor}}, nullptr, false},
    // The cancel page's own words: "Cancel a pending or submitted order. Orders can only be cancelled if
    // they have not been accepted by providers." A rejected or failed item is no acceptance.
    {"og_submitted_0001", {{"submitted_to_provider", AcmeFiber}}, nullptr, false, "submitted"},
    {"og_submitted_0002",
     {{"submitted_to_provider", StreamMax}, {"submitted_to_provider", Harbor}},
     nullptr,
     false,
     "submitted"},
    {"og_rejected_pending", {{"rejected", SecureHome}, {"pending", AcmeFiber}}, nullptr, false, "pending"},
    {"og_failed_submitted",
     {{"failed", StreamMax}, {"submitted_to_provider", NordicPower}},
     nullptr,
     false,
     "submitted"},
};

const char* const Notes[] = {
    "Gate code 4412. Dog on premises.",
    "Customer prefers text messages over calls.",
    "Moving in on the 1st — schedule after that date.",
    "Landlord approval attached in the CRM.",
    "Spanish-speaking technician preferred, por favor.",
};

QList<QByteArray> randomItemStatuses(SandboxRandom& rng, int count)
{
    enum Scenario
    {
        Fresh,
        Mixed,
        Progressing,
        Done,
        Negative,
        Cancelled
    };
    const auto scenario = Scenario(rng.weighted({30, 15, 22, 15, 13, 5}));
    if (scenario == Mixed)
        count = std::max(count, 2);
    QList<QByteArray> statuses;
    for (int i = 0; i < count; ++i) {
        switch (scenario) {
        case Fresh:
            statuses.append(rng.chance(50) ? "pending" : "submitted_to_provider");
            break;
        case Mixed:
            statuses.append(rng.chance(50) ? "pending" : "submitted_to_provider");
            break;
        case Progressing:
            statuses.append(QByteArray(rng.pick({"accepted", "scheduled", "in_progress"})));
            break;
        case Done:
            statuses.append(rng.chance(10) ? QByteArray("failed") : rng.chance(50) ? "completed" : "active");
            break;
        case Negative:
            statuses.append(
                QByteArray(rng.pick({"rejected", "rejected", "failed", "cancelled", "accepted", "active"})));
            break;
        case Cancelled:
            statuses.append("cancelled");
            break;
        }
    }
    if (scenario == Mixed) { // one provider has moved on: the order can no longer be cancelled
        const int moved = rng.below(count);
        statuses[moved] = rng.pick({"accepted", "scheduled", "rejected"});
    }
    return statuses;
}

QByteArray longNotes()
{
    const QString sentence =
        QStringLiteral("Install in the basement utility room — access via the side door. "
                       "Customer asked: \"please no visits before 9 am\"; Ünit 4B, buzzer broken. ");
    QString text;
    while (text.size() < 500)
        text += sentence;
    text.truncate(500);
    return text.toUtf8();
}

} // namespace

int offerGridFixedCaseCount()
{
    return int(std::size(FixedCases));
}

OfferGridOrder generateOfferGridOrder(quint32 orderSeed, int index, qint64 createdAtMs)
{
    SandboxRandom rng(orderSeed);
    const FixedCase* fixed = index >= 0 && index < offerGridFixedCaseCount() ? &FixedCases[index] : nullptr;

    OfferGridOrder o;
    o.orderId = fixed ? QByteArray(fixed->id) : rng.uuid();
    o.createdAtMs = createdAtMs;
    o.createdAtStyle = TimeStyle(rng.below(TimeStyleCount));

    // Items: one per offer, each with its provider
    QList<QByteArray> statuses;
    QList<int> offerIndexes;
    if (fixed) {
        for (const FixedItem& item : fixed->items) {
            if (item.status == nullptr)
                break;
            statuses.append(item.status);
            offerIndexes.append(int(&offerOf(item.provider) - Offers));
        }
    } else {
        statuses = randomItemStatuses(rng, 1 + rng.weighted({40, 30, 20, 10}));
        const int start = rng.below(int(std::size(Offers)));
        const int stride = 1 + rng.below(3);
        for (int i = 0; i < statuses.size(); ++i)
            offerIndexes.append((start + i * (stride + 1)) % int(std::size(Offers)));
    }
    for (int i = 0; i < statuses.size(); ++i) {
        const Offer& offer = Offers[offerIndexes.at(i)];
        OfferGridItem item;
        item.itemId = rng.uuid();
        item.offerId = offer.offerId;
        item.offerName = offer.offerName;
        item.providerId = Providers[offer.provider].providerId;
        item.providerName = Providers[offer.provider].providerName;
        item.status = statuses.at(i);
        item.providerNotes = providerNote(rng, item.status);
        item.scheduledForMs = (createdAtMs / HourMs + rng.between(2 * 24, 14 * 24)) * HourMs;
        item.scheduledForStyle = TimeStyle(rng.below(TimeStyleCount));
        item.createdAtMs = createdAtMs;
        item.createdAtStyle = o.createdAtStyle;
        o.items.append(item);
    }
    o.status = fixed && fixed->orderStatus ? QByteArray(fixed->orderStatus) : OfferGridStatus::rollUp(statuses);

    // Customer and service address (the United States, as OfferGrid's examples)
    const Region& region = sandboxRegion(RegionId::UnitedStates);
    QByteArray first = region.firstNames.pick(rng);
    QByteArray last = region.lastNames.pick(rng);
    o.fullName = fixed && fixed->fullName ? QByteArray(fixed->fullName) : first + ' ' + last;
    o.email = sandboxEmail(rng, first, last);
    const int areaCode = rng.between(201, 989);
    o.phone = "+1 " + QByteArray::number(areaCode) + "-555-01" + rng.digits(2);
    const Place& place = region.places.pick(rng);
    o.street = place.streets[rng.below(2)];
    o.city = place.city;
    o.state = place.adminArea;
    o.zipCode = place.postalCode;
    o.country = region.countryCode;
    if (fixed && fixed->longNotes)
        o.notes = longNotes();
    else if (rng.chance(45))
        o.notes = rng.pick(Notes);
    if (rng.chance(30)) {
        o.metadata.append(
            {QByteArray("referralSource"), QByteArray(rng.pick({"door-to-door", "web", "partner-event"}))});
        if (rng.chance(50)) {
            const int unit = rng.between(1, 30);
            o.metadata.append({QByteArray("unitNumber"), QByteArray::number(unit) + char('A' + rng.below(4))});
        }
    }

    // History: the order-level path to its status, spread between creation and (at latest) the anchor
    const QList<QByteArray> path = pathTo(o.status);
    const qint64 room = std::max(SandboxAnchorMs - createdAtMs, qint64(path.size()) * 10 * MinuteMs);
    const qint64 maxStep = std::clamp<qint64>(room / std::max<qint64>(1, path.size()), 5 * MinuteMs, 30 * HourMs);
    qint64 t = createdAtMs;
    for (int i = 0; i < path.size(); ++i) {
        if (i > 0)
            t += rng.between64(5 * MinuteMs, maxStep);
        OfferGridHistoryEntry entry;
        entry.status = path.at(i);
        entry.timestampMs = t;
        entry.style = TimeStyle(rng.below(TimeStyleCount));
        if (i == 0)
            entry.notes = "Order created";
        else if (entry.status == "submitted_to_provider")
            entry.notes =
                "Sent to " + QByteArray::number(o.items.size()) + (o.items.size() == 1 ? " provider" : " providers");
        else
            entry.providerNotes = providerNote(rng, entry.status);
        if (entry.status == "scheduled" && !o.items.isEmpty())
            entry.scheduledForMs = o.items.first().scheduledForMs;
        o.history.append(entry);
    }
    o.updatedAtMs = t;
    o.updatedAtStyle = TimeStyle(rng.below(TimeStyleCount));
    return o;
}

} // namespace OrderDesk
