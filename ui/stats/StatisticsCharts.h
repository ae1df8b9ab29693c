#pragma once

#include "app/core/Edition.h"
#include "app/core/Statistics.h"
#include "app/export/StatisticsFiles.h"

#include <QCoreApplication>
#include <QList>

class QChart;

// The dashboard's charts (Qt Charts), built afresh from the figures each time they change: labelled
// events per région against the previous edition, status mix per région, labelled events per day
// of the week, audience mix, event and organiser types, the conditions failed most often, and the
// campaign's pace up to the deadline. Each chart's objectName is its file name on export.
class StatisticsCharts {
    Q_DECLARE_TR_FUNCTIONS(StatisticsCharts)

public:
    static QList<QChart*> build(const Statistics& statistics, const Edition& edition,
        const QHash<QString, PreviousFigures>& previous);
    // The same charts for the files: each one laid out off screen at StatisticsFiles::ChartSize in
    // a scene of its own (which owns it), so that a file does not depend on the window's size.
    static QList<StatisticsFiles::Chart> forFiles(const Statistics& statistics, const Edition& edition,
        const QHash<QString, PreviousFigures>& previous);
};
