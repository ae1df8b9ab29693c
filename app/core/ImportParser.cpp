#include "app/core/ImportParser.h"

#include "app/core/CsvReader.h"
#include "app/core/CsvWriter.h"
#include "app/core/GeoReference.h"
#include "app/core/ParisTime.h"
#include "app/core/TextFold.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QSet>
#include <QTimeZone>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace {

// How often the parse reports progress, in rows.
constexpr int progressEvery = 2000;

// A header as written ("Code postal", "CODE_POSTAL", "code-postal") to the documented key.
QString headerKey(const QString& header)
{
    QString key = TextFold::folded(header.trimmed());
    key.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    return key;
}

// A date and time as written: the wall-clock part, and the offset when the text gives one.
struct WrittenTime {
    QDate date;
    QTime time;
    std::optional<int> offsetSeconds;
};

// Reads digits at `*i` (at most `most`, at least one); -1 when there is none.
int digits(QStringView text, qsizetype* i, int most)
{
    int value = 0;
    int count = 0;
    while (*i < text.size() && count < most) {
        // ASCII digits without QChar's look-ups; any other digit as QChar reads it.
        const char16_t code = text.at(*i).unicode();
        const bool ascii = code < 0x80;
        if (ascii ? code < u'0' || code > u'9' : !QChar::isDigit(code)) {
            break;
        }
        value = value * 10 + (ascii ? code - u'0' : QChar::digitValue(code));
        ++*i;
        ++count;
    }
    return count == 0 ? -1 : value;
}

bool skip(QStringView text, qsizetype* i, QChar expected)
{
    if (*i < text.size() && text.at(*i) == expected) {
        ++*i;
        return true;
    }
    return false;
}

// ISO 8601 (2018-03-27, 2018-03-27T09:00[:00][Z|+01:00], a space for the T) or French
// (27/03/2018, 27/03/2018 09:00[:00], 9h00). Read by hand: QDateTime::fromString() with a format
// costs more than the rest of a row. A date alone is at `timeIfDateOnly`.
bool parseDateTime(QStringView text, const QTime& timeIfDateOnly, WrittenTime* result)
{
    qsizetype i = 0;
    int year = 0;
    int month = 0;
    int day = 0;
    const int first = digits(text, &i, 4);
    if (i == 4 && skip(text, &i, QLatin1Char('-'))) {
        year = first;
        month = digits(text, &i, 2);
        day = skip(text, &i, QLatin1Char('-')) ? digits(text, &i, 2) : -1;
    } else if (i <= 2 && skip(text, &i, QLatin1Char('/'))) {
        day = first;
        month = digits(text, &i, 2);
        const qsizetype yearStart = i;
        year = skip(text, &i, QLatin1Char('/')) ? digits(text, &i, 4) : -1;
        if (i - yearStart != 5) {
            return false;
        }
    } else {
        return false;
    }
    result->date = QDate(year, month, day);
    result->offsetSeconds.reset();
    if (!result->date.isValid()) {
        return false;
    }
    if (i == text.size()) {
        result->time = timeIfDateOnly;
        return true;
    }
    if (!skip(text, &i, QLatin1Char('T'))) {
        while (skip(text, &i, QLatin1Char(' '))) { }
    }
    const int hour = digits(text, &i, 2);
    if (!skip(text, &i, QLatin1Char(':')) && !skip(text, &i, QLatin1Char('h'))
        && !skip(text, &i, QLatin1Char('H'))) {
        return false;
    }
    const int minute = digits(text, &i, 2);
    int second = 0;
    if (skip(text, &i, QLatin1Char(':'))) {
        second = digits(text, &i, 2);
        // Fractions of a second are dropped.
        if (skip(text, &i, QLatin1Char('.')) || skip(text, &i, QLatin1Char(','))) {
            digits(text, &i, 9);
        }
    }
    result->time = QTime(hour, minute, second);
    if (!result->time.isValid()) {
        return false;
    }
    if (skip(text, &i, QLatin1Char('Z'))) {
        result->offsetSeconds = 0;
    } else if (i < text.size() && (text.at(i) == QLatin1Char('+') || text.at(i) == QLatin1Char('-'))) {
        const int sign = text.at(i) == QLatin1Char('-') ? -1 : 1;
        ++i;
        const int hours = digits(text, &i, 2);
        skip(text, &i, QLatin1Char(':'));
        const int minutes = i < text.size() ? digits(text, &i, 2) : 0;
        if (hours < 0 || hours > 14 || minutes < 0 || minutes > 59) {
            return false;
        }
        result->offsetSeconds = sign * (hours * 3600 + minutes * 60);
    }
    return i == text.size();
}

