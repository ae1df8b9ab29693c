// Generates an edition of events, stores them, evaluates every rule and reads them back,
// printing each step's rate. Target: insert + rule evaluation of 100,000 events within 2 s.
#include "app/core/DemoGenerator.h"
#include "app/core/GeoReference.h"
#include "app/core/LabelRules.h"
#include "db/Database.h"
#include "db/EditionRepository.h"
#include "db/EventRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

namespace {

QTextStream out(stdout);

void report(const char* step, int count, qint64 ms)
{
    const double rate = ms > 0 ? count * 1000.0 / double(ms) : 0;
    out << QStringLiteral("%1 %2 events in %3 ms (%4 events/s)")
               .arg(QLatin1String(step), -22)
               .arg(count)
               .arg(ms, 6)
               .arg(qRound64(rate))
        << Qt::endl;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("Number of events."),
        QStringLiteral("N"), QStringLiteral("100000"));
    parser.addOption(eventsOption);
    parser.process(app);
    const int count = parser.value(eventsOption).toInt();

    QTemporaryDir dir;
    Database database;
    if (!database.open(dir.filePath(QStringLiteral("bench.sqlite")))) {
        out << database.errorString() << Qt::endl;
        return 1;
    }
    const Edition edition = *EditionRepository(database).find(2018);
    const GeoReference& geo = GeoReference::embedded();
    QElapsedTimer timer;

    timer.start();
    QList<Event> events = DemoGenerator(edition, geo, 2018).generate(count);
    report("generate", count, timer.elapsed());

    EventRepository repository(database);
    timer.start();
    const WriteResult stored = repository.insertAll(events, QStringLiteral("bench"));
    const qint64 insertMs = timer.elapsed();
    if (!stored.ok()) {
        out << stored.message << Qt::endl;
        return 1;
    }
    report("insert", count, insertMs);

    // Outcomes only, as the queue evaluates a whole edition; sentences are written on demand.
    const RuleContext context { &edition, QDate(2018, 3, 20), &geo, false };
    int passing = 0;
    timer.start();
    for (const Event& event : events) {
        passing += LabelRules::evaluateAll(event, context).passesAllConditions() ? 1 : 0;
    }
    const qint64 rulesMs = timer.elapsed();
    report("evaluate all rules", count, rulesMs);

    // The sentences, as the event view and the tooltips ask for them, one event at a time.
    RuleContext explained = context;
    explained.withReasons = true;
    int explainedFailures = 0;
    timer.start();
    for (const Event& event : events) {
        explainedFailures += LabelRules::evaluateAll(event, explained).passesAllConditions() ? 0 : 1;
    }
    report("rules with sentences", count, timer.elapsed());

    timer.start();
    const QList<Event> readBack = repository.all(2018);
    report("read back", int(readBack.size()), timer.elapsed());

    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    out << QStringLiteral("peak memory: %1 MB").arg(usage.ru_maxrss / 1024) << Qt::endl;
    const qint64 total = insertMs + rulesMs;
    out << QStringLiteral("passing every condition: %1 of %2 (%3 %)")
               .arg(passing)
               .arg(count)
               .arg(100.0 * passing / count, 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("insert + rules: %1 ms for %2 events (target 2000 ms for 100000): %3")
               .arg(total)
               .arg(count)
               .arg(total <= 2000 * count / 100000 ? QStringLiteral("met") : QStringLiteral("MISSED"))
        << Qt::endl;
    // Both passes must agree: the sentences change nothing but the text.
    return readBack.size() == count && explainedFailures == count - passing ? 0 : 1;
}
