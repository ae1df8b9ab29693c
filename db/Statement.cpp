#include "db/Statement.h"

#include "db/Database.h"
#include "db/PostgresqlRows.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

Statement::Statement(const QSqlDatabase& database, const QString& sql) { prepare(database, sql); }

Statement::Statement(Database& database, const QString& sql)
{
    if (!database.isPostgresql()) {
        prepare(database.connection(), sql);
        return;
    }
    m_rows = std::make_unique<PostgresqlRows>(database.connection(), sql);
    if (!m_rows->errorString().isEmpty()) {
        m_error = m_rows->errorString();
        m_rows.reset();
    }
}

void Statement::prepare(const QSqlDatabase& database, const QString& sql)
{
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        m_own = std::make_unique<QSqlQuery>(database);
        m_own->setForwardOnly(true);
        if (!m_own->prepare(sql)) {
            m_error = m_own->lastError().text();
            m_own.reset();
        }
        return;
    }
    m_handle = *static_cast<sqlite3* const*>(handle.constData());
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &m_statement, nullptr)
        != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
        m_statement = nullptr;
    }
}

Statement::~Statement() { sqlite3_finalize(m_statement); }

void Statement::bindNull(int parameter)
{
    if (m_rows) {
        m_rows->bind(parameter, std::nullopt);
    } else if (m_own) {
        m_own->bindValue(parameter - 1, QVariant(QMetaType::fromType<QString>()));
    } else {
        sqlite3_bind_null(m_statement, parameter);
    }
}

void Statement::bindInteger(int parameter, qint64 value)
{
    if (m_rows) {
        m_rows->bind(parameter, QByteArray::number(value));
    } else if (m_own) {
        m_own->bindValue(parameter - 1, value);
    } else {
        sqlite3_bind_int64(m_statement, parameter, value);
    }
}

void Statement::bindReal(int parameter, double value)
{
    if (m_rows) {
        // As many digits as the double needs to be read back the same.
        m_rows->bind(parameter, QByteArray::number(value, 'g', 17));
    } else if (m_own) {
        m_own->bindValue(parameter - 1, value);
    } else {
        sqlite3_bind_double(m_statement, parameter, value);
    }
}

void Statement::bindText(int parameter, QByteArrayView utf8)
{
    if (m_rows) {
        m_rows->bind(parameter, utf8.toByteArray()); // empty, not NULL, when empty
        return;
    }
    if (m_own) {
        // As on SQLite, an empty text is a text, not NULL.
        const QString text = QString::fromUtf8(utf8);
        m_own->bindValue(parameter - 1, text.isNull() ? QStringLiteral("") : text);
        return;
    }
    // UTF-8 is the store's own encoding; SQLite copies the bytes (they are often a temporary).
    // An empty text is a text: a null pointer would bind SQL NULL.
    sqlite3_bind_text(
        m_statement, parameter, utf8.data() ? utf8.data() : "", int(utf8.size()), SQLITE_TRANSIENT);
}

void Statement::bindKeptText(int parameter, QByteArrayView utf8)
{
    if (m_own) {
        bindText(parameter, utf8);
        return;
    }
    sqlite3_bind_text(
        m_statement, parameter, utf8.data() ? utf8.data() : "", int(utf8.size()), SQLITE_STATIC);
}

bool Statement::step()
{
    if (m_own) {
        if (!m_own->exec()) {
            m_error = m_own->lastError().text();
            return false;
        }
        m_returnedId = m_own->next() ? m_own->value(0).toLongLong() : 0;
        m_own->finish();
        return true;
    }
    const int result = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (result != SQLITE_DONE && result != SQLITE_ROW) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
        return false;
    }
    return true;
}

bool Statement::next()
{
    if (m_rows) {
        if (!m_started) {
            if (!m_rows->exec()) {
                m_error = m_rows->errorString();
                return false;
            }
            m_started = true;
            m_row = -1;
        }
        while (++m_row >= m_rows->rows()) {
            if (!m_rows->fetch()) {
                m_error = m_rows->errorString();
                m_started = false;
                m_rows->clear();
                return false;
            }
            m_row = -1;
        }
        return true;
    }
    if (m_own) {
        if (!m_started) {
            m_started = true;
            if (!m_own->exec()) {
                m_error = m_own->lastError().text();
                m_started = false;
                return false;
            }
        }
        if (m_own->next()) {
            return true;
        }
        m_started = false;
        m_own->finish();
        return false;
    }
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

void Statement::bindKeptBlob(int parameter, QByteArrayView bytes)
{
    Q_ASSERT(m_statement);
    sqlite3_bind_blob(
        m_statement, parameter, bytes.data() ? bytes.data() : "", int(bytes.size()), SQLITE_STATIC);
}

qint64 Statement::columnInteger(int column) const
{
    if (m_rows) {
        return m_rows->integer(m_row, column);
    }
    return m_own ? m_own->value(column).toLongLong() : sqlite3_column_int64(m_statement, column);
}

double Statement::columnReal(int column) const
{
    if (m_rows) {
        return m_rows->real(m_row, column);
    }
    return m_own ? m_own->value(column).toDouble() : sqlite3_column_double(m_statement, column);
}

bool Statement::columnIsNull(int column) const
{
    if (m_rows) {
        return m_rows->isNull(m_row, column);
    }
    return m_own ? m_own->isNull(column) : sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QByteArrayView Statement::columnText(int column) const
{
    if (m_rows) {
        return m_rows->text(m_row, column);
    }
    if (m_own) {
        if (m_texts.size() <= column) {
            m_texts.resize(column + 1);
        }
        m_texts[column] = m_own->value(column).toString().toUtf8();
        return m_texts.at(column);
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(text, sqlite3_column_bytes(m_statement, column));
}

qint64 Statement::lastInsertId() const { return m_own ? m_returnedId : sqlite3_last_insert_rowid(m_handle); }
