#pragma once

#include "app/core/Event.h"
#include "tests/bench/BenchTiming.h"

#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

// Issues 7 and 16: `events` exported in each format, five times (targets for 100,000 rows: CSV
// 0.5 s, GeoJSON 1 s, XLSX 2 s, ODS 3 s, PDF 4 s); the CSV is left at `csvPath` for the import.
// `only`, when not empty, keeps the formats of these keys ("pdf"). False when a file could not be
// written.
bool benchExports(const QList<Event>& events, const QString& directory, const QString& csvPath,
    QTextStream& out, const QStringList& only = {});
// The CSV alone, once: what the import steps of the scaling table read.
bool writeImportFile(const QList<Event>& events, const QString& csvPath);
// The file imported `runs` times into a fresh store, and as many times into a bare table by the
// sqlite3 shell's .import, the floor any import stands on (targets at 100,000 rows: 2.5 s and
// 3 times the shell's). -1 as the median when an import failed.
BenchTiming::Figure benchImport(
    int count, const QString& csvPath, const QString& directory, int runs, QTextStream& out);
