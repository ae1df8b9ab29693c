#pragma once

#include "app/core/LabelledRequest.h"
#include "db/StoreResult.h"

#include <QCoreApplication>
#include <QHash>

class Database;

// What an attestation states about a labelled request, read from the store: the request, its
// edition, its label number (given at its first label, migration 0009) and the day of its last
// label (from the audit trail, in Paris).
class LabelledRequestRepository {
    Q_DECLARE_TR_FUNCTIONS(LabelledRequestRepository)

public:
    explicit LabelledRequestRepository(Database& database);

    // NotFound when the request does not exist, NotAllowed when it is not labelled or has no
    // label number; the message says which.
    StoreResult<LabelledRequest> find(qint64 eventId) const;
    // The store's ids of an edition's requests by their request id (SI2018-00042).
    StoreResult<QHash<QString, qint64>> idsByRequestId(int editionYear) const;

private:
    Database& m_database;
};
