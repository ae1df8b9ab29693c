#pragma once

#include "app/core/Edition.h"
#include "app/core/Event.h"

#include <QList>
#include <QRandomGenerator>

class GeoReference;
struct Commune;

// A realistic edition in the middle of its review campaign: events over real communes weighted by
// population, every event and organiser type, about 80 % passing every condition and 20 % failing
// one or more, some late requests. The same seed gives the same events.
class DemoGenerator {
public:
    DemoGenerator(const Edition& edition, const GeoReference& geo, quint32 seed);

    QList<Event> generate(int count);
    Event next();
    // When a labelled or refused request was decided: a day to three weeks after it came, on a
    // working day in office hours, by the first working day after the campaign's last request (the
    // demo's "today"). Invalid for an undecided request.
    QDateTime decidedAt(const Event& event);

private:
    const Commune& pickCommune();
    QString organiserName(OrganiserType type, const Commune& commune);
    QString title(
        EventType type, OrganiserType organiserType, const QString& organiser, const Commune& commune);
    QString validSiret();
    void introduceFailures(Event& event);
    void assignStatus(Event& event, bool passes);
    int bounded(int lowest, int highest) { return m_random.bounded(lowest, highest + 1); }
    bool chance(double probability) { return m_random.generateDouble() < probability; }

    Edition m_edition;
    const GeoReference& m_geo;
    QRandomGenerator m_random;
    QList<qint64> m_cumulativePopulation;
    QList<int> m_communeIndexes;
    int m_counter = 0;
};
