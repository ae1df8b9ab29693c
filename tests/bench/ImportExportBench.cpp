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

// The file into a table of text columns and nothing else by the sqlite3 shell's .import: the floor
// any import stands on. -1 when the shell is missing or failed.
qint64 shellImport(const QString& csvPath, const QString& storePath, int* rows)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty()) {
        return -1;
    }
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
    *rows = QString::fromUtf8(process.readAllStandardOutput()).trimmed().section(QLatin1Char('\n'), -1).toInt();
    return elapsed;
}

} // namespace

void benchImportExport(const QList<Event>& events, const QString& directory)
{
    QTextStream out(stdout);
    const QDir dir(directory);
    const QString csvPath = dir.filePath(QStringLiteral("import.csv"));
    QElapsedTimer timer;
    // The export writes the file the import then reads: the import format.
    // A limit of 0: timed, no target set.
    for (const auto& [format, limit] : { std::pair { ExportWriter::Format::Csv, 500 }, std::pair { ExportWriter::Format::GeoJson, 1000 },
             std::pair { ExportWriter::Format::Xlsx, 3000 }, std::pair { ExportWriter::Format::Ods, 0 },
             std::pair { ExportWriter::Format::Pdf, 0 }, std::pair { ExportWriter::Format::ICalendar, 0 } }) {
        const QString path
            = format == ExportWriter::Format::Csv ? csvPath : dir.filePath(QStringLiteral("export.") + ExportWriter::key(format));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            out << "cannot write " << path << Qt::endl;
            return;
        }
        int skipped = 0;
        timer.start();
        ExportOptions options;
        options.editionYear = 2018;
        const bool written = ExportWriter::write(format, events, &file, &skipped, {}, options);
        file.close();
        const qint64 ms = timer.elapsed();
        const qint64 scaled = qint64(limit) * events.size() / 100000;
        out << QStringLiteral("export %1: %2 rows, %3 MB, in %4 ms").arg(ExportWriter::key(format).toUpper())
                   .arg(events.size() - skipped)
                   .arg(QFile(path).size() / (1024 * 1024))
                   .arg(ms);
        if (!written) {
            out << QStringLiteral(": FAILED");
        } else if (limit > 0) {
            out << QStringLiteral(" (target %1 ms): %2").arg(scaled).arg(ms <= scaled ? QStringLiteral("met") : QStringLiteral("MISSED"));
        }
        out << Qt::endl;
    }

    Database database;
    if (!database.open(dir.filePath(QStringLiteral("import.sqlite")))) {
        out << database.errorString() << Qt::endl;
        return;
    }
    RequestImport::Options options;
    options.file = csvPath;
    options.who = QStringLiteral("bench");
    timer.start();
    const RequestImport::Outcome outcome = RequestImport::run(database, options);
    const qint64 importMs = timer.elapsed();
    out << QStringLiteral("import CSV: %1").arg(outcome.summary().section(QLatin1Char('\n'), 0, 0)) << Qt::endl;
    const qint64 limit = 3000 * events.size() / 100000;
    out << QStringLiteral("import CSV (read, parse, store, index) %1 ms for %2 rows (target %3 ms): %4")
               .arg(importMs)
               .arg(events.size())
               .arg(limit)
               .arg(importMs <= limit && outcome.created == events.size() ? QStringLiteral("met") : QStringLiteral("MISSED"))
        << Qt::endl;

    int bareRows = 0;
    const qint64 bareMs = shellImport(csvPath, dir.filePath(QStringLiteral("bare.sqlite")), &bareRows);
    if (bareMs < 0) {
        out << QStringLiteral("bare-table import by the sqlite3 shell: shell missing or failed") << Qt::endl;
        return;
    }
    out << QStringLiteral("bare-table import by the sqlite3 shell's .import: %1 ms for %2 rows; the import takes %3 times as long")
               .arg(bareMs)
               .arg(bareRows)
               .arg(double(importMs) / double(std::max<qint64>(bareMs, 1)), 0, 'f', 1)
        << Qt::endl;
}
