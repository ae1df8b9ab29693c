#pragma once

#include "app/core/Statistics.h"

#include <QCoreApplication>
#include <QHash>

class GeoReference;

// The previous edition's figures per territory, read from a CSV file as regional services keep
// them: one line per territory (a département code, or R and the région's INSEE code: "R53" is
// Bretagne, "53" Mayenne), then events and participants, separated by
// commas or semicolons; an optional header line; an empty figure is unknown ("n/c"), never 0.
class PreviousFiguresCsv {
    Q_DECLARE_TR_FUNCTIONS(PreviousFiguresCsv)

public:
    // False with a message naming the line when a code is not a région or département or a
    // figure is not a whole number.
    static bool parse(const QString& text, const GeoReference& geo, QHash<QString, PreviousFigures>* figures,
        QString* error);
};
