#pragma once

#include "app/core/Edition.h"
#include "app/core/EventFilter.h"
#include "app/core/Statistics.h"
#include "db/StoreResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

class Database;
class GeoReference;

// The dashboard's figures, worked out in SQL over the queue's index (and the requests' participant
// counts, the audit trail's decisions) for the requests the shared filter keeps: a handful of
// grouped queries instead of reading 100,000 requests.
class StatisticsRepository {
    Q_DECLARE_TR_FUNCTIONS(StatisticsRepository)

public:
    explicit StatisticsRepository(Database& database);

    StoreResult<Statistics> compute(
        const Edition& edition, const EventFilter& filter, const QDate& today, const GeoReference& geo) const;

    // The previous edition's figures of each territory that has some (keyed as
    // PreviousFigures::regionKey() says; the national ones are the edition's own). Territories without a row
    // are unknown.
    StoreResult<QHash<QString, PreviousFigures>> previousFigures(int editionYear) const;
    // Replaces the edition's previous-edition figures by these, in one transaction.
    WriteResult setPreviousFigures(int editionYear, const QHash<QString, PreviousFigures>& figures);

private:
    static StoreResult<void> failed(const QString& error);

    Database& m_database;
};
