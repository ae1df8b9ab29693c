#include "app/DemoData.h"

#include "app/core/DemoGenerator.h"
#include "app/core/GeoReference.h"
#include "db/Database.h"
#include "db/EditionRepository.h"
#include "db/EventRepository.h"
#include "db/MetaRepository.h"
#include "db/RequestStore.h"

bool DemoData::isEmpty(Database& database)
{
    EventRepository events(database);
    for (const Edition& edition : EditionRepository(database).all()) {
        if (events.count(edition.year) > 0) {
            return false;
        }
    }
    return true;
}

WriteResult DemoData::load(Database& database, int count, quint32 seed)
{
    const std::optional<Edition> edition = EditionRepository(database).latest();
    if (!edition) {
        return WriteResult::failure(
            WriteResult::Status::NotAllowed, tr("The store %1 has no edition.").arg(database.path()));
    }
    EventRepository repository(database);
    const int existing = repository.count(edition->year);
    if (existing > 0) {
        return WriteResult::failure(WriteResult::Status::NotAllowed,
            tr("The store %1 already holds %n request(s) for %2: demonstration data goes only into an empty "
               "store.",
                nullptr, existing)
                .arg(database.path())
                .arg(edition->year));
    }
    QList<Event> events = DemoGenerator(*edition, GeoReference::embedded(), seed).generate(count);
    const WriteResult result = RequestStore(database).insertAll(events, tr("demonstration"));
    if (result.ok()) {
        MetaRepository(database).setValue(
            MetaRepository::demoDataKey(), QStringLiteral("seed=%1 events=%2").arg(seed).arg(count));
    }
    return result;
}
