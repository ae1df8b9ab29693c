#include "db/SqliteStatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

SqliteStatement::SqliteStatement(const QSqlDatabase& database, const QString& sql)
{
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        m_error = QStringLiteral("not an SQLite connection");
        return;
    }
    m_handle = *static_cast<sqlite3* const*>(handle.constData());
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &m_statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(m_statement); }

void SqliteStatement::bindNull(int parameter) { sqlite3_bind_null(m_statement, parameter); }

void SqliteStatement::bindInteger(int parameter, qint64 value) { sqlite3_bind_int64(m_statement, parameter, value); }

void SqliteStatement::bindReal(int parameter, double value) { sqlite3_bind_double(m_statement, parameter, value); }

void SqliteStatement::bindText(int parameter, QByteArrayView utf8)
{
    // UTF-8 is the store's own encoding; SQLite copies the bytes (they are often a temporary).
    // An empty text is a text: a null pointer would bind SQL NULL.
    sqlite3_bind_text(m_statement, parameter, utf8.data() ? utf8.data() : "", int(utf8.size()), SQLITE_TRANSIENT);
}

bool SqliteStatement::step()
{
    const int result = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (result != SQLITE_DONE && result != SQLITE_ROW) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
        return false;
    }
    return true;
}

bool SqliteStatement::next()
{
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW) {
        return true;
    }
    if (result != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
    }
    sqlite3_reset(m_statement);
    return false;
}

qint64 SqliteStatement::columnInteger(int column) const { return sqlite3_column_int64(m_statement, column); }

double SqliteStatement::columnReal(int column) const { return sqlite3_column_double(m_statement, column); }

bool SqliteStatement::columnIsNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }

QByteArrayView SqliteStatement::columnText(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(text, sqlite3_column_bytes(m_statement, column));
}

qint64 SqliteStatement::lastInsertId() const { return sqlite3_last_insert_rowid(m_handle); }
