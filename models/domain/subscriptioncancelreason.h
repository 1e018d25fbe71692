#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace OrderDesk {

// Why a FlexPortal subscription is cancelled: the platform's own closed list
// (CancelSubscriptionRequest.reason in flexportal-orders.yaml), sent as its API value, shown as a
// translated label. The agent's free text goes in the notes, at most MaxNotes UTF-16 code units after
// trimming (JavaScript's length, as the order cancel's reason is counted; an emoji counts two).
struct SubscriptionCancelReason
{
    Q_DECLARE_TR_FUNCTIONS(SubscriptionCancelReason)

public:
    enum class Value
    {
        CustomerRequest,
        PaymentFailure,
        Fraud,
        AdminDecision,
        Other
    };

    static constexpr int MaxNotes = 1000;

    static QList<Value> values();                                // in the platform's order
    static QString apiValue(Value value);                        // "customer_request", ...
    static QStringList apiValues();                              // every API value, in the platform's order
    static std::optional<Value> fromApiValue(QStringView value); // exact match only
    static QString label(Value value);                           // translated, for people
    // The notes as they are sent: trimmed; empty means "no notes" (the field is left out).
    static QString normalizedNotes(const QString& notes);
    static bool notesFit(const QString& notes); // normalizedNotes(notes) is at most MaxNotes long
};

} // namespace OrderDesk
