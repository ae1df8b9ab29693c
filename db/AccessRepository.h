#pragma once

#include "app/core/Access.h"

class Database;

// Reads what the connected role may do: its group role and, for a regional reviewer, its régions.
class AccessRepository {
public:
    explicit AccessRepository(Database& database);

    Access current() const;

private:
    Database& m_database;
};