bool isAscii(QByteArrayView utf8)
{
    return std::all_of(utf8.begin(), utf8.end(), [](char byte) { return uchar(byte) < 0x80; });
}

// A field as UTF-16, for what reads it so (dates, numbers): ASCII, as they are written, widened on
// the stack; anything else decoded.
class Widened {
public:
    explicit Widened(QByteArrayView utf8)
    {
        if (utf8.size() <= qsizetype(m_buffer.size()) && isAscii(utf8)) {
            std::copy(utf8.begin(), utf8.end(), m_buffer.begin());
            m_view = QStringView(m_buffer.data(), utf8.size());
        } else {
            m_decoded = CsvReader::text(utf8);
            m_view = m_decoded;
        }
    }
    Widened(const Widened&) = delete;
    Widened& operator=(const Widened&) = delete;
    QStringView view() const { return m_view; }

private:
    std::array<char16_t, 64> m_buffer;
    QString m_decoded;
    QStringView m_view;
};

std::optional<bool> parseBool(QByteArrayView utf8, bool* ok)
{
    *ok = true;
    // The words are ASCII: ASCII text is compared lowered, other text folded first ("ôui" reads as
    // "oui").
    const bool ascii = isAscii(utf8);
    const QString folded = ascii ? QString() : TextFold::folded(CsvReader::text(utf8));
    if (ascii ? utf8.isEmpty() : folded.isEmpty()) {
        return std::nullopt;
    }
    // Lowered on the stack, as long as the longest word: a longer text is none of them.
    std::array<char, 5> lowered {};
    const bool fits = ascii && utf8.size() <= qsizetype(lowered.size());
    for (size_t i = 0; fits && i < size_t(utf8.size()); ++i) {
        const char ch = utf8.at(qsizetype(i));
        lowered.at(i) = ch >= 'A' && ch <= 'Z' ? char(ch - 'A' + 'a') : ch;
    }
    const auto is = [&](QByteArrayView word) {
        return ascii ? fits && QByteArrayView(lowered.data(), utf8.size()) == word
                     : folded == QLatin1StringView(word);
    };
    static constexpr std::array<QByteArrayView, 8> yes = { "oui", "o", "yes", "y", "1", "x", "true", "vrai" };
    static constexpr std::array<QByteArrayView, 6> no = { "non", "n", "no", "0", "false", "faux" };
    if (std::any_of(yes.begin(), yes.end(), is)) {
        return true;
    }
    if (std::any_of(no.begin(), no.end(), is)) {
        return false;
    }
    *ok = false;
    return std::nullopt;
}

// What spreadsheets write most ("12,5", "-3.25", "1200": ASCII digits, at most one decimal mark
// between digits, no leading zero, fifteen digits at most), read without QLocale, which cost a
// third of a row: an integer below 2^53 divided by a power of ten a double holds exactly is
// correctly rounded, as QLocale's reading is. Nullopt for any other text.
std::optional<double> plainNumber(QByteArrayView utf8)
{
    static constexpr std::array<double, 16> powersOfTen
        = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15 };
    const bool negative = utf8.startsWith('-');
    const QByteArrayView digits = utf8.sliced(negative ? 1 : 0);
    if (digits.isEmpty() || digits.size() > 16) {
        return std::nullopt;
    }
    qsizetype mark = -1;
    qint64 mantissa = 0;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const char ch = digits.at(i);
        if (ch >= '0' && ch <= '9') {
            mantissa = mantissa * 10 + (ch - '0');
        } else if ((ch == '.' || ch == ',') && mark < 0) {
            mark = i;
        } else {
            return std::nullopt;
        }
    }
    const qsizetype integerDigits = mark < 0 ? digits.size() : mark;
    const qsizetype decimals = mark < 0 ? 0 : digits.size() - mark - 1;
    if (integerDigits == 0 || (mark >= 0 && decimals == 0) || (integerDigits > 1 && digits.front() == '0')
        || integerDigits + decimals > 15) {
        return std::nullopt;
    }
    const double value = double(mantissa) / powersOfTen.at(decimals);
    return negative ? -value : value;
}

