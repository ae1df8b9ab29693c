#pragma once

#include "app/core/Edition.h"
#include "db/StoreResult.h"

#include <QCoreApplication>
#include <QList>

class Database;

// Editions and their territory windows.
class EditionRepository {
    Q_DECLARE_TR_FUNCTIONS(EditionRepository)

public:
    explicit EditionRepository(Database& database);

    StoreResult<QList<Edition>> all() const;
    // NotFound when the store has no such edition.
    StoreResult<Edition> find(int year) const;
    // The most recent edition, the one a new session works on; NotFound in a store without one.
    StoreResult<Edition> latest() const;
    WriteResult save(const Edition& edition);

private:
    Database& m_database;
};
