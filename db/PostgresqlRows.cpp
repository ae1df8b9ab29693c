#include "db/PostgresqlRows.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>
#include <QtEndian>

#include <cstring>
#include <libpq-fe.h>

namespace {

// The types this reader decodes (their oids are fixed by PostgreSQL's catalogue).
namespace PgType {
    constexpr Oid Bool = 16;
    constexpr Oid Name = 19;
    constexpr Oid Int8 = 20;
    constexpr Oid Int2 = 21;
    constexpr Oid Int4 = 23;
    constexpr Oid Text = 25;
    constexpr Oid Float4 = 700;
    constexpr Oid Float8 = 701;
    constexpr Oid Unknown = 705;
    constexpr Oid Bpchar = 1042;
    constexpr Oid Varchar = 1043;
} // namespace PgType

bool isTextType(Oid type)
{
    return type == PgType::Text || type == PgType::Varchar || type == PgType::Bpchar || type == PgType::Name
        || type == PgType::Unknown;
}

bool isNumberType(Oid type)
{
    return type == PgType::Bool || type == PgType::Int2 || type == PgType::Int4 || type == PgType::Int8
        || type == PgType::Float4 || type == PgType::Float8;
}

// `?` outside the quotes becomes $1, $2…, as Qt's driver writes a positional query.
QByteArray withNumberedPlaceholders(const QString& sql, int& count)
{
    const QByteArray utf8 = sql.toUtf8();
    QByteArray result;
    result.reserve(utf8.size() + 16);
    char quote = 0;
    for (const char c : utf8) {
        if (quote != 0) {
            quote = c == quote ? 0 : quote;
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '?') {
            result += '$' + QByteArray::number(++count);
            continue;
        }
        result += c;
    }
    return result;
}

// Reads and drops the results of the query under way on `connection`, if any, so that it takes
// another.
void dropUnread(PGconn* connection)
{
    while (PGresult* unread = PQgetResult(connection)) {
        PQclear(unread);
    }
}

} // namespace

PostgresqlRows::PostgresqlRows(const QSqlDatabase& database, const QString& sql)
{
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    // Qt 6 names the handle's type after the struct behind libpq's typedef.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)) {
        m_error = QStringLiteral("not a PostgreSQL connection");
        return;
    }
    m_connection = *static_cast<PGconn* const*>(handle.constData());
    int count = 0;
    m_sql = withNumberedPlaceholders(sql, count);
    m_parameters.resize(count);
}

PostgresqlRows::~PostgresqlRows() { clear(); }

void PostgresqlRows::bind(int parameter, std::optional<QByteArray> text)
{
    if (parameter >= 1 && parameter <= m_parameters.size()) {
        m_parameters[parameter - 1] = std::move(text);
    }
}

bool PostgresqlRows::exec()
{
    clear();
    if (!m_connection) {
        return false;
    }
    QList<const char*> values;
    for (const std::optional<QByteArray>& parameter : std::as_const(m_parameters)) {
        values.append(parameter ? parameter->constData() : nullptr);
    }
    // What the driver left unread of a query of its own (a forward-only one stops at the rows it
    // needed) keeps the connection busy: dropped, as PQexecParams would.
    dropUnread(m_connection);
    // Parameters in text (the server parses them once), rows in binary (resultFormat 1).
    if (PQsendQueryParams(m_connection, m_sql.constData(), int(values.size()), nullptr, values.constData(),
            nullptr, nullptr, 1)
        == 0) {
        m_error = QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
        return false;
    }
    m_sent = true;
    // Without chunks (libpq refuses them only when called at the wrong time) the rows come at once.
    PQsetChunkedRowsMode(m_connection, ChunkRows);
    m_error.clear();
    if (!take() && !m_error.isEmpty()) {
        return false;
    }
    for (int column = 0; m_result && column < PQnfields(m_result); ++column) {
        const Oid type = PQftype(m_result, column);
        if (!isTextType(type) && !isNumberType(type)) {
            m_error = QStringLiteral("column %1 of type %2 cannot be read in binary")
                          .arg(QString::fromUtf8(PQfname(m_result, column)))
                          .arg(type);
            clear();
            return false;
        }
        m_types.append(type);
    }
    return true;
}

bool PostgresqlRows::fetch() { return m_sent && take(); }

bool PostgresqlRows::take()
{
    PQclear(m_result);
    m_result = PQgetResult(m_connection);
    const ExecStatusType status = PQresultStatus(m_result);
    if (status == PGRES_TUPLES_CHUNK) {
        return true;
    }
    // The last result of the query (its last rows, an error or none) is followed by a null one.
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        m_error = QString::fromUtf8(m_result ? PQresultErrorMessage(m_result) : PQerrorMessage(m_connection))
                      .trimmed();
        PQclear(m_result);
        m_result = nullptr;
    }
    dropUnread(m_connection);
    m_sent = false;
    return m_result != nullptr && PQntuples(m_result) > 0;
}

void PostgresqlRows::clear()
{
    PQclear(m_result);
    m_result = nullptr;
    if (m_sent) {
        dropUnread(m_connection);
        m_sent = false;
    }
    m_types.clear();
}

int PostgresqlRows::rows() const { return m_result ? PQntuples(m_result) : 0; }

bool PostgresqlRows::isNull(int row, int column) const { return PQgetisnull(m_result, row, column) != 0; }

qint64 PostgresqlRows::integer(int row, int column) const
{
    if (isNull(row, column)) {
        return 0; // as Qt's driver reads it (libpq holds no bytes)
    }
    const char* value = PQgetvalue(m_result, row, column);
    switch (m_types.at(column)) {
    case PgType::Bool:
        return value[0] != 0 ? 1 : 0;
    case PgType::Int2:
        return qFromBigEndian<qint16>(value);
    case PgType::Int4:
        return qFromBigEndian<qint32>(value);
    case PgType::Int8:
        return qFromBigEndian<qint64>(value);
    case PgType::Float4:
    case PgType::Float8:
        return qint64(real(row, column));
    default:
        return text(row, column).toLongLong();
    }
}

double PostgresqlRows::real(int row, int column) const
{
    if (isNull(row, column)) {
        return 0;
    }
    const char* value = PQgetvalue(m_result, row, column);
    switch (m_types.at(column)) {
    case PgType::Float4: {
        const quint32 bits = qFromBigEndian<quint32>(value);
        float number = 0;
        std::memcpy(&number, &bits, sizeof number);
        return number;
    }
    case PgType::Float8: {
        const quint64 bits = qFromBigEndian<quint64>(value);
        double number = 0;
        std::memcpy(&number, &bits, sizeof number);
        return number;
    }
    default:
        return isTextType(m_types.at(column)) ? text(row, column).toDouble() : double(integer(row, column));
    }
}

QByteArrayView PostgresqlRows::text(int row, int column) const
{
    const Oid type = m_types.at(column);
    if (isTextType(type)) {
        return QByteArrayView(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
    }
    if (isNull(row, column)) {
        return {};
    }
    m_formatted = type == PgType::Float4 || type == PgType::Float8
        ? QByteArray::number(real(row, column), 'g', 17)
        : QByteArray::number(integer(row, column));
    return m_formatted;
}
