#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

struct pg_conn;
struct pg_result;
class QSqlDatabase;

// A query's rows read from PostgreSQL with libpq, on the connection of Qt's driver, for the
// queue's and the map's scans: Qt's driver makes a result per row (forward-only) and a QVariant of
// each value, which on 100,000 rows cost the client more than the server's whole answer. Here the
// query goes in one round trip (no PREPARE, EXECUTE, DEALLOCATE), and the rows come back in binary:
// the server formats no number, the client parses none, and a text is read where it lies. They come
// in chunks, read while the server sends the next ones: a whole result waited for the last row
// before the first was read, the server's time and the reader's one after the other.
class PostgresqlRows {
public:
    // `sql` with `?` placeholders, as for QSqlQuery. `database` must be a connection of Qt's
    // PostgreSQL driver; otherwise errorString() says so and exec() fails.
    PostgresqlRows(const QSqlDatabase& database, const QString& sql);
    ~PostgresqlRows();
    PostgresqlRows(const PostgresqlRows&) = delete;
    PostgresqlRows& operator=(const PostgresqlRows&) = delete;

    // Parameters are 1-based, in the text the server reads them from (types as the query implies);
    // nothing is NULL.
    void bind(int parameter, std::optional<QByteArray> text);
    // Runs the query with the bound parameters, keeping its first chunk of rows until the next
    // fetch(), exec() or clear(); false with the server's words in errorString().
    bool exec();
    // The next chunk of rows in place of this one; false at the end of the rows, or with the
    // server's words in errorString() if it failed meanwhile.
    bool fetch();
    // Forgets the rows; those of the query that were not read yet are read and dropped, so that
    // the connection is free again.
    void clear();

    // Rows in each chunk but the last.
    static constexpr int ChunkRows = 4096;

    // The rows of this chunk.
    int rows() const;
    bool isNull(int row, int column) const;
    // Integers, booleans and doubles as they are; texts parsed; 0 for a NULL.
    qint64 integer(int row, int column) const;
    double real(int row, int column) const;
    // Texts as they are, valid until the next exec(); numbers formatted.
    QByteArrayView text(int row, int column) const;
    QString errorString() const { return m_error; }

private:
    pg_conn* m_connection = nullptr;
    // Takes the connection's next result as this chunk; false at the end or on an error.
    bool take();

    pg_result* m_result = nullptr;
    bool m_sent = false; // a query was sent whose results are not all taken yet
    QByteArray m_sql; // with $1, $2… for the placeholders
    QList<std::optional<QByteArray>> m_parameters;
    QList<unsigned int> m_types; // each column's type (its oid)
    mutable QByteArray m_formatted; // text() of a number
    QString m_error;
};
