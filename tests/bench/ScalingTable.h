#pragma once

#include "tests/bench/BenchTiming.h"

#include <QMap>

class QTextStream;

// The same figures at several sizes of the store (10,000, 100,000 and 1,000,000 requests), to see
// which steps grow with the store. The queue's figures are measured in a process of its own, which
// hands them over in a file (write(), read()).
class ScalingTable {
public:
    enum class Step {
        Insert,
        Import,
        FirstPaint,
        Keystroke,
        SearchCounted,
        RegionFilter,
        Decision,
        Statistics,
        MapPoints,
        Memory
    };
    using Figures = QMap<Step, BenchTiming::Figure>;

    static bool write(const QString& path, const Figures& figures);
    static Figures read(const QString& path);

    void add(int requests, const Figures& figures);
    // One row per step, one column per size: "median / slowest" in ms (MB for the memory), with
    // the targets at 1,000,000 requests.
    void print(QTextStream& out) const;

private:
    QMap<int, Figures> m_sizes;
};
