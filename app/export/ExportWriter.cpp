#include "app/export/ExportWriter.h"

#include "app/core/CsvWriter.h"
#include "app/core/DeviceWrite.h"
#include "app/core/ImportParser.h"
#include "app/core/RequestColumns.h"
#include "app/export/ExportBatches.h"
#include "app/export/IcsExport.h"
#include "app/export/OdsExport.h"
#include "app/export/PdfExport.h"
#include "app/export/XlsxExport.h"

#include <QIODevice>
#include <QLocale>

#include <cstdio>

namespace {

// The features are written by hand: QJsonDocument took 35 µs a feature, four times the target.
void appendString(QByteArray& out, const QString& text)
{
    out.append('"');
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
                out.append(escaped);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

void appendNumber(QByteArray& out, double value)
{
    out.append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
}

void appendWallClock(QByteArray& out, const QDateTime& value)
{
    if (!value.isValid()) {
        out.append("null");
        return;
    }
    const QDate d = value.date();
    const QTime t = value.time();
    char buffer[32];
    out.append(buffer,
        std::snprintf(buffer, sizeof buffer, "\"%04d-%02d-%02dT%02d:%02d\"", d.year(), d.month(), d.day(),
            t.hour(), t.minute()));
}

void appendBool(QByteArray& out, const QVariant& value)
{
    out.append(value.isValid() ? (value.toBool() ? "true" : "false") : "null");
}

// A field's value as JSON of its kind: unknown is null, the audiences a list of keys.
void appendProperty(QByteArray& out, RequestColumns::Type type, const QVariant& value)
{
    using Type = RequestColumns::Type;
    switch (type) {
    case Type::Text:
        appendString(out, value.toString());
        return;
    case Type::Instant:
        if (value.isValid()) {
            appendString(out, value.toDateTime().toUTC().toString(Qt::ISODate));
        } else {
            out.append("null");
        }
        return;
    case Type::WallClock:
        appendWallClock(out, value.toDateTime());
        return;
    case Type::Bool:
    case Type::OptionalBool:
    case Type::AudienceTick:
        appendBool(out, value);
        return;
    case Type::Number:
    case Type::Count:
        if (value.isValid()) {
            appendNumber(out, value.toDouble());
        } else {
            out.append("null");
        }
        return;
    case Type::EventType:
        appendString(out, EventTypes::key(EventType(value.toInt())));
        return;
    case Type::OrganiserType:
        appendString(out, OrganiserTypes::key(OrganiserType(value.toInt())));
        return;
    case Type::Audiences:
        break;
    }
    out.append('[');
    const Audiences audiences = Audiences::fromInt(value.toInt()); // none when unknown
    const char* separator = "";
    for (const auto& [audience, key] : { std::pair { Audience::GeneralPublic, "\"general_public\"" },
             std::pair { Audience::YoungPeople, "\"young_people\"" },
             std::pair { Audience::JobSeekers, "\"job_seekers\"" } }) {
        if (audiences.testFlag(audience)) {
            out.append(separator).append(key);
            separator = ",";
        }
    }
    out.append(']');
}

// What the public map shows: the fields RequestColumns publishes.
void appendFeature(QByteArray& out, const Event& e, const QList<RequestColumns::Column>& published)
{
    // GeoJSON (RFC 7946) puts the longitude first.
    out.append("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[");
    appendNumber(out, *e.longitude);
    out.append(',');
    appendNumber(out, *e.latitude);
    out.append("]},\"properties\":{");
    const char* separator = "";
    for (const RequestColumns::Column column : published) {
        const RequestColumns::Description& field = RequestColumns::of(column);
        out.append(separator).append('"').append(field.key).append("\":");
        appendProperty(out, field.type, field.get(e));
        separator = ",";
    }
    out.append("}}");
}

constexpr qsizetype progressEvery = 1000;

} // namespace

QList<ExportWriter::Format> ExportWriter::all()
{
    return { Format::Csv, Format::Xlsx, Format::Ods, Format::Pdf, Format::GeoJson, Format::ICalendar };
}

QString ExportWriter::key(Format format)
{
    switch (format) {
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    case Format::Ods:
        return QStringLiteral("ods");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::GeoJson:
        return QStringLiteral("geojson");
    case Format::ICalendar:
        break;
    }
    return QStringLiteral("ics");
}

std::optional<ExportWriter::Format> ExportWriter::fromKey(const QString& key)
{
    for (const Format format : all()) {
        if (ExportWriter::key(format) == key.toLower()) {
            return format;
        }
    }
    return std::nullopt;
}

bool ExportWriter::hasColumns(Format format)
{
    return format != Format::GeoJson && format != Format::ICalendar;
}

QString ExportWriter::skippedText(Format format, int skipped)
{
    return format == Format::ICalendar
        ? tr("%n request(s) without dates left out of the calendar.", nullptr, skipped)
        : tr("%n request(s) without coordinates left out of the map.", nullptr, skipped);
}

bool ExportWriter::goOn(const Progress& progress, qsizetype done, qsizetype total)
{
    return !progress || done % progressEvery != 0 || progress(done, total);
}

QString ExportWriter::truncatedText(int truncated)
{
    return tr("%n cell(s) longer than Excel's 32,767 characters cut short and marked.", nullptr, truncated);
}

bool ExportWriter::write(Format format, const QList<Event>& events, QIODevice* device, int* skipped,
    const Progress& progress, const ExportOptions& options, int* truncated, QString* error)
{
    *skipped = 0;
    int cut = 0;
    if (!truncated) {
        truncated = &cut;
    }
    *truncated = 0;
    const ExportColumns columns = options.columns.value_or(ExportColumns());
    const QDateTime exportedAt
        = options.exportedAt.isValid() ? options.exportedAt : QDateTime::currentDateTime();
    switch (format) {
    case Format::Csv:
        return writeCsv(events, columns, device, progress);
    case Format::Xlsx: {
        QString reason;
        const bool written = XlsxExport::write(events, columns, device, progress, truncated, &reason);
        if (error) {
            *error = reason;
        }
        return written;
    }
    case Format::Ods:
        return OdsExport::write(events, columns, device, progress);
    case Format::Pdf:
        return PdfExport(
            options.columns.value_or(PdfExport::defaultColumns()), options.editionYear, exportedAt)
            .write(events, device, progress);
    case Format::ICalendar:
        return IcsExport::write(events, exportedAt, device, skipped, progress);
    case Format::GeoJson:
        break;
    }
    return writeGeoJson(events, device, skipped, progress);
}

bool ExportWriter::writeCsv(
    const QList<Event>& events, const ExportColumns& columns, QIODevice* device, const Progress& progress)
{
    CsvWriter writer(device, CsvWriter::Formulas::Neutralise);
    writer.writeRow(columns.keys());
    if (!writer.flush()) {
        return false;
    }
    // The rows' text is made on other threads, a batch at a time, and written here in order.
    const auto rows = [&events, &columns](qsizetype first, qsizetype end) {
        QByteArray text;
        for (qsizetype i = first; i < end; ++i) {
            CsvWriter::appendRow(text, columns.cells(events.at(i)), CsvWriter::Formulas::Neutralise);
        }
        return text;
    };
    return ExportBatches::run(events.size(), rows, [&](const QByteArray& text, qsizetype end) {
        return writeAll(device, text) && goOn(progress, end, events.size());
    });
}

bool ExportWriter::writeGeoJson(
    const QList<Event>& events, QIODevice* device, int* skipped, const Progress& progress)
{
    // Feature by feature, in slices of a megabyte.
    QByteArray buffer("{\"type\":\"FeatureCollection\",\"features\":[\n");
    const QList<RequestColumns::Column> published = RequestColumns::with(RequestColumns::Use::Published);
    bool first = true;
    bool ok = true;
    qsizetype done = 0;
    for (const Event& event : events) {
        if (!goOn(progress, ++done, events.size())) {
            return false;
        }
        if (!event.latitude || !event.longitude) {
            ++*skipped;
            continue;
        }
        if (!first) {
            buffer.append(",\n");
        }
        first = false;
        appendFeature(buffer, event, published);
        if (buffer.size() > (1 << 20)) {
            ok = ok && writeAll(device, buffer);
            buffer.clear();
        }
    }
    buffer.append("\n]}\n");
    return ok && writeAll(device, buffer);
}
