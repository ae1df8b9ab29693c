#include "db/PackedText.h"

#include <charconv>
#include <optional>
#include <system_error>

namespace {

// The text read whole by std::from_chars (no locale, no sign but '-', no space, no prefix), which
// the server's own forms always are; nothing when it is anything else.
template <typename Number> std::optional<Number> plainNumber(QByteArrayView text, int base)
{
    if (text.isEmpty()) {
        return std::nullopt;
    }
    Number value = 0;
    const char* const end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value, base);
    if (error != std::errc() || stop != end) {
        return std::nullopt;
    }
    return value;
}

} // namespace

namespace PackedText {

qint64 integer(QByteArrayView text)
{
    if (const std::optional<qint64> value = plainNumber<qint64>(text, 10)) {
        return *value;
    }
    return text.toLongLong();
}

quint64 hexadecimal(QByteArrayView text)
{
    if (const std::optional<quint64> value = plainNumber<quint64>(text, 16)) {
        return *value;
    }
    return text.toULongLong(nullptr, 16);
}

} // namespace PackedText
