#pragma once

#include <QString>

class Database;

// Facts about the store itself (e.g. that it holds demonstration data).
class MetaRepository {
public:
    explicit MetaRepository(Database& database);

    QString value(const QString& key) const;
    bool setValue(const QString& key, const QString& value);

    static QString demoDataKey() { return QStringLiteral("demo_data"); }

private:
    Database& m_database;
};
