#pragma once

#include <QList>

class QString;

class MainWindow;

// Steps of the queue that the SQLite and PostgreSQL benches time alike, through the main window.
namespace QueueSteps {
// Five régions chosen in the filter bar one after the other (each put back to all régions after),
// each timed until the rows are painted.
QList<qint64> regionFilterTimes(MainWindow& window);
// The map's points as it reads them at each change of filter: the whole edition's first (the
// first read, `firstMs`), then those of five régions, one after the other, each timed alone.
QList<qint64> mapPointsTimes(MainWindow& window, qint64& firstMs);
// One région (its code) chosen in the filter bar, until the rows are painted; empty: all régions.
void chooseRegion(MainWindow& window, const QString& code);
} // namespace QueueSteps
