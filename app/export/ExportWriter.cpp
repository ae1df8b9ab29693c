#include "app/export/ExportWriter.h"

#include "app/core/CsvWriter.h"
#include "app/core/DeviceWrite.h"
#include "app/core/ImportParser.h"
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

// What the public map shows: never the contact, the SIRET, the participants or the review.
void appendFeature(QByteArray& out, const Event& e)
{
    // GeoJSON (RFC 7946) puts the longitude first.
    out.append("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[");
    appendNumber(out, *e.longitude);
    out.append(',');
    appendNumber(out, *e.latitude);
    out.append("]},\"properties\":{");
    const std::pair<const char*, const QString*> texts[] = { { "id_demande", &e.requestId },
        { "titre", &e.title }, { "description", &e.description }, { "organisateur", &e.organiserName },
        { "adresse", &e.address }, { "code_postal", &e.postalCode }, { "commune", &e.commune },
        { "code_insee", &e.inseeCode }, { "departement", &e.departement }, { "region", &e.region } };
    for (const auto& [key, value] : texts) {
        out.append('"').append(key).append("\":");
        appendString(out, *value);
        out.append(',');
    }
    out.append("\"type_evenement\":");
    appendString(out, EventTypes::key(e.type));
    out.append(",\"type_organisateur\":");
    appendString(out, OrganiserTypes::key(e.organiserType));
    out.append(",\"en_ligne\":").append(e.online ? "true" : "false");
    out.append(",\"date_debut\":");
    appendWallClock(out, e.startsAt);
    out.append(",\"date_fin\":");
    appendWallClock(out, e.endsAt);
    out.append(",\"publics\":[");
    if (e.audiences) {
        const char* separator = "";
        for (const auto& [audience, key] : { std::pair { Audience::GeneralPublic, "\"general_public\"" },
                 std::pair { Audience::YoungPeople, "\"young_people\"" },
                 std::pair { Audience::JobSeekers, "\"job_seekers\"" } }) {
            if (e.audiences->testFlag(audience)) {
                out.append(separator).append(key);
                separator = ",";
            }
        }
    }
    out.append("],\"gratuit\":").append(e.free ? (*e.free ? "true" : "false") : "null");
    out.append(",\"tarif\":");
    if (e.price) {
        appendNumber(out, *e.price);
    } else {
        out.append("null");
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
    for (qsizetype i = 0; i < events.size(); ++i) {
        writer.writeRow(columns.cells(events.at(i)));
        if (!goOn(progress, i + 1, events.size())) {
            return false;
        }
    }
    return writer.flush();
}

bool ExportWriter::writeGeoJson(
    const QList<Event>& events, QIODevice* device, int* skipped, const Progress& progress)
{
    // Feature by feature, in slices of a megabyte.
    QByteArray buffer("{\"type\":\"FeatureCollection\",\"features\":[\n");
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
        appendFeature(buffer, event);
        if (buffer.size() > (1 << 20)) {
            ok = ok && writeAll(device, buffer);
            buffer.clear();
        }
    }
    buffer.append("\n]}\n");
    return ok && writeAll(device, buffer);
}
