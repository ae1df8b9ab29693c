#include "db/ExportTemplateRepository.h"

#include "db/Database.h"
#include "db/PreparedQuery.h"

#include <QSqlQuery>
#include <QVariant>

ExportTemplateRepository::ExportTemplateRepository(Database& database)
    : m_database(database)
{
}

QStringList ExportTemplateRepository::names() const
{
    QSqlQuery query(m_database.connection());
    QStringList result;
    if (query.exec(QStringLiteral("SELECT name FROM export_template ORDER BY name"))) {
        while (query.next()) {
            result << query.value(0).toString();
        }
    }
    return result;
}

std::optional<ExportColumns> ExportTemplateRepository::find(const QString& name) const
{
    QSqlQuery query(m_database.connection());
    if (!PreparedQuery::exec(
            query, QStringLiteral("SELECT columns FROM export_template WHERE name = ?"), { name })
        || !query.next()) {
        return std::nullopt;
    }
    QString error;
    // A column the format no longer has would make the template unusable: it is left out.
    QStringList keys = query.value(0).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QStringList exported = ExportColumns().keys();
    keys.removeIf([&](const QString& key) { return !exported.contains(key); });
    return ExportColumns::fromKeys(keys, &error);
}

bool ExportTemplateRepository::save(const QString& name, const ExportColumns& columns)
{
    QSqlQuery query(m_database.connection());
    return PreparedQuery::exec(query,
        QStringLiteral(
            "INSERT INTO export_template (name, columns) VALUES (?, ?) ON CONFLICT (name) DO UPDATE "
            "SET columns = excluded.columns"),
        { name, columns.keys().join(QLatin1Char(',')) });
}

bool ExportTemplateRepository::remove(const QString& name)
{
    QSqlQuery query(m_database.connection());
    return PreparedQuery::exec(query, QStringLiteral("DELETE FROM export_template WHERE name = ?"), { name })
        && query.numRowsAffected() > 0;
}
