#pragma once

#include <QtGlobal>

#include <vector>

namespace OrderDesk {

// Row numbers by key hash, for a model whose rows are looked up by key: an open-addressing table
// of (hash, row) slots, 8 bytes each and at most half full, so about 20 bytes a row instead of the
// ~90 of a node-based map. It never holds or reads a key: the caller compares the candidates it is
// offered. Growing re-places the slots by their stored hashes, without touching a row.
class RowIndex
{
public:
    // The row whose hash is `hash` and for which isKey(row) is true, or -1.
    template <typename IsKey> int find(size_t hash, IsKey&& isKey) const
    {
        if (m_slots.empty())
            return -1;
        const quint32 h = fold(hash);
        for (size_t i = h & mask();; i = (i + 1) & mask()) {
            const Slot& s = m_slots[i];
            if (s.row < 0)
                return -1;
            if (s.hash == h && isKey(s.row))
                return s.row;
        }
    }
    // Adds a row; its key must not be in the index yet.
    void insert(size_t hash, int row);
    void clear();
    int size() const { return m_used; }

private:
    struct Slot
    {
        quint32 hash = 0;
        qint32 row = -1;
    };
    static quint32 fold(size_t hash) { return quint32(hash ^ (quint64(hash) >> 32)); }
    size_t mask() const { return m_slots.size() - 1; }
    void place(Slot slot);
    void grow();

    std::vector<Slot> m_slots; // a power of two in size, or empty
    int m_used = 0;
};

} // namespace OrderDesk
