#pragma once

#include "domain/apierror.h"

#include <utility>
#include <variant>

namespace OrderDesk {

// A value or the ApiError that explains why there is none.
template <typename T> class Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): a value is a successful result
        : m_state(std::move(value))
    {}
    Result(ApiError error) // NOLINT(google-explicit-constructor)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    // By value, so that `for (x : call().value())` does not iterate over a destroyed temporary.
    T value() && { return std::get<T>(std::move(m_state)); }
    const ApiError& error() const { return std::get<ApiError>(m_state); }

private:
    std::variant<T, ApiError> m_state;
};

} // namespace OrderDesk
