#include "db/EncodedRows.h"

#include "db/Statement.h"
#include "db/StoredTime.h"

#include <QStringEncoder>

#include <algorithm>
#include <cstring>

void EncodedRows::reserve(qsizetype rows, int valuesPerRow)
{
    m_rowStarts.reserve(m_rowStarts.size() + size_t(rows));
    m_values.reserve(m_values.size() + size_t(rows) * size_t(valuesPerRow));
}

void EncodedRows::growTexts(qsizetype bytes)
{
    m_texts.resize(std::max({ bytes, 2 * m_texts.size(), qsizetype(4096) }));
}

void EncodedRows::appendText(QStringView text)
{
    // Written straight after the others: no temporary QByteArray per text. Most texts are ASCII:
    // copied in one pass that the compiler vectorises, which also tells whether they were, instead
    // of a call into QStringEncoder and its state for each.
    const qsizetype offset = m_textsSize;
    const qsizetype size = text.size();
    char* out = textRoom(3 * size); // UTF-8 takes at most 3 bytes for each UTF-16 unit
    const char16_t* in = text.utf16();
    char16_t seen = 0;
    for (qsizetype i = 0; i < size; ++i) {
        seen |= in[i];
        out[i] = char(in[i]);
    }
    if (seen < 0x80) {
        appendWritten(offset, size);
        return;
    }
    // Stateless, so that a text ending in half a surrogate pair cannot change the next one.
    QStringEncoder encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    appendWritten(offset, encoder.appendToBuffer(out, text) - out);
}

void EncodedRows::appendText(QByteArrayView utf8)
{
    const qsizetype offset = m_textsSize;
    if (!utf8.isEmpty()) {
        std::memcpy(textRoom(utf8.size()), utf8.data(), size_t(utf8.size()));
    }
    appendWritten(offset, utf8.size());
}

void EncodedRows::appendTime(const QDateTime& value, bool instant)
{
    if (!value.isValid()) {
        appendNull();
        return;
    }
    char buffer[32];
    appendText(QByteArrayView(buffer, storedTime(value, instant, buffer)));
}

bool EncodedRows::repeats(const Value& a, const Value& b) const
{
    if (a.kind != b.kind) {
        return false;
    }
    switch (a.kind) {
    case Kind::Null:
        return true;
    case Kind::Integer:
        return a.integer == b.integer;
    case Kind::Real:
        return std::memcmp(&a.real, &b.real, sizeof a.real) == 0; // -0.0 is not 0.0
    case Kind::Text:
        return a.size == b.size
            && std::memcmp(m_texts.constData() + a.offset, m_texts.constData() + b.offset, size_t(a.size))
            == 0;
    }
    return false;
}

void EncodedRows::bind(Statement& statement, qsizetype row, int firstParameter, qsizetype previousRow) const
{
    const qsizetype start = m_rowStarts[size_t(row)];
    const qsizetype end = rowEnd(row);
    // Only SQLite keeps a statement's bindings from one step to the next for certain.
    const bool keeps = previousRow >= 0 && statement.keepsBindings()
        && rowEnd(previousRow) - m_rowStarts[size_t(previousRow)] == end - start;
    const qsizetype shift = keeps ? m_rowStarts[size_t(previousRow)] - start : 0;
    int parameter = firstParameter;
    for (qsizetype i = start; i < end; ++i, ++parameter) {
        const Value& value = m_values[size_t(i)];
        if (keeps && repeats(m_values[size_t(i + shift)], value)) {
            continue;
        }
        switch (value.kind) {
        case Kind::Null:
            statement.bindNull(parameter);
            break;
        case Kind::Integer:
            statement.bindInteger(parameter, value.integer);
            break;
        case Kind::Real:
            statement.bindReal(parameter, value.real);
            break;
        case Kind::Text:
            statement.bindKeptText(parameter, QByteArrayView(m_texts.constData() + value.offset, value.size));
            break;
        }
    }
}
