#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QStringView>

#include <optional>
#include <vector>

class Statement;

// The values of a statement's rows, worked out (texts encoded in UTF-8, times written as the store
// writes them) on the thread that makes a bulk write's batches, then bound on the writer's thread
// without converting or copying anything: on 100,000 requests the conversions cost the writer as
// much as SQLite's own work for the rows, while the other core waited. About 70 values a request
// go through here: the appends are inline and the buffers grow by doubling, without Qt's checks
// for sharing on each value.
class EncodedRows {
public:
    // Room for `rows` rows of `valuesPerRow` values, before a batch is encoded.
    void reserve(qsizetype rows, int valuesPerRow);
    // Starts the next row; the values appended after it are its parameters, in order.
    void startRow() { m_rowStarts.push_back(qsizetype(m_values.size())); }
    void appendNull() { m_values.push_back({ Kind::Null, 0, { 0 } }); }
    void appendInteger(qint64 value) { m_values.push_back({ Kind::Integer, 0, { value } }); }
    void appendReal(double value)
    {
        Value encoded { Kind::Real, 0, { 0 } };
        encoded.real = value;
        m_values.push_back(encoded);
    }
    // An empty or null text is a text, not NULL (the text columns are NOT NULL).
    void appendText(QStringView text);
    void appendText(QByteArrayView utf8);
    // NULL when the time is not valid.
    void appendTime(const QDateTime& value, bool instant);
    void appendOptionalInteger(const std::optional<qint64>& value)
    {
        value ? appendInteger(*value) : appendNull();
    }
    void appendOptionalReal(const std::optional<double>& value) { value ? appendReal(*value) : appendNull(); }

    qsizetype rowCount() const { return qsizetype(m_rowStarts.size()); }
    // The text that is the value `value` of `row` (counted from 0).
    QByteArrayView text(qsizetype row, int value) const
    {
        const Value& found = m_values.at(m_rowStarts.at(row) + value);
        Q_ASSERT(found.kind == Kind::Text);
        return QByteArrayView(m_texts.constData() + found.offset, found.size);
    }
    // Binds the values of `row` to `statement` from its parameter `firstParameter` on; they stay
    // valid while this object is neither changed nor destroyed. `previousRow`, when not -1, is the
    // row of this object bound to `statement` just before, from the same parameter, and last
    // stepped: its values that `row` repeats are left bound (a reset keeps the bindings), about a
    // third of a request's (the edition, the status, the empty texts, the NULLs, the outcomes).
    void bind(Statement& statement, qsizetype row, int firstParameter = 1, qsizetype previousRow = -1) const;

private:
    enum class Kind : quint8 {
        Null,
        Integer,
        Real,
        Text,
    };
    struct Value {
        Kind kind;
        qint32 size; // of a text
        union {
            qint64 integer;
            double real;
            qint64 offset; // of a text in m_texts
        };
    };
    // Whether binding `b` after `a` leaves the parameter as it is (for a text, the same bytes).
    bool repeats(const Value& a, const Value& b) const;
    // The end of the row's values.
    qsizetype rowEnd(qsizetype row) const
    {
        return row + 1 < rowCount() ? m_rowStarts[size_t(row + 1)] : qsizetype(m_values.size());
    }
    // Room for `bytes` more at the end of the texts; where they go.
    char* textRoom(qsizetype bytes)
    {
        if (m_textsSize + bytes > m_texts.size()) {
            growTexts(m_textsSize + bytes);
        }
        return m_texts.data() + m_textsSize;
    }
    void growTexts(qsizetype bytes);
    // Appends the text of `size` bytes written at `offset`.
    void appendWritten(qsizetype offset, qsizetype size)
    {
        m_textsSize = offset + size;
        Value encoded { Kind::Text, qint32(size), { 0 } };
        encoded.offset = offset;
        m_values.push_back(encoded);
    }

    std::vector<Value> m_values;
    std::vector<qsizetype> m_rowStarts;
    // Every text, one after the other, up to m_textsSize; room after (a QByteArray's new bytes are
    // not zeroed, a vector's are).
    QByteArray m_texts;
    qsizetype m_textsSize = 0;
};