// "12,5", "12.5", "1 200", "12,50 €".
std::optional<double> parseNumber(QByteArrayView utf8, bool* ok)
{
    if (const std::optional<double> plain = plainNumber(utf8)) {
        *ok = true;
        return plain;
    }
    const Widened text(utf8);
    QVarLengthArray<char16_t, 64> number;
    bool comma = false;
    bool point = false;
    for (const QChar ch : text.view()) {
        const char16_t code = ch.unicode();
        if (code == u' ' || code == 0x00A0 || code == 0x202F || code == 0x20AC) {
            continue;
        }
        comma = comma || code == u',';
        point = point || code == u'.';
        number.append(code == u',' ? u'.' : code);
    }
    if (comma && point) {
        *ok = false;
        return std::nullopt;
    }
    const double value = QLocale::c().toDouble(QStringView(number.data(), number.size()), ok);
    *ok = *ok && std::isfinite(value);
    return *ok ? std::optional<double>(value) : std::nullopt;
}

// Excel drops the leading zero of 01000 or 2A004's neighbours: a code one digit short gets it back.
QString paddedCode(const QString& code)
{
    return code.size() == 4 && code.at(0).isDigit() ? QLatin1Char('0') + code : code;
}

QString numberText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest)
        .replace(QLatin1Char('.'), QLatin1Char(','));
}

QString boolText(const std::optional<bool>& value)
{
    return value ? (*value ? QStringLiteral("oui") : QStringLiteral("non")) : QString();
}

// Written by hand: QDateTime::toString() with a format costs several times more on 100,000 rows,
// and snprintf() was still a third of an export's dates.
QString wallClockText(const QDateTime& value)
{
    if (!value.isValid()) {
        return {};
    }
    const QDate d = value.date();
    const QTime t = value.time();
    if (d.year() < 0 || d.year() > 9999) { // as printf writes them: what a store may hold, never typed
        return t.second() != 0 ? QString::asprintf("%02d/%02d/%04d %02d:%02d:%02d", d.day(), d.month(),
                                     d.year(), t.hour(), t.minute(), t.second())
                               : QString::asprintf("%02d/%02d/%04d %02d:%02d", d.day(), d.month(), d.year(),
                                     t.hour(), t.minute());
    }
    char16_t text[19]; // dd/MM/yyyy hh:mm:ss
    qsizetype size = 0;
    const auto put = [&](int number, int digits) {
        for (int i = digits - 1; i >= 0; --i, number /= 10) {
            text[size + i] = char16_t(u'0' + number % 10);
        }
        size += digits;
    };
    const auto separated = [&](char16_t separator, int number) {
        text[size++] = separator;
        put(number, 2);
    };
    put(d.day(), 2);
    separated(u'/', d.month());
    text[size++] = u'/';
    put(d.year(), 4);
    separated(u' ', t.hour());
    separated(u':', t.minute());
    if (t.second() != 0) {
        separated(u':', t.second());
    }
    return QString(reinterpret_cast<const QChar*>(text), size);
}

template <typename Enum> QString keysOf(const QList<Enum>& values, QString (*key)(Enum))
{
    QStringList keys;
    for (const Enum value : values) {
        keys << key(value);
    }
    return keys.join(QStringLiteral(", "));
}

// A field as the documented format writes it: French notation, the types by their keys.
} // namespace

// By reference: a row read through a copy detached it, an allocation a row.
const QList<ImportParser::Column>& ImportParser::columns()
{
    static const QList<Column> imported = RequestColumns::with(RequestColumns::Use::Imported);
    return imported;
}

QStringList ImportParser::keys()
{
    QStringList result;
    for (const Column column : columns()) {
        result << RequestColumns::key(column);
    }
    return result;
}

ImportParser::ImportParser(int editionYear, const GeoReference& geo)
    : m_editionYear(editionYear)
    , m_geo(geo)
{
}

ParsedImport::Format ImportParser::formatOf(const QByteArray& bytes)
{
    qsizetype first = 0;
    while (first < bytes.size()
        && (QChar::isSpace(uchar(bytes.at(first))) || uchar(bytes.at(first)) == 0xEF
            || uchar(bytes.at(first)) == 0xBB || uchar(bytes.at(first)) == 0xBF)) {
        ++first;
    }
    const bool json = first < bytes.size() && (bytes.at(first) == '[' || bytes.at(first) == '{');
    return json ? ParsedImport::Format::Json : ParsedImport::Format::Csv;
}

ParsedImport ImportParser::parse(const QByteArray& bytes, const Progress& progress) const
{
    return parse(bytes, formatOf(bytes), progress);
}

ParsedImport ImportParser::parse(
    const QByteArray& bytes, ParsedImport::Format format, const Progress& progress) const
{
    return parseWith(bytes, format, { progress ? &progress : nullptr, 0, nullptr });
}

ParsedImport ImportParser::parse(
    const QByteArray& bytes, ParsedImport::Format format, qsizetype batchSize, const Batches& batches) const
{
    return parseWith(bytes, format, { nullptr, std::max<qsizetype>(batchSize, 1), &batches });
}

