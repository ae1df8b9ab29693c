#include "ImportExportBench.h"

#include "app/core/CsvReader.h"
#include "app/export/ExportWriter.h"
#include "db/Database.h"
#include "db/RequestImport.h"
#include "db/SqliteStatement.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTextStream>

#include <tuple>

namespace {

// The file into a table of 28 text columns and nothing else, as the sqlite3 shell's .import does,
// through the SQLite C API (the build root has no sqlite3 shell): the floor any import stands on.
qint64 bareImport(const QString& csvPath, const QString& storePath, int* rows)
{
    QElapsedTimer timer;
    timer.start();
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QString connection = QStringLiteral("bare");
    qint64 elapsed = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(storePath);
        if (!db.open()) {
            return -1;
        }
        QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        CsvReader reader(file.readAll());
        CsvRecord record;
        reader.next(&record);
        QStringList columns;
        QStringList marks;
        for (const QString& name : std::as_const(record.fields)) {
            columns << QLatin1Char('"') + name + QStringLiteral("\" TEXT");
            marks << QStringLiteral("?");
        }
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE bare (%1)").arg(columns.join(QLatin1Char(','))));
        db.transaction();
        {
            SqliteStatement insert(db, QStringLiteral("INSERT INTO bare VALUES (%1)").arg(marks.join(QLatin1Char(','))));
            while (reader.next(&record)) {
                for (int i = 0; i < record.fields.size(); ++i) {
                    insert.bindText(i + 1, record.fields.at(i).toUtf8());
                }
                insert.step();
                ++*rows;
            }
        }
        db.commit();
        elapsed = timer.elapsed();
    }
    QSqlDatabase::removeDatabase(connection);
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
    for (const auto& [format, path, limit] : { std::tuple { ExportWriter::Format::Csv, csvPath, 500 },
             std::tuple { ExportWriter::Format::GeoJson, dir.filePath(QStringLiteral("export.geojson")), 1000 } }) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            out << "cannot write " << path << Qt::endl;
            return;
        }
        int skipped = 0;
        timer.start();
        const bool written = ExportWriter::write(format, events, &file, &skipped);
        file.close();
        const qint64 ms = timer.elapsed();
        const qint64 scaled = qint64(limit) * events.size() / 100000;
        out << QStringLiteral("export %1: %2 rows, %3 MB, in %4 ms (target %5 ms): %6")
                   .arg(format == ExportWriter::Format::Csv ? QStringLiteral("CSV") : QStringLiteral("GeoJSON"))
                   .arg(events.size() - skipped)
                   .arg(QFile(path).size() / (1024 * 1024))
                   .arg(ms)
                   .arg(scaled)
                   .arg(written && ms <= scaled ? QStringLiteral("met") : QStringLiteral("MISSED"))
            << Qt::endl;
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
    const qint64 bareMs = bareImport(csvPath, dir.filePath(QStringLiteral("bare.sqlite")), &bareRows);
    const bool shell = !QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty();
    out << QStringLiteral("bare-table import through the SQLite C API (sqlite3 shell %1): %2 ms for %3 rows; "
                          "the import takes %4 times as long")
               .arg(shell ? QStringLiteral("present but not used") : QStringLiteral("absent from the build root"))
               .arg(bareMs)
               .arg(bareRows)
               .arg(bareMs > 0 ? double(importMs) / double(bareMs) : 0.0, 0, 'f', 1)
        << Qt::endl;
}
