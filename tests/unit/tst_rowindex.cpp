// RowIndex, the orders model's (account, id) to row table: every row is found again through growth,
// rows whose hashes collide are told apart by the caller's key check, and a cleared index is empty.
#include "itemmodels/rowindex.h"

#include <QTest>

#include <vector>

using namespace OrderDesk;

class TestRowIndex : public QObject
{
    Q_OBJECT

private slots:
    void everyRow_isFoundAgainAfterGrowth()
    {
        RowIndex index;
        std::vector<size_t> hashes;
        for (int row = 0; row < 5000; ++row) {
            hashes.push_back(qHash(row, 7u) * 2654435761u);
            index.insert(hashes.back(), row);
        }
        QCOMPARE(index.size(), 5000);
        for (int row = 0; row < 5000; ++row)
            QCOMPARE(index.find(hashes[size_t(row)], [row](int candidate) { return candidate == row; }), row);
        QCOMPARE(index.find(12345, [](int) { return false; }), -1);
    }

    void collidingHashes_areToldApartByTheKey()
    {
        // Ids crafted to collide all land on one hash: the key check, not the hash, picks the row.
        RowIndex index;
        for (int row = 0; row < 300; ++row)
            index.insert(42, row);
        for (int row : {0, 150, 299})
            QCOMPARE(index.find(42, [row](int candidate) { return candidate == row; }), row);
        QCOMPARE(index.find(42, [](int) { return false; }), -1);
    }

    void clear_forgetsEveryRow()
    {
        RowIndex index;
        index.insert(1, 0);
        index.clear();
        QCOMPARE(index.size(), 0);
        QCOMPARE(index.find(1, [](int) { return true; }), -1);
        index.insert(1, 3);
        QCOMPARE(index.find(1, [](int) { return true; }), 3);
    }
};

QTEST_APPLESS_MAIN(TestRowIndex)
#include "tst_rowindex.moc"
