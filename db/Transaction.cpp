#include "db/Transaction.h"

#include "db/Database.h"

#include <QSqlError>

Transaction::Transaction(Database& database)
    : m_database(database)
    , m_open(database.beginWrite())
{
}

Transaction::~Transaction() { rollback(); }

WriteResult Transaction::failure() const
{
    return WriteResult::failure(StoreStatus::Failed, m_database.writeError());
}

WriteResult Transaction::commit()
{
    if (!m_open) {
        return failure();
    }
    QSqlDatabase db = m_database.connection();
    m_open = false;
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        return WriteResult::failure(StoreStatus::Failed, error);
    }
    return WriteResult::success();
}

void Transaction::rollback()
{
    if (m_open) {
        m_open = false;
        m_database.connection().rollback();
    }
}
