#pragma once

#include "api/orderbackend.h"

#include <memory>

namespace OrderDesk {

// The adapter that speaks the account's platform; it pages through lists in `pagingThread` and
// decodes large bodies on `workers` when they are given (see OrderBackend::setPagingThread() and
// setWorkerPool()).
std::unique_ptr<OrderBackend> createBackend(const Account& account, const QString& secret,
                                            QNetworkAccessManager* manager, const TransportSettings& settings,
                                            NetworkThread* pagingThread = nullptr, QThreadPool* workers = nullptr);

} // namespace OrderDesk