bool ImportParser::Delivery::deliver(ParsedImport* result, qint64 done, qint64 total, bool last) const
{
    if (batches == nullptr) {
        return last || progress == nullptr || result->read % progressEvery != 0 || (*progress)(done, total);
    }
    // Every `progressEvery` rows too, however few requests they gave (none when all were rejected):
    // the taker reports progress and may cancel.
    const bool due = last ? !result->events.isEmpty()
                          : result->events.size() >= batchSize || result->read % progressEvery == 0;
    if (!due) {
        return true;
    }
    result->lines.clear();
    return (*batches)(std::exchange(result->events, {}), done, total);
}

ParsedImport ImportParser::parseWith(
    const QByteArray& bytes, ParsedImport::Format format, const Delivery& delivery) const
{
    ParsedImport result;
    result.format = format;
    // A view: trimming the QByteArray itself copied the whole file when it ends with a line break.
    if (QByteArrayView(bytes).trimmed().isEmpty()) {
        result.error = tr("The file is empty.");
        return result;
    }
    // Text never holds a NUL byte: this is an image, an archive, a spreadsheet file…
    if (QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 65536)).contains('\0')) {
        result.error
            = tr("The file is not a text file (CSV or JSON): it holds binary data. A spreadsheet must be "
                 "saved as CSV first.");
        return result;
    }
    return format == ParsedImport::Format::Json ? parseJson(bytes, delivery) : parseCsv(bytes, delivery);
}

bool ImportParser::mapHeader(ParsedImport* result, QList<int>* columnOf) const
{
    columnOf->fill(-1, int(RequestColumns::all().size()));
    const QStringList known = keys();
    for (qsizetype i = 0; i < result->header.size(); ++i) {
        const qsizetype position = known.indexOf(headerKey(result->header.at(i)));
        const int column = position < 0 ? -1 : int(columns().at(position));
        if (column < 0 || columnOf->at(column) >= 0) {
            if (!result->header.at(i).trimmed().isEmpty()) {
                result->unknownColumns << result->header.at(i);
            }
            continue;
        }
        (*columnOf)[column] = int(i);
    }
    QStringList missing;
    for (const Column required : { Column::RequestId, Column::Title }) {
        if (columnOf->at(int(required)) < 0) {
            missing << RequestColumns::key(required);
        }
    }
    if (!missing.isEmpty()) {
        result->error = result->format == ParsedImport::Format::Json
            ? tr("The JSON objects have no key %1: is it a label request export? Their keys: %2")
                  .arg(missing.join(QStringLiteral(", ")),
                      (result->header + result->unknownColumns).join(QStringLiteral(", ")).left(200))
            : tr("The header has no column %1: is it a label request export? The first line reads: %2")
                  .arg(missing.join(QStringLiteral(", ")),
                      result->header.join(QStringLiteral(" | ")).left(200));
        return false;
    }
    return true;
}

ParsedImport ImportParser::parseCsv(const QByteArray& bytes, const Delivery& delivery) const
{
    ParsedImport result;
    CsvReader reader(bytes);
    result.encoding = reader.encoding() == CsvReader::Encoding::Utf8 ? QStringLiteral("UTF-8")
                                                                     : QStringLiteral("Windows-1252");
    result.undecodable = reader.undecodable();
    CsvRecord record;
    reader.next(&record);
    result.header = record.texts();
    QList<int> columnOf;
    if (!mapHeader(&result, &columnOf)) {
        return result;
    }
    QHash<QString, int> seen;
    while (reader.next(&record)) {
        if (record.fields.size() == 1 && CsvReader::trimmed(record.fields.first()).isEmpty()) {
            continue;
        }
        ++result.read;
        if (reader.unterminatedQuote()) {
            result.rejected.append({ record.line, {},
                tr("A quote opened on this line is never closed: the rest of the file was read as one "
                   "field."),
                record.texts() });
        } else if (record.fields.size() != result.header.size()) {
            result.rejected.append({ record.line, {},
                tr("The row has %1 fields where the header has %2 (a separator or a quote missing?).")
                    .arg(record.fields.size())
                    .arg(result.header.size()),
                record.texts() });
        } else {
            take(&result, &seen, columnOf, record);
        }
        if (!delivery.deliver(&result, reader.position(), reader.size(), false)) {
            result.cancelled = true;
            return result;
        }
    }
    result.cancelled = !delivery.deliver(&result, reader.position(), reader.size(), true);
    return result;
}

