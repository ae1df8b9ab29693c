#pragma once

#include "app/core/ExportSnapshot.h"

#include <optional>

class Database;

// The snapshots of the approved list's exports.
class ExportSnapshotRepository {
public:
    explicit ExportSnapshotRepository(Database& database);

    // Stores the snapshot with its rows, in one transaction; `previous` gets the latest snapshot of
    // the same list before it (nothing for the first).
    bool record(const ExportSnapshot& snapshot, std::optional<ExportSnapshot>* previous);
    // The latest snapshot of the same edition and filter, with its rows.
    std::optional<ExportSnapshot> latest(int editionYear, const QString& filter) const;

private:
    Database& m_database;
};
