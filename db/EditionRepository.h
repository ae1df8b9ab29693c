#pragma once

#include "app/core/Edition.h"
#include "db/StoreResult.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class Database;

// Editions and their territory windows.
class EditionRepository {
    Q_DECLARE_TR_FUNCTIONS(EditionRepository)

public:
    explicit EditionRepository(Database& database);

    QList<Edition> all() const;
    std::optional<Edition> find(int year) const;
    // The most recent edition, the one a new session works on.
    std::optional<Edition> latest() const;
    WriteResult save(const Edition& edition);

private:
    Database& m_database;
};
