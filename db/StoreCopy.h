#pragma once

#include "db/StoreResult.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

class Database;

// Copies one store into another, whatever their engines: a workstation's SQLite file into the
// shared PostgreSQL database when its users outgrow it. Every table, the audit trail included,
// ids kept, in one transaction on the target; then the rows of each table are counted on both
// sides. The target must hold no request yet (its seeded editions are replaced).
class StoreCopy {
    Q_DECLARE_TR_FUNCTIONS(StoreCopy)

public:
    // Rows per table, as copied and as counted again in the target.
    using Counts = QHash<QString, qint64>;

    static StoreResult<Counts> copy(Database& from, Database& to);
    // The tables copied, parents before children.
    static QStringList tables();
};
