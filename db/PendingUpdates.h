#pragma once

#include "app/core/Event.h"
#include "db/StoreResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

class Database;

// A change brought by an import to a decided request, waiting for a reviewer.
struct PendingUpdate {
    qint64 id = 0;
    qint64 eventId = 0;
    QDateTime createdAt;
    QString who;
    QString source;
    QString changes; // as in the audit trail
    QString content; // the imported row, a JSON object in the import format
};

// The imported changes to decided requests that wait for a reviewer: kept by the import, then
// accepted (applied as an audited edit) or dismissed (with a reason kept in the audit trail).
class PendingUpdates {
    Q_DECLARE_TR_FUNCTIONS(PendingUpdates)

public:
    explicit PendingUpdates(Database& database);

    // The open ones of a request, oldest first.
    StoreResult<QList<PendingUpdate>> openFor(qint64 eventId) const;
    // How many wait for a reviewer over the edition's requests.
    StoreResult<int> openCount(int editionYear) const;
    // The edition's requests that have some waiting, by id.
    StoreResult<QList<qint64>> eventsWithOpen(int editionYear) const;

    // Keeps an imported change to a decided request, inside the caller's transaction; false
    // (and nothing written) when the same change is already waiting.
    StoreResult<bool> add(const Event& stored, const Event& imported, const QString& changes,
        const QString& who, const QString& source);
    // Applies the imported content to the request as an edit (audited, version checked against
    // what the reviewer saw: a Conflict otherwise), and closes the pending update, in one
    // transaction. A labelled request that no longer passes a condition goes back to review.
    WriteResult accept(qint64 pendingId, int expectedEventVersion, const QString& who);
    // Closes it without touching the request; the audit trail keeps the change and the reason.
    WriteResult dismiss(qint64 pendingId, const QString& who, const QString& reason);

private:
    StoreResult<PendingUpdate> open(qint64 pendingId) const;
    // Marks an open pending update `state`, inside the caller's transaction.
    WriteResult close(qint64 pendingId, const QString& requestId, const char* state, const QString& refusal);

    Database& m_database;
};
