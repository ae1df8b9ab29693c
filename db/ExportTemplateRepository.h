#pragma once

#include "app/core/ExportColumns.h"
#include "db/StoreResult.h"

#include <QStringList>

#include <optional>

class Database;

// Export templates: a name for a choice of columns in order, shared by the window and the CLI. A
// failed call answers with the store's own words.
class ExportTemplateRepository {
public:
    explicit ExportTemplateRepository(Database& database);

    StoreResult<QStringList> names() const;
    // Nothing when there is no such template.
    StoreResult<std::optional<ExportColumns>> find(const QString& name) const;
    // Creates the template or replaces its columns.
    WriteResult save(const QString& name, const ExportColumns& columns);
    // Whether there was such a template.
    StoreResult<bool> remove(const QString& name);

private:
    Database& m_database;
};
