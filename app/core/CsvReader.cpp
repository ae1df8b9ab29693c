#include "app/core/CsvReader.h"

#include <QStringDecoder>
#include <QtAlgorithms>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <cstring>

namespace {

constexpr QByteArrayView bom("\xEF\xBB\xBF");

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; the five unassigned bytes keep their
// Latin-1 control character so that no byte is lost.
constexpr std::array<char16_t, 32> windows1252High = { 0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020,
    0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C,
    0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178 };

// Windows-1252 as UTF-8: what a file Excel saved in France is read as.
QByteArray utf8FromWindows1252(QByteArrayView bytes)
{
    QByteArray utf8;
    utf8.reserve(bytes.size() + bytes.size() / 8);
    for (const char byte : bytes) {
        const auto code = static_cast<unsigned char>(byte);
        const char16_t ch = code >= 0x80 && code < 0xA0 ? windows1252High[code - 0x80] : char16_t(code);
        if (ch < 0x80) {
            utf8.append(char(ch));
        } else if (ch < 0x800) {
            utf8.append(char(0xC0 | (ch >> 6))).append(char(0x80 | (ch & 0x3F)));
        } else {
            utf8.append(char(0xE0 | (ch >> 12)))
                .append(char(0x80 | ((ch >> 6) & 0x3F)))
                .append(char(0x80 | (ch & 0x3F)));
        }
    }
    return utf8;
}

// The separator that occurs most often outside quotes on the first line (';' on a tie, as
// French spreadsheets write it).
char detectSeparator(QByteArrayView text)
{
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    bool quoted = false;
    for (const char ch : text) {
        if (ch == '"') {
            quoted = !quoted;
        } else if (!quoted && (ch == '\n' || ch == '\r')) {
            break;
        } else if (!quoted) {
            semicolons += ch == ';';
            commas += ch == ',';
            tabs += ch == '\t';
        }
    }
    if (tabs > semicolons && tabs > commas) {
        return '\t';
    }
    return commas > semicolons ? ',' : ';';
}

// The code point of the `length` bytes at `bytes` (one UTF-8 sequence of 1 to 3 bytes, as every
// space is), or U+FFFD when they are not one.
char32_t codePoint(const char* bytes, qsizetype length)
{
    const auto lead = uchar(bytes[0]);
    const auto continuation = [&](qsizetype k) { return (uchar(bytes[k]) & 0xC0) == 0x80; };
    if (length == 1 && lead < 0x80) {
        return lead;
    }
    char32_t code = 0xFFFD;
    if (length == 2 && (lead & 0xE0) == 0xC0 && continuation(1)) {
        code = char32_t(lead & 0x1F) << 6 | (uchar(bytes[1]) & 0x3F);
    } else if (length == 3 && (lead & 0xF0) == 0xE0 && continuation(1) && continuation(2)) {
        code = char32_t(lead & 0x0F) << 12 | char32_t(uchar(bytes[1]) & 0x3F) << 6 | (uchar(bytes[2]) & 0x3F);
    }
    // An overlong form is not the character it spells.
    return code >= (length == 2 ? 0x80U : 0x800U) ? code : 0xFFFD;
}

// The length of the UTF-8 sequence starting at `bytes` (at most `most`), by its lead byte.
qsizetype sequenceLength(const char* bytes, qsizetype most)
{
    const auto lead = uchar(bytes[0]);
    const qsizetype length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    return std::min(length, most);
}

// Where the run from `from` of bytes that end no field (the separator, a line break, a quote)
// stops, found eight bytes at a time: a byte loop cost a quarter of a row's parse.
qsizetype plainRunEnd(const char* data, qsizetype from, qsizetype size, char separator)
{
    constexpr quint64 ones = 0x0101010101010101U;
    constexpr quint64 highs = 0x8080808080808080U;
    // The high bit of the word's first byte that is `byte` (and maybe of later ones), or 0.
    const auto matches = [](quint64 word, char byte) {
        const quint64 x = word ^ (ones * uchar(byte));
        return (x - ones) & ~x & highs;
    };
    qsizetype end = from;
    for (; end + 8 <= size; end += 8) {
        const auto word = qFromLittleEndian<quint64>(data + end);
        const quint64 found
            = matches(word, separator) | matches(word, '\n') | matches(word, '\r') | matches(word, '"');
        if (found != 0) {
            return end + qCountTrailingZeroBits(found) / 8;
        }
    }
    while (
        end < size && data[end] != separator && data[end] != '\n' && data[end] != '\r' && data[end] != '"') {
        ++end;
    }
    return end;
}

} // namespace

