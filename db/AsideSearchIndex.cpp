#include "db/AsideSearchIndex.h"

#include "db/QueueIndex.h"
#include "db/Statement.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QtAlgorithms>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>
#include <vector>

namespace {

// The side table's tokenizer: FTS5's trigram tokenizer ('trigram case_sensitive 1') answering each
// trigram of a row once. With detail = 'none' the index holds whether a row has a trigram, not how
// often. A repeat (a sixth of a request's trigrams: its commune is in its title) costs FTS5 a hash
// look-up of some 300 instructions and changes nothing but the count of trigrams in the averages
// record, which records() writes again from total(). A text of well-formed UTF-8 is cut here, its
// trigrams pointing into it, cheaper than FTS5's copies; any other goes to FTS5's own tokenizer,
// whose decoding of odd bytes this one would otherwise have to copy.
class DistinctTrigrams {
public:
    // Registers a tokenizer as "trigram" on `handle`, in front of FTS5's own, which it keeps; the
    // connection owns it (null when FTS5 refused it). `distinct`: whether repeats may be dropped
    // (detail = 'none'); else it only counts.
    static DistinctTrigrams* install(sqlite3* handle, bool distinct)
    {
        fts5_api* api = nullptr;
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(handle, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK) {
            return nullptr;
        }
        sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
        sqlite3_finalize(statement);
        auto owned = std::make_unique<DistinctTrigrams>();
        owned->m_distinct = distinct;
        fts5_tokenizer ours { &DistinctTrigrams::create, &DistinctTrigrams::destroy,
            &DistinctTrigrams::tokenize };
        if (!api || api->xFindTokenizer(api, "trigram", &owned->m_builtInData, &owned->m_builtIn) != SQLITE_OK
            || api->xCreateTokenizer(api, "trigram", owned.get(), &ours, &DistinctTrigrams::release)
                != SQLITE_OK) {
            return nullptr;
        }
        return owned.release();
    }

    // The trigrams of every row tokenized, repeats included: FTS5's own count.
    qint64 total() const { return m_total; }

private:
    using TokenCallback = int (*)(void*, int, const char*, int, int, int);
    // One per table using the tokenizer: FTS5's own, made with the same arguments.
    struct Instance {
        DistinctTrigrams* owner; // lives as long as the connection, longer than its tables
        Fts5Tokenizer* builtIn;
        bool readsItself; // the arguments are those the cutting below follows
    };
    // A text handed to FTS5's own tokenizer, its trigrams counted on their way.
    struct Counting {
        DistinctTrigrams* owner;
        void* context;
        TokenCallback token;
    };
    struct Slot {
        quint64 key = 0;
        quint32 row = 0;
        int from = 0;
    };

    static void release(void* owner) { delete static_cast<DistinctTrigrams*>(owner); }

    static int create(void* owner, const char** arguments, int count, Fts5Tokenizer** made)
    {
        auto* self = static_cast<DistinctTrigrams*>(owner);
        Fts5Tokenizer* builtIn = nullptr;
        if (const int rc = self->m_builtIn.xCreate(self->m_builtInData, arguments, count, &builtIn);
            rc != SQLITE_OK) {
            return rc;
        }
        const bool caseSensitive
            = count == 2 && qstricmp(arguments[0], "case_sensitive") == 0 && qstrcmp(arguments[1], "1") == 0;
        *made = reinterpret_cast<Fts5Tokenizer*>(
            new Instance { self, builtIn, caseSensitive && self->m_distinct });
        return SQLITE_OK;
    }

    static void destroy(Fts5Tokenizer* made)
    {
        auto* instance = reinterpret_cast<Instance*>(made);
        instance->owner->m_builtIn.xDelete(instance->builtIn);
        delete instance;
    }

    static int countToken(void* counting, int flags, const char* token, int size, int start, int end)
    {
        auto* on = static_cast<Counting*>(counting);
        ++on->owner->m_total;
        return on->token(on->context, flags, token, size, start, end);
    }

    static int tokenize(
        Fts5Tokenizer* made, void* context, int flags, const char* text, int size, TokenCallback token)
    {
        auto* instance = reinterpret_cast<Instance*>(made);
        DistinctTrigrams& self = *instance->owner;
        const auto* bytes = reinterpret_cast<const uchar*>(text);
        if (instance->readsItself) {
            // Most texts are ASCII: a character a byte.
            if (std::all_of(bytes, bytes + size, [](uchar byte) { return byte - 1U < 0x7fU; })) {
                return self.emitDistinct(context, bytes, size, nullptr, token);
            }
            if (const int characters = self.cut(bytes, size); characters >= 0) {
                return self.emitDistinct(context, bytes, characters, self.m_starts.data(), token);
            }
        }
        Counting counting { &self, context, token };
        return self.m_builtIn.xTokenize(instance->builtIn, &counting, flags, text, size, &countToken);
    }

    // Where each character of `text` begins (m_starts, then its end): its count, or -1 when FTS5's
    // tokenizer would not give its bytes back as they are: a NUL (the end for FTS5), bytes that
    // are not UTF-8, an overlong form, a surrogate, U+FFFE or U+FFFF (FTS5 reads U+FFFD for these).
    int cut(const uchar* bytes, int size)
    {
        if (m_starts.size() <= size_t(size)) {
            m_starts.resize(size_t(size) + 1);
        }
        int* starts = m_starts.data();
        int characters = 0;
        for (int i = 0; i < size;) {
            const uchar lead = bytes[i];
            starts[characters++] = i;
            if (lead - 1U < 0x7fU) {
                ++i;
                continue;
            }
            const int length = lead < 0xc2 ? 0 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : lead < 0xf5 ? 4 : 0;
            if (length == 0 || i + length > size) {
                return -1;
            }
            char32_t code = lead & (0x7f >> length);
            for (int j = 1; j < length; ++j) {
                if ((bytes[i + j] & 0xc0) != 0x80) {
                    return -1;
                }
                code = (code << 6) | (bytes[i + j] & 0x3f);
            }
            if ((length == 3 && (code < 0x800 || (code >= 0xd800 && code < 0xe000) || code >= 0xfffe))
                || (length == 4 && (code < 0x10000 || code > 0x10ffff))) {
                return -1;
            }
            i += length;
        }
        starts[characters] = size;
        return characters;
    }