ParsedImport ImportParser::parseJson(const QByteArray& bytes, const Delivery& delivery) const
{
    ParsedImport result;
    result.format = ParsedImport::Format::Json;
    result.encoding = QStringLiteral("UTF-8");
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt reads only a list or an object at the top: a lone value (null, "x", 3) is JSON all the same.
        QJsonParseError asValue;
        const QJsonDocument wrapped = QJsonDocument::fromJson("[" + bytes + "]", &asValue);
        result.error = asValue.error == QJsonParseError::NoError && wrapped.array().size() == 1
            ? tr("The file is JSON but holds no list of requests (an array of objects, one per request): it "
                 "holds "
                 "a single value.")
            : tr("The file is not valid JSON (at byte %1: %2).").arg(error.offset).arg(error.errorString());
        return result;
    }
    if (!document.isArray()) {
        result.error = tr("The JSON file must hold an array of objects, one per request.");
        return result;
    }
    const QJsonArray array = document.array();
    if (array.isEmpty()) {
        result.error = tr("The file is JSON but its list of requests is empty: there is nothing to import.");
        return result;
    }
    // The header is every documented key met, in order of appearance; other keys are reported once by
    // name, not carried on every row (10,000 objects each with a key of its own made 10,000 columns).
    QSet<QString> met;
    bool anObject = false;
    const QStringList known = keys();
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        anObject = anObject || value.isObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!met.contains(it.key())) {
                met.insert(it.key());
                (known.contains(headerKey(it.key())) ? result.header : result.unknownColumns) << it.key();
            }
        }
    }
    if (!anObject) {
        result.error = tr("The file is JSON but its list holds no object with the fields of a request.");
        return result;
    }
    QList<int> columnOf;
    if (!mapHeader(&result, &columnOf)) {
        return result;
    }
    QHash<QString, int> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const int position = int(i + 1);
        ++result.read;
        if (!array.at(i).isObject()) {
            result.rejected.append(
                { position, {}, tr("This element is not an object with the request's fields."),
                    { QString::fromUtf8(
                        QJsonDocument(QJsonArray { array.at(i) }).toJson(QJsonDocument::Compact)) } });
            continue;
        }
        const QJsonObject object = array.at(i).toObject();
        QStringList fields;
        QString nested;
        for (const QString& name : std::as_const(result.header)) {
            const QJsonValue value = object.value(name);
            if (value.isString()) {
                fields << value.toString();
            } else if (value.isDouble()) {
                fields << QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
            } else if (value.isBool()) {
                fields << (value.toBool() ? QStringLiteral("1") : QStringLiteral("0"));
            } else if (value.isObject() || value.isArray()) {
                nested = nested.isEmpty() ? name : nested;
                fields << QString::fromUtf8(
                    QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact));
            } else {
                fields << QString();
            }
        }
        if (!nested.isEmpty()) {
            result.rejected.append({ position, nested,
                tr("A text, number or boolean is expected here, not a list or an object."), fields });
        } else {
            // Read as a CSV row is, as UTF-8 (a lone surrogate, which UTF-8 cannot hold, becomes
            // '?', as the store writes it).
            QList<QByteArray> utf8;
            CsvRecord row { position, {} };
            for (const QString& field : std::as_const(fields)) {
                utf8 << field.toUtf8();
                row.fields << utf8.constLast();
            }
            take(&result, &seen, columnOf, row);
        }
        if (!delivery.deliver(&result, i, array.size(), false)) {
            result.cancelled = true;
            return result;
        }
    }
    result.cancelled = !delivery.deliver(&result, array.size(), array.size(), true);
    return result;
}

void ImportParser::take(
    ParsedImport* result, QHash<QString, int>* seen, const QList<int>& columnOf, const CsvRecord& row) const
{
    const QList<QByteArrayView>& fields = row.fields;
    const int line = row.line;
    // No text field holds a NUL character, wherever it is in the file (a JSON "\u0000" included).
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields.at(i).contains('\0')) {
            result->rejected.append({ line, result->header.value(i),
                tr("The field holds a NUL character (binary data), which no text may hold: remove it and "
                   "import "
                   "the row again."),
                row.texts() });
            return;
        }
        // A byte the file's UTF-8 could not decode (read as U+FFFD) must not replace a stored
        // request's text.
        if (result->undecodable && fields.at(i).contains("\xEF\xBF\xBD")) {
            result->rejected.append({ line, result->header.value(i),
                tr("The field holds a byte that is not UTF-8 (shown as �): correct it in the file and import "
                   "the "
                   "row again."),
                row.texts() });
            return;
        }
    }
    Event event;
    ImportRejection rejection;
    QList<ImportRejection> warnings;
    if (!readRow(row, columnOf, result->header, &event, &rejection, &warnings)) {
        rejection.line = line;
        rejection.fields = row.texts();
        result->rejected.append(rejection);
        return;
    }
    const auto previous = seen->constFind(event.requestId);
    if (previous != seen->cend()) {
        result->rejected.append({ line, result->header.at(columnOf.at(int(Column::RequestId))),
            tr("The request %1 already appears on line %2 of this file; this row was not imported.")
                .arg(event.requestId)
                .arg(*previous),
            row.texts() });
        return;
    }
    for (ImportRejection& warning : warnings) {
        warning.line = line;
        result->warnings.append(std::move(warning));
    }
    seen->insert(event.requestId, line);
    result->events.append(std::move(event));
    result->lines.append(line);
}