QStringList CsvRecord::texts() const
{
    QStringList texts;
    texts.reserve(fields.size());
    for (const QByteArrayView field : fields) {
        texts << CsvReader::text(field);
    }
    return texts;
}

CsvReader::CsvReader(const QByteArray& bytes)
    : m_bytes(bytes)
{
    QByteArrayView view(m_bytes);
    const bool hasBom = view.startsWith(bom);
    if (hasBom) {
        view = view.sliced(3);
        // Qt's decoder, which read the files before, skipped a second one.
        if (view.startsWith(bom)) {
            view = view.sliced(3);
        }
    }
    // A BOM says UTF-8; otherwise the whole file's evidence decides, so that one stray byte in a
    // UTF-8 file does not turn every "é" into "Ã©". Windows-1252 text almost never forms a valid
    // sequence ("Ã©"), so a few are enough: misreading Windows-1252 as UTF-8 only rejects rows
    // (the bytes that are not UTF-8 become U+FFFD), the other way round changes every accent.
    const Utf8Evidence evidence = utf8Evidence(view);
    if (hasBom || evidence.invalidBytes == 0 || evidence.multibyteSequences * 10 >= evidence.invalidBytes) {
        m_undecodable = evidence.invalidBytes > 0;
        if (m_undecodable) {
            // Qt's U+FFFDs, as before: one for each byte of a sequence cut short.
            QStringDecoder decoder(QStringDecoder::Utf8,
                QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
            m_bytes = QString(decoder.decode(view)).toUtf8();
            view = m_bytes;
        }
    } else {
        m_encoding = Encoding::Windows1252;
        m_bytes = utf8FromWindows1252(view);
        view = m_bytes;
    }
    m_text = view;
    m_separator = detectSeparator(m_text);
}

CsvReader::Utf8Evidence CsvReader::utf8Evidence(QByteArrayView bytes)
{
    Utf8Evidence evidence;
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        // Eight ASCII bytes at a time: most of a file is ASCII.
        if (i + 8 <= size) {
            quint64 word = 0;
            std::memcpy(&word, bytes.data() + i, sizeof word);
            if ((word & 0x8080808080808080U) == 0) {
                i += 8;
                continue;
            }
        }
        const auto lead = uchar(bytes.at(i));
        if (lead < 0x80) {
            ++i;
            continue;
        }
        // The sequence's length and the range of its second byte (no overlong forms, no surrogates).
        int length = 0;
        uchar low = 0x80;
        uchar high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        }
        bool valid = length > 0 && i + length <= size;
        for (int k = 1; valid && k < length; ++k) {
            const auto next = uchar(bytes.at(i + k));
            valid = k == 1 ? next >= low && next <= high : next >= 0x80 && next <= 0xBF;
        }
        if (valid) {
            ++evidence.multibyteSequences;
            i += length;
        } else {
            ++evidence.invalidBytes;
            ++i;
        }
    }
    return evidence;
}

