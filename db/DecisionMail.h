#pragma once

#include "app/core/Event.h"
#include "db/StoreResult.h"

#include <QCoreApplication>

class Database;

// The e-mail that a decision writes to its request's organiser, inside the decision's own
// transaction (with its audit entry): a label (which gets its label number first, and the
// attestation as attachment), a refusal with its reasons, a request for information. A decision
// that replaces another, or a reopening, cancels what the earlier one had not sent yet.
class DecisionMail {
    Q_DECLARE_TR_FUNCTIONS(DecisionMail)

public:
    explicit DecisionMail(Database& database);

    // After `event` went from `from` to `to` with `reason` (the refusal's reasons, one a line, or
    // the information asked), in the caller's transaction.
    WriteResult record(
        const Event& event, EventStatus from, EventStatus to, const QString& reason, const QString& who);

    // Whether the status is a decision that writes to the organiser.
    static bool writes(EventStatus status);

private:
    Database& m_database;
};
