#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QStringView>

#include <optional>

class Statement;

// The values of a statement's rows, worked out (texts encoded in UTF-8, times written as the store
// writes them) on the thread that makes a bulk write's batches, then bound on the writer's thread
// without converting or copying anything: on 100,000 requests the conversions cost the writer as
// much as SQLite's own work for the rows, while the other core waited.
class EncodedRows {
public:
    // Starts the next row; the values appended after it are its parameters, in order.
    void startRow() { m_rowStarts.append(m_values.size()); }
    void appendNull() { m_values.append({ Kind::Null, {}, 0 }); }
    void appendInteger(qint64 value);
    void appendReal(double value);
    // An empty or null text is a text, not NULL (the text columns are NOT NULL).
    void appendText(QStringView text);
    void appendText(QByteArrayView utf8);
    // NULL when the time is not valid.
    void appendTime(const QDateTime& value, bool instant);
    void appendOptionalInteger(const std::optional<qint64>& value);
    void appendOptionalReal(const std::optional<double>& value);

    qsizetype rowCount() const { return m_rowStarts.size(); }
    // The text that is the value `value` of `row` (counted from 0).
    QByteArrayView text(qsizetype row, int value) const
    {
        const Value& found = m_values.at(m_rowStarts.at(row) + value);
        Q_ASSERT(found.kind == Kind::Text);
        return QByteArrayView(m_texts.constData() + found.offset, found.size);
    }
    // Binds the values of `row` to `statement` from its parameter `firstParameter` on; they stay
    // valid while this object is neither changed nor destroyed.
    void bind(Statement& statement, qsizetype row, int firstParameter = 1) const;

private:
    enum class Kind : quint8 {
        Null,
        Integer,
        Real,
        Text,
    };
    struct Value {
        Kind kind;
        union {
            qint64 integer;
            double real;
            qsizetype offset; // of a text in m_texts
        };
        qsizetype size; // of a text
    };

    QList<Value> m_values;
    QList<qsizetype> m_rowStarts;
    QByteArray m_texts; // every text, one after the other
};
