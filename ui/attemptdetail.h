#pragma once

#include "history/cancelattempt.h"

#include <QCoreApplication>
#include <QString>

namespace OrderDesk {

// One cancel attempt in full, as the history window's detail shows it: a table of what is known
// (empty values left out), in the user's language and local time.
class AttemptDetail
{
    Q_DECLARE_TR_FUNCTIONS(OrderDesk::AttemptDetail)

public:
    static QString html(const CancelAttempt& attempt);
};

} // namespace OrderDesk
