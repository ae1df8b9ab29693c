#include "db/SqliteStatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>

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

void SqliteStatement::bind(int parameter, const QVariant& value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, parameter);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        sqlite3_bind_int64(m_statement, parameter, value.toLongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(m_statement, parameter, value.toDouble());
        break;
    default: {
        // UTF-8, the store's own encoding: SQLite would otherwise convert every string itself.
        const QByteArray text = value.toString().toUtf8();
        sqlite3_bind_text(m_statement, parameter, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        break;
    }
    }
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

qint64 SqliteStatement::lastInsertId() const { return sqlite3_last_insert_rowid(m_handle); }
