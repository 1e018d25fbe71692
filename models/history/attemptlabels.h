#pragma once

#include "history/cancelattempt.h"

#include <QString>

namespace OrderDesk::AttemptLabels {

// An attempt's outcome key ("cancelled", "refused", ...) as the desk words it, translated.
QString outcome(const QString& outcomeKey);
// The reason as the agent gave it: an order's reason text, or a subscription's translated reason
// label followed by the notes.
QString reason(const CancelAttempt& attempt);

} // namespace OrderDesk::AttemptLabels
