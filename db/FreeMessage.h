#pragma once

#include "app/core/OutboxMessage.h"
#include "db/StoreResult.h"

#include <QCoreApplication>

class Database;

// A message that a reviewer writes to a request's organiser from the event form (a "free" letter):
// queued in the outbox together with its audit entry "message written", in one transaction, so that
// the request's history and the outbox always agree. On a shared store the outbox's regional rights
// apply: a reviewer writes only about the requests it may change.
class FreeMessage {
    Q_DECLARE_TR_FUNCTIONS(FreeMessage)

public:
    explicit FreeMessage(Database& database);

    // Queues `message` (kind "free"; its id and creation time are set), audited as written by its `who`.
    WriteResult queue(OutboxMessage& message);

private:
    Database& m_database;
};
