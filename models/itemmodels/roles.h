#pragma once

#include <Qt>

namespace OrderDesk {

// Named roles of the item models: never a bare Qt::UserRole elsewhere.
namespace Roles {
enum : int
{
    OrderKey = Qt::UserRole + 1, // QString: account id + order id, unique across accounts
    OrderId,                     // QString
    AccountId,                   // QString
    Platform,                    // int (OrderDesk::Platform)
    NativeStatus,                // QString, as the platform sent it
    Stage,                       // int (OrderDesk::Stage)
    ProgressDone,                // int
    ProgressTotal,               // int
    ProgressText,                // QString: "3 of 5 devices rented"
    Sort,                        // per-column sort key
    AttemptUuid,                 // QString: one cancel attempt in the history
};
} // namespace Roles

} // namespace OrderDesk
