#include "sandboxrandom.h"

namespace OrderDesk {

namespace {

// SplitMix64: spreads neighbouring seeds over the whole state space.
quint64 splitMix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

} // namespace

SandboxRandom::SandboxRandom(quint64 seed)
    : m_increment((splitMix(seed ^ 0x5851f42d4c957f2dULL) << 1) | 1)
{
    next();
    m_state += splitMix(seed);
    next();
}

quint32 SandboxRandom::next()
{
    const quint64 old = m_state;
    m_state = old * 6364136223846793005ULL + m_increment;
    const auto xorShifted = quint32(((old >> 18) ^ old) >> 27);
    const auto rotation = quint32(old >> 59);
    return (xorShifted >> rotation) | (xorShifted << ((32 - rotation) & 31));
}

qint64 SandboxRandom::between64(qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    const quint64 span = quint64(high - low) + 1;
    const quint64 upper = next();
    const quint64 value = (upper << 32) | next();
    return low + qint64(value % span);
}

int SandboxRandom::weighted(std::initializer_list<int> weights)
{
    int total = 0;
    for (const int w : weights)
        total += w;
    int roll = below(total);
    int index = 0;
    for (const int w : weights) {
        if (roll < w)
            return index;
        roll -= w;
        ++index;
    }
    return index - 1;
}

QByteArray SandboxRandom::base36(int length)
{
    static const char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    QByteArray out(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        out[i] = alphabet[below(36)];
    return out;
}

QByteArray SandboxRandom::digits(int length)
{
    QByteArray out(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        out[i] = char('0' + below(10));
    return out;
}

QByteArray SandboxRandom::uuid()
{
    static const char hex[] = "0123456789abcdef";
    quint32 words[4] = {next(), next(), next(), next()};
    words[1] = (words[1] & 0xffff0fffU) | 0x00004000U; // version 4
    words[2] = (words[2] & 0x3fffffffU) | 0x80000000U; // RFC 4122 variant
    QByteArray out;
    out.reserve(36);
    for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20)
            out.append('-');
        const quint32 word = words[i / 8];
        out.append(hex[(word >> (28 - 4 * (i % 8))) & 0xf]);
    }
    return out;
}

} // namespace OrderDesk
