#pragma once

#include "app/core/ExportColumns.h"

#include <QStringList>

#include <optional>

class Database;

// Export templates: a name for a choice of columns in order, shared by the window and the CLI.
class ExportTemplateRepository {
public:
    explicit ExportTemplateRepository(Database& database);

    QStringList names() const;
    // Nothing when there is no such template.
    std::optional<ExportColumns> find(const QString& name) const;
    // Creates the template or replaces its columns.
    bool save(const QString& name, const ExportColumns& columns);
    bool remove(const QString& name);

private:
    Database& m_database;
};
