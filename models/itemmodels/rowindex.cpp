#include "rowindex.h"

namespace OrderDesk {

void RowIndex::insert(size_t hash, int row)
{
    if (size_t(m_used + 1) * 2 > m_slots.size())
        grow();
    place({fold(hash), row});
    ++m_used;
}

void RowIndex::clear()
{
    m_slots.clear();
    m_used = 0;
}

void RowIndex::place(Slot slot)
{
    size_t i = slot.hash & mask();
    while (m_slots[i].row >= 0)
        i = (i + 1) & mask();
    m_slots[i] = slot;
}

void RowIndex::grow()
{
    std::vector<Slot> old(std::max<size_t>(16, m_slots.size() * 2));
    old.swap(m_slots);
    for (const Slot& s : old) {
        if (s.row >= 0)
            place(s);
    }
}

} // namespace OrderDesk
