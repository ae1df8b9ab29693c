#pragma once

#include <QList>

class QString;

class MainWindow;

// Steps of the queue that the SQLite and PostgreSQL benches time alike, through the main window.
namespace QueueSteps {
// Five régions chosen in the filter bar one after the other (each put back to all régions after),
// each timed until the table has painted its rows; `cpuTimes`, when given, gets each one's CPU time.
QList<qint64> regionFilterTimes(MainWindow& window, QList<qint64>* cpuTimes = nullptr);
// One région (its code) chosen in the filter bar, until the rows are painted; empty: all régions.
void chooseRegion(MainWindow& window, const QString& code);
} // namespace QueueSteps
