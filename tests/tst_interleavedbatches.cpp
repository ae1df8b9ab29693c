// Several makers on alternate batches, one taker: every batch arrives once and in the batches'
// order whichever maker is ahead, the batches end at the first one not made, and a taker that
// gives up stops every maker.

#include "app/core/InterleavedBatches.h"

#include <QList>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

class TestInterleavedBatches : public QObject {
    Q_OBJECT

private slots:
    void everyBatchInOrder_data();
    void everyBatchInOrder();
    void theBatchesEndAtTheFirstNotMade();
    void aTakerThatGivesUpStopsEveryMaker();
};

void TestInterleavedBatches::everyBatchInOrder_data()
{
    QTest::addColumn<int>("makers");
    QTest::addColumn<int>("batches");
    QTest::newRow("two makers") << 2 << 200;
    QTest::newRow("three makers, a share short") << 3 << 200;
    QTest::newRow("fewer batches than makers") << 3 << 2;
    QTest::newRow("one maker") << 1 << 20;
    QTest::newRow("nothing to make") << 2 << 0;
}

void TestInterleavedBatches::everyBatchInOrder()
{
    QFETCH(int, makers);
    QFETCH(int, batches);
    QList<int> received;
    {
        InterleavedBatches<int> pipeline(makers, [&](BatchPipeline<int>& out, int index, int count) {
            for (int batch = index; batch < batches; batch += count) {
                // The first maker lags, so that the others' batches wait before its own.
                if (index == 0 && batch % 8 == 0) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                }
                if (!out.put(batch)) {
                    return;
                }
            }
        });
        while (std::optional<int> batch = pipeline.take()) {
            received.append(*batch);
        }
        QVERIFY(!pipeline.take().has_value());
    }
    QCOMPARE(received.size(), batches);
    for (int i = 0; i < received.size(); ++i) {
        QCOMPARE(received.at(i), i);
    }
}

void TestInterleavedBatches::theBatchesEndAtTheFirstNotMade()
{
    QList<int> received;
    InterleavedBatches<int> pipeline(2, [](BatchPipeline<int>& out, int index, int count) {
        // The second maker stops after its first batch (1); the first goes on to 8.
        for (int batch = index; batch <= (index == 0 ? 8 : 1); batch += count) {
            if (!out.put(batch)) {
                return;
            }
        }
    });
    while (std::optional<int> batch = pipeline.take()) {
        received.append(*batch);
    }
    QCOMPARE(received, QList<int>({ 0, 1, 2 }));
    // Batch 4 waits, made, but comes after the missing 3.
    QVERIFY(!pipeline.take().has_value());
}

void TestInterleavedBatches::aTakerThatGivesUpStopsEveryMaker()
{
    std::atomic<int> refused = 0;
    std::atomic<int> returned = 0;
    {
        // Endless unless told to stop: the test would hang if they were not.
        InterleavedBatches<int> pipeline(
            3,
            [&](BatchPipeline<int>& out, int index, int count) {
                for (int batch = index;; batch += count) {
                    if (!out.put(batch)) {
                        ++refused;
                        break;
                    }
                }
                ++returned;
            },
            1);
        for (int batch = 0; batch < 4; ++batch) {
            QCOMPARE(pipeline.take(), std::optional<int>(batch));
        }
    }
    QCOMPARE(returned.load(), 3);
    QCOMPARE(refused.load(), 3);
}

QTEST_GUILESS_MAIN(TestInterleavedBatches)
#include "tst_interleavedbatches.moc"
