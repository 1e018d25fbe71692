#include "subscriptioncancelreason.h"

namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

QList<SubscriptionCancelReason::Value> SubscriptionCancelReason::values()
{
    return {Value::CustomerRequest, Value::PaymentFailure, Value::Fraud, Value::AdminDecision, Value::Other};
}

QString SubscriptionCancelReason::apiValue(Value value)
{
    switch (value) {
    case Value::CustomerRequest:
        return u"customer_request"_s;
    case Value::PaymentFailure:
        return u"payment_failure"_s;
    case Value::Fraud:
        return u"fraud"_s;
    case Value::AdminDecision:
        return u"admin_decision"_s;
    case Value::Other:
        break;
    }
    return u"other"_s;
}

QStringList SubscriptionCancelReason::apiValues()
{
    QStringList out;
    for (const Value value : values())
        out << apiValue(value);
    return out;
}

std::optional<SubscriptionCancelReason::Value> SubscriptionCancelReason::fromApiValue(QStringView value)
{
    for (const Value candidate : values()) {
        if (apiValue(candidate) == value)
            return candidate;
    }
    return std::nullopt;
}

QString SubscriptionCancelReason::label(Value value)
{
    switch (value) {
    case Value::CustomerRequest:
        return tr("Customer request");
    case Value::PaymentFailure:
        return tr("Payment failure");
    case Value::Fraud:
        return tr("Fraud");
    case Value::AdminDecision:
        return tr("Admin decision");
    case Value::Other:
        break;
    }
    return tr("Other");
}

QString SubscriptionCancelReason::normalizedNotes(const QString& notes)
{
    return notes.trimmed();
}

bool SubscriptionCancelReason::notesFit(const QString& notes)
{
    return normalizedNotes(notes).size() <= MaxNotes; // UTF-16 code units
}

} // namespace OrderDesk
