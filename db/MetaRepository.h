#pragma once

#include "db/StoreResult.h"

#include <QString>

class Database;

// Facts about the store itself (e.g. that it holds demonstration data).
class MetaRepository {
public:
    explicit MetaRepository(Database& database);

    // Empty when the store has no such fact.
    StoreResult<QString> value(const QString& key) const;
    WriteResult setValue(const QString& key, const QString& value);

    static QString demoDataKey() { return QStringLiteral("demo_data"); }

private:
    Database& m_database;
};
