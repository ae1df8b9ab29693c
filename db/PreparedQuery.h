#pragma once

#include <QVariantList>

class QSqlQuery;
class QString;

// Prepares a statement, binds its values in order and runs it, in one call for every repository. A
// failed prepare stops there, so that the query's lastError() keeps the engine's own words ("no such
// table: audit"): binding and executing after it would replace them by Qt's "Parameter count mismatch".
namespace PreparedQuery {

bool exec(QSqlQuery& query, const QString& sql, const QVariantList& values = {});

}
