#pragma once

#include "api/orderbackend.h"

#include <memory>

namespace OrderDesk {

// The adapter that speaks the account's platform; it pages through lists in `pagingThread` when
// one is given (see OrderBackend::setPagingThread()).
std::unique_ptr<OrderBackend> createBackend(const Account& account, const QString& secret,
                                            QNetworkAccessManager* manager, const TransportSettings& settings,
                                            NetworkThread* pagingThread = nullptr);

} // namespace OrderDesk
