#pragma once

#include "db/StoreResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

class Database;

// Dates the demonstration's decisions: its requests are stored already labelled or refused, so the
// audit trail gets the "status" entry a reviewer's decision would have written, at the instant the
// generator chose. The campaign's pace then shows decisions as a real store would.
class DemoDecisionDates {
    Q_DECLARE_TR_FUNCTIONS(DemoDecisionDates)

public:
    explicit DemoDecisionDates(Database& database);

    // Request row id → instant (UTC) of its decision; each entry records the request's current
    // status as reached from review.
    WriteResult record(const QMap<qint64, QDateTime>& decidedAt, const QString& who);

private:
    Database& m_database;
};
