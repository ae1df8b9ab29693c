#include "db/AccessRepository.h"

#include "db/Database.h"

#include <QSqlQuery>
#include <QVariant>

AccessRepository::AccessRepository(Database& database)
    : m_database(database)
{
}

Access AccessRepository::current() const
{
    Access access;
    if (!m_database.isPostgresql()) {
        return access;
    }
    QSqlQuery query(m_database.connection());
    // The owner of the tables (who ran the migrations) is not bound by the policies: an administrator.
    if (!query.exec(QStringLiteral(
            "SELECT pg_has_role(current_user, 'semaine_admin', 'MEMBER') OR (SELECT tableowner = "
            "current_user FROM "
            "pg_tables WHERE schemaname = current_schema() AND tablename = 'event') OR (SELECT rolsuper FROM "
            "pg_roles "
            "WHERE rolname = current_user), pg_has_role(current_user, 'semaine_national', 'MEMBER'), "
            "pg_has_role(current_user, 'semaine_regional', 'MEMBER')"))
        || !query.next()) {
        access.role = Access::Role::Viewer;
        return access;
    }
    access.role = query.value(0).toBool() ? Access::Role::Administrator
        : query.value(1).toBool()         ? Access::Role::National
        : query.value(2).toBool()         ? Access::Role::Regional
                                          : Access::Role::Viewer;
    if (access.role == Access::Role::Regional
        && query.exec(QStringLiteral(
            "SELECT region FROM reviewer_region WHERE role_name = current_user ORDER BY region"))) {
        while (query.next()) {
            access.regions << query.value(0).toString();
        }
    }
    return access;
}
