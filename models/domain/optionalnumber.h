#pragma once

#include <cmath>
#include <limits>
#include <optional>

namespace OrderDesk {

// A number that may be absent, in 8 bytes where std::optional<double> takes 16 (an order holds
// six of them). Absent is held as NaN, which no JSON number can be, so a NaN given to it reads
// as absent. It reads like std::optional<double> and converts to and from it.
class OptionalNumber
{
public:
    constexpr OptionalNumber() = default;
    constexpr OptionalNumber(std::nullopt_t) {}
    constexpr OptionalNumber(double value)
        : m_value(value)
    {}
    OptionalNumber(const std::optional<double>& value)
        : m_value(value ? *value : Absent)
    {}

    bool has_value() const { return !std::isnan(m_value); }
    explicit operator bool() const { return has_value(); }
    double operator*() const { return m_value; }
    double value_or(double fallback) const { return has_value() ? m_value : fallback; }
    operator std::optional<double>() const { return has_value() ? std::optional<double>(m_value) : std::nullopt; }

    // As std::optional<double> compares: both absent, or both present and equal (so 0 == -0).
    bool operator==(const OptionalNumber& other) const
    {
        return has_value() == other.has_value() && (!has_value() || m_value == other.m_value);
    }
    bool operator!=(const OptionalNumber& other) const { return !(*this == other); }

private:
    static constexpr double Absent = std::numeric_limits<double>::quiet_NaN();
    double m_value = Absent;
};

} // namespace OrderDesk
