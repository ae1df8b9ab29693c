#include "db/AsideSearchIndex.h"

#include "db/QueueIndex.h"
#include "db/Statement.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

StoreResult<SearchIndexRecords> failed(const QString& why)
{
    return StoreResult<SearchIndexRecords>::failure(StoreStatus::Failed, why);
}

// The records of the side table's shadow tables, read before its database goes.
StoreResult<SearchIndexRecords> records(const QSqlDatabase& side)
{
    SearchIndexRecords shadow;
    Statement data(side, QStringLiteral("SELECT id, block FROM event_queue_search_data ORDER BY id"));
    while (data.isValid() && data.next()) {
        shadow.data.append({ data.columnInteger(0), data.columnText(1).toByteArray() });
    }
    if (!data.errorString().isEmpty()) {
        return failed(data.errorString());
    }
    Statement terms(
        side, QStringLiteral("SELECT segid, term, pgno FROM event_queue_search_idx ORDER BY segid, term"));
    while (terms.isValid() && terms.next()) {
        shadow.terms.append(
            { terms.columnInteger(0), terms.columnText(1).toByteArray(), terms.columnInteger(2) });
    }
    if (!terms.errorString().isEmpty()) {
        return failed(terms.errorString());
    }
    return shadow;
}

} // namespace

AsideSearchIndex::AsideSearchIndex(const QString& definition)
    : m_thread([this, definition] { run(definition); })
{
}

AsideSearchIndex::~AsideSearchIndex()
{
    {
        const std::lock_guard lock(m_mutex);
        m_ended = true;
        m_stopped = true;
        m_changed.notify_all();
    }
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void AsideSearchIndex::add(QList<qint64> ids, EncodedRows rows, QList<qsizetype> rowOf)
{
    const std::lock_guard lock(m_mutex);
    if (m_given) {
        return; // the thread stopped on a failure: finish() tells it
    }
    m_batches.push_back({ std::move(ids), std::move(rows), std::move(rowOf) });
    m_changed.notify_all();
}

std::optional<AsideSearchIndex::Batch> AsideSearchIndex::take()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_ended || !m_batches.empty(); });
    if (m_stopped || m_batches.empty()) {
        return std::nullopt;
    }
    Batch batch = std::move(m_batches.front());
    m_batches.pop_front();
    return batch;
}

StoreResult<SearchIndexRecords> AsideSearchIndex::finish()
{
    {
        const std::lock_guard lock(m_mutex);
        m_ended = true;
        m_changed.notify_all();
    }
    m_thread.join();
    return std::move(m_result);
}

void AsideSearchIndex::run(const QString& definition)
{
    const QString name = QStringLiteral("aside-search-%1").arg(quintptr(this), 0, 16);
    {
        // No name: SQLite's private temporary database, written to a file past its page cache and
        // deleted when closed; nothing of it needs to survive a crash.
        QSqlDatabase side = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        m_result = build(side, definition);
        side.close();
    }
    QSqlDatabase::removeDatabase(name);
    const std::lock_guard lock(m_mutex);
    m_given = true;
    m_batches.clear();
}

StoreResult<SearchIndexRecords> AsideSearchIndex::build(QSqlDatabase& side, const QString& definition)
{
    if (!side.open()) {
        return failed(side.lastError().text());
    }
    QSqlQuery query(side);
    // One segment for the whole insert, as the store's own fill makes (QueueIndex::resumeSearchIndex()).
    for (const QString& statement : { QStringLiteral("PRAGMA journal_mode = OFF"), definition,
             QStringLiteral(
                 "INSERT INTO event_queue_search (event_queue_search, rank) VALUES ('hashsize', 16777216)"),
             QStringLiteral("BEGIN") }) {
        if (!query.exec(statement)) {
            return failed(query.lastError().text());
        }
    }
    query.finish();
    {
        Statement insert(
            side, QStringLiteral("INSERT INTO event_queue_search (rowid, search_text) VALUES (?, ?)"));
        if (!insert.isValid()) {
            return failed(insert.errorString());
        }
        while (const std::optional<Batch> batch = take()) {
            for (qsizetype i = 0; i < batch->ids.size(); ++i) {
                insert.bindInteger(1, batch->ids.at(i));
                insert.bindKeptText(2, batch->rows.text(batch->rowOf.at(i), QueueIndex::SearchTextValue));
                if (!insert.step()) {
                    return failed(insert.errorString());
                }
            }
        }
    }
    if (const std::lock_guard lock(m_mutex); m_stopped) {
        return failed({});
    }
    // The commit writes what FTS5 holds in memory as the index's records.
    if (!query.exec(QStringLiteral("COMMIT"))) {
        return failed(query.lastError().text());
    }
    return records(side);
}
