#include "db/EncodedRows.h"

#include "db/Statement.h"
#include "db/StoredTime.h"

#include <QStringEncoder>

void EncodedRows::appendInteger(qint64 value)
{
    Value encoded { Kind::Integer, {}, 0 };
    encoded.integer = value;
    m_values.append(encoded);
}

void EncodedRows::appendReal(double value)
{
    Value encoded { Kind::Real, {}, 0 };
    encoded.real = value;
    m_values.append(encoded);
}

void EncodedRows::appendText(QStringView text)
{
    // Written straight after the others: no temporary QByteArray per text. Stateless, so that a
    // text ending in half a surrogate pair cannot change the next one.
    QStringEncoder encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    const qsizetype offset = m_texts.size();
    m_texts.resize(offset + encoder.requiredSpace(text.size()));
    char* end = encoder.appendToBuffer(m_texts.data() + offset, text);
    m_texts.truncate(end - m_texts.constData());
    Value encoded { Kind::Text, {}, m_texts.size() - offset };
    encoded.offset = offset;
    m_values.append(encoded);
}

void EncodedRows::appendText(QByteArrayView utf8)
{
    const qsizetype offset = m_texts.size();
    m_texts.append(utf8);
    Value encoded { Kind::Text, {}, utf8.size() };
    encoded.offset = offset;
    m_values.append(encoded);
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

void EncodedRows::appendOptionalInteger(const std::optional<qint64>& value)
{
    if (value) {
        appendInteger(*value);
    } else {
        appendNull();
    }
}

void EncodedRows::appendOptionalReal(const std::optional<double>& value)
{
    if (value) {
        appendReal(*value);
    } else {
        appendNull();
    }
}

void EncodedRows::bind(Statement& statement, qsizetype row, int firstParameter) const
{
    const qsizetype end = row + 1 < m_rowStarts.size() ? m_rowStarts.at(row + 1) : m_values.size();
    int parameter = firstParameter;
    for (qsizetype i = m_rowStarts.at(row); i < end; ++i) {
        const Value& value = m_values.at(i);
        switch (value.kind) {
        case Kind::Null:
            statement.bindNull(parameter++);
            break;
        case Kind::Integer:
            statement.bindInteger(parameter++, value.integer);
            break;
        case Kind::Real:
            statement.bindReal(parameter++, value.real);
            break;
        case Kind::Text:
            statement.bindKeptText(
                parameter++, QByteArrayView(m_texts.constData() + value.offset, value.size));
            break;
        }
    }
}
