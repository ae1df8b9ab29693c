// ./dev bench: at 100,000 requests (the targets' size), generates an edition, stores it with its
// rules worked out, exports and imports it, then opens the main window on that store and times the
// queue as a reviewer uses it, the statistics, the map, the shared store (PostgreSQL) and the
// outbox; every figure five times, median and slowest. Then the scaling table: the same steps at
// 10,000 and 1,000,000 requests (not with --quick).
#include "app/core/DemoGenerator.h"
#include "app/core/GeoReference.h"
#include "app/core/LabelRules.h"
#include "app/core/SessionUser.h"
#include "db/Database.h"
#include "db/EditionRepository.h"
#include "db/EventRepository.h"
#include "db/QueueIndex.h"
#include "db/RequestStore.h"
#include "tests/bench/BenchTiming.h"
#include "tests/bench/ImportExportBench.h"
#include "tests/bench/MapBench.h"
#include "tests/bench/OutboxBench.h"
#include "tests/bench/PostgresqlBench.h"
#include "tests/bench/QueueSteps.h"
#include "tests/bench/ScalingTable.h"
#include "tests/bench/StatisticsBench.h"
#include "ui/MainWindow.h"
#include "ui/ReviewQueueModel.h"
#include "ui/queue/DecisionController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QTableView>
#include <QTest>

#include <QElapsedTimer>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <memory>

#include <sys/resource.h>
#include <unistd.h>

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

qint64 residentMb()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * sysconf(_SC_PAGESIZE) / (1024 * 1024);
}

// What the resident memory is made of, from /proc/self/smaps: the store's file as SQLite maps it
// (each connection maps it on its own, and a page mapped twice counts twice), the other files
// (Qt's libraries, fonts, locale data) and the process's own memory (heap, SQLite's page caches).
QString residentParts(const QString& storePath)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray store = QFileInfo(storePath).canonicalFilePath().toUtf8();
    qint64 storeKb = 0;
    qint64 filesKb = 0;
    qint64 ownKb = 0;
    int storeMappings = 0;
    QByteArray mapped; // the file of the mapping being read, empty for anonymous memory
    for (const QByteArray& line : smaps.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 5 && fields.at(0).contains('-') && !fields.at(0).endsWith(':')) {
            // A mapping's first line: range, permissions, offset, device, inode, then its path.
            mapped = fields.size() >= 6 && fields.at(4) != "0" ? fields.at(5) : QByteArray();
            storeMappings += !store.isEmpty() && mapped == store ? 1 : 0;
        } else if (fields.at(0) == "Rss:") {
            const qint64 kb = fields.value(1).toLongLong();
            (mapped.isEmpty() ? ownKb : mapped == store ? storeKb : filesKb) += kb;
        }
    }
    return QStringLiteral("the store's file %1 MB in %2 mappings, other files %3 MB, the process's own %4 MB")
        .arg(storeKb / 1024)
        .arg(storeMappings)
        .arg(filesKb / 1024)
        .arg(ownKb / 1024);
}

void target(const char* what, qint64 measured, qint64 limit, const char* unit)
{
    out << QStringLiteral("%1 %2 %3").arg(QLatin1String(what), -34).arg(measured, 6).arg(QLatin1String(unit))
        << BenchTiming::verdict(
               QStringLiteral("%1 %2").arg(limit).arg(QLatin1String(unit)), measured <= limit)
        << Qt::endl;
}

using BenchTiming::printTargets;
using BenchTiming::Runs;
using Step = ScalingTable::Step;