bool ImportParser::readRow(const CsvRecord& row, const QList<int>& columnOf, const QStringList& header,
    Event* event, ImportRejection* rejection, QList<ImportRejection>* warnings) const
{
    // A field's UTF-8, trimmed; decoded only where a request keeps it or a message quotes it.
    const auto value = [&](Column column) {
        const int index = columnOf.at(int(column));
        const QByteArrayView text = index < 0 ? QByteArrayView() : CsvReader::trimmed(row.fields.at(index));
        // What our own export protected from spreadsheets comes back as it was.
        return CsvWriter::isNeutralised(text) ? text.sliced(1) : text;
    };
    const auto text = [&](Column column) { return CsvReader::text(value(column)); };
    const auto reject = [&](Column column, const QString& reason) {
        // A coordinate's partner may be missing from the header: it is named by its key.
        const int index = columnOf.at(int(column));
        rejection->column = index < 0 ? RequestColumns::key(column) : header.at(index);
        rejection->reason = reason;
        return false;
    };
    bool ok = true;
    const auto boolean = [&](Column column, std::optional<bool>* target) {
        *target = parseBool(value(column), &ok);
        return ok
            || reject(
                column, tr("“%1” is not a yes or no (oui/non, yes/no, 1/0, x or empty).").arg(text(column)));
    };
    const auto number = [&](Column column, std::optional<double>* target) {
        *target = value(column).isEmpty() ? std::nullopt : parseNumber(value(column), &ok);
        return ok || reject(column, tr("“%1” is not a number.").arg(text(column)));
    };
    const auto count = [&](Column column, std::optional<int>* target) {
        std::optional<double> parsed;
        if (!number(column, &parsed)) {
            return false;
        }
        if (parsed && (*parsed < 0 || *parsed > 1e9 || std::floor(*parsed) != *parsed)) {
            return reject(column, tr("“%1” is not a number of people.").arg(text(column)));
        }
        *target = parsed ? std::optional<int>(int(*parsed)) : std::nullopt;
        return true;
    };
    const auto dateTime = [&](Column column, const QTime& timeIfDateOnly, WrittenTime* target) {
        const QByteArrayView written = value(column);
        return written.isEmpty() || parseDateTime(Widened(written).view(), timeIfDateOnly, target)
            || reject(column,
                tr("“%1” is not a date (27/03/2018 09:00, 27/03/2018 or 2018-03-27T09:00 expected).")
                    .arg(text(column)));
    };

    Event& e = *event;
    e.editionYear = m_editionYear;
    if (value(Column::RequestId).isEmpty()) {
        return reject(Column::RequestId, tr("The request id is empty."));
    }
    if (value(Column::Title).isEmpty()) {
        return reject(Column::Title, tr("The title is empty."));
    }
    WrittenTime submitted;
    WrittenTime starts;
    WrittenTime ends;
    if (!dateTime(Column::SubmittedAt, QTime(0, 0), &submitted)
        || !dateTime(Column::StartsAt, QTime(0, 0), &starts)
        || !dateTime(Column::EndsAt, QTime(23, 59), &ends)) {
        return false;
    }
    // The back office writes French time unless the text gives its offset.
    if (submitted.date.isValid()) {
        e.submittedAt = submitted.offsetSeconds
            ? QDateTime(
                  submitted.date, submitted.time, QTimeZone::fromSecondsAheadOfUtc(*submitted.offsetSeconds))
                  .toUTC()
            : ParisTime::toUtc(submitted.date, submitted.time);
    }
    // Start and end are the territory's wall-clock times: a written offset is not applied.
    e.startsAt = starts.date.isValid() ? wallClock(starts.date, starts.time) : QDateTime();
    e.endsAt = ends.date.isValid() ? wallClock(ends.date, ends.time) : QDateTime();
    // Texts, yes/no and numbers as RequestColumns types them; the dates above, the types and the
    // audiences below.
    for (const Column column : columns()) {
        const RequestColumns::Description& field = RequestColumns::of(column);
        switch (field.type) {
        case RequestColumns::Type::Text:
            e.*field.text = text(column);
            break;
        case RequestColumns::Type::Bool:
        case RequestColumns::Type::OptionalBool: {
            std::optional<bool> given;
            if (!boolean(column, &given)) {
                return false;
            }
            const bool unknownIsNo = field.type == RequestColumns::Type::Bool;
            field.set(e, given || unknownIsNo ? QVariant(given.value_or(false)) : QVariant());
            break;
        }
        case RequestColumns::Type::Number: {
            std::optional<double> given;
            if (!number(column, &given)) {
                return false;
            }
            field.set(e, given ? QVariant(*given) : QVariant());
            break;
        }
        case RequestColumns::Type::Count: {
            std::optional<int> given;
            if (!count(column, &given)) {
                return false;
            }
            field.set(e, given ? QVariant(*given) : QVariant());
            break;
        }
        default:
            break;
        }
    }
    // An unknown type does not cost the organiser their request: it is kept as "other", with the
    // text as written added to the description, in French whatever the importer's language, so that
    // the stored request does not depend on who imported it.
    const auto unknownType
        = [&](Column column, const QString& text, const char* note, const QString& reason) {
              e.description += (e.description.isEmpty() ? QString() : QStringLiteral("\n\n"))
                  + QString::fromUtf8(note).arg(text);
              const int index = columnOf.at(int(column));
              warnings->append({ 0, header.at(index), reason, row.texts() });
          };
    if (const QString type = text(Column::EventType); !type.isEmpty()) {
        const std::optional<EventType> found = EventTypes::fromText(type);
        e.type = found.value_or(EventType::Other);
        if (!found) {
            unknownType(Column::EventType, type, "Type indiqué : %1",
                tr("“%1” is not an event type (%2): the request is imported as “other”, the type is added to "
                   "its "
                   "description.")
                    .arg(type, keysOf(EventTypes::all(), &EventTypes::key)));
        }
    }
    if (const QString type = text(Column::OrganiserType); !type.isEmpty()) {
        const std::optional<OrganiserType> found = OrganiserTypes::fromText(type);
        e.organiserType = found.value_or(OrganiserType::Other);
        if (!found) {
            unknownType(Column::OrganiserType, type, "Type d'organisateur indiqué : %1",
                tr("“%1” is not an organiser type (%2): the request is imported as “other”, the type is "
                   "added to "
                   "its description.")
                    .arg(type, keysOf(OrganiserTypes::all(), &OrganiserTypes::key)));
        }
    }
    e.siret.remove(QLatin1Char(' '));
    e.postalCode = paddedCode(e.postalCode);
    e.inseeCode = paddedCode(e.inseeCode);
    if (e.latitude.has_value() != e.longitude.has_value()) {
        return reject(e.latitude ? Column::Longitude : Column::Latitude,
            tr("A latitude goes with a longitude: one of them is missing."));
    }
    if (e.latitude && (std::abs(*e.latitude) > 90 || std::abs(*e.longitude) > 180)) {
        return reject(std::abs(*e.latitude) > 90 ? Column::Latitude : Column::Longitude,
            tr("(%1, %2) are not coordinates: the latitude is between -90 and 90, the longitude between -180 "
               "and 180.")
                .arg(text(Column::Latitude), text(Column::Longitude)));
    }
    // The three audiences are ticks: one given makes the others "no"; none given is unknown.
    std::optional<bool> general;
    std::optional<bool> young;
    std::optional<bool> jobSeekers;
    if (!boolean(Column::GeneralPublic, &general) || !boolean(Column::YoungPeople, &young)
        || !boolean(Column::JobSeekers, &jobSeekers)) {
        return false;
    }
    if (general || young || jobSeekers) {
        Audiences audiences;
        audiences.setFlag(Audience::GeneralPublic, general.value_or(false));
        audiences.setFlag(Audience::YoungPeople, young.value_or(false));
        audiences.setFlag(Audience::JobSeekers, jobSeekers.value_or(false));
        e.audiences = audiences;
    }
    if (e.price && *e.price < 0) {
        return reject(Column::Price, tr("“%1” is not a price: it is negative.").arg(text(Column::Price)));
    }
    fillPlace(&e);
    return true;
}

