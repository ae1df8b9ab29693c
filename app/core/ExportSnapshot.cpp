#include "app/core/ExportSnapshot.h"

#include "app/core/ImportParser.h"

#include <QCryptographicHash>

ExportSnapshot ExportSnapshot::of(const QList<Event>& events, int editionYear, const QString& format,
    const EventFilter& filter, const QString& who)
{
    ExportSnapshot snapshot;
    snapshot.editionYear = editionYear;
    snapshot.exportedAt = QDateTime::currentDateTimeUtc();
    snapshot.who = who;
    snapshot.format = format;
    snapshot.filter = describe(filter);
    snapshot.rows.reserve(events.size());
    for (const Event& event : events) {
        snapshot.rows.append({ event.requestId, event.title, hashOf(event) });
    }
    return snapshot;
}

QByteArray ExportSnapshot::hashOf(const Event& event)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString& value : ImportParser::record(event)) {
        hash.addData(value.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1)); // so that "ab","c" differs from "a","bc"
    }
    return hash.result().toHex();
}

bool ExportSnapshot::isApprovedList(const EventFilter& filter)
{
    EventFilter rest = filter;
    rest.statuses.clear();
    rest.region.clear();
    rest.departement.clear();
    return filter.statuses == QList<EventStatus> { EventStatus::Labelled } && rest.isEmpty();
}

QString ExportSnapshot::describe(const EventFilter& filter)
{
    QStringList words;
    for (const EventStatus status : filter.statuses) {
        words << EventStatuses::key(status);
    }
    if (!filter.region.isEmpty()) {
        words << tr("région %1").arg(filter.region);
    }
    if (!filter.departement.isEmpty()) {
        words << tr("département %1").arg(filter.departement);
    }
    return words.join(QStringLiteral(", "));
}
