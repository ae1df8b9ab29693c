#include "app/cli/ExportCommand.h"

#include "app/core/ExportChanges.h"
#include "app/core/SessionUser.h"
#include "db/Database.h"
#include "db/EventRepository.h"
#include "db/ExportSnapshotRepository.h"
#include "db/ExportTemplateRepository.h"

#include <QCommandLineParser>
#include <QSaveFile>
#include <QTextStream>

ExportCommand::ExportCommand()
    : DatabaseCommand(QStringLiteral("export"), Access::Opens)
{
}

QString ExportCommand::description() const
{
    return QCoreApplication::translate("Cli",
        "Exports the requests of the current edition, the labelled ones unless --status says otherwise: CSV "
        "in the "
        "import format (opens in Excel and LibreOffice in France), an Excel or OpenDocument spreadsheet, a "
        "PDF by "
        "région, GeoJSON for the public map (public fields only) or iCalendar for calendar applications.");
}

void ExportCommand::addPositionalArguments(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("OUT"), QCoreApplication::translate("Cli", "The file to write."));
}

QList<QCommandLineOption> ExportCommand::verbOptions() const
{
    return {
        QCommandLineOption(QStringLiteral("format"),
            QCoreApplication::translate("Cli", "csv, xlsx, ods, pdf, geojson or ics."),
            QStringLiteral("FORMAT")),
        QCommandLineOption(QStringLiteral("status"),
            QCoreApplication::translate(
                "Cli", "labelled (the default), all, or statuses separated by commas."),
            QStringLiteral("S"), QStringLiteral("labelled")),
        QCommandLineOption(QStringLiteral("region"),
            QCoreApplication::translate("Cli", "Only this région (INSEE code)."), QStringLiteral("CODE")),
        QCommandLineOption(QStringLiteral("departement"),
            QCoreApplication::translate("Cli", "Only this département (INSEE code)."),
            QStringLiteral("CODE")),
        QCommandLineOption(QStringLiteral("template"),
            QCoreApplication::translate(
                "Cli", "The columns of this saved export template (CSV, XLSX, ODS, PDF)."),
            QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("columns"),
            QCoreApplication::translate("Cli",
                "These columns, in this order, separated by commas (e.g. id_demande,titre,date_debut)."),
            QStringLiteral("KEYS")),
        QCommandLineOption(QStringLiteral("save-template"),
            QCoreApplication::translate(
                "Cli", "Also save the --columns as an export template under this name."),
            QStringLiteral("NAME")),
    };
}

int ExportCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err)
{
    if (parser.positionalArguments().size() != 2) {
        return badUsage(err,
            QCoreApplication::translate("Cli",
                "Usage: semaine-admin [--db PATH] export --format csv|xlsx|ods|pdf|geojson|ics [--status S] "
                "[--region CODE] "
                "[--departement CODE] [--template NAME | --columns KEYS [--save-template NAME]] OUT"));
    }
    const QString format = parser.value(QStringLiteral("format"));
    const std::optional<ExportWriter::Format> chosen = ExportWriter::fromKey(format);
    if (!chosen) {
        return badUsage(err,
            QCoreApplication::translate(
                "Cli", "--format expects csv, xlsx, ods, pdf, geojson or ics, not “%1”.")
                .arg(format));
    }
    m_format = *chosen;
    m_options = ExportOptions();
    const bool columns = parser.isSet(QStringLiteral("columns"));
    const bool templateName = parser.isSet(QStringLiteral("template"));
    if (columns) {
        QString error;
        m_options.columns = ExportColumns::fromKeys(
            parser.value(QStringLiteral("columns")).split(QLatin1Char(',')), &error);
        if (!m_options.columns) {
            return badUsage(err, QCoreApplication::translate("Cli", "--columns: %1").arg(error));
        }
    }
    if ((columns && templateName) || (parser.isSet(QStringLiteral("save-template")) && !columns)) {
        return badUsage(err,
            QCoreApplication::translate(
                "Cli", "--template and --columns go apart; --save-template needs --columns."));
    }
    if ((columns || templateName) && !ExportWriter::hasColumns(m_format)) {
        return badUsage(err,
            QCoreApplication::translate(
                "Cli", "--columns and --template apply to csv, xlsx, ods and pdf, not %1.")
                .arg(ExportWriter::key(m_format)));
    }
    m_filter = EventFilter();
    const QString status = parser.value(QStringLiteral("status"));
    if (status != QLatin1String("all") && !parseStatuses(status, &m_filter.statuses, err)) {
        return BadUsage;
    }
    m_filter.region = parser.value(QStringLiteral("region"));
    m_filter.departement = parser.value(QStringLiteral("departement"));
    return Done;
}

