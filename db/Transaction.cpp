#include "db/Transaction.h"

#include "db/ChangeNotifier.h"
#include "db/Database.h"

#include <QSqlError>

Transaction::Transaction(Database& database)
    : m_database(database)
    , m_open(database.beginWrite())
{
    if (m_open) {
        m_database.changes().transactionBegan();
    }
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
        m_database.writeEnded(false);
        m_database.changes().transactionEnded(false);
        return WriteResult::failure(StoreStatus::Failed, error);
    }
    m_database.writeEnded(true);
    // What the transaction changed is announced once it is in the store, and only then.
    m_database.changes().transactionEnded(true);
    return WriteResult::success();
}

void Transaction::rollback()
{
    if (m_open) {
        m_open = false;
        m_database.connection().rollback();
        m_database.writeEnded(false);
        m_database.changes().transactionEnded(false);
    }
}
