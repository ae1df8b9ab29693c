#include "db/PackedText.h"

#include <array>

namespace {

// Each byte's value as a hexadecimal digit, -1 for the bytes that are none.
constexpr std::array<qint8, 256> hexDigits = [] {
    std::array<qint8, 256> digits {};
    for (qint8& digit : digits) {
        digit = -1;
    }
    for (int c = 0; c < 10; ++c) {
        digits['0' + c] = qint8(c);
    }
    for (int c = 0; c < 6; ++c) {
        digits['a' + c] = digits['A' + c] = qint8(10 + c);
    }
    return digits;
}();

} // namespace

namespace PackedText {

qint64 integer(QByteArrayView text)
{
    const bool negative = !text.isEmpty() && text.front() == '-';
    const QByteArrayView digits = negative ? text.sliced(1) : text;
    // 18 digits cannot overflow a qint64.
    if (digits.isEmpty() || digits.size() > 18) {
        return text.toLongLong();
    }
    qint64 value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9') {
            return text.toLongLong();
        }
        value = value * 10 + (c - '0');
    }
    return negative ? -value : value;
}

quint64 hexadecimal(QByteArrayView text)
{
    // 16 digits: the server's float8send() in hex, and no more than a quint64 holds.
    if (text.isEmpty() || text.size() > 16) {
        return text.toULongLong(nullptr, 16);
    }
    quint64 value = 0;
    for (const char c : text) {
        const qint8 digit = hexDigits[quint8(c)];
        if (digit < 0) {
            return text.toULongLong(nullptr, 16);
        }
        value = value << 4 | quint64(digit);
    }
    return value;
}

} // namespace PackedText
