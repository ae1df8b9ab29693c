#include "app/core/Statistics.h"

#include "app/core/GeoReference.h"

void TerritoryFigures::add(EventStatus status, std::optional<int> expected, std::optional<int> actual)
{
    add(status, 1, expected.value_or(0), actual.value_or(0), actual ? 1 : 0);
}

void TerritoryFigures::add(EventStatus status, int count, qint64 expected, qint64 actual, int reported)
{
    received += count;
    switch (status) {
    case EventStatus::Labelled:
        labelled += count;
        expectedParticipants += expected;
        actualParticipants += actual;
        actualReported += reported;
        break;
    case EventStatus::Refused:
        refused += count;
        break;
    case EventStatus::Submitted:
    case EventStatus::InReview:
        pending += count;
        break;
    case EventStatus::InformationRequested:
        informationRequested += count;
        break;
    case EventStatus::Withdrawn:
        withdrawn += count;
        break;
    }
}

Statistics Statistics::empty(const GeoReference& geo)
{
    Statistics stats;
    for (const Region& region : geo.regions()) {
        TerritoryFigures figures;
        figures.code = region.code;
        figures.name = region.name;
        figures.population = region.population;
        stats.regions.append(figures);
        stats.national.population += region.population;
    }
    for (const Departement& departement : geo.departements()) {
        TerritoryFigures figures;
        figures.code = departement.code;
        figures.name = departement.name;
        figures.population = departement.population;
        stats.departements[departement.regionCode].append(figures);
    }
    return stats;
}

Statistics Statistics::compute(const QList<Event>& events, const GeoReference& geo)
{
    Statistics stats = empty(geo);
    QHash<QString, int> index;
    for (qsizetype i = 0; i < stats.regions.size(); ++i) {
        index.insert(stats.regions.at(i).code, int(i));
    }
    for (const Event& event : events) {
        stats.national.add(event.status, event.expectedParticipants, event.actualParticipants);
        const auto it = index.constFind(event.region);
        if (it != index.constEnd()) {
            stats.regions[*it].add(event.status, event.expectedParticipants, event.actualParticipants);
        }
    }
    return stats;
}

const TerritoryFigures* Statistics::region(const QString& code) const
{
    for (const TerritoryFigures& figures : regions) {
        if (figures.code == code) {
            return &figures;
        }
    }
    return nullptr;
}
