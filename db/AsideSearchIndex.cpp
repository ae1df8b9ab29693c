#include "db/AsideSearchIndex.h"

#include "db/QueueIndex.h"

#include <QHash>
#include <QRegularExpression>
#include <QtAlgorithms>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace {

// FTS5's leaf page size (pgsz): the store's table is made anew from its definition, with FTS5's
// defaults (QueueIndex::adoptSearchIndex()).
constexpr int PageSize = 4050;
// The one segment, the first FTS5 gives an id to.
constexpr qint64 SegmentId = 1;
// FTS5 keeps a doclist's index when the doclist filled this many pages without a term
// (FTS5_MIN_DLIDX_SIZE).
constexpr int MinimumDlidxPages = 4;
// Three characters of up to four bytes.
constexpr int LongestTrigram = 12;
// The ids of the records in %_data (fts5_index.c: FTS5_AVERAGES_ROWID, FTS5_STRUCTURE_ROWID and
// fts5_dri(): the segment, the doclist index flag, its height, the page).
constexpr qint64 AveragesId = 1;
constexpr qint64 StructureId = 10;
qint64 leafId(int page) { return (SegmentId << 37) + page; }
qint64 dlidxId(int height, int page)
{
    return (SegmentId << 37) + (qint64(1) << 36) + (qint64(height) << 31) + page;
}

// SQLite's variable-length integer, as FTS5 writes its records: 7 bits a byte, the most
// significant first, the high bit on all but the last; from 2^56 on, 8 such bytes then the
// lowest 8 bits.
void appendLongVarint(std::vector<char>& to, quint64 value)
{
    const bool nine = (value >> 56) != 0;
    const quint64 high = nine ? value >> 8 : value;
    int bytes = nine ? 8 : 1;
    while (bytes < 8 && (high >> (7 * bytes)) != 0) {
        ++bytes;
    }
    for (int i = bytes - 1; i >= 0; --i) {
        to.push_back(char(((high >> (7 * i)) & 0x7f) | (i > 0 || nine ? 0x80 : 0)));
    }
    if (nine) {
        to.push_back(char(value));
    }
}

// Most are deltas of rowids below 128: a byte, inline.
inline void appendVarint(std::vector<char>& to, quint64 value)
{
    if (value < 0x80) {
        to.push_back(char(value));
    } else {
        appendLongVarint(to, value);
    }
}

QByteArray bytes(const std::vector<char>& from) { return QByteArray(from.data(), qsizetype(from.size())); }

// The varint at `from` (appendVarint()) in `value`: its size.
int readVarint(const char* from, quint64& value)
{
    value = 0;
    for (int i = 0; i < 8; ++i) {
        const auto byte = uchar(from[i]);
        value = (value << 7) | (byte & 0x7f);
        if (byte < 0x80) {
            return i + 1;
        }
    }
    value = (value << 8) | uchar(from[8]);
    return 9;
}

StoreResult<SearchIndexRecords> failed(const QString& why)
{
    return StoreResult<SearchIndexRecords>::failure(StoreStatus::Failed, why);
}

