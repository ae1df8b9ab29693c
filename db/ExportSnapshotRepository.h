#pragma once

#include "app/core/ExportSnapshot.h"
#include "db/StoreResult.h"

#include <QCoreApplication>

#include <optional>

class Database;

// The snapshots of the approved list's exports.
class ExportSnapshotRepository {
    Q_DECLARE_TR_FUNCTIONS(ExportSnapshotRepository)

public:
    explicit ExportSnapshotRepository(Database& database);

    // Stores the snapshot with its rows, in one transaction; answers with the latest snapshot of
    // the same list before it (nothing for the first).
    StoreResult<std::optional<ExportSnapshot>> record(const ExportSnapshot& snapshot);
    // The latest snapshot of the same edition and filter, with its rows; nothing when there is none.
    StoreResult<std::optional<ExportSnapshot>> latest(int editionYear, const QString& filter) const;

private:
    Database& m_database;
};
