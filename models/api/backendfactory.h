#pragma once

#include "api/orderbackend.h"

#include <memory>

namespace OrderDesk {

// The adapter that speaks the account's platform.
std::unique_ptr<OrderBackend> createBackend(const Account& account, const QString& secret,
                                            QNetworkAccessManager* manager, const TransportSettings& settings);

} // namespace OrderDesk
