#include "app/DemoData.h"

#include "app/core/DemoGenerator.h"
#include "app/core/GeoReference.h"
#include "db/Database.h"
#include "db/DemoDecisionDates.h"
#include "db/EditionRepository.h"
#include "db/EventRepository.h"
#include "db/MetaRepository.h"
#include "db/RequestStore.h"

bool DemoData::isEmpty(Database& database)
{
    // A store that cannot be read is not taken for an empty one: demonstration data go only
    // where nothing is.
    const StoreResult<QList<Edition>> editions = EditionRepository(database).all();
    if (!editions) {
        return false;
    }
    EventRepository events(database);
    for (const Edition& edition : *editions) {
        if (events.count(edition.year).value_or(1) > 0) {
            return false;
        }
    }
    return true;
}

WriteResult DemoData::load(Database& database, int count, quint32 seed)
{
    const StoreResult<Edition> edition = EditionRepository(database).latest();
    if (edition.status == StoreStatus::NotFound) {
        return WriteResult::failure(
            WriteResult::Status::NotAllowed, tr("The store %1 has no edition.").arg(database.path()));
    }
    if (!edition) {
        return edition;
    }
    const StoreResult<int> existing = EventRepository(database).count(edition->year);
    if (!existing) {
        return existing;
    }
    if (*existing > 0) {
        return WriteResult::failure(WriteResult::Status::NotAllowed,
            tr("The store %1 already holds %n request(s) for %2: demonstration data goes only into an empty "
               "store.",
                nullptr, *existing)
                .arg(database.path())
                .arg(edition->year));
    }
    DemoGenerator generator(*edition, GeoReference::embedded(), seed);
    QList<Event> events = generator.generate(count);
    WriteResult result = RequestStore(database).insertAll(events, tr("demonstration"));
    if (result.ok()) {
        QMap<qint64, QDateTime> decidedAt;
        for (const Event& event : std::as_const(events)) {
            if (const QDateTime at = generator.decidedAt(event); at.isValid()) {
                decidedAt.insert(event.id, at);
            }
        }
        result = DemoDecisionDates(database).record(decidedAt, tr("demonstration"));
    }
    if (result.ok()) {
        result = MetaRepository(database).setValue(
            MetaRepository::demoDataKey(), QStringLiteral("seed=%1 events=%2").arg(seed).arg(count));
    }
    return result;
}
