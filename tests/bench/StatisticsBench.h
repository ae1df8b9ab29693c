#pragma once

#include "tests/bench/BenchTiming.h"

class Database;
class QTextStream;

// Issue 5's targets on an existing store: all the dashboard's figures worked out again (150 ms),
// all the charts built and drawn again (300 ms), the PDF report (2 s). Five runs each; returns the
// first one's figure (the scaling table's).
BenchTiming::Figure benchStatistics(Database& database, QTextStream& out);
