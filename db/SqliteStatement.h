#pragma once

#include <QString>
#include <QByteArrayView>

struct sqlite3;
struct sqlite3_stmt;
class QSqlDatabase;

// A statement prepared directly on the SQLite connection behind a QSqlDatabase, for bulk writes
// and for the queue's scans: Qt's binding layer costs several times more than SQLite itself on
// 100,000 rows.
class SqliteStatement {
public:
    SqliteStatement(const QSqlDatabase& database, const QString& sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool isValid() const { return m_statement != nullptr; }
    // Parameters are 1-based, as in SQLite.
    void bindNull(int parameter);
    void bindInteger(int parameter, qint64 value);
    void bindReal(int parameter, double value);
    void bindText(int parameter, QByteArrayView utf8);
    // Runs the statement once and resets it for the next row.
    bool step();
    // For a query: steps to the next row, false when there is none (or on an error); the
    // statement is reset then.
    bool next();
    qint64 columnInteger(int column) const;
    double columnReal(int column) const;
    bool columnIsNull(int column) const;
    // Valid until the next step.
    QByteArrayView columnText(int column) const;
    qint64 lastInsertId() const;
    QString errorString() const { return m_error; }

private:
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_error;
};
