#pragma once

#include "db/StoreResult.h"

#include <QCoreApplication>
#include <QString>

class Database;

// The label numbers (SI2018-L-00123): one per labelled request, given the first time it is
// labelled and kept for good, even when it is reopened and labelled again.
class LabelNumberRepository {
    Q_DECLARE_TR_FUNCTIONS(LabelNumberRepository)

public:
    explicit LabelNumberRepository(Database& database);

    // The request's number, given now if it has none, inside the caller's transaction.
    StoreResult<QString> assign(qint64 eventId, int editionYear);
    // The request's number; empty when it was never labelled.
    StoreResult<QString> find(qint64 eventId) const;

    static QString format(int editionYear, int number);

private:
    Database& m_database;
};
