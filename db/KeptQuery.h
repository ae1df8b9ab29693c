#pragma once

#include <QString>
#include <QVariantList>
#include <QtGlobal>

#include <memory>
#include <unordered_map>

class Database;
class QSqlQuery;

// A statement of the interactive steps (a decision, the current request's reads), prepared once
// per connection and kept by it: Qt's PostgreSQL driver prepares a query with PREPARE, runs it with
// EXECUTE and forgets it with DEALLOCATE, three round trips to the server where a kept statement
// costs its EXECUTE alone (SQLite is spared the parsing). Used within a scope, whose end releases
// its rows; a statement already in use further up the stack is prepared afresh for this use.
class KeptQuery {
    Q_DISABLE_COPY_MOVE(KeptQuery)

public:
    KeptQuery(Database& database, const QString& sql);
    ~KeptQuery();

    // Binds `values` in order and runs the statement; false with the engine's own words in
    // lastError(), those of a failed prepare included (see PreparedQuery).
    bool exec(const QVariantList& values = {});
    // False when the statement could not be prepared: lastError() says why.
    bool isPrepared() const { return m_prepared; }
    QSqlQuery& query() { return *m_query; }
    QSqlQuery* operator->() { return m_query; }

private:
    QSqlQuery* m_query = nullptr;
    std::unique_ptr<QSqlQuery> m_own; // not kept: the kept one is in use, or the prepare failed
    bool* m_inUse = nullptr;
    bool m_prepared = false;
};

// The kept statements of one connection, by their text: its Database owns them and drops them
// before the connection closes.
class KeptQueries {
    Q_DISABLE_COPY_MOVE(KeptQueries)

public:
    KeptQueries();
    ~KeptQueries();
    void clear();

private:
    friend class KeptQuery;
    struct Kept;
    // Statements whose text is made from a filter are many: beyond this, they are not kept.
    static constexpr size_t Limit = 200;
    std::unordered_map<QString, std::unique_ptr<Kept>> m_kept;
};
