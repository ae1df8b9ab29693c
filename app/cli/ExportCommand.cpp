#include "app/cli/ExportCommand.h"

#include "app/core/SessionUser.h"
#include "app/cli/Cli.h"
#include "app/core/EventFilter.h"
#include "app/export/ExportWriter.h"
#include "db/Database.h"
#include "app/core/ExportChanges.h"
#include "db/EventRepository.h"
#include "db/ExportSnapshotRepository.h"
#include "db/ExportTemplateRepository.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QSaveFile>
#include <QTextStream>

int runExport(int argc, char** argv)
{
    Cli::useOffscreenPlatform();
    QGuiApplication app(argc, argv);
    Cli::start(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli",
        "Exports the requests of the current edition, the labelled ones unless --status says otherwise: CSV in the "
        "import format (opens in Excel and LibreOffice in France), an Excel or OpenDocument spreadsheet, a PDF by "
        "région, GeoJSON for the public map (public fields only) or iCalendar for calendar applications."));
    parser.addPositionalArgument(QStringLiteral("export"), QCoreApplication::translate("Cli", "The command."));
    parser.addPositionalArgument(QStringLiteral("OUT"), QCoreApplication::translate("Cli", "The file to write."));
    const QCommandLineOption db = Cli::databaseOption();
    const QCommandLineOption format(QStringLiteral("format"), QCoreApplication::translate("Cli", "csv, xlsx, ods, pdf, geojson or ics."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption status(QStringLiteral("status"),
        QCoreApplication::translate("Cli", "labelled (the default), all, or statuses separated by commas."),
        QStringLiteral("S"), QStringLiteral("labelled"));
    const QCommandLineOption region(QStringLiteral("region"), QCoreApplication::translate("Cli", "Only this région (INSEE code)."),
        QStringLiteral("CODE"));
    const QCommandLineOption departement(QStringLiteral("departement"),
        QCoreApplication::translate("Cli", "Only this département (INSEE code)."), QStringLiteral("CODE"));
    const QCommandLineOption templateName(QStringLiteral("template"),
        QCoreApplication::translate("Cli", "The columns of this saved export template (CSV, XLSX, ODS, PDF)."),
        QStringLiteral("NAME"));
    const QCommandLineOption columns(QStringLiteral("columns"),
        QCoreApplication::translate("Cli", "These columns, in this order, separated by commas (e.g. id_demande,titre,date_debut)."),
        QStringLiteral("KEYS"));
    const QCommandLineOption saveTemplate(QStringLiteral("save-template"),
        QCoreApplication::translate("Cli", "Also save the --columns as an export template under this name."),
        QStringLiteral("NAME"));
    parser.addOptions({ db, format, status, region, departement, templateName, columns, saveTemplate });
    if (int exitStatus = Cli::Done; !Cli::parse(parser, app, &exitStatus)) {
        return exitStatus;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        err << QCoreApplication::translate("Cli",
                   "Usage: semaine-admin [--db PATH] export --format csv|xlsx|ods|pdf|geojson|ics [--status S] [--region CODE] "
                   "[--departement CODE] [--template NAME | --columns KEYS [--save-template NAME]] OUT")
            << Qt::endl;
        return Cli::BadUsage;
    }
    const std::optional<ExportWriter::Format> chosen = ExportWriter::fromKey(parser.value(format));
    if (!chosen) {
        err << QCoreApplication::translate("Cli", "--format expects csv, xlsx, ods, pdf, geojson or ics, not “%1”.")
                   .arg(parser.value(format))
            << Qt::endl;
        return Cli::BadUsage;
    }
    ExportOptions options;
    if (parser.isSet(columns)) {
        QString error;
        options.columns = ExportColumns::fromKeys(parser.value(columns).split(QLatin1Char(',')), &error);
        if (!options.columns) {
            err << QCoreApplication::translate("Cli", "--columns: %1").arg(error) << Qt::endl;
            return Cli::BadUsage;
        }
    }
    if ((parser.isSet(columns) && parser.isSet(templateName)) || (parser.isSet(saveTemplate) && !parser.isSet(columns))) {
        err << QCoreApplication::translate("Cli", "--template and --columns go apart; --save-template needs --columns.")
            << Qt::endl;
        return Cli::BadUsage;
    }
    if ((parser.isSet(columns) || parser.isSet(templateName)) && !ExportWriter::hasColumns(*chosen)) {
        err << QCoreApplication::translate("Cli", "--columns and --template apply to csv, xlsx, ods and pdf, not %1.")
                   .arg(ExportWriter::key(*chosen))
            << Qt::endl;
        return Cli::BadUsage;
    }
    EventFilter filter;
    if (parser.value(status) != QLatin1String("all") && !Cli::parseStatuses(parser.value(status), &filter.statuses, err)) {
        return Cli::BadUsage;
    }
    filter.region = parser.value(region);
    filter.departement = parser.value(departement);
    Database database;
    const std::optional<Edition> edition = Cli::openLatestEdition(database, parser.value(db), err);
    if (!edition) {
        return Cli::Failed;
    }
    ExportTemplateRepository templates(database);
    if (parser.isSet(templateName)) {
        options.columns = templates.find(parser.value(templateName));
        if (!options.columns) {
            err << QCoreApplication::translate("Cli", "No export template is named “%1” (the templates: %2).")
                       .arg(parser.value(templateName), templates.names().join(QStringLiteral(", ")))
                << Qt::endl;
            return Cli::BadUsage;
        }
    }
    if (parser.isSet(saveTemplate) && !templates.save(parser.value(saveTemplate), *options.columns)) {
        err << QCoreApplication::translate("Cli", "Cannot save the template “%1”.").arg(parser.value(saveTemplate)) << Qt::endl;
        return Cli::Failed;
    }
    QList<Event> events = EventRepository(database).all(edition->year);
    // The filter here has no condition, so the rules' report is not needed.
    events.removeIf([&](const Event& event) { return !filter.matches(event, RuleReport()); });
    QSaveFile file(positional.at(1));
    int skipped = 0;
    int truncated = 0;
    options.editionYear = edition->year;
    if (!file.open(QIODevice::WriteOnly) || !ExportWriter::write(*chosen, events, &file, &skipped, {}, options, &truncated)
        || !file.commit()) {
        err << QCoreApplication::translate("Cli", "Cannot write %1: %2").arg(positional.at(1), file.errorString()) << Qt::endl;
        return Cli::Failed;
    }
    out << QCoreApplication::translate("Cli", "%n request(s) exported to %1", nullptr, int(events.size() - skipped))
               .arg(positional.at(1))
        << Qt::endl;
    if (skipped > 0) {
        out << ExportWriter::skippedText(*chosen, skipped) << Qt::endl;
    }
    if (truncated > 0) {
        out << ExportWriter::truncatedText(truncated) << Qt::endl;
    }
    if (ExportSnapshot::isApprovedList(filter)) {
        const ExportSnapshot snapshot = ExportSnapshot::of(
            events, edition->year, ExportWriter::key(*chosen), filter, SessionUser::name());
        std::optional<ExportSnapshot> previous;
        if (!ExportSnapshotRepository(database).record(snapshot, &previous)) {
            err << QCoreApplication::translate("Cli", "The export was written but could not be recorded for the next one.")
                << Qt::endl;
            return Cli::Failed;
        }
        if (previous) {
            const ExportChanges changes = ExportChanges::between(*previous, snapshot);
            out << ExportChanges::summary(*previous, changes) << Qt::endl;
            for (const QString& line : changes.lines()) {
                out << "  " << line << Qt::endl;
            }
        }
    }
    return Cli::Done;
}
