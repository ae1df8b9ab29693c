#include "db/PreparedQuery.h"

#include <QSqlQuery>

bool PreparedQuery::exec(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    if (!query.prepare(sql)) {
        return false;
    }
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    return query.exec();
}
