#pragma once

#include "db/StoreResult.h"

#include <QtGlobal>

class Database;

// A write transaction that rolls back unless committed: every path out of a write, an early
// return included, leaves the store as it was or as committed. It takes the write lock at once
// (Database::beginWrite), so a read-check-write sequence waits for another writer.
class Transaction {
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(Database& database);
    ~Transaction();

    // False when the write could not begin; failure() then says why.
    bool isOpen() const { return m_open; }
    WriteResult failure() const;
    WriteResult commit();
    void rollback();

private:
    Database& m_database;
    bool m_open = false;
};