// The review queue on the whole store, through the real main window (issues 3 and 16's figures).
ScalingTable::Figures benchQueue(Database& database)
{
    ScalingTable::Figures figures;
    // Opened five times: the first run reads the reference data (communes, régions) as the
    // application's start does, the others find it read.
    QElapsedTimer timer;
    timer.start();
    GeoReference::embedded();
    const qint64 geoMs = timer.elapsed();
    std::unique_ptr<MainWindow> window;
    QList<qint64> paints;
    for (int run = 0; run < Runs; ++run) {
        window.reset();
        if (run > 0) {
            timer.start();
        }
        window = std::make_unique<MainWindow>(database);
        window->resize(1400, 860);
        window->show();
        QApplication::processEvents();
        window->grab();
        paints << timer.elapsed();
    }
    figures[Step::FirstPaint]
        = printTargets(out, QStringLiteral("queue: open to first painted rows"), paints, 250);
    out << QStringLiteral("  (the first run read the reference data, communes and régions, in %1 ms)")
               .arg(geoMs)
        << Qt::endl;

    auto* search = window->findChild<QLineEdit*>(QStringLiteral("queueSearch"));
    const ReviewQueueModel* queue = window->queueModel();
    const int before = queue->rowCount();
    const auto settle = [queue] {
        while (queue->isSearching()) {
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        }
    };
    // Five searches as typed (the last letter of each word): the keystroke returns once the
    // search is asked for on the selector's thread; the rows follow when the store answers, the
    // first ones first when the search finds many (then the others and the counts).
    bool rowsShown = false;
    const QMetaObject::Connection shownRows
        = QObject::connect(queue, &QAbstractItemModel::modelReset, [&rowsShown] { rowsShown = true; });
    QList<qint64> keystrokes;
    QList<qint64> searches;
    QList<qint64> counted;
    QList<qint64> queries;
    int found = 0;
    for (const QString& word : { QStringLiteral("usine"), QStringLiteral("festiv"), QStringLiteral("lycée"),
             QStringLiteral("robot"), QStringLiteral("chimie") }) {
        search->setText(word.chopped(1));
        settle();
        rowsShown = false;
        timer.start();
        search->setText(word);
        keystrokes << timer.elapsed();
        while (!rowsShown && queue->isSearching()) {
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        }
        window->grab();
        searches << timer.elapsed();
        settle();
        window->grab();
        counted << timer.elapsed();
        found = queue->rowCount();
        EventFilter filter;
        filter.text = word;
        timer.start();
        QueueIndex(database).select(queue->edition().year, filter, queue->today(), SessionUser::name());
        queries << timer.elapsed();
    }
    printTargets(out, QStringLiteral("queue: one search keystroke (UI thread)"), keystrokes, 16);
    QObject::disconnect(shownRows);
    figures[Step::Keystroke]
        = printTargets(out, QStringLiteral("queue: search to painted rows"), searches, 50);
    figures[Step::SearchCounted]
        = printTargets(out, QStringLiteral("queue: search to every row and count"), counted, 0);
    out << QStringLiteral(
        "  (%1 rows shown, then %2 for the last word; the store's query alone: median %3 ms; "
        "through the trigram index: %4)")
               .arg(before)
               .arg(found)
               .arg(BenchTiming::median(queries))
               .arg(QueueIndex(database).searchIsIndexed() ? QStringLiteral("yes")
                                                           : QStringLiteral("no, scanning"))
        << Qt::endl;
    search->clear();
    settle();

    QList<qint64> regionCpu;
    figures[Step::RegionFilter]
        = printTargets(out, QStringLiteral("queue: one filter change (a région), painted"),
            QueueSteps::regionFilterTimes(*window, &regionCpu), 30);
    BenchTiming::printCpu(out, QStringLiteral("the same"), regionCpu);

    // Walking the queue with the arrow keys: the conditions pane, the notes and the event form
    // follow each row.
    auto* table = window->findChild<QTableView*>(QStringLiteral("queueTable"));
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 1));
    QApplication::processEvents();
    QList<qint64> steps;
    for (int step = 0; step < Runs; ++step) {
        timer.start();
        QTest::keyClick(table, Qt::Key_Down);
        QApplication::processEvents();
        steps << timer.elapsed();
    }
    printTargets(out, QStringLiteral("queue: one step to the next row"), steps, 50);

    // Five labels, each on the first pending row that passes every condition, painted.
    auto* decisions = window->findChild<DecisionController*>();
    QList<qint64> decided;
    QList<qint64> decidedCpu;
    for (int row = 0; row < queue->rowCount() && decided.size() < Runs; ++row) {
        if (EventStatuses::isPending(queue->eventAt(row).status)
            && queue->report(row).passesAllConditions()) {
            timer.start();
            const qint64 cpu = BenchTiming::processCpuMs();
            if (!decisions->decide(DecisionController::Kind::Label, queue->eventAt(row).id)) {
                break;
            }
            QApplication::processEvents();
            decided << timer.elapsed();
            decidedCpu << BenchTiming::processCpuMs() - cpu;
        }
    }
    figures[Step::Decision] = printTargets(out, QStringLiteral("queue: one decision with its audit"),
        decided.size() == Runs ? decided : QList<qint64> { -1 }, 10);
    BenchTiming::printCpu(out, QStringLiteral("the same"), decidedCpu);

    // What the map reads on each refresh: the coordinates of every request the filter keeps.
    QList<qint64> pointsCpu;
    figures[Step::MapPoints] = printTargets(out, QStringLiteral("map: points read from the store"),
        BenchTiming::time(Runs,
            [queue, &pointsCpu] {
                const qint64 cpu = BenchTiming::processCpuMs();
                queue->mapPoints();
                pointsCpu << BenchTiming::processCpuMs() - cpu;
            }),
        60);
    BenchTiming::printCpu(out, QStringLiteral("the same"), pointsCpu);
    const qint64 resident = residentMb();
    target("queue: resident memory", resident, 300, "MB");
    out << QStringLiteral("  (%1)").arg(residentParts(database.path())) << Qt::endl;
    figures[Step::Memory] = { resident, resident, 1 };
    return figures;
}

