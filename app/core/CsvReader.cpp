#include "app/core/CsvReader.h"

#include <QStringDecoder>

#include <array>

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; the five unassigned bytes keep their
// Latin-1 control character so that no byte is lost.
constexpr std::array<char16_t, 32> windows1252High = { 0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020,
    0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C,
    0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178 };

// The separator that occurs most often outside quotes on the first line (';' on a tie, as
// French spreadsheets write it).
QChar detectSeparator(QStringView text)
{
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar ch : text) {
        if (ch == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted && (ch == QLatin1Char('\n') || ch == QLatin1Char('\r'))) {
            break;
        } else if (!quoted) {
            semicolons += ch == QLatin1Char(';');
            commas += ch == QLatin1Char(',');
            tabs += ch == QLatin1Char('\t');
        }
    }
    if (tabs > semicolons && tabs > commas) {
        return QLatin1Char('\t');
    }
    return commas > semicolons ? QLatin1Char(',') : QLatin1Char(';');
}

} // namespace

QString CsvReader::decodeWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char byte : bytes) {
        const auto code = static_cast<unsigned char>(byte);
        *out++ = QChar(code >= 0x80 && code < 0xA0 ? windows1252High[code - 0x80] : char16_t(code));
    }
    return text;
}

CsvReader::CsvReader(const QByteArray& bytes)
{
    QByteArrayView view(bytes);
    const bool bom = view.startsWith("\xEF\xBB\xBF");
    if (bom) {
        view = view.sliced(3);
    }
    // A BOM says UTF-8; otherwise the whole file's evidence decides, so that one stray byte in a
    // UTF-8 file does not turn every "é" into "Ã©". Windows-1252 text almost never forms a valid
    // sequence ("Ã©"), so a few are enough: misreading Windows-1252 as UTF-8 only rejects rows
    // (the bytes that are not UTF-8 become U+FFFD), the other way round changes every accent.
    const Utf8Evidence evidence = utf8Evidence(view);
    if (bom || evidence.invalidBytes == 0 || evidence.multibyteSequences * 10 >= evidence.invalidBytes) {
        m_text = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless).decode(view);
        m_undecodable = evidence.invalidBytes > 0;
    } else {
        m_encoding = Encoding::Windows1252;
        m_text = decodeWindows1252(view);
    }
    m_separator = detectSeparator(m_text);
}

CsvReader::Utf8Evidence CsvReader::utf8Evidence(QByteArrayView bytes)
{
    Utf8Evidence evidence;
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
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

bool CsvReader::next(CsvRecord* record)
{
    const qsizetype size = m_text.size();
    if (m_position >= size) {
        return false;
    }
    const QChar* data = m_text.constData();
    record->line = m_line;
    record->fields.clear();
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    qsizetype i = m_position;
    while (i < size) {
        const QChar ch = data[i];
        if (quoted) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < size && data[i + 1] == QLatin1Char('"')) {
                    field.append(ch);
                    i += 2;
                    continue;
                }
                quoted = false;
                ++i;
                continue;
            }
            // The run up to the next quote is copied at once: fields of a megabyte stay fast.
            qsizetype end = i;
            while (end < size && data[end] != QLatin1Char('"')) {
                m_line += data[end] == QLatin1Char('\n');
                ++end;
            }
            field.append(QStringView(data + i, end - i));
            i = end;
            continue;
        }
        if (ch == m_separator) {
            record->fields.append(field);
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (ch == QLatin1Char('\n') || ch == QLatin1Char('\r')) {
            i += (ch == QLatin1Char('\r') && i + 1 < size && data[i + 1] == QLatin1Char('\n')) ? 2 : 1;
            ++m_line;
            break;
        } else if (ch == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            ++i;
        } else {
            qsizetype end = i;
            while (end < size && data[end] != m_separator && data[end] != QLatin1Char('\n')
                && data[end] != QLatin1Char('\r') && data[end] != QLatin1Char('"')) {
                ++end;
            }
            // A quote inside an unquoted field is kept as it is.
            end = end == i ? i + 1 : end;
            field.append(QStringView(data + i, end - i));
            i = end;
        }
    }
    record->fields.append(field);
    m_unterminated = quoted;
    m_position = i;
    return true;
}
