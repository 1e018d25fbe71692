#pragma once

#include <QByteArray>

#include <cstddef>
#include <initializer_list>

namespace OrderDesk {

// The dice of one generated order: PCG32 (O'Neill, pcg-random.org), fully specified, so the same
// seed gives the same sequence on every platform and compiler; seeding costs nothing, which matters
// for 100,000 orders (a QRandomGenerator seeds a 2.5 KB Mersenne Twister each time). The seeds
// themselves come from QRandomGenerator(config seed) in the stores.
class SandboxRandom
{
public:
    explicit SandboxRandom(quint64 seed);

    quint32 next();
    int below(int n) { return n <= 1 ? 0 : int((quint64(next()) * quint32(n)) >> 32); } // 0 .. n-1
    int between(int low, int high) { return low + below(high - low + 1); }              // inclusive
    qint64 between64(qint64 low, qint64 high);
    bool chance(int percent) { return below(100) < percent; }
    // Index chosen with the given relative weights.
    int weighted(std::initializer_list<int> weights);

    template <typename T, std::size_t N> const T& pick(const T (&items)[N]) { return items[below(int(N))]; }

    QByteArray base36(int length); // lower-case letters and digits
    QByteArray digits(int length);
    QByteArray uuid(); // version 4 layout, from this generator

private:
    quint64 m_state = 0;
    quint64 m_increment = 0;
};

} // namespace OrderDesk
