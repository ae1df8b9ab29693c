#include "ImportExportBench.h"

#include "app/export/ExportWriter.h"
#include "db/Database.h"
#include "db/RequestImport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

#include <utility>

namespace {

// Every file of an SQLite store, for a fresh one at the same path.
void removeStore(const QString& path)
{
    for (const char* suffix : { "", "-wal", "-shm", "-journal" }) {
        QFile::remove(path + QLatin1String(suffix));
    }
}

// The file into a table of text columns and nothing else by the sqlite3 shell's .import. -1 when
// the shell is missing or failed.
qint64 shellImport(const QString& csvPath, const QString& storePath, int* rows)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty()) {
        return -1;
    }
    removeStore(storePath);
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(shell, { storePath });
    process.write(QStringLiteral("PRAGMA journal_mode = WAL;\n.mode csv\n.separator ;\n.import '%1' bare\n"
                                 "SELECT count(*) FROM bare;\n")
            .arg(csvPath)
            .toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        return -1;
    }
    const qint64 elapsed = timer.elapsed();
    *rows
        = QString::fromUtf8(process.readAllStandardOutput()).trimmed().section(QLatin1Char('\n'), -1).toInt();
    return elapsed;
}

bool write(ExportWriter::Format format, const QList<Event>& events, const QString& path, int* skipped)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    ExportOptions options;
    options.editionYear = 2018;
    return ExportWriter::write(format, events, &file, skipped, {}, options);
}

} // namespace

bool writeImportFile(const QList<Event>& events, const QString& csvPath)
{
    int skipped = 0;
    return write(ExportWriter::Format::Csv, events, csvPath, &skipped);
}

bool benchExports(const QList<Event>& events, const QString& directory, const QString& csvPath,
    QTextStream& out, const QStringList& only)
{
    const QDir dir(directory);
    // The export writes the file the import then reads: the import format. A limit of 0: timed, no target
    // set.
    for (const auto& [format, limit] :
        { std::pair { ExportWriter::Format::Csv, 500 }, std::pair { ExportWriter::Format::GeoJson, 1000 },
            std::pair { ExportWriter::Format::Xlsx, 2000 }, std::pair { ExportWriter::Format::Ods, 3000 },
            std::pair { ExportWriter::Format::Pdf, 4000 },
            std::pair { ExportWriter::Format::ICalendar, 0 } }) {
        if (!only.isEmpty() && !only.contains(ExportWriter::key(format))) {
            continue;
        }
        const QString path = format == ExportWriter::Format::Csv
            ? csvPath
            : dir.filePath(QStringLiteral("export.") + ExportWriter::key(format));
        int skipped = 0;
        bool written = true;
        QList<qint64> cpuTimes;
        const BenchTiming::MachineLoad load;
        const QList<qint64> times = BenchTiming::time(BenchTiming::Runs, [&] {
            const qint64 cpu = BenchTiming::processCpuMs();
            written = write(format, events, path, &skipped) && written;
            cpuTimes.append(BenchTiming::processCpuMs() - cpu);
        });
        BenchTiming::printTargets(out,
            QStringLiteral("export %1 (%2 rows, %3 MB)%4")
                .arg(ExportWriter::key(format).toUpper())
                .arg(events.size() - skipped)
                .arg(QFile(path).size() / (1024 * 1024))
                .arg(written ? QString() : QStringLiteral(" FAILED")),
            times, qint64(limit) * events.size() / 100000);
        BenchTiming::printCpu(
            out, QStringLiteral("export %1").arg(ExportWriter::key(format).toUpper()), cpuTimes, load);
        if (!written) {
            return false;
        }
    }
    return true;
}

BenchTiming::Figure benchImport(
    int count, const QString& csvPath, const QString& directory, int runs, QTextStream& out)
{
    const QDir dir(directory);
    const QString storePath = dir.filePath(QStringLiteral("import.sqlite"));
    QList<qint64> times;
    QList<qint64> cpuTimes;
    RequestImport::Outcome outcome;
    const BenchTiming::MachineLoad load;
    for (int run = 0; run < runs; ++run) {
        removeStore(storePath);
        Database database;
        if (!database.open(storePath)) {
            out << database.errorString() << Qt::endl;
            return {};
        }
        RequestImport::Options options;
        options.file = csvPath;
        options.who = QStringLiteral("bench");
        const qint64 cpu = BenchTiming::processCpuMs();
        QElapsedTimer timer;
        timer.start();
        outcome = RequestImport::run(database, options);
        times.append(outcome.created == count ? timer.elapsed() : -1);
        cpuTimes.append(BenchTiming::processCpuMs() - cpu);
    }
    removeStore(storePath);
    out << QStringLiteral("import CSV: %1").arg(outcome.summary().section(QLatin1Char('\n'), 0, 0))
        << Qt::endl;
    const BenchTiming::Figure imported = BenchTiming::printTargets(out,
        QStringLiteral("import CSV (read, parse, store, index) of %1").arg(count), times,
        qint64(2500) * count / 100000);
    BenchTiming::printCpu(out, QStringLiteral("import"), cpuTimes, load);

    QList<qint64> bareTimes;
    int bareRows = 0;
    for (int run = 0; run < runs; ++run) {
        bareTimes.append(shellImport(csvPath, dir.filePath(QStringLiteral("bare.sqlite")), &bareRows));
    }
    removeStore(dir.filePath(QStringLiteral("bare.sqlite")));
    const BenchTiming::Figure bare = BenchTiming::figure(bareTimes);
    if (bare.median < 0) {
        out << QStringLiteral("bare-table import by the sqlite3 shell: shell missing or failed") << Qt::endl;
        return imported;
    }
    const double ratio = double(imported.median) / double(std::max<qint64>(bare.median, 1));
    out << QStringLiteral(
        "bare-table import by the sqlite3 shell's .import: %1 ms median, %2 ms slowest for %3 rows; "
        "the import takes %4 times as long")
               .arg(bare.median)
               .arg(bare.slowest)
               .arg(bareRows)
               .arg(ratio, 0, 'f', 1)
        << BenchTiming::verdict(QStringLiteral("3"), ratio <= 3.0) << Qt::endl;
    return imported;
}