// Into a fresh store at `path`, replacing any other.
bool openFresh(Database& database, const QString& path)
{
    database.close();
    for (const char* suffix : { "", "-wal", "-shm" }) {
        QFile::remove(path + QLatin1String(suffix));
    }
    if (!database.open(path)) {
        out << database.errorString() << Qt::endl;
        return false;
    }
    return true;
}

// `events` inserted `runs` times, each run into a fresh store at `storePath`; the last one stays
// open in `database`. Not measured when an insert failed.
BenchTiming::Figure benchInsert(
    Database& database, const QString& storePath, const QList<Event>& events, int runs, bool withTarget)
{
    QList<qint64> times;
    QList<qint64> cpuTimes;
    QElapsedTimer timer;
    const BenchTiming::MachineLoad load;
    for (int run = 0; run < runs; ++run) {
        if (!openFresh(database, storePath)) {
            return {};
        }
        QList<Event> inserted = events;
        const qint64 cpu = BenchTiming::processCpuMs();
        timer.start();
        const WriteResult stored = RequestStore(database).insertAll(inserted, QStringLiteral("bench"));
        times.append(timer.elapsed());
        cpuTimes.append(BenchTiming::processCpuMs() - cpu);
        if (!stored.ok()) {
            out << stored.message << Qt::endl;
            return {};
        }
    }
    const BenchTiming::Figure figure
        = printTargets(out, QStringLiteral("insert with the rules of %1").arg(events.size()), times,
            withTarget ? qint64(1500) * events.size() / 100000 : 0);
    BenchTiming::printCpu(out, QStringLiteral("insert"), cpuTimes, load);
    return figure;
}

