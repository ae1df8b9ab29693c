#include "app/cli/MigrateCommand.h"

#include "app/cli/DatabaseCommand.h"
#include "db/Database.h"
#include "db/StoreCopy.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

MigrateCommand::MigrateCommand()
    : Command(QStringLiteral("migrate"))
{
}

QString MigrateCommand::description() const
{
    return QCoreApplication::translate("Cli",
        "Copies a store into another, the audit trail included, and checks that every table's rows add up: "
        "typically a workstation's SQLite file into a shared PostgreSQL database. The target must hold no "
        "request.");
}

QList<QCommandLineOption> MigrateCommand::options() const
{
    return {
        DatabaseCommand::databaseOption(),
        QCommandLineOption(QStringLiteral("from"),
            QCoreApplication::translate("Cli", "The store to copy (default: the one --db names)."),
            QStringLiteral("PATH")),
        QCommandLineOption(QStringLiteral("to"),
            QCoreApplication::translate(
                "Cli", "The store to fill (postgresql://user@host:port/database or a file)."),
            QStringLiteral("URL")),
    };
}

int MigrateCommand::execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    const QString from = QStringLiteral("from");
    const QString db = QStringLiteral("db");
    const QString source = parser.isSet(from) ? parser.value(from)
        : parser.isSet(db)                    ? parser.value(db)
                                              : QString();
    if (source.isEmpty() || !parser.isSet(QStringLiteral("to")) || parser.positionalArguments().size() != 1) {
        return badUsage(
            err, QCoreApplication::translate("Cli", "Usage: semaine-admin migrate --from PATH --to URL"));
    }
    if (!Database::isPostgresqlUrl(source) && !QFileInfo::exists(source)) {
        return badUsage(err, QCoreApplication::translate("Cli", "%1 does not exist.").arg(source));
    }
    Database copied;
    Database target;
    for (auto [database, location] :
        { std::pair { &copied, source }, std::pair { &target, parser.value(QStringLiteral("to")) } }) {
        if (!database->open(location)) {
            return failed(err, database->errorString());
        }
    }
    if (!DatabaseCommand::isWritable(target, err)) {
        return Failed;
    }
    const StoreResult<StoreCopy::Counts> counts = StoreCopy::copy(copied, target);
    if (!counts) {
        return failed(err, counts.message);
    }
    for (const QString& table : StoreCopy::tables()) {
        out << QCoreApplication::translate(
            "Cli", "%1: %Ln row(s) copied and counted again", nullptr, int(counts->value(table)))
                   .arg(table, -24)
            << Qt::endl;
    }
    out << QCoreApplication::translate("Cli", "%1 copied into %2.").arg(copied.path(), target.path())
        << Qt::endl;
    return Done;
}