void ImportParser::fillPlace(Event* event) const
{
    // An online event has no place on the map: its commune's coordinates are not its own, and
    // the export writes it without, so that the file reads back to the same request.
    const Commune* commune
        = event->inseeCode.isEmpty() ? nullptr : m_geo.communeByInseeCode(event->inseeCode);
    if (!commune && !event->postalCode.isEmpty()) {
        const QList<const Commune*> candidates = m_geo.communesForPostalCode(event->postalCode);
        const QString name = TextFold::folded(event->commune);
        for (const Commune* candidate : candidates) {
            if (TextFold::folded(candidate->name) == name) {
                commune = candidate;
            }
        }
        // Without the commune's name, only a postal code of one commune says which it is.
        if (!commune && candidates.size() == 1) {
            commune = candidates.first();
        }
        // The département and région are the same for all the communes of a postal code but a few.
        if (!commune && !candidates.isEmpty()) {
            event->departement = candidates.first()->departement;
            event->region = candidates.first()->region;
            if (!event->latitude && !event->online) {
                event->latitude = candidates.first()->latitude;
                event->longitude = candidates.first()->longitude;
            }
            return;
        }
    }
    if (!commune) {
        return;
    }
    event->departement = commune->departement;
    event->region = commune->region;
    if (event->inseeCode.isEmpty()) {
        event->inseeCode = commune->inseeCode;
    }
    if (event->commune.isEmpty()) {
        event->commune = commune->name;
    }
    if (!event->latitude && !event->online) {
        event->latitude = commune->latitude;
        event->longitude = commune->longitude;
    }
}

