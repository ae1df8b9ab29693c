#include "app/export/IcsExport.h"

#include "app/core/DeviceWrite.h"

#include <QIODevice>
#include <QSet>

namespace {

// The zones of the requests' wall-clock times: Paris with its summer time, and the overseas
// départements, which have none.
struct Zone {
    const char* departement;
    const char* id;
    const char* offset;
    const char* name;
};
constexpr Zone overseas[] = {
    { "971", "America/Guadeloupe", "-0400", "AST" },
    { "972", "America/Martinique", "-0400", "AST" },
    { "973", "America/Cayenne", "-0300", "-03" },
    { "974", "Indian/Reunion", "+0400", "+04" },
    { "976", "Indian/Mayotte", "+0300", "EAT" },
};
const char* const paris = "Europe/Paris";

QString timeZoneComponent(const QString& id)
{
    if (id == QLatin1String(paris)) {
        return QStringLiteral(
            "BEGIN:VTIMEZONE\nTZID:Europe/Paris\n"
            "BEGIN:DAYLIGHT\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nTZNAME:CEST\n"
            "DTSTART:19810329T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\n"
            "BEGIN:STANDARD\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:CET\n"
            "DTSTART:19961027T030000\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD\n"
            "END:VTIMEZONE");
    }
    for (const Zone& zone : overseas) {
        if (id == QLatin1String(zone.id)) {
            return QStringLiteral("BEGIN:VTIMEZONE\nTZID:%1\nBEGIN:STANDARD\nTZOFFSETFROM:%2\nTZOFFSETTO:%2\n"
                                  "TZNAME:%3\nDTSTART:19700101T000000\nEND:STANDARD\nEND:VTIMEZONE")
                .arg(QLatin1String(zone.id), QLatin1String(zone.offset), QLatin1String(zone.name));
        }
    }
    return {};
}

QString localTime(const QDateTime& value) { return value.toString(QStringLiteral("yyyyMMdd'T'HHmmss")); }

} // namespace

QString IcsExport::zoneOf(const QString& departement)
{
    for (const Zone& zone : overseas) {
        if (departement == QLatin1String(zone.departement)) {
            return QLatin1String(zone.id);
        }
    }
    return QLatin1String(paris);
}

QString IcsExport::escaped(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            result.append(QLatin1Char('\\')).append(c);
        } else if (c == QLatin1Char('\r')) {
            result.append(QStringLiteral("\\n"));
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
        } else if (c == QLatin1Char('\n')) {
            result.append(QStringLiteral("\\n"));
        } else if (c.unicode() >= 0x20 || c == QLatin1Char('\t')) {
            result.append(c); // other control characters are not allowed in TEXT
        }
    }
    return result;
}

QByteArray IcsExport::folded(const QString& line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray result;
    qsizetype start = 0;
    qsizetype room = 75;
    while (utf8.size() - start > room) {
        qsizetype end = start + room;
        // Back to the start of a UTF-8 sequence (continuation bytes are 10xxxxxx).
        while ((static_cast<unsigned char>(utf8.at(end)) & 0xC0) == 0x80) {
            --end;
        }
        result.append(utf8.mid(start, end - start)).append("\r\n ");
        start = end;
        room = 74; // after the leading space
    }
    return result.append(utf8.mid(start)).append("\r\n");
}

bool IcsExport::write(const QList<Event>& events, const QDateTime& stamp, QIODevice* device, int* skipped,
    const ExportWriter::Progress& progress)
{
    QByteArray out;
    const auto line = [&](const QString& text) { out.append(folded(text)); };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//DGE//semaine-admin//FR"));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    QStringList zones { QLatin1String(paris) };
    for (const Event& event : events) {
        if (const QString zone = zoneOf(event.departement); !zones.contains(zone)) {
            zones << zone;
        }
    }
    for (const QString& zone : std::as_const(zones)) {
        for (const QString& part : timeZoneComponent(zone).split(QLatin1Char('\n'))) {
            line(part);
        }
    }
    const QString dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    qsizetype done = 0;
    for (const Event& e : events) {
        if (!ExportWriter::goOn(progress, ++done, events.size())) {
            return false;
        }
        if (!e.startsAt.isValid()) {
            ++*skipped;
            continue;
        }
        const QString zone = zoneOf(e.departement);
        line(QStringLiteral("BEGIN:VEVENT"));
        line(QStringLiteral("UID:%1@semaine-industrie.entreprises.gouv.fr").arg(e.requestId));
        line(QStringLiteral("DTSTAMP:") + dtstamp);
        line(QStringLiteral("DTSTART;TZID=%1:%2").arg(zone, localTime(e.startsAt)));
        if (e.endsAt.isValid() && e.endsAt > e.startsAt) {
            line(QStringLiteral("DTEND;TZID=%1:%2").arg(zone, localTime(e.endsAt)));
        }
        line(QStringLiteral("SUMMARY:") + escaped(e.title));
        QStringList place;
        for (const QString& part :
            { e.address.trimmed(), (e.postalCode + QLatin1Char(' ') + e.commune).trimmed() }) {
            if (!part.isEmpty()) {
                place << part;
            }
        }
        if (!place.isEmpty()) {
            line(QStringLiteral("LOCATION:") + escaped(place.join(QStringLiteral(", "))));
        }
        if (!e.description.isEmpty()) {
            line(QStringLiteral("DESCRIPTION:") + escaped(e.description));
        }
        line(QStringLiteral("END:VEVENT"));
        if (out.size() > (1 << 20)) {
            if (!writeAll(device, out)) {
                return false;
            }
            out.clear();
        }
    }
    line(QStringLiteral("END:VCALENDAR"));
    return writeAll(device, out);
}
