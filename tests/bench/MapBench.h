#pragma once

class Database;
class QTextStream;

// Issue 6's targets on an existing store, through the real main window: the map's points read
// and grouped for a view (100 ms), the map's first frame (1 s), one pan or zoom step of work on
// the UI thread (50 ms). Medians of several runs.
void benchMap(Database& database, QTextStream& out);
