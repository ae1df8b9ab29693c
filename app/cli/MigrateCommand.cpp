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
    const QCommandLineOption from(QStringLiteral("from"), QCoreApplication::translate("Cli", "The store to copy."),
        QStringLiteral("PATH"));
    const QCommandLineOption to(QStringLiteral("to"),
        QCoreApplication::translate("Cli", "The store to fill (postgresql://user@host:port/database or a file)."),
        QStringLiteral("URL"));
    parser.addOptions({ from, to });
    if (int exitStatus = Cli::Done; !Cli::parse(parser, app, &exitStatus)) {
        return exitStatus;
    }
    if (!parser.isSet(from) || !parser.isSet(to) || parser.positionalArguments().size() != 1) {
        err << QCoreApplication::translate("Cli", "Usage: semaine-admin migrate --from PATH --to URL") << Qt::endl;
        return Cli::BadUsage;
    }
    Database source;
    if (!Database::isPostgresqlUrl(parser.value(from)) && !QFileInfo::exists(parser.value(from))) {
        err << QCoreApplication::translate("Cli", "%1 does not exist.").arg(parser.value(from)) << Qt::endl;
        return Cli::BadUsage;
    }
    Database target;
    for (auto [database, location] : { std::pair { &source, parser.value(from) }, std::pair { &target, parser.value(to) } }) {
        if (!database->open(location)) {
            err << database->errorString() << Qt::endl;
            return Cli::Failed;
        }
    }
    StoreCopy::Counts counts;
    if (QString error; !StoreCopy::copy(source, target, &counts, &error)) {
        err << error << Qt::endl;
        return Cli::Failed;
    }
    for (const QString& table : StoreCopy::tables()) {
        out << QCoreApplication::translate("Cli", "%1: %L2 rows copied and counted again").arg(table, -24).arg(counts.value(table))
            << Qt::endl;
    }
    out << QCoreApplication::translate("Cli", "%1 copied into %2.").arg(source.path(), target.path()) << Qt::endl;
    return Cli::Done;
}