int ExportCommand::executeWithDatabase(
    Database& database, const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    const StoreResult<Edition> edition = latestEdition(database, err);
    if (!edition) {
        return Failed;
    }
    ExportTemplateRepository templates(database);
    if (parser.isSet(QStringLiteral("template"))) {
        const QString name = parser.value(QStringLiteral("template"));
        const StoreResult<std::optional<ExportColumns>> found = templates.find(name);
        if (!found) {
            return failed(err, found.message);
        }
        m_options.columns = *found;
        if (!m_options.columns) {
            const StoreResult<QStringList> names = templates.names();
            if (!names) {
                return failed(err, names.message);
            }
            return badUsage(err,
                QCoreApplication::translate("Cli", "No export template is named “%1” (the templates: %2).")
                    .arg(name, names->join(QStringLiteral(", "))));
        }
    }
    const QString saveTemplate = parser.value(QStringLiteral("save-template"));
    if (parser.isSet(QStringLiteral("save-template"))) {
        if (const WriteResult saved = templates.save(saveTemplate, *m_options.columns); !saved) {
            return failed(err,
                QCoreApplication::translate("Cli", "Cannot save the template “%1”.").arg(saveTemplate)
                    + QLatin1Char(' ') + saved.message);
        }
    }
    StoreResult<QList<Event>> read = EventRepository(database).all(edition->year);
    if (!read) {
        return failed(err, read.message);
    }
    QList<Event>& events = *read;
    // The filter here has no condition, so the rules' report is not needed.
    events.removeIf([&](const Event& event) { return !m_filter.matches(event, RuleReport()); });
    const QString path = parser.positionalArguments().at(1);
    QSaveFile file(path);
    int skipped = 0;
    int truncated = 0;
    m_options.editionYear = edition->year;
    QString reason;
    if (!file.open(QIODevice::WriteOnly)
        || !ExportWriter::write(m_format, events, &file, &skipped, {}, m_options, &truncated, &reason)
        || !file.commit()) {
        return failed(err,
            QCoreApplication::translate("Cli", "Cannot write %1: %2")
                .arg(path, reason.isEmpty() ? file.errorString() : reason));
    }
    out << QCoreApplication::translate(
        "Cli", "%n request(s) exported to %1", nullptr, int(events.size() - skipped))
               .arg(path)
        << Qt::endl;
    if (skipped > 0) {
        out << ExportWriter::skippedText(m_format, skipped) << Qt::endl;
    }
    if (truncated > 0) {
        out << ExportWriter::truncatedText(truncated) << Qt::endl;
    }
    if (ExportSnapshot::isApprovedList(m_filter)) {
        const ExportSnapshot snapshot = ExportSnapshot::of(
            events, edition->year, ExportWriter::key(m_format), m_filter, SessionUser::name());
        const StoreResult<std::optional<ExportSnapshot>> recorded
            = ExportSnapshotRepository(database).record(snapshot);
        if (!recorded) {
            return failed(err,
                QCoreApplication::translate(
                    "Cli", "The export was written but could not be recorded for the next one: %1")
                    .arg(recorded.message));
        }
        const std::optional<ExportSnapshot>& previous = *recorded;
        if (previous) {
            const ExportChanges changes = ExportChanges::between(*previous, snapshot);
            out << ExportChanges::summary(*previous, changes) << Qt::endl;
            for (const QString& line : changes.lines()) {
                out << "  " << line << Qt::endl;
            }
        }
    }
    return Done;
}
