#include "db/ExportTemplateRepository.h"

#include "db/Database.h"
#include "db/PreparedQuery.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

ExportTemplateRepository::ExportTemplateRepository(Database& database)
    : m_database(database)
{
}

StoreResult<QStringList> ExportTemplateRepository::names() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT name FROM export_template ORDER BY name"))) {
        return StoreResult<QStringList>::failure(StoreStatus::Failed, query.lastError().text());
    }
    QStringList result;
    while (query.next()) {
        result << query.value(0).toString();
    }
    return result;
}

StoreResult<std::optional<ExportColumns>> ExportTemplateRepository::find(const QString& name) const
{
    QSqlQuery query(m_database.connection());
    if (!PreparedQuery::exec(
            query, QStringLiteral("SELECT columns FROM export_template WHERE name = ?"), { name })) {
        return StoreResult<std::optional<ExportColumns>>::failure(
            StoreStatus::Failed, query.lastError().text());
    }
    if (!query.next()) {
        return std::optional<ExportColumns>();
    }
    QString error;
    // A column the format no longer has would make the template unusable: it is left out.
    QStringList keys = query.value(0).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QStringList exported = ExportColumns().keys();
    keys.removeIf([&](const QString& key) { return !exported.contains(key); });
    return ExportColumns::fromKeys(keys, &error);
}

WriteResult ExportTemplateRepository::save(const QString& name, const ExportColumns& columns)
{
    QSqlQuery query(m_database.connection());
    if (!PreparedQuery::exec(query,
            QStringLiteral(
                "INSERT INTO export_template (name, columns) VALUES (?, ?) ON CONFLICT (name) DO UPDATE "
                "SET columns = excluded.columns"),
            { name, columns.keys().join(QLatin1Char(',')) })) {
        return WriteResult::failure(StoreStatus::Failed, query.lastError().text());
    }
    return WriteResult::success();
}

StoreResult<bool> ExportTemplateRepository::remove(const QString& name)
{
    QSqlQuery query(m_database.connection());
    if (!PreparedQuery::exec(query, QStringLiteral("DELETE FROM export_template WHERE name = ?"), { name })) {
        return StoreResult<bool>::failure(StoreStatus::Failed, query.lastError().text());
    }
    return query.numRowsAffected() > 0;
}
