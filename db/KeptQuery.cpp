#include "db/KeptQuery.h"

#include "db/Database.h"

#include <QSqlQuery>

struct KeptQueries::Kept {
    explicit Kept(const QSqlDatabase& connection)
        : query(connection)
    {
    }
    QSqlQuery query;
    bool inUse = false;
};

KeptQueries::KeptQueries() = default;

KeptQueries::~KeptQueries() = default;

void KeptQueries::clear() { m_kept.clear(); }

KeptQuery::KeptQuery(Database& database, const QString& sql)
{
    KeptQueries& kept = database.keptQueries();
    if (const auto found = kept.m_kept.find(sql); found != kept.m_kept.end()) {
        if (!found->second->inUse) {
            m_query = &found->second->query;
            m_inUse = &found->second->inUse;
            *m_inUse = true;
            m_prepared = true;
            return;
        }
    } else if (kept.m_kept.size() < KeptQueries::Limit) {
        auto entry = std::make_unique<KeptQueries::Kept>(database.connection());
        if (entry->query.prepare(sql)) {
            m_query = &entry->query;
            m_inUse = &entry->inUse;
            *m_inUse = true;
            m_prepared = true;
            kept.m_kept.emplace(sql, std::move(entry));
            return;
        }
        // Not kept: the next use prepares it again, and says again why it cannot be.
        m_own = std::make_unique<QSqlQuery>(std::move(entry->query));
        m_query = m_own.get();
        return;
    }
    m_own = std::make_unique<QSqlQuery>(database.connection());
    m_prepared = m_own->prepare(sql);
    m_query = m_own.get();
}

KeptQuery::~KeptQuery()
{
    if (m_inUse) {
        m_query->finish(); // SQLite would otherwise keep reading the store
        *m_inUse = false;
    }
}

bool KeptQuery::exec(const QVariantList& values)
{
    if (!m_prepared) {
        return false;
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        m_query->bindValue(int(i), values.at(i));
    }
    return m_query->exec();
}
