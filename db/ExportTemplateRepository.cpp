#include "db/ExportTemplateRepository.h"

#include "db/Database.h"

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
    query.prepare(QStringLiteral("SELECT columns FROM export_template WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next()) {
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
    query.prepare(QStringLiteral(
        "INSERT INTO export_template (name, columns) VALUES (?, ?) ON CONFLICT (name) DO UPDATE "
        "SET columns = excluded.columns"));
    query.addBindValue(name);
    query.addBindValue(columns.keys().join(QLatin1Char(',')));
    return query.exec();
}

bool ExportTemplateRepository::remove(const QString& name)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM export_template WHERE name = ?"));
    query.addBindValue(name);
    return query.exec() && query.numRowsAffected() > 0;
}
