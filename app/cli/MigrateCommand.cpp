#include "app/cli/MigrateCommand.h"

#include "app/cli/Cli.h"
#include "db/Database.h"
#include "db/StoreCopy.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

int runMigrate(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Cli::start(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli",
        "Copies a store into another, the audit trail included, and checks that every table's rows add up: "
        "typically a workstation's SQLite file into a shared PostgreSQL database. The target must hold no request."));
    parser.addPositionalArgument(QStringLiteral("migrate"), QCoreApplication::translate("Cli", "The command."));
    const QCommandLineOption from(QStringLiteral("from"),
        QCoreApplication::translate("Cli", "The store to copy (default: the one --db names)."), QStringLiteral("PATH"));
    const QCommandLineOption db = Cli::databaseOption();
    const QCommandLineOption to(QStringLiteral("to"),
        QCoreApplication::translate("Cli", "The store to fill (postgresql://user@host:port/database or a file)."),
        QStringLiteral("URL"));
    parser.addOptions({ db, from, to });
    if (int exitStatus = Cli::Done; !Cli::parse(parser, app, &exitStatus)) {
        return exitStatus;
    }
    const QString source = parser.isSet(from) ? parser.value(from) : parser.isSet(db) ? parser.value(db) : QString();
    if (source.isEmpty() || !parser.isSet(to) || parser.positionalArguments().size() != 1) {
        err << QCoreApplication::translate("Cli", "Usage: semaine-admin migrate --from PATH --to URL") << Qt::endl;
        return Cli::BadUsage;
    }
    if (!Database::isPostgresqlUrl(source) && !QFileInfo::exists(source)) {
        err << QCoreApplication::translate("Cli", "%1 does not exist.").arg(source) << Qt::endl;
        return Cli::BadUsage;
    }
    Database copied;
    Database target;
    for (auto [database, location] : { std::pair { &copied, source }, std::pair { &target, parser.value(to) } }) {
        if (!database->open(location)) {
            err << database->errorString() << Qt::endl;
            return Cli::Failed;
        }
    }
    if (!Cli::isWritable(target, err)) {
        return Cli::Failed;
    }
    StoreCopy::Counts counts;
    if (QString error; !StoreCopy::copy(copied, target, &counts, &error)) {
        err << error << Qt::endl;
        return Cli::Failed;
    }
    for (const QString& table : StoreCopy::tables()) {
        out << QCoreApplication::translate("Cli", "%1: %Ln row(s) copied and counted again", nullptr, int(counts.value(table)))
                   .arg(table, -24)
            << Qt::endl;
    }
    out << QCoreApplication::translate("Cli", "%1 copied into %2.").arg(copied.path(), target.path()) << Qt::endl;
    return Cli::Done;
}