QByteArrayView CsvReader::trimmed(QByteArrayView utf8)
{
    // Most fields start and end with a printable ASCII character: nothing to take off.
    const auto printable = [](char ch) { return uchar(ch) > 0x20 && uchar(ch) < 0x80; };
    if (utf8.isEmpty() || (printable(utf8.front()) && printable(utf8.back()))) {
        return utf8;
    }
    const char* data = utf8.data();
    qsizetype begin = 0;
    qsizetype end = utf8.size();
    while (begin < end) {
        const qsizetype length = sequenceLength(data + begin, end - begin);
        if (!QChar::isSpace(codePoint(data + begin, length))) {
            break;
        }
        begin += length;
    }
    while (end > begin) {
        // The last character's lead byte, at most two continuation bytes back.
        qsizetype lead = end - 1;
        while (lead > begin && end - lead < 3 && (uchar(data[lead]) & 0xC0) == 0x80) {
            --lead;
        }
        if (!QChar::isSpace(codePoint(data + lead, end - lead))) {
            break;
        }
        end = lead;
    }
    return utf8.sliced(begin, end - begin);
}

QString CsvReader::text(QByteArrayView utf8)
{
    // Compared inline: startsWith() was a call for each of a row's twenty fields.
    if (utf8.size() >= bom.size() && std::memcmp(utf8.data(), bom.data(), size_t(bom.size())) == 0) {
        QStringDecoder decoder(
            QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
        return decoder.decode(utf8);
    }
    return QString::fromUtf8(utf8);
}

bool CsvReader::next(CsvRecord* record)
{
    const qsizetype size = m_text.size();
    if (m_position >= size) {
        return false;
    }
    const char* data = m_text.data();
    record->line = m_line;
    record->fields.clear();
    m_spans.clear();
    m_unquoted.resize(0);
    Span field;
    // A field is a view of the text while its pieces follow each other there; a doubled quote, or
    // text after a closing quote, copies it to m_unquoted.
    const auto append = [&](qsizetype from, qsizetype to) {
        if (field.size == 0) {
            field = { from, to - from, false };
            return;
        }
        if (!field.unquoted && field.offset + field.size == from) {
            field.size += to - from;
            return;
        }
        if (!field.unquoted) {
            m_unquoted.append(data + field.offset, field.size);
            field.offset = m_unquoted.size() - field.size;
            field.unquoted = true;
        }
        m_unquoted.append(data + from, to - from);
        field.size += to - from;
    };
    bool quoted = false;
    bool wasQuoted = false;
    qsizetype i = m_position;
    while (i < size) {
        const char ch = data[i];
        if (quoted) {
            if (ch == '"') {
                if (i + 1 < size && data[i + 1] == '"') {
                    append(i, i + 1);
                    i += 2;
                    continue;
                }
                quoted = false;
                ++i;
                continue;
            }
            // The run up to the next quote is taken at once: fields of a megabyte stay fast.
            const auto* quote = static_cast<const char*>(std::memchr(data + i, '"', size_t(size - i)));
            const qsizetype end = quote ? quote - data : size;
            m_line += int(std::count(data + i, data + end, '\n'));
            append(i, end);
            i = end;
            continue;
        }
        if (ch == m_separator) {
            m_spans.append(field);
            field = {};
            wasQuoted = false;
            ++i;
        } else if (ch == '\n' || ch == '\r') {
            i += (ch == '\r' && i + 1 < size && data[i + 1] == '\n') ? 2 : 1;
            ++m_line;
            break;
        } else if (ch == '"' && field.size == 0 && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            ++i;
        } else {
            // A quote inside an unquoted field is kept as it is.
            const qsizetype end = std::max(plainRunEnd(data, i, size, m_separator), i + 1);
            append(i, end);
            i = end;
        }
    }
    m_spans.append(field);
    m_unterminated = quoted;
    m_position = i;
    record->fields.reserve(m_spans.size());
    for (const Span& span : std::as_const(m_spans)) {
        record->fields.append(
            QByteArrayView((span.unquoted ? m_unquoted.constData() : data) + span.offset, span.size));
    }
    return true;
}
