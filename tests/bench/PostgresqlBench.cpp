#include "tests/bench/PostgresqlBench.h"

#include "tests/ServerStatements.h"
#include "tests/bench/BenchTiming.h"
#include "tests/bench/QueueSteps.h"
#include "tests/bench/StatisticsBench.h"

#include "app/core/GeoReference.h"
#include "app/core/SessionUser.h"
#include "db/Database.h"
#include "db/Decisions.h"
#include "db/EventRepository.h"
#include "db/QueueIndex.h"
#include "db/StatisticsRepository.h"
#include "db/StoreCopy.h"
#include "ui/MainWindow.h"
#include "ui/ReviewQueueModel.h"
#include "ui/queue/DecisionController.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

#include <unistd.h>

namespace {

bool server(const QString& action, const QString& folder, QTextStream& out)
{
    QProcess script;
    script.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    script.start(QStringLiteral("sh"),
        { QStringLiteral(SEMAINE_SOURCE_DIR "/tests/postgres-server.sh"), action, folder });
    if (!script.waitForFinished(120000) || script.exitCode() != 0) {
        out << QStringLiteral("postgresql: the test server did not %1").arg(action) << Qt::endl;
        return false;
    }
    return true;
}

// Runs `sql` on the server's maintenance database, as the bench's superuser.
bool administer(const QString& folder, const QString& sql)
{
    bool done = false;
    {
        QSqlDatabase admin
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
        admin.setHostName(folder);
        admin.setUserName(QStringLiteral("semaine"));
        admin.setDatabaseName(QStringLiteral("postgres"));
        done = admin.open() && QSqlQuery(admin).exec(sql);
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
    return done;
}

// The server process behind `database`'s connection, 0 when unknown.
qint64 serverProcess(Database& database)
{
    QSqlQuery query(database.connection());
    return query.exec(QStringLiteral("SELECT pg_backend_pid()")) && query.next() ? query.value(0).toLongLong()
                                                                                 : 0;
}

// The CPU time (user and system) that process `pid` has used so far, in milliseconds.
qint64 serverCpuMs(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid == 0 || !stat.open(QIODevice::ReadOnly)) {
        return 0;
    }
    // The fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 12
        ? (fields.at(11).toLongLong() + fields.at(12).toLongLong()) * 1000 / sysconf(_SC_CLK_TCK)
        : 0;
}

// The first request of the queue that a reviewer may take in charge, from `row` on; -1 when none.
int nextToTakeInCharge(const ReviewQueueModel& queue, int row)
{
    for (; row < queue.rowCount(); ++row) {
        if (queue.eventAt(row).status == EventStatus::Submitted && queue.eventAt(row).assignee.isEmpty()) {
            return row;
        }
    }
    return -1;
}

// Each interactive step's statements on a workstation that opens the store afresh: each one a round
// trip to the server, which a network makes dear; the server logs them meanwhile.
bool countStatements(
    const QString& folder, const QString& location, const QString& statementsFile, QTextStream& out)
{
    if (!administer(folder, QStringLiteral("ALTER DATABASE bench SET log_statement = 'all'"))) {
        out << "postgresql: the server cannot log the statements" << Qt::endl;
        return false;
    }
    ServerStatements statements(folder + QStringLiteral("/server.log"));
    QStringList counts;
    QFile listing(statementsFile);
    QTextStream listed(&listing);
    if (!statementsFile.isEmpty() && !listing.open(QIODevice::WriteOnly | QIODevice::Text)) {
        out << QStringLiteral("postgresql: cannot write %1").arg(statementsFile) << Qt::endl;
    }
    const auto count = [&](const QString& step, const std::function<void()>& run) {
        statements.mark();
        run();
        const QStringList logged = statements.logged();
        counts << QStringLiteral("%1 %2").arg(step).arg(logged.size());
        if (listing.isOpen()) {
            listed << QStringLiteral("== %1: %2 statements").arg(step).arg(logged.size()) << Qt::endl
                   << logged.join(QLatin1Char('\n')) << Qt::endl;
        }
    };
    Database reviewer;
    std::unique_ptr<MainWindow> window;
    count(QStringLiteral("first page"), [&] {
        reviewer.open(location);
        window = std::make_unique<MainWindow>(reviewer);
        window->resize(1400, 860);
        window->show();
        QApplication::processEvents();
        window->grab();
    });
    // The other steps as a reviewer repeats them: the statements that the connection keeps are
    // prepared by the first time, which is not counted.
    QueueSteps::chooseRegion(*window, QStringLiteral("84"));
    QueueSteps::chooseRegion(*window, {});
    count(QStringLiteral("région filter"), [&] {
        QueueSteps::chooseRegion(*window, QStringLiteral("53"));
        window->grab();
    });
    QueueSteps::chooseRegion(*window, {});
    const ReviewQueueModel* queue = window->queueModel();
    auto* decisions = window->findChild<DecisionController*>();
    const auto takeInCharge = [&](int row) {
        return row >= 0 && decisions->decide(DecisionController::Kind::AssignToMe, queue->eventAt(row).id);
    };
    bool decided = takeInCharge(nextToTakeInCharge(*queue, 0));
    QApplication::processEvents();
    count(QStringLiteral("decision"), [&] {
        decided = takeInCharge(nextToTakeInCharge(*queue, 0)) && decided;
        QApplication::processEvents();
    });
    count(QStringLiteral("map points"), [&] { queue->mapPoints(); });
    const Edition edition = queue->edition();
    count(QStringLiteral("statistics"), [&] {
        StatisticsRepository(reviewer).compute(
            edition, EventFilter(), queue->today(), GeoReference::embedded());
    });
    window.reset();
    reviewer.close();
    out << QStringLiteral("postgresql: statements per step, each a round trip (first page on a new "
                          "connection, the others repeated): %1")
               .arg(counts.join(QStringLiteral(", ")))
        << Qt::endl;
    return decided && administer(folder, QStringLiteral("ALTER DATABASE bench RESET log_statement"));
}

} // namespace

