#include "app/core/Statistics.h"

#include "app/core/GeoReference.h"

namespace {

void count(TerritoryFigures& figures, const Event& event)
{
    ++figures.received;
    switch (event.status) {
    case EventStatus::Labelled:
        ++figures.labelled;
        figures.expectedParticipants += event.expectedParticipants.value_or(0);
        break;
    case EventStatus::Refused:
        ++figures.refused;
        break;
    case EventStatus::Submitted:
    case EventStatus::InReview:
        ++figures.pending;
        break;
    case EventStatus::InformationRequested:
        ++figures.informationRequested;
        break;
    case EventStatus::Withdrawn:
        ++figures.withdrawn;
        break;
    }
}

} // namespace

Statistics Statistics::compute(const QList<Event>& events, const GeoReference& geo)
{
    Statistics stats;
    QHash<QString, int> index;
    for (const Region& region : geo.regions()) {
        index.insert(region.code, stats.regions.size());
        stats.regions.append({ region.code, region.name, 0, 0, 0, 0, 0, 0, 0, region.population });
        stats.national.population += region.population;
    }
    for (const Event& event : events) {
        count(stats.national, event);
        const auto it = index.constFind(event.region);
        if (it != index.constEnd()) {
            count(stats.regions[*it], event);
        }
    }
    return stats;
}
