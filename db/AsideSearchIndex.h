#pragma once

#include "db/EncodedRows.h"
#include "db/StoreResult.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

// The records of an FTS5 table's shadow tables %_data and %_idx.
struct SearchIndexRecords {
    struct Data {
        qint64 id;
        QByteArray block;
    };
    struct Term {
        qint64 segment;
        QByteArray term;
        qint64 page;
    };
    QList<Data> data;
    QList<Term> terms;
};

// The trigram index of a bulk insert into an empty search index (SQLite), built on a thread of its
// own while the writer's thread rebuilds the other indexes: the texts wait there for the end of the
// rows, when the rules' makers leave a core idle.
// FTS5's tokenising was half of BulkInsert::finish() on the writer's thread (600 ms at 100,000
// requests); the records built here, those FTS5 writes for the same rows in one flush of its hash,
// are copied into the store's shadow tables instead (QueueIndex::adoptSearchIndex()), in a few tens
// of ms. They are written here without FTS5's insert path, whose hash was three quarters of this
// thread's work. FTS5's index records depend on the tokenizer and the detail, not on where the
// content lives.
class AsideSearchIndex {
public:
    // `definition`: the store's own CREATE VIRTUAL TABLE of event_queue_search; one whose records
    // are not those written here (another tokenizer or detail, a prefix index...) fails finish().
    // `heldBytes`: how much of the search texts may wait for the end of the rows (HeldTexts).
    explicit AsideSearchIndex(const QString& definition, std::size_t heldBytes = HeldBytes);
    // About 300,000 requests' search texts.
    static constexpr std::size_t HeldBytes = std::size_t(32) << 20;
    // Stops the thread; what it built is dropped.
    ~AsideSearchIndex();
    AsideSearchIndex(const AsideSearchIndex&) = delete;
    AsideSearchIndex& operator=(const AsideSearchIndex&) = delete;

    // Indexes the search text of the row rowOf[i] of `rows` (QueueIndex::encodeRows()) as the row
    // ids[i]; the ids increase from call to call. Only hands them over: `rows` is freed there too.
    void add(QList<qint64> ids, EncodedRows rows, QList<qsizetype> rowOf);

    // No more rows will be handed over: the thread works out the index of the texts it held, and
    // its records, meanwhile.
    void endRows();
    // Waits until every row handed over is indexed (ending them, if endRows() did not), then
    // answers the index's records; a failure when they cannot be those FTS5 writes.
    StoreResult<SearchIndexRecords> finish();

private:
    struct Batch {
        QList<qint64> ids;
        EncodedRows rows;
        QList<qsizetype> rowOf;
    };
    void run(const QString& definition);
    StoreResult<SearchIndexRecords> build(const QString& definition);
    // The next batch, or nothing once endRows(), finish() or the destructor asked for the end.
    std::optional<Batch> take();

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_batches;
    bool m_ended = false; // no more batches: endRows(), finish() or the destructor
    bool m_stopped = false; // the destructor: what is left is dropped
    bool m_given = false; // the thread returned: later batches are dropped
    StoreResult<SearchIndexRecords> m_result = WriteResult::failure(StoreStatus::Failed, {});
    std::size_t m_heldBytes;
    std::thread m_thread;
};
