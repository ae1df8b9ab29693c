#pragma once

#include "app/core/EventStatus.h"
#include "db/StoreResult.h"

#include <QCoreApplication>

class Database;

// The reviewers' decisions on a request (label, refuse, ask for information, reopen, withdraw)
// and who is in charge of it: each one transaction with its audit entry, refused when the request
// changed since the reviewer displayed it (its version) or when the workflow forbids the move.
class Decisions {
    Q_DECLARE_TR_FUNCTIONS(Decisions)

public:
    explicit Decisions(Database& database);

    // An override labels a request that fails a condition: it needs a written justification and
    // is audited as such.
    enum class Kind {
        Regular,
        Override,
    };
    WriteResult changeStatus(qint64 id, int expectedVersion, EventStatus to, const QString& reason,
        const QString& who, Kind kind = Kind::Regular);

    // Puts a reviewer in charge of the request (empty: nobody), with the same version check. A
    // submitted request taken in charge goes to review in the same write, audited as such.
    WriteResult assign(qint64 id, int expectedVersion, const QString& assignee, const QString& who);

private:
    Database& m_database;
};
