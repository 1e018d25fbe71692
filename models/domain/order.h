#pragma once

#include "domain/optionalnumber.h"

#include <QDateTime>
#include <QList>
#include <QSharedData>
#include <QSharedDataPointer>
#include <QString>
#include <QStringList>

#include <optional>

namespace OrderDesk {

enum class Platform
{
    FlexPortal,
    OfferGrid
};

QString platformKey(Platform platform);  // "flexportal" / "offergrid": stable, for files and history
QString platformName(Platform platform); // translated display name
std::optional<Platform> platformFromKey(QStringView key);

// Platform-neutral place of an order in its life, derived from the native status.
enum class Stage
{
    Open,
    InFulfilment,
    Done,
    Closed,
    Unknown
};

QString stageKey(Stage stage);  // "open", "in-fulfilment", "done", "closed", "unknown"
QString stageName(Stage stage); // translated

struct Address
{
    QString contactName;
    QString company;
    QString street;
    QString building;
    QString locality;
    QString city;
    QString region; // state, province, admin area
    QString postalCode;
    QString country;

    bool isEmpty() const;
    QString toMultiLineText() const; // as its country writes it (domain/addressformat.h)
    bool operator==(const Address& other) const;
};

// An order's address, held by pointer and shared between copies: a FlexPortal order's shipping
// address is mostly its billing address, and an OfferGrid order has no billing address at all,
// so neither should cost a second set of nine fields. Read through -> or as a const Address&;
// edit() makes the address, or unshares it, for those who fill it in. Empty is held as nothing.
class SharedAddress
{
public:
    SharedAddress() = default;
    SharedAddress& operator=(const Address& address);
    SharedAddress& operator=(Address&& address);

    const Address& operator*() const;
    const Address* operator->() const { return &**this; }
    operator const Address&() const { return **this; }
    Address& edit();
    // Let this one hold the very address `other` holds (they must be equal).
    void shareWith(const SharedAddress& other) { m_d = other.m_d; }
    bool isSharedWith(const SharedAddress& other) const { return m_d == other.m_d; }
    bool operator==(const SharedAddress& other) const { return m_d == other.m_d || **this == *other; }

private:
    struct Data : QSharedData
    {
        Address address;
    };
    QSharedDataPointer<Data> m_d; // null when empty
};

struct Customer
{
    QString id;
    QString firstName;
    QString lastName;
    QString fullName; // as sent (OfferGrid), or first + last (FlexPortal)
    QString email;
    QString company;
    QString phone;

    bool operator==(const Customer& other) const;
};

// A fraction of work done: devices rented, provider items accepted, ...
struct Progress
{
    int done = 0;
    int total = 0;

    bool isKnown() const { return total > 0; }
    bool operator==(const Progress& other) const { return done == other.done && total == other.total; }
};

// What OfferGrid says of one item of an order: the offer, the provider it was routed to, and how
// far that provider has come with it.
struct ProviderItem
{
    QString itemId;
    QString offerId;
    QString offerName;
    QString providerId;
    QString providerName;
    QString itemStatus;
    QDateTime scheduledFor; // UTC
    QString providerNotes;

    bool operator==(const ProviderItem& other) const;
};

// One line of an order. FlexPortal lines are devices rented on subscription, OfferGrid lines are
// services routed to a provider. The OfferGrid part is held apart and shared between copies, so
// the FlexPortal lines of 100,000 orders do not each carry its eight empty fields.
class OrderLine
{
public:
    // FlexPortal (OfferGrid sets quantity 1)
    QString sku;
    QString productName;
    int quantity = 0;
    OptionalNumber unitPrice; // monthly price per unit
    OptionalNumber contractMonths;
    QString rentalStatus; // pending / partial / completed
    QStringList rentalIds;

    // OfferGrid; blank for a FlexPortal line.
    const ProviderItem& offerGrid() const;
    // For those who build a line: the part to fill in, made on first use and unshared.
    ProviderItem& editOfferGrid();

    // Devices of this line that already have a subscription (FlexPortal).
    Progress rentalProgress() const;
    bool operator==(const OrderLine& other) const;

private:
    struct SharedItem : QSharedData
    {
        ProviderItem item;
    };
    QSharedDataPointer<SharedItem> m_offerGrid; // null for FlexPortal lines
};

struct Totals
{
    OptionalNumber subtotal;
    OptionalNumber tax;
    OptionalNumber total;
    QString currency; // ISO 4217, empty when the platform has no amounts

    bool operator==(const Totals& other) const;
};

struct Payment
{
    QString status;
    QString method;
    QString transactionId;
    OptionalNumber paidAmount;

    bool operator==(const Payment& other) const;
};

// OfferGrid: how far the providers have come with the order's items.
struct ProviderProgress
{
    int accepted = 0; // items at `accepted` or beyond (scheduled, in_progress, completed, active)
    int total = 0;
    int rejected = 0;
    int failed = 0;

    bool operator==(const ProviderProgress& other) const;
};

// One order of either platform, as the agent needs it. The list model keeps one of these per row,
// so it holds no copy of the raw JSON: the "raw data" view asks the backend for the order again.
struct Order
{
    Platform platform = Platform::FlexPortal;
    QString accountId; // which configured account it came from
    QString id;
    QString status;    // native status, as sent
    QString orderType; // FlexPortal: standard / extension / upgrade

    Customer customer;
    SharedAddress billingAddress;
    SharedAddress shippingAddress; // FlexPortal shipping address, OfferGrid service address

    QList<OrderLine> lines;
    Totals totals;
    Payment payment;
    QString notes;
    QString trackingNumber;

    // FlexPortal's rentalProgress (rented / total devices); unknown for OfferGrid.
    Progress rentalProgress;
    QStringList rentalIds;

    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    QDateTime shippedAt; // UTC

    // Set by a list decoder given the orders listed before (api/knownorders.h): the fingerprint of
    // the JSON this order was read from (0 for none), and whether that JSON is one listed before,
    // in which case only id, accountId and platform are filled in. Not part of operator==.
    quint64 listFingerprint = 0;
    bool unchangedSinceListed = false;

    Stage stage() const;
    ProviderProgress providerProgress() const;
    // The one progress shown in lists: devices rented (FlexPortal) or items accepted (OfferGrid).
    Progress progress() const;
    QString customerDisplayName() const;

    bool operator==(const Order& other) const;
};

// Lets equal text of one order share one copy: the shipping address that repeats the billing
// address, the contact that repeats the customer's name, the order's rental ids that repeat its
// lines' ones. Changes no value, only memory.
void shareRepeatedText(Order& order);

// Makes `held` equal to `fresh`, in place, taking only the parts that differ: what did not change
// keeps the copy `held` had, and where it was kept. A row the model holds takes a newer read this
// way (after a cancel, a status or two), so that it makes almost nothing anew; a whole new order
// was some 40 blocks made among the read's short-lived ones, and each kept a page of memory from
// being handed back (docs/design/decisions.md, "A changed row takes only what changed").
void takeChanges(Order& held, const Order& fresh);

// OfferGrid item statuses that count as "accepted or beyond".
bool isOfferGridAcceptedOrBeyond(QStringView itemStatus);

} // namespace OrderDesk
