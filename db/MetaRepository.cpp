#include "db/MetaRepository.h"

#include "db/Database.h"
#include "db/KeptQuery.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

MetaRepository::MetaRepository(Database& database)
    : m_database(database)
{
}

StoreResult<QString> MetaRepository::value(const QString& key) const
{
    // Kept: a start reads several keys (the queue's recipe, the demonstration mark).
    KeptQuery query(m_database, QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    if (!query.exec({ key })) {
        return StoreResult<QString>::failure(StoreStatus::Failed, query->lastError().text());
    }
    return query->next() ? query->value(0).toString() : QString();
}

WriteResult MetaRepository::setValue(const QString& key, const QString& value)
{
    QSqlQuery query(m_database.connection());
    const bool prepared = query.prepare(
        QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                       "SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value.isNull() ? QStringLiteral("") : value);
    if (!prepared || !query.exec()) {
        return WriteResult::failure(StoreStatus::Failed, query.lastError().text());
    }
    return WriteResult::success();
}
