#include "app/core/ExportWriter.h"

#include "app/core/CsvWriter.h"
#include "app/core/ImportParser.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonValue optionalBool(const std::optional<bool>& value) { return value ? QJsonValue(*value) : QJsonValue(); }

QJsonValue wallClock(const QDateTime& value)
{
    return value.isValid() ? QJsonValue(value.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))) : QJsonValue();
}

// What the public map shows: never the contact, the SIRET, the participants or the review.
QJsonObject publicProperties(const Event& e)
{
    QJsonArray audiences;
    if (e.audiences) {
        for (const auto& [audience, key] : { std::pair { Audience::GeneralPublic, "general_public" },
                 std::pair { Audience::YoungPeople, "young_people" }, std::pair { Audience::JobSeekers, "job_seekers" } }) {
            if (e.audiences->testFlag(audience)) {
                audiences.append(QLatin1String(key));
            }
        }
    }
    return { { QStringLiteral("id_demande"), e.requestId }, { QStringLiteral("titre"), e.title },
        { QStringLiteral("description"), e.description }, { QStringLiteral("type_evenement"), EventTypes::key(e.type) },
        { QStringLiteral("en_ligne"), e.online }, { QStringLiteral("organisateur"), e.organiserName },
        { QStringLiteral("type_organisateur"), OrganiserTypes::key(e.organiserType) },
        { QStringLiteral("adresse"), e.address }, { QStringLiteral("code_postal"), e.postalCode },
        { QStringLiteral("commune"), e.commune }, { QStringLiteral("code_insee"), e.inseeCode },
        { QStringLiteral("departement"), e.departement }, { QStringLiteral("region"), e.region },
        { QStringLiteral("date_debut"), wallClock(e.startsAt) }, { QStringLiteral("date_fin"), wallClock(e.endsAt) },
        { QStringLiteral("publics"), audiences }, { QStringLiteral("gratuit"), optionalBool(e.free) },
        { QStringLiteral("tarif"), e.price ? QJsonValue(*e.price) : QJsonValue() } };
}

constexpr qsizetype progressEvery = 1000;

bool goOn(const ExportWriter::Progress& progress, qsizetype done, qsizetype total)
{
    return !progress || done % progressEvery != 0 || progress(done, total);
}

} // namespace

bool ExportWriter::write(
    Format format, const QList<Event>& events, QIODevice* device, int* skipped, const Progress& progress)
{
    *skipped = 0;
    switch (format) {
    case Format::Csv:
        return writeCsv(events, device, progress);
    case Format::GeoJson:
        break;
    }
    return writeGeoJson(events, device, skipped, progress);
}

bool ExportWriter::writeCsv(const QList<Event>& events, QIODevice* device, const Progress& progress)
{
    CsvWriter writer(device, CsvWriter::Formulas::Neutralise);
    writer.writeRow(ImportParser::keys());
    for (qsizetype i = 0; i < events.size(); ++i) {
        writer.writeRow(ImportParser::record(events.at(i)));
        if (!goOn(progress, i + 1, events.size())) {
            return false;
        }
    }
    return writer.flush();
}

bool ExportWriter::writeGeoJson(const QList<Event>& events, QIODevice* device, int* skipped, const Progress& progress)
{
    // Feature by feature: one document of 100,000 features would cost twice the memory.
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
        const QJsonObject feature { { QStringLiteral("type"), QStringLiteral("Feature") },
            { QStringLiteral("geometry"),
                QJsonObject { { QStringLiteral("type"), QStringLiteral("Point") },
                    // GeoJSON (RFC 7946) puts the longitude first.
                    { QStringLiteral("coordinates"), QJsonArray { *event.longitude, *event.latitude } } } },
            { QStringLiteral("properties"), publicProperties(event) } };
        if (!first) {
            buffer.append(",\n");
        }
        first = false;
        buffer.append(QJsonDocument(feature).toJson(QJsonDocument::Compact));
        if (buffer.size() > (1 << 20)) {
            ok = device->write(buffer) == buffer.size() && ok;
            buffer.clear();
        }
    }
    buffer.append("\n]}\n");
    return device->write(buffer) == buffer.size() && ok;
}
