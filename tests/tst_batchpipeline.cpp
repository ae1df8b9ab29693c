// The hand-over between the thread that parses and works out the rules and the one that writes:
// every batch arrives once and in order, the maker waits while the taker is behind, and a taker
// that gives up stops the maker.

#include "app/core/BatchPipeline.h"

#include <QList>
#include <QTest>

#include <atomic>

class TestBatchPipeline : public QObject {
    Q_OBJECT

private slots:
    void everyBatchInOrder_data();
    void everyBatchInOrder();
    void nothingMadeIsNothingTaken();
    void whatTheMakerLeftIsSeenAtTheEnd();
    void aTakerThatGivesUpStopsTheMaker();
};

void TestBatchPipeline::everyBatchInOrder_data()
{
    QTest::addColumn<int>("batches");
    QTest::addColumn<int>("capacity");
    QTest::newRow("one waiting at most") << 500 << 1;
    QTest::newRow("four waiting at most") << 500 << 4;
    QTest::newRow("fewer than the capacity") << 3 << 8;
}

void TestBatchPipeline::everyBatchInOrder()
{
    QFETCH(int, batches);
    QFETCH(int, capacity);
    std::atomic<int> mostWaiting = 0;
    std::atomic<int> made = 0;
    std::atomic<int> taken = 0;
    QList<int> received;
    {
        BatchPipeline<QList<int>> pipeline(
            [&](BatchPipeline<QList<int>>& out) {
                for (int i = 0; i < batches; ++i) {
                    if (!out.put({ 2 * i, 2 * i + 1 })) {
                        return;
                    }
                    mostWaiting = std::max(mostWaiting.load(), ++made - taken.load());
                }
            },
            std::size_t(capacity));
        while (std::optional<QList<int>> batch = pipeline.take()) {
            ++taken;
            received += *batch;
        }
    }
    QCOMPARE(received.size(), 2 * batches);
    for (int i = 0; i < received.size(); ++i) {
        QCOMPARE(received.at(i), i);
    }
    // One more than the capacity may be counted: the batch taken just before the count was read.
    QVERIFY2(mostWaiting <= capacity + 1, qPrintable(QString::number(mostWaiting)));
}

void TestBatchPipeline::nothingMadeIsNothingTaken()
{
    BatchPipeline<int> pipeline([](BatchPipeline<int>&) { });
    QVERIFY(!pipeline.take().has_value());
    QVERIFY(!pipeline.take().has_value());
}

void TestBatchPipeline::whatTheMakerLeftIsSeenAtTheEnd()
{
    QString summary;
    BatchPipeline<int> pipeline([&](BatchPipeline<int>& out) {
        out.put(1);
        summary = QStringLiteral("read to the end");
    });
    QCOMPARE(pipeline.take(), std::optional<int>(1));
    QVERIFY(!pipeline.take().has_value());
    QCOMPARE(summary, QStringLiteral("read to the end"));
}

void TestBatchPipeline::aTakerThatGivesUpStopsTheMaker()
{
    std::atomic<int> refused = 0;
    std::atomic<bool> returned = false;
    {
        // Endless unless told to stop: the test would hang if it were not.
        BatchPipeline<int> pipeline(
            [&](BatchPipeline<int>& out) {
                for (int i = 0;; ++i) {
                    if (!out.put(i)) {
                        ++refused;
                        break;
                    }
                }
                returned = true;
            },
            2);
        QCOMPARE(pipeline.take(), std::optional<int>(0));
        QCOMPARE(pipeline.take(), std::optional<int>(1));
    }
    QVERIFY(returned);
    QCOMPARE(refused.load(), 1);
}

QTEST_GUILESS_MAIN(TestBatchPipeline)
#include "tst_batchpipeline.moc"