// The arguments of FTS5's trigram tokenizer (its xCreate()) when `definition`, a CREATE VIRTUAL
// TABLE ... USING fts5, defines the index Trigrams and SegmentWriter write: one column, the
// trigram tokenizer, case sensitive, detail = 'none', no sizes (%_docsize is not written), the
// content anywhere. Nothing for any other (another tokenizer or detail, a prefix index, a
// contentless delete...): their records differ.
std::optional<QList<QByteArray>> tokenizerArguments(const QString& definition)
{
    static const QRegularExpression table(QStringLiteral("\\bUSING\\s+fts5\\s*\\((.*)\\)\\s*;?\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    // A column's name, or an option and its value, bare or quoted.
    static const QRegularExpression argument(
        QStringLiteral("\\s*(\\w+)\\s*(?:=\\s*(\\w+|'(?:[^']|'')*')\\s*)?(?:,|$)"));
    const QRegularExpressionMatch arguments = table.match(definition);
    if (!arguments.hasMatch()) {
        return std::nullopt;
    }
    const QString list = arguments.captured(1);
    int columns = 0;
    QHash<QString, QString> options;
    for (qsizetype at = 0; at < list.size();) {
        const QRegularExpressionMatch match = argument.match(
            list, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!match.hasMatch()) {
            return std::nullopt;
        }
        at = match.capturedEnd();
        if (!match.hasCaptured(2)) {
            ++columns;
            continue;
        }
        QString value = match.captured(2);
        if (value.startsWith(u'\'')) {
            value = value.sliced(1, value.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
        }
        if (options.contains(match.captured(1).toLower())) {
            return std::nullopt;
        }
        options.insert(match.captured(1).toLower(), value);
    }
    const QStringList tokenizer = options.take(QStringLiteral("tokenize")).split(u' ', Qt::SkipEmptyParts);
    options.remove(QStringLiteral("content"));
    options.remove(QStringLiteral("content_rowid"));
    if (columns != 1 || options.size() != 2
        || options.value(QStringLiteral("detail")).compare(QStringLiteral("none"), Qt::CaseInsensitive) != 0
        || options.value(QStringLiteral("columnsize")) != QStringLiteral("0") || tokenizer.size() != 3
        || tokenizer.at(0).compare(QStringLiteral("trigram"), Qt::CaseInsensitive) != 0
        || tokenizer.at(1).compare(QStringLiteral("case_sensitive"), Qt::CaseInsensitive) != 0
        || tokenizer.at(2) != QStringLiteral("1")) {
        return std::nullopt;
    }
    return QList<QByteArray> { tokenizer.at(1).toUtf8(), tokenizer.at(2).toUtf8() };
}

using TokenCallback = int (*)(void*, int, const char*, int, int, int);

// FTS5's own trigram tokenizer, for the texts Trigrams does not cut itself. Its fts5_api is that of
// a connection of its own, in memory.
class BuiltInTrigrams {
public:
    // Null when FTS5 refused it.
    static std::unique_ptr<BuiltInTrigrams> make(const QList<QByteArray>& arguments)
    {
        std::unique_ptr<BuiltInTrigrams> made(new BuiltInTrigrams);
        if (sqlite3_open(":memory:", &made->m_connection) != SQLITE_OK) {
            return nullptr;
        }
        fts5_api* api = nullptr;
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(made->m_connection, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK) {
            return nullptr;
        }
        sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
        sqlite3_finalize(statement);
        std::vector<const char*> argv;
        for (const QByteArray& argument : arguments) {
            argv.push_back(argument.constData());
        }
        void* data = nullptr;
        if (!api || api->xFindTokenizer(api, "trigram", &data, &made->m_tokenizer) != SQLITE_OK
            || made->m_tokenizer.xCreate(data, argv.data(), int(argv.size()), &made->m_made) != SQLITE_OK) {
            return nullptr;
        }
        return made;
    }
    ~BuiltInTrigrams()
    {
        if (m_made) {
            m_tokenizer.xDelete(m_made);
        }
        sqlite3_close(m_connection);
    }
    BuiltInTrigrams(const BuiltInTrigrams&) = delete;
    BuiltInTrigrams& operator=(const BuiltInTrigrams&) = delete;

    int tokenize(void* context, QByteArrayView text, TokenCallback token)
    {
        // A copy: SQLite 3.46's tokenizer reads up to a NUL, past the size, as SQLite's own values
        // end with one.
        const QByteArray ended = text.toByteArray();
        return m_tokenizer.xTokenize(
            m_made, context, FTS5_TOKENIZE_DOCUMENT, ended.constData(), int(ended.size()), token);
    }

private:
    BuiltInTrigrams() = default;

    sqlite3* m_connection = nullptr;
    fts5_tokenizer m_tokenizer {};
    Fts5Tokenizer* m_made = nullptr;
};

// FTS5's writer of a segment (fts5_index.c: fts5FlushOneHash() and the fts5Write*() functions it
// calls) for the doclists of detail = 'none' without a delete: leaf pages of PageSize bytes, the
// first term of each in %_idx, and the index of a doclist spanning pages without a term.
class SegmentWriter {
public:
    explicit SegmentWriter(SearchIndexRecords& records)
        : m_records(records)
        , m_leaf(4, '\0')
    {
        m_leaf.reserve(2 * PageSize); // its last varints may pass PageSize
    }

    // A term, FTS5's index char first, and its doclist; the terms in FTS5's order.
    void append(QByteArrayView term, QByteArrayView doclist)
    {
        appendTerm(term);
        if (PageSize >= qsizetype(m_leaf.size() + m_footer.size()) + doclist.size() + 1) {
            m_leaf.insert(m_leaf.end(), doclist.begin(), doclist.end());
            return;
        }
        // A rowid at a time, the first of each page whole.
        quint64 rowid = 0;
        quint64 previous = 0;
        for (qsizetype at = 0; at < doclist.size();) {
            quint64 delta = 0;
            at += readVarint(doclist.data() + at, delta);
            rowid += delta;
            if (m_firstRowidInPage) {
                putU16(0, m_leaf.size());
                appendVarint(m_leaf, rowid);
                m_firstRowidInPage = false;
                appendDlidx(qint64(rowid));
            } else {
                appendVarint(m_leaf, rowid - previous);
            }
            previous = rowid;
            if (m_leaf.size() + m_footer.size() >= size_t(PageSize)) {
                flushLeaf();
            }
        }
    }

    // Writes the last page and the last %_idx row out: the number of leaf pages.
    int finish()
    {
        if (m_leaf.size() > 4) {
            flushLeaf();
        }
        if (m_page > 1) {
            flushBtree();
        }
        return m_page - 1;
    }

private:
    // A page of a doclist index, at one level of its b-tree.
    struct DlidxPage {
        int page = 0;
        bool hasPrevious = false;
        qint64 previous = 0;
        std::vector<char> bytes;
    };

    void putU16(int at, size_t value)
    {
        m_leaf[at] = char(value >> 8);
        m_leaf[at + 1] = char(value);
    }

    void appendTerm(QByteArrayView term)
    {
        const auto shared = [this, term] {
            const qsizetype most = std::min(m_term.size(), term.size());
            qsizetype n = 0;
            while (n < most && m_term.at(n) == term.at(n)) {
                ++n;
            }
            return n;
        };
        if (qsizetype(m_leaf.size() + m_footer.size()) + term.size() + 2 >= PageSize && m_leaf.size() > 4) {
            flushLeaf();
        }
        appendVarint(m_footer, quint64(m_leaf.size() - m_previousTermAt));
        m_previousTermAt = m_leaf.size();
        qsizetype prefix = 0;
        if (m_firstTermInPage) {
            if (m_page != 1) {
                // Its %_idx row: its prefix one byte longer than what it shares with the term before.
                flushBtree();
                m_btreeTerm = term.first(shared() + 1).toByteArray();
                m_btreePage = m_page;
            }
        } else {
            prefix = shared();
            appendVarint(m_leaf, quint64(prefix));
        }
        appendVarint(m_leaf, quint64(term.size() - prefix));
        m_leaf.insert(m_leaf.end(), term.begin() + prefix, term.end());
        m_term.assign(term);
        m_firstTermInPage = false;
        m_firstRowidInPage = false;
        m_dlidx[0].page = m_page;
    }

    void flushLeaf()
    {
        putU16(2, m_leaf.size());
        if (m_firstTermInPage) {
            if (m_firstRowidInPage && !m_dlidx[0].bytes.empty()) {
                appendVarint(m_dlidx[0].bytes, 0); // a page without a rowid either
            }
            ++m_pagesWithoutTerm;
        } else {
            m_leaf.insert(m_leaf.end(), m_footer.begin(), m_footer.end());
        }
        m_records.data.append({ leafId(m_page), bytes(m_leaf) });
        m_leaf.assign(4, '\0');
        m_footer.clear();
        m_previousTermAt = 0;
        ++m_page;
        m_firstTermInPage = true;
        m_firstRowidInPage = true;
    }

    // The %_idx row of the last page that began with a term, with the doclist index of its last
    // term when that one spanned enough pages without a term.
    void flushBtree()
    {
        if (m_btreePage == 0) {
            return;
        }
        const bool indexed = !m_dlidx[0].bytes.empty() && m_pagesWithoutTerm >= MinimumDlidxPages;
        for (size_t height = 0; height < m_dlidx.size() && !m_dlidx[height].bytes.empty(); ++height) {
            if (indexed) {
                m_records.data.append(
                    { dlidxId(int(height), m_dlidx[height].page), bytes(m_dlidx[height].bytes) });
            }
            m_dlidx[height].bytes.clear();
            m_dlidx[height].hasPrevious = false;
        }
        m_pagesWithoutTerm = 0;
        m_records.terms.append({ SegmentId, m_btreeTerm, (qint64(m_btreePage) << 1) + (indexed ? 1 : 0) });
        m_btreePage = 0;
    }

    // The first rowid of a leaf page, in the doclist index of the term the page goes on with.
    void appendDlidx(qint64 rowid)
    {
        bool done = false;
        for (size_t height = 0; !done; ++height) {
            if (m_dlidx[height].bytes.size() >= PageSize) {
                // Full: written out, and the rowid goes up a level too, to a new root when this
                // was the root, which hands it its own first rowid.
                m_dlidx[height].bytes[0] = 0x01; // not the root
                m_records.data.append(
                    { dlidxId(int(height), m_dlidx[height].page), bytes(m_dlidx[height].bytes) });
                m_dlidx.resize(std::max(m_dlidx.size(), height + 2));
                DlidxPage& full = m_dlidx[height];
                DlidxPage& parent = m_dlidx[height + 1];
                if (parent.bytes.empty()) {
                    quint64 first = 0;
                    readVarint(full.bytes.data() + 1 + readVarint(full.bytes.data() + 1, first), first);
                    parent.page = full.page;
                    appendVarint(parent.bytes, 0);
                    appendVarint(parent.bytes, quint64(full.page));
                    appendVarint(parent.bytes, first);
                    parent.hasPrevious = true;
                    parent.previous = qint64(first);
                }
                full.bytes.clear();
                full.hasPrevious = false;
                ++full.page;
            } else {
                done = true;
            }
            DlidxPage& level = m_dlidx[height];
            if (level.hasPrevious) {
                appendVarint(level.bytes, quint64(rowid) - quint64(level.previous));
            } else {
                appendVarint(level.bytes, done ? 0 : 1); // whether it is not the root
                appendVarint(level.bytes, quint64(height == 0 ? m_page : m_dlidx[height - 1].page));
                appendVarint(level.bytes, quint64(rowid));
            }
            level.hasPrevious = true;
            level.previous = rowid;
        }
    }

    SearchIndexRecords& m_records;
    std::vector<char> m_leaf; // the page being written: its header, then its terms and doclists
    std::vector<char> m_footer; // the offsets of its terms
    size_t m_previousTermAt = 0;
    QByteArray m_term; // the last term written, on this page or before
    int m_page = 1;
    bool m_firstTermInPage = true;
    bool m_firstRowidInPage = false;
    int m_pagesWithoutTerm = 0; // since the last page with a term
    std::vector<DlidxPage> m_dlidx = std::vector<DlidxPage>(1); // a page a level, the lowest first
    QByteArray m_btreeTerm; // the %_idx row to come
    int m_btreePage = 1;
};

// The trigrams of a table's rows, added in the order of their rowids, and the records of the index
// FTS5 writes for them in one flush of its hash (Trigrams::records()). Per distinct trigram (bytes
// as FTS5's trigram tokenizer gives them), the rowids holding it, as FTS5's hash holds them for
// detail = 'none': the first, then the deltas, as varints; with detail = 'none' the index holds
// whether a row has a trigram, not how often. A text of well-formed UTF-8 is cut here, as FTS5's
// tokenizer would give its bytes back; any other goes to FTS5's own tokenizer, whose decoding of
// odd bytes this one would otherwise have to copy.
class Trigrams {
public:
    // `arguments`: those of FTS5's tokenizer, 'case_sensitive 1' (tokenizerArguments()).
    explicit Trigrams(QList<QByteArray> arguments)
        : m_arguments(std::move(arguments))
        , m_slots(size_t(1) << 12)
        , m_shift(64 - 12)
        , m_mask(m_slots.size() - 1)
    {
    }

    // Indexes `text` as the row `rowid`; false when FTS5's tokenizer failed, or the rowid is not
    // above those before.
    bool add(qint64 rowid, QByteArrayView text)
    {
        if (m_rows > 0 && rowid <= m_row) {
            return false;
        }
        m_row = rowid;
        ++m_rows;
        const auto* bytes = reinterpret_cast<const uchar*>(text.data());
        const int size = int(text.size());
        // Most texts are ASCII: a character a byte.
        if (std::all_of(bytes, bytes + size, [](uchar byte) { return byte - 1U < 0x7fU; })) {
            for (int from = 0; from + 3 <= size; ++from) {
                addTrigram(bytes + from, 3);
            }
            m_total += std::max(size - 2, 0);
            return true;
        }
        if (const int characters = cut(bytes, size); characters >= 0) {
            for (int t = 0; t + 3 <= characters; ++t) {
                addTrigram(bytes + m_starts[t], m_starts[t + 3] - m_starts[t]);
            }
            m_total += std::max(characters - 2, 0);
            return true;
        }
        if (!m_builtIn && !(m_builtIn = BuiltInTrigrams::make(m_arguments))) {
            return false;
        }
        return m_builtIn->tokenize(this, text, &Trigrams::collect) == SQLITE_OK;
    }

    SearchIndexRecords records() const
    {
        std::vector<const Term*> order;
        order.reserve(m_terms.size());
        for (const Term& term : m_terms) {
            order.push_back(&term);
        }
        // FTS5's order: memcmp(), a term before those it begins.
        std::sort(order.begin(), order.end(), [](const Term* a, const Term* b) { return a->term < b->term; });
        SearchIndexRecords records;
        int lastPage = 0;
        if (!order.empty()) {
            SegmentWriter writer(records);
            for (const Term* term : order) {
                writer.append(
                    term->term, QByteArrayView(term->doclist.data(), qsizetype(term->doclist.size())));
            }
            lastPage = writer.finish();
        }
        // The averages: the rows, then the trigrams of the one column, repeats included.
        std::vector<char> averages;
        appendVarint(averages, quint64(m_rows));
        appendVarint(averages, quint64(m_total));
        // The structure: the configuration cookie of a table just made, the levels, the segments
        // and the leaf pages written, then of level 0 the segments merging and the segment.
        std::vector<char> structure(4, '\0');
        for (const int value : lastPage == 0
                ? std::vector<int> { 0, 0, 0 }
                : std::vector<int> { 1, 1, lastPage, 0, 1, int(SegmentId), 1, lastPage }) {
            appendVarint(structure, quint64(value));
        }
        records.data.append({ AveragesId, bytes(averages) });
        records.data.append({ StructureId, bytes(structure) });
        std::sort(records.data.begin(), records.data.end(),
            [](const SearchIndexRecords::Data& a, const SearchIndexRecords::Data& b) { return a.id < b.id; });
        return records;
    }

private:
    struct Term {
        QByteArray term; // FTS5's index char, then the trigram
        std::vector<char> doclist;
    };
    struct Slot {
        quint64 key = 0; // key(); 0 for a free slot
        qint64 last = 0; // the last rowid of the doclist
        quint32 term = 0; // in m_terms
    };

    // Up to 7 bytes and the length: the whole trigram but for the longest, compared then.
    static quint64 key(const uchar* trigram, int length)
    {
        quint64 key = quint64(length) << 56;
        if (length == 3) {
            return key | trigram[0] | (quint64(trigram[1]) << 8) | (quint64(trigram[2]) << 16);
        }
        for (int b = 0; b < std::min(length, 7); ++b) {
            key |= quint64(trigram[b]) << (8 * b);
        }
        return key;
    }

    // Inline in add()'s loops: it runs for every character of every text.
    Q_ALWAYS_INLINE void addTrigram(const uchar* trigram, int length)
    {
        const quint64 hashed = key(trigram, length);
        for (quint64 at = (hashed * 0x9e3779b97f4a7c15ULL) >> m_shift;; at = (at + 1) & m_mask) {
            Slot& slot = m_slots[at];
            if (slot.key == hashed
                && (length <= 7
                    || std::memcmp(m_terms[slot.term].term.constData() + 1, trigram, size_t(length)) == 0)) {
                if (slot.last != m_row) {
                    appendVarint(m_terms[slot.term].doclist, quint64(m_row) - quint64(slot.last));
                    slot.last = m_row;
                }
                return;
            }
            if (slot.key == 0) {
                addTerm(slot, hashed, trigram, length);
                return;
            }
        }
    }

    void addTerm(Slot& slot, quint64 hashed, const uchar* trigram, int length)
    {
        QByteArray term(1, '0'); // FTS5's main index
        term.append(reinterpret_cast<const char*>(trigram), length);
        m_terms.push_back({ std::move(term), {} });
        appendVarint(m_terms.back().doclist, quint64(m_row));
        slot = { hashed, m_row, quint32(m_terms.size() - 1) };
        if (2 * m_terms.size() >= m_slots.size()) {
            grow();
        }
    }

    void grow()
    {
        const std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(2 * m_slots.size()));
        m_shift = 64 - int(qCountTrailingZeroBits(quint64(m_slots.size())));
        m_mask = m_slots.size() - 1;
        for (const Slot& slot : old) {
            if (slot.key != 0) {
                quint64 at = (slot.key * 0x9e3779b97f4a7c15ULL) >> m_shift;
                while (m_slots[at].key != 0) {
                    at = (at + 1) & m_mask;
                }
                m_slots[at] = slot;
            }
        }
    }

    // A trigram from FTS5's tokenizer.
    static int collect(void* trigrams, int flags, const char* token, int size, int, int)
    {
        if (flags != 0 || size < 1 || size > LongestTrigram) {
            return SQLITE_ERROR;
        }
        auto* self = static_cast<Trigrams*>(trigrams);
        ++self->m_total;
        self->addTrigram(reinterpret_cast<const uchar*>(token), size);
        return SQLITE_OK;
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

    QList<QByteArray> m_arguments;
    std::unique_ptr<BuiltInTrigrams> m_builtIn; // made for the first text it reads
    std::vector<Term> m_terms;
    std::vector<Slot> m_slots; // m_terms by key(), open addressing
    int m_shift; // 64 - log2 of the slots
    quint64 m_mask; // the slots - 1
    qint64 m_row = 0; // the row being added
    qint64 m_rows = 0;
    qint64 m_total = 0; // the trigrams of every row, repeats included: FTS5's own count
    std::vector<int> m_starts;
};

// Search texts held until the rows end, with their rows: their trigrams are then worked out on the
// core the makers leave while the writer builds the indexes, rather than beside the makers, whom the
// writer waits for. Past `most` bytes, they are worked out as they come.
class HeldTexts {
public:
    explicit HeldTexts(std::size_t most)
        : m_most(most)
    {
    }
    void append(qint64 rowid, QByteArrayView text)
    {
        m_rowids.push_back(rowid);
        m_texts.insert(m_texts.end(), text.begin(), text.end());
        m_ends.push_back(m_texts.size());
    }
    bool full() const { return m_texts.size() >= m_most; }
    // Hands every text held to `trigrams`, in order, then holds none: the first row it refused, or
    // nothing.
    std::optional<qint64> indexInto(Trigrams& trigrams)
    {
        std::size_t from = 0;
        for (std::size_t i = 0; i < m_rowids.size(); ++i) {
            if (!trigrams.add(
                    m_rowids[i], QByteArrayView(m_texts.data() + from, qsizetype(m_ends[i] - from)))) {
                return m_rowids[i];
            }
            from = m_ends[i];
        }
        m_rowids.clear();
        m_texts.clear();
        m_ends.clear();
        return std::nullopt;
    }

private:
    std::size_t m_most;
    std::vector<qint64> m_rowids;
    std::vector<char> m_texts;
    std::vector<std::size_t> m_ends; // of each row's text in m_texts
};

} // namespace

AsideSearchIndex::AsideSearchIndex(const QString& definition, std::size_t heldBytes)
    : m_heldBytes(heldBytes)
    , m_thread([this, definition] { run(definition); })
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
    m_result = build(definition);
    const std::lock_guard lock(m_mutex);
    m_given = true;
    m_batches.clear();
}

StoreResult<SearchIndexRecords> AsideSearchIndex::build(const QString& definition)
{
    std::optional<QList<QByteArray>> arguments = tokenizerArguments(definition);
    if (!arguments) {
        return failed(QStringLiteral("Not an index built aside: %1").arg(definition));
    }
    Trigrams trigrams(std::move(*arguments));
    HeldTexts held(m_heldBytes);
    const auto refused = [](qint64 rowid) {
        return failed(QStringLiteral("The row %1 cannot be indexed aside").arg(rowid));
    };
    while (const std::optional<Batch> batch = take()) {
        for (qsizetype i = 0; i < batch->ids.size(); ++i) {
            held.append(batch->ids.at(i), batch->rows.text(batch->rowOf.at(i), QueueIndex::SearchTextValue));
        }
        if (held.full()) {
            if (const std::optional<qint64> rowid = held.indexInto(trigrams)) {
                return refused(*rowid);
            }
        }
    }
    // Stopped (the destructor, after a failure): what is held is dropped unindexed.
    if (const std::lock_guard lock(m_mutex); m_stopped) {
        return failed({});
    }
    if (const std::optional<qint64> rowid = held.indexInto(trigrams)) {
        return refused(*rowid);
    }
    return trigrams.records();
}