    // Hands FTS5 each trigram of a text of `characters` beginning at `starts` (cut()), or at each
    // byte when null, once.
    int emitDistinct(
        void* context, const uchar* bytes, int characters, const int* starts, TokenCallback token)
    {
        const int trigrams = characters - 2;
        if (trigrams <= 0) {
            return SQLITE_OK;
        }
        m_total += trigrams;
        if (m_slots.size() < size_t(2 * trigrams) || m_row == std::numeric_limits<quint32>::max()) {
            m_slots.assign(size_t(qNextPowerOfTwo(quint32(2 * trigrams))), Slot {});
            m_row = 0;
        }
        ++m_row;
        Slot* const table = m_slots.data();
        const quint64 mask = m_slots.size() - 1;
        const int shift = 64 - int(qCountTrailingZeroBits(quint64(m_slots.size())));
        for (int t = 0; t < trigrams; ++t) {
            const int from = starts ? starts[t] : t;
            const int length = starts ? starts[t + 3] - from : 3;
            const uchar* const trigram = bytes + from;
            // Up to 7 bytes and the length: the whole trigram but for the longest, compared then.
            quint64 key = quint64(length) << 56;
            if (length == 3) {
                key |= trigram[0] | (quint64(trigram[1]) << 8) | (quint64(trigram[2]) << 16);
            } else {
                for (int b = 0; b < std::min(length, 7); ++b) {
                    key |= quint64(trigram[b]) << (8 * b);
                }
            }
            for (quint64 at = (key * 0x9e3779b97f4a7c15ULL) >> shift;; at = (at + 1) & mask) {
                Slot& slot = table[at];
                if (slot.row != m_row) {
                    slot = { key, m_row, from };
                    const int rc = token(
                        context, 0, reinterpret_cast<const char*>(trigram), length, from, from + length);
                    if (rc != SQLITE_OK) {
                        return rc;
                    }
                    break;
                }
                if (slot.key == key
                    && (length <= 7 || std::memcmp(bytes + slot.from, trigram, size_t(length)) == 0)) {
                    break;
                }
            }
        }
        return SQLITE_OK;
    }

    fts5_tokenizer m_builtIn {};
    void* m_builtInData = nullptr;
    bool m_distinct = false;
    qint64 m_total = 0;
    std::vector<int> m_starts;
    std::vector<Slot> m_slots;
    quint32 m_row = 0; // the row whose trigrams the slots marked with it hold
};

// SQLite's variable-length integer, as FTS5 writes its records: 7 bits a byte, the most
// significant first, the high bit on all but the last (values below 2^56).
void appendVarint(QByteArray& to, quint64 value)
{
    int bytes = 1;
    while (bytes < 8 && (value >> (7 * bytes)) != 0) {
        ++bytes;
    }
    for (int i = bytes - 1; i >= 0; --i) {
        to.append(char(((value >> (7 * i)) & 0x7f) | (i > 0 ? 0x80 : 0)));
    }
}

StoreResult<SearchIndexRecords> failed(const QString& why)
{
    return StoreResult<SearchIndexRecords>::failure(StoreStatus::Failed, why);
}

// The records of the side table's shadow tables, read before its database goes; `averages` in place
// of FTS5's averages record (id 1).
StoreResult<SearchIndexRecords> records(const QSqlDatabase& side, const QByteArray& averages)
{
    SearchIndexRecords shadow;
    Statement data(side, QStringLiteral("SELECT id, block FROM event_queue_search_data ORDER BY id"));
    while (data.isValid() && data.next()) {
        const qint64 id = data.columnInteger(0);
        shadow.data.append({ id, id == 1 ? averages : data.columnText(1).toByteArray() });
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
    Q_ASSERT(!m_ended);
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

void AsideSearchIndex::endRows()
{
    const std::lock_guard lock(m_mutex);
    m_ended = true;
    m_changed.notify_all();
}

StoreResult<SearchIndexRecords> AsideSearchIndex::finish()
{
    endRows();
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
    // The tokenizer must be there before the table.
    const QVariant handle = side.driver()->handle();
    const bool detailNone = definition.contains(QRegularExpression(
        QStringLiteral("detail\\s*=\\s*'none'"), QRegularExpression::CaseInsensitiveOption));
    const DistinctTrigrams* trigrams = qstrcmp(handle.typeName(), "sqlite3*") != 0
        ? nullptr
        : DistinctTrigrams::install(*static_cast<sqlite3* const*>(handle.constData()), detailNone);
    if (!trigrams) {
        return failed(QStringLiteral("FTS5 refused the side table's tokenizer"));
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
    qint64 rows = 0;
    {
        Statement insert(
            side, QStringLiteral("INSERT INTO event_queue_search (rowid, search_text) VALUES (?, ?)"));
        if (!insert.isValid()) {
            return failed(insert.errorString());
        }
        while (const std::optional<Batch> batch = take()) {
            rows += batch->ids.size();
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
    // FTS5's averages record: the rows, then the trigrams of the one column, repeats included.
    QByteArray averages;
    appendVarint(averages, quint64(rows));
    appendVarint(averages, quint64(trigrams->total()));
    return records(side, averages);
}