bool benchPostgresql(const QString& sqliteStore, const QString& statementsFile, QTextStream& out)
{
    QTemporaryDir folder(QStringLiteral("/tmp/semaine-bench-pg-XXXXXX"));
    if (!server(QStringLiteral("start"), folder.path(), out)) {
        return false;
    }
    const QString location
        = QStringLiteral("postgresql://semaine@localhost/bench?host=%1").arg(folder.path());
    bool ok = administer(folder.path(), QStringLiteral("CREATE DATABASE bench"));

    QElapsedTimer timer;
    Database source;
    Database shared;
    qint64 events = 0;
    if (ok && source.open(sqliteStore) && shared.open(location)) {
        timer.start();
        const StoreResult<StoreCopy::Counts> copied = StoreCopy::copy(source, shared);
        ok = copied.ok();
        const StoreCopy::Counts counts = copied.value_or({});
        const QString error = copied.message;
        events = counts.value(QStringLiteral("event"));
        out << QStringLiteral("postgresql: %1 requests and %2 audit entries migrated in %3 ms %4")
                   .arg(events)
                   .arg(counts.value(QStringLiteral("audit")))
                   .arg(timer.elapsed())
                   .arg(error)
            << Qt::endl;
    } else {
        ok = false;
        out << QStringLiteral("postgresql: cannot open the stores: %1 %2")
                   .arg(source.errorString(), shared.errorString())
            << Qt::endl;
    }
    source.close();
    shared.close();

    if (ok) {
        // The queue's first page, as a reviewer opens the app on the shared store, five times; the
        // embedded reference data (the same on both engines, timed with the SQLite queue) is read first.
        GeoReference::embedded();
        Database reviewer;
        std::unique_ptr<MainWindow> window;
        qint64 openMs = 0;
        const QList<qint64> paints = BenchTiming::time(BenchTiming::Runs, [&] {
            window.reset();
            QElapsedTimer opening;
            opening.start();
            ok = reviewer.open(location) && ok;
            openMs = opening.elapsed();
            window = std::make_unique<MainWindow>(reviewer);
            window->resize(1400, 860);
            window->show();
            QApplication::processEvents();
            window->grab();
        });
        BenchTiming::printTargets(out, QStringLiteral("postgresql: queue first page"), paints, 250);
        out << QStringLiteral("  (%1 requests in the queue; connecting and checking the schema %2 ms)")
                   .arg(window->queueModel()->editionTotal())
                   .arg(openMs)
            << Qt::endl;

        // A search keystroke's query, through pg_trgm's index when the server has the extension.
        const ReviewQueueModel* queue = window->queueModel();
        const QueueIndex index(reviewer);
        EventFilter usine;
        usine.text = QStringLiteral("usine");
        BenchTiming::printTargets(out,
            QStringLiteral("postgresql: one search's query (trigram index: %1)")
                .arg(index.searchIsIndexed() ? QStringLiteral("yes")
                                             : QStringLiteral("no, pg_trgm unavailable")),
            BenchTiming::time(BenchTiming::Runs,
                [&] { index.select(queue->edition().year, usine, queue->today(), SessionUser::name()); }),
            50);

        QList<qint64> regionCpu;
        BenchTiming::printTargets(out, QStringLiteral("postgresql: one filter change (a région), painted"),
            QueueSteps::regionFilterTimes(*window, &regionCpu), 30);
        BenchTiming::printCpu(out, QStringLiteral("the same"), regionCpu);

        auto* decisions = window->findChild<DecisionController*>();
        QList<qint64> times;
        for (int row = nextToTakeInCharge(*queue, 0); row >= 0 && times.size() < BenchTiming::Runs;
            row = nextToTakeInCharge(*queue, row + 1)) {
            timer.start();
            if (decisions->decide(DecisionController::Kind::AssignToMe, queue->eventAt(row).id)) {
                QApplication::processEvents();
                times << timer.elapsed();
            }
        }
        BenchTiming::printTargets(out, QStringLiteral("postgresql: one decision with its audit"),
            times.isEmpty() ? QList<qint64> { -1 } : times, 10);
        // Beside the wall time, the CPU of each side: this process's and the server process's
        // that serves the reviewer's connection (read from /proc, in clock ticks).
        QList<qint64> mapCpu;
        const qint64 backend = serverProcess(reviewer);
        const qint64 serverBefore = serverCpuMs(backend);
        BenchTiming::printTargets(out, QStringLiteral("postgresql: map points read from the store"),
            BenchTiming::time(BenchTiming::Runs,
                [&] {
                    const qint64 cpu = BenchTiming::processCpuMs();
                    queue->mapPoints();
                    mapCpu << BenchTiming::processCpuMs() - cpu;
                }),
            60);
        BenchTiming::printCpu(out, QStringLiteral("the same, this process"), mapCpu);
        out << QStringLiteral("  the same, the server: CPU time %1 ms a read (%2 reads)")
                   .arg((serverCpuMs(backend) - serverBefore) / BenchTiming::Runs)
                   .arg(BenchTiming::Runs)
            << Qt::endl;
        window.reset();
        benchStatistics(reviewer, out);
        ok = countStatements(folder.path(), location, statementsFile, out) && ok;
    }

    if (ok) {
        // 8 reviewers deciding at once, each on the requests of its own part of the queue, with a
        // few in common: refuse, take back into review, and so on.
        constexpr int Reviewers = 8;
        constexpr int DecisionsEach = 400;
        std::atomic<int> accepted = 0;
        std::atomic<int> conflicts = 0;
        std::atomic<int> failed = 0;
        QList<QThread*> threads;
        for (int r = 0; r < Reviewers; ++r) {
            threads << QThread::create([&, r] {
                Database database;
                if (!database.open(location)) {
                    failed += DecisionsEach;
                    return;
                }
                EventRepository repository(database);
                for (int i = 0; i < DecisionsEach; ++i) {
                    const qint64 id = (i % 10 == 0) ? 1 + i % 7 : 1000 + r * 5000 + i;
                    const StoreResult<Event> seen = repository.find(id);
                    if (!seen) {
                        ++failed;
                        continue;
                    }
                    const EventStatus to = EventStatuses::canChange(seen->status, EventStatus::Refused)
                        ? EventStatus::Refused
                        : EventStatus::InReview;
                    const WriteResult result = Decisions(database).changeStatus(id, seen->version, to,
                        QStringLiteral("banc d'essai"), QStringLiteral("reviewer%1").arg(r));
                    result.ok()                                          ? ++accepted
                        : result.status == WriteResult::Status::Conflict ? ++conflicts
                                                                         : ++failed;
                }
            });
        }
        timer.start();
        for (QThread* thread : threads) {
            thread->start();
        }
        for (QThread* thread : threads) {
            thread->wait();
            delete thread;
        }
        const qint64 ms = std::max<qint64>(timer.elapsed(), 1);
        const qint64 rate = accepted * 1000 / ms;
        out << QStringLiteral("postgresql: 8 concurrent reviewers at %1 decisions/s (target 500/s): %2")
                   .arg(rate)
                   .arg(rate >= 500 ? QStringLiteral("ok") : QStringLiteral("UNDER"))
            << Qt::endl;
        out << QStringLiteral("  (%1 accepted, %2 conflicts told as such, %3 failed, in %4 ms)")
                   .arg(accepted.load())
                   .arg(conflicts.load())
                   .arg(failed.load())
                   .arg(ms)
            << Qt::endl;
        ok = failed == 0;
    }
    server(QStringLiteral("stop"), folder.path(), out);
    return ok;
}
