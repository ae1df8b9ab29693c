#include "app/cli/DatabaseCommand.h"

#include "db/Database.h"
#include "db/EditionRepository.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

DatabaseCommand::DatabaseCommand(const QString& name, Access access)
    : Command(name)
    , m_access(access)
{
}

QCommandLineOption DatabaseCommand::databaseOption()
{
    return QCommandLineOption(QStringLiteral("db"),
        QCoreApplication::translate("Cli", "The store (default: %1).").arg(Database::defaultPath()),
        QStringLiteral("PATH"), Database::defaultPath());
}

QList<QCommandLineOption> DatabaseCommand::options() const
{
    return QList<QCommandLineOption> { databaseOption() } + verbOptions();
}

bool DatabaseCommand::isWritable(const Database& database, QTextStream& err)
{
    if (database.isReadOnly()) {
        err << QCoreApplication::translate("Cli", "%1 can only be read: %2. Nothing was changed.")
                   .arg(database.path(), database.readOnlyReason())
            << Qt::endl;
    }
    return !database.isReadOnly();
}

int DatabaseCommand::execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    if (const int status = checkArguments(parser, err); status != Done) {
        return status;
    }
    const QString location = parser.value(QStringLiteral("db"));
    if (m_access == Access::Reads && !Database::isPostgresqlUrl(location) && !QFileInfo::exists(location)) {
        return failed(err, QCoreApplication::translate("Cli", "No store at %1.").arg(location));
    }
    Database database;
    if (!database.open(location)) {
        return failed(err, database.errorString());
    }
    if (m_access == Access::Writes && !isWritable(database, err)) {
        return Failed;
    }
    return executeWithDatabase(database, parser, out, err);
}

StoreResult<Edition> DatabaseCommand::latestEdition(Database& database, QTextStream& err)
{
    StoreResult<Edition> edition = EditionRepository(database).latest();
    if (edition.status == StoreStatus::NotFound) {
        err << QCoreApplication::translate("Cli", "The store %1 has no edition.").arg(database.path())
            << Qt::endl;
    } else if (!edition) {
        err << edition.message << Qt::endl;
    }
    return edition;
}

bool DatabaseCommand::parseStatuses(const QString& keys, QList<EventStatus>* statuses, QTextStream& err)
{
    for (const QString& key : keys.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<EventStatus> parsed = EventStatuses::fromKey(key.trimmed());
        if (!parsed) {
            err << QCoreApplication::translate("Cli",
                "--status expects submitted, in_review, labelled, refused, info_requested or withdrawn, not "
                "“%1”.")
                       .arg(key)
                << Qt::endl;
            return false;
        }
        statuses->append(*parsed);
    }
    return true;
}
