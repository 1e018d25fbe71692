#include "offergridorder.h"

#include "jsonwriter.h"

#include <iterator>

namespace OrderDesk {

namespace OfferGridStatus {

namespace {

// The happy path, in order.
const char* const Path[] = {"pending", "submitted_to_provider", "accepted", "scheduled", "in_progress", "completed",
                            "active"};

// Progress along the happy path; -1 for the negative ends.
int progressRank(QByteArrayView s)
{
    for (int i = 0; i < int(std::size(Path)); ++i) {
        if (s == Path[i])
            return i;
    }
    return -1;
}

} // namespace

const QList<QByteArray>& all()
{
    static const QList<QByteArray> statuses = {"pending",   "submitted_to_provider",
                                               "accepted",  "rejected",
                                               "scheduled", "in_progress",
                                               "completed", "active",
                                               "cancelled", "failed"};
    return statuses;
}

bool isKnown(QByteArrayView status)
{
    for (const QByteArray& s : all()) {
        if (s == status)
            return true;
    }
    return false;
}

const QList<QByteArray>& allOrderStatuses()
{
    static const QList<QByteArray> statuses = all() + QList<QByteArray>{"submitted"};
    return statuses;
}

bool isKnownOrderStatus(QByteArrayView status)
{
    return isKnown(status) || status == "submitted";
}

bool isOpen(QByteArrayView status)
{
    return status == "pending" || status == "submitted_to_provider";
}

bool isCancellableOrderStatus(QByteArrayView status)
{
    return isOpen(status) || status == "submitted";
}

bool isAcceptedOrBeyond(QByteArrayView status)
{
    return status == "accepted" || status == "scheduled" || status == "in_progress" || status == "active" ||
           status == "completed";
}

bool blocksCancel(QByteArrayView status)
{
    if (isOpen(status) || status == "rejected" || status == "failed" || status == "cancelled")
        return false;
    return true; // accepted or beyond, or unknown
}

QByteArray rollUp(const QList<QByteArray>& itemStatuses)
{
    int least = -1;
    bool failed = false;
    bool rejected = false;
    for (const QByteArray& s : itemStatuses) {
        const int rank = progressRank(s);
        if (rank >= 0)
            least = least < 0 ? rank : std::min(least, rank);
        failed = failed || s == "failed";
        rejected = rejected || s == "rejected";
    }
    if (least >= 0)
        return QByteArray(Path[least]);
    if (itemStatuses.isEmpty())
        return "pending";
    return failed ? "failed" : rejected ? "rejected" : "cancelled";
}

} // namespace OfferGridStatus

QByteArray OfferGridOrder::toJson() const
{
    QByteArray out;
    out.reserve(1024 + items.size() * 360);
    JsonWriter w(&out);
    w.beginObject();
    w.field("orderId", orderId);
    w.field("status", status);

    w.key("items").beginArray();
    for (const OfferGridItem& item : items) {
        w.beginObject();
        w.field("itemId", item.itemId);
        w.field("offerId", item.offerId);
        w.field("offerName", item.offerName);
        w.field("providerId", item.providerId);
        w.field("providerName", item.providerName);
        w.field("status", item.status);
        if (item.scheduledForMs >= 0 && (item.status == "scheduled" || item.status == "in_progress"))
            w.field("scheduledFor", formatIsoTime(item.scheduledForMs, item.scheduledForStyle));
        w.optionalField("providerNotes", item.providerNotes);
        w.field("createdAt", formatIsoTime(item.createdAtMs, item.createdAtStyle));
        w.endObject();
    }
    w.endArray();

    w.key("customerInfo").beginObject();
    w.field("fullName", fullName);
    w.field("email", email);
    w.field("phone", phone);
    w.endObject();

    w.key("serviceAddress").beginObject();
    w.field("street", street);
    w.field("city", city);
    w.field("state", state);
    w.field("zipCode", zipCode);
    w.field("country", country);
    w.endObject();

    w.optionalField("notes", notes);
    if (!metadata.isEmpty()) {
        w.key("metadata").beginObject();
        for (const auto& [name, value] : metadata)
            w.field(name, value);
        w.endObject();
    }

    w.key("history").beginArray();
    for (const OfferGridHistoryEntry& entry : history) {
        w.beginObject();
        w.field("status", entry.status);
        w.field("timestamp", formatIsoTime(entry.timestampMs, entry.style));
        w.optionalField("notes", entry.notes);
        w.optionalField("providerNotes", entry.providerNotes);
        if (entry.scheduledForMs >= 0)
            w.field("scheduledFor", formatIsoTime(entry.scheduledForMs, entry.style));
        w.endObject();
    }
    w.endArray();

    w.field("createdAt", formatIsoTime(createdAtMs, createdAtStyle));
    w.field("updatedAt", formatIsoTime(updatedAtMs, updatedAtStyle));
    w.endObject();
    return out;
}

} // namespace OrderDesk
