#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;
class Database;
class PostgresqlRows;
class QSqlDatabase;
class QSqlQuery;

// A prepared statement for bulk writes and the queue's scans. On SQLite it is prepared directly
// on the connection behind the QSqlDatabase: Qt's binding layer costs several times more than
// SQLite itself on 100,000 rows. On PostgreSQL a write goes through QSqlQuery, a scan through
// libpq (PostgresqlRows).
class Statement {
public:
    Statement(const QSqlDatabase& database, const QString& sql);
    // For the queue's scans, read with next(): on PostgreSQL their rows come through libpq, in
    // binary and in chunks, the query sent in one round trip (PostgresqlRows).
    Statement(Database& database, const QString& sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const { return m_statement != nullptr || m_own != nullptr || m_rows != nullptr; }
    // Parameters are 1-based, as in SQLite.
    void bindNull(int parameter);
    void bindInteger(int parameter, qint64 value);
    void bindReal(int parameter, double value);
    void bindText(int parameter, QByteArrayView utf8);
    // The same for bytes that stay valid and unchanged until the next step(): SQLite reads them
    // where they are instead of copying them.
    void bindKeptText(int parameter, QByteArrayView utf8);
    // Bytes as a BLOB, kept as bindKeptText() keeps its text (SQLite only).
    void bindKeptBlob(int parameter, QByteArrayView bytes);
    // Whether the values bound stay bound after step(), for the next row (SQLite's reset keeps them).
    bool keepsBindings() const { return m_statement != nullptr; }
    // Runs the statement once and resets it for the next row.
    bool step();
    // For a query: steps to the next row, false when there is none (or on an error); the
    // statement is reset then.
    bool next();
    qint64 columnInteger(int column) const;
    double columnReal(int column) const;
    bool columnIsNull(int column) const;
    // Valid until the next step; a BLOB's bytes as they are.
    QByteArrayView columnText(int column) const;
    // The id of the row the last step() inserted (PostgreSQL: the statement must end with RETURNING id).
    qint64 lastInsertId() const;
    QString errorString() const { return m_error; }

private:
    void prepare(const QSqlDatabase& database, const QString& sql);

    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    std::unique_ptr<QSqlQuery> m_own; // PostgreSQL, a write
    std::unique_ptr<PostgresqlRows> m_rows; // PostgreSQL, a scan
    int m_row = -1; // m_rows' current row, -1 before the first
    bool m_started = false;
    qint64 m_returnedId = 0;
    mutable QList<QByteArray> m_texts; // PostgreSQL: each column's text, valid until the next step

    QString m_error;
};