// One size of the store: `count` requests generated once, inserted, exported and imported, then
// the queue timed in a process of its own that opens the store, as the application does: neither
// this process's memory nor its warm caches count. In detail (the targets' size), every figure;
// otherwise the scaling table's only. The store is left at `storePath`.
bool benchSize(
    int count, bool detailed, const QString& directory, const QString& storePath, ScalingTable& table)
{
    const QLocale english(QLocale::English);
    out << Qt::endl << QStringLiteral("=== %1 requests ===").arg(english.toString(count)) << Qt::endl;
    BenchTiming::setTargetsApply(detailed);
    ScalingTable::Figures figures;
    Database database;
    if (!openFresh(database, storePath)) {
        return false;
    }
    const Edition edition = *EditionRepository(database).find(2018);
    const GeoReference& geo = GeoReference::embedded();
    QElapsedTimer timer;
    timer.start();
    QList<Event> events = DemoGenerator(edition, geo, 2018).generate(count);
    report("generate", count, timer.elapsed());

    // A million requests are inserted and imported once: the figure is clear enough, the minutes
    // are not free.
    const int bulkRuns = count >= 1000000 ? 1 : Runs;
    figures[Step::Insert] = benchInsert(database, storePath, events, bulkRuns, detailed);
    if (!figures[Step::Insert].isMeasured()) {
        return false;
    }

    bool consistent = true;
    if (detailed) {
        EventRepository repository(database);
        // Outcomes only, as the queue evaluates a whole edition; sentences are written on demand.
        const RuleContext context { &edition, QDate(2018, 3, 20), &geo, false };
        int passing = 0;
        timer.start();
        for (const Event& event : std::as_const(events)) {
            passing += LabelRules::evaluateAll(event, context).passesAllConditions() ? 1 : 0;
        }
        report("evaluate all rules", count, timer.elapsed());
        // The sentences, as the event view and the tooltips ask for them, one event at a time.
        RuleContext explained = context;
        explained.withReasons = true;
        int explainedFailures = 0;
        timer.start();
        for (const Event& event : std::as_const(events)) {
            explainedFailures += LabelRules::evaluateAll(event, explained).passesAllConditions() ? 0 : 1;
        }
        report("rules with sentences", count, timer.elapsed());
        timer.start();
        const qsizetype readBack = repository.all(2018)->size();
        report("read back", int(readBack), timer.elapsed());
        rusage usage {};
        getrusage(RUSAGE_SELF, &usage);
        out << QStringLiteral("peak memory: %1 MB").arg(usage.ru_maxrss / 1024) << Qt::endl;
        out << QStringLiteral("passing every condition: %1 of %2 (%3 %)")
                   .arg(passing)
                   .arg(count)
                   .arg(100.0 * passing / count, 0, 'f', 1)
            << Qt::endl;
        // Both passes must agree: the sentences change nothing but the text.
        consistent = readBack == count && explainedFailures == count - passing;
    }
    database.close();

    const QString csvPath = QDir(directory).filePath(QStringLiteral("import.csv"));
    if (!(detailed ? benchExports(events, directory, csvPath, out) : writeImportFile(events, csvPath))) {
        out << QStringLiteral("cannot write %1").arg(csvPath) << Qt::endl;
        return false;
    }
    events = {};
    figures[Step::Import] = benchImport(count, csvPath, directory, bulkRuns, out);
    QFile::remove(csvPath);

    const QString figuresPath = QDir(directory).filePath(QStringLiteral("queue-figures.txt"));
    QStringList arguments { QStringLiteral("--store"), storePath, QStringLiteral("--figures"), figuresPath };
    if (!detailed) {
        arguments << QStringLiteral("--without-map") << QStringLiteral("--scaling-size");
    }
    QProcess queue;
    queue.setProcessChannelMode(QProcess::ForwardedChannels);
    queue.start(QCoreApplication::applicationFilePath(), arguments);
    const bool queueRan
        = queue.waitForFinished(-1) && queue.exitStatus() == QProcess::NormalExit && queue.exitCode() == 0;
    figures.insert(ScalingTable::read(figuresPath));
    table.add(count, figures);
    return consistent && queueRan && figures.value(Step::Import).median >= 0;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    // Its own settings: the bench must not read or change a reviewer's remembered filter.
    QCoreApplication::setOrganizationName(QStringLiteral("semaine-admin-bench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption eventsOption(QStringLiteral("events"),
        QStringLiteral("Times every step at this number of events only (no scaling table)."),
        QStringLiteral("N"));
    const QCommandLineOption quickOption(QStringLiteral("quick"),
        QStringLiteral("Times every step at 100,000 events only: no scaling table to 10,000 and 1,000,000."));
    const QCommandLineOption storeOption(QStringLiteral("store"),
        QStringLiteral(
            "Times the queue on this existing store only (generate one with `semaine-admin demo`)."),
        QStringLiteral("PATH"));
    const QCommandLineOption mapOption(
        QStringLiteral("map-only"), QStringLiteral("With --store: times the map alone."));
    const QCommandLineOption withoutMapOption(QStringLiteral("without-map"),
        QStringLiteral("With --store: times everything but the map's drawing."));
    const QCommandLineOption scalingOption(QStringLiteral("scaling-size"),
        QStringLiteral("With --store: a size of the scaling table, whose targets are not the lines' own."));
    const QCommandLineOption figuresOption(QStringLiteral("figures"),
        QStringLiteral("With --store: writes the scaling table's figures to this file."),
        QStringLiteral("PATH"));
    const QCommandLineOption postgresqlOption(QStringLiteral("postgresql"),
        QStringLiteral(
            "Times the shared store only: copies this SQLite store into a PostgreSQL server started for it."),
        QStringLiteral("PATH"));
    const QCommandLineOption statementsOption(QStringLiteral("statements"),
        QStringLiteral("Lists in this file the statements that each step of the queue sends to PostgreSQL."),
        QStringLiteral("PATH"));
    const QCommandLineOption importExportOption(QStringLiteral("import-export-only"),
        QStringLiteral("Generates the events and times only the exports and the import."));
    const QCommandLineOption exportOption(QStringLiteral("export"),
        QStringLiteral(
            "With --import-export-only: times this export alone (csv, geojson, xlsx, ods, pdf, ics; "
            "repeatable), and no import."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption writesOption(QStringLiteral("writes-only"),
        QStringLiteral("Generates the events and times only their insert and the import of their CSV file."));
    const QCommandLineOption outboxOption(QStringLiteral("outbox-only"),
        QStringLiteral("Times only the outbox: 3,000 labels (or --events) with their letters, attestations, "
                       "SMTP delivery."));
    parser.addOptions({ eventsOption, quickOption, storeOption, mapOption, withoutMapOption, scalingOption,
        figuresOption, postgresqlOption, statementsOption, importExportOption, exportOption, writesOption,
        outboxOption });
    parser.process(app);
    if (parser.isSet(outboxOption)) {
        return benchOutbox(out,
                   parser.isSet(eventsOption) ? parser.value(eventsOption).toInt() : OutboxTargetRequests)
            ? 0
            : 1;
    }
    if (parser.isSet(postgresqlOption)) {
        return benchPostgresql(parser.value(postgresqlOption), parser.value(statementsOption), out) ? 0 : 1;
    }
    if (parser.isSet(storeOption)) {
        Database existing;
        QElapsedTimer opening;
        opening.start();
        if (!existing.open(parser.value(storeOption))) {
            out << existing.errorString() << Qt::endl;
            return 1;
        }
        out << QStringLiteral("store opened, its integrity checked, in %1 ms").arg(opening.elapsed())
            << Qt::endl;
        BenchTiming::setTargetsApply(!parser.isSet(scalingOption));
        ScalingTable::Figures figures;
        if (!parser.isSet(mapOption)) {
            figures = benchQueue(existing);
            figures[Step::Statistics] = benchStatistics(existing, out);
        }
        if (!parser.isSet(withoutMapOption)) {
            benchMap(existing, out);
        }
        return !parser.isSet(figuresOption) || ScalingTable::write(parser.value(figuresOption), figures) ? 0
                                                                                                         : 1;
    }

    QTemporaryDir dir;
    if (parser.isSet(importExportOption) || parser.isSet(writesOption)) {
        const int count = parser.isSet(eventsOption) ? parser.value(eventsOption).toInt() : 100000;
        const QString storePath = dir.filePath(QStringLiteral("bench.sqlite"));
        Database database;
        if (!database.open(storePath)) {
            out << database.errorString() << Qt::endl;
            return 1;
        }
        const QList<Event> events
            = DemoGenerator(*EditionRepository(database).find(2018), GeoReference::embedded(), 2018)
                  .generate(count);
        const QString csvPath = dir.filePath(QStringLiteral("import.csv"));
        if (parser.isSet(exportOption)) {
            return benchExports(events, dir.path(), csvPath, out, parser.values(exportOption)) ? 0 : 1;
        }
        const bool written = parser.isSet(writesOption)
            ? benchInsert(database, storePath, events, Runs, true).isMeasured()
                && writeImportFile(events, csvPath)
            : benchExports(events, dir.path(), csvPath, out);
        return written && benchImport(count, csvPath, dir.path(), Runs, out).median >= 0 ? 0 : 1;
    }
    // The targets are those of 100,000 requests; the scaling table adds 10,000 and 1,000,000.
    const int detailed = parser.isSet(eventsOption) ? parser.value(eventsOption).toInt() : 100000;
    const QList<int> sizes = parser.isSet(eventsOption) || parser.isSet(quickOption)
        ? QList<int> { detailed }
        : QList<int> { 10000, detailed, 1000000 };
    ScalingTable table;
    bool ok = true;
    const QString detailedStore = dir.filePath(QStringLiteral("bench.sqlite"));
    for (int count : sizes) {
        const QString store
            = count == detailed ? detailedStore : dir.filePath(QStringLiteral("scaling.sqlite"));
        ok = benchSize(count, count == detailed, dir.path(), store, table) && ok;
        if (count != detailed) {
            for (const char* suffix : { "", "-wal", "-shm" }) {
                QFile::remove(store + QLatin1String(suffix));
            }
        }
    }
    BenchTiming::setTargetsApply(true);
    if (sizes.size() > 1) {
        table.print(out);
    }
    out << Qt::endl;
    const bool postgresqlRan = benchPostgresql(detailedStore, parser.value(statementsOption), out);
    const bool outboxRan = benchOutbox(out, OutboxTargetRequests);
    return ok && postgresqlRan && outboxRan ? 0 : 1;
}