QString ImportParser::fileText(Column column, const Event& e)
{
    using Type = RequestColumns::Type;
    const RequestColumns::Description& field = RequestColumns::of(column);
    const QVariant value = field.get(e);
    if (!value.isValid()) {
        return {};
    }
    switch (field.type) {
    case Type::Text:
        return value.toString();
    case Type::Instant:
        return wallClockText(ParisTime::wallClock(value.toDateTime()));
    case Type::WallClock:
        return wallClockText(value.toDateTime());
    case Type::Bool:
    case Type::OptionalBool:
    case Type::AudienceTick:
        return boolText(value.toBool());
    case Type::Number:
    case Type::Count:
        return numberText(value.toDouble());
    case Type::EventType:
        return EventTypes::key(EventType(value.toInt()));
    case Type::OrganiserType:
        return OrganiserTypes::key(OrganiserType(value.toInt()));
    case Type::Audiences:
        break; // the files carry the three ticks instead
    }
    return {};
}

QStringList ImportParser::record(const Event& e)
{
    QStringList record;
    record.reserve(columns().size());
    for (const Column column : columns()) {
        record << fileText(column, e);
    }
    return record;
}

bool ImportParser::writeRejected(const ParsedImport& parsed, QIODevice* device)
{
    // As wide as the widest row reported, not the header: short rows under a header of 50,000
    // columns made a report of 95 MB from a file of 345 KB.
    qsizetype width = 0;
    for (const QList<ImportRejection>* rows : { &parsed.rejected, &parsed.warnings }) {
        for (const ImportRejection& row : *rows) {
            width = std::max(width, row.fields.size());
        }
    }
    QStringList header = parsed.header.first(std::min(width, parsed.header.size()));
    while (header.size() < width) {
        header << QString();
    }
    CsvWriter writer(device, CsvWriter::Formulas::Keep);
    writer.writeRow(header + reportColumns());
    for (const QList<ImportRejection>* rows : { &parsed.rejected, &parsed.warnings }) {
        for (const ImportRejection& rejection : *rows) {
            QStringList row = rejection.fields;
            // A row cut short still lines its reason up under the report's own columns.
            while (row.size() < width) {
                row << QString();
            }
            const QString reason = rows == &parsed.warnings
                ? tr("imported, with a warning: %1").arg(rejection.reason)
                : rejection.reason;
            writer.writeRow(row + QStringList { QString::number(rejection.line), rejection.column, reason });
        }
    }
    return writer.flush();
}

QStringList ImportParser::reportColumns() { return { tr("line"), tr("column"), tr("reason") }; }

bool ImportParser::isReportHeader(const QByteArray& firstLine)
{
    CsvReader reader(firstLine);
    CsvRecord record;
    if (!reader.next(&record) || record.fields.size() < 3) {
        return false;
    }
    const QStringList last = record.texts().mid(record.fields.size() - 3);
    // Written in either language, read in either.
    return last == reportColumns()
        || last == QStringList { QStringLiteral("line"), QStringLiteral("column"), QStringLiteral("reason") }
    || last == QStringList { QStringLiteral("ligne"), QStringLiteral("colonne"), QStringLiteral("motif") };
}
