#pragma once

#include "db/StoreResult.h"

#include <QCoreApplication>

class Database;

// Fills a store with a generated edition and marks it as demonstration data.
class DemoData {
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    static constexpr int DefaultEvents = 2400;
    static constexpr quint32 DefaultSeed = 2018;

    static WriteResult load(Database& database, int events, quint32 seed);
    static bool isEmpty(Database& database);
};
