#include "app/cli/DecideCommand.h"

#include "app/cli/Cli.h"
#include "app/core/GeoReference.h"
#include "app/core/LabelRules.h"
#include "app/core/RefusalReasons.h"
#include "app/core/SessionUser.h"
#include "db/Database.h"
#include "db/Decisions.h"
#include "db/EventRepository.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace {

// Why a request cannot be labelled without an override: its failed or unknown conditions.
QStringList notPassed(const RuleReport& report)
{
    QStringList codes;
    for (const Check check : LabelRules::conditions()) {
        if (report.result(check).outcome != Outcome::Pass) {
            codes << LabelRules::code(check);
        }
    }
    return codes;
}

} // namespace

int runDecide(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Cli::start(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli",
        "Decides requests of the current edition as the window does (version, conditions, workflow), queuing "
        "each decision's message to the organiser; one line per request."));
    parser.addPositionalArgument(QStringLiteral("decide"), QCoreApplication::translate("Cli", "The command."));
    parser.addPositionalArgument(QStringLiteral("ID"), QCoreApplication::translate("Cli", "Request ids (SI2018-000123)."),
        QStringLiteral("ID..."));
    const QCommandLineOption db = Cli::databaseOption();
    const QCommandLineOption label(QStringLiteral("label"), QCoreApplication::translate("Cli", "Label the requests."));
    const QCommandLineOption refuse(QStringLiteral("refuse"),
        QCoreApplication::translate("Cli", "Refuse them (by default with the standard sentence of each failed condition)."));
    const QCommandLineOption requestInfo(QStringLiteral("request-info"),
        QCoreApplication::translate("Cli", "Ask their organisers for information (--reason says what)."));
    const QCommandLineOption reason(QStringLiteral("reason"),
        QCoreApplication::translate("Cli", "The refusal's reason, or the information asked."), QStringLiteral("TEXT"));
    const QCommandLineOption override(QStringLiteral("override"),
        QCoreApplication::translate("Cli", "Label despite a condition not met, with this written justification."),
        QStringLiteral("JUSTIFICATION"));
    parser.addOptions({ db, label, refuse, requestInfo, reason, override });
    if (int exitStatus = Cli::Done; !Cli::parse(parser, app, &exitStatus)) {
        return exitStatus;
    }
    const int chosen = int(parser.isSet(label)) + int(parser.isSet(refuse)) + int(parser.isSet(requestInfo));
    const QStringList ids = parser.positionalArguments().mid(1);
    QString usage;
    if (chosen != 1) {
        usage = QCoreApplication::translate("Cli", "decide expects one of --label, --refuse or --request-info.");
    } else if (ids.isEmpty()) {
        usage = QCoreApplication::translate("Cli", "decide expects the ids of the requests to decide.");
    } else if (parser.isSet(override) && !parser.isSet(label)) {
        usage = QCoreApplication::translate("Cli", "--override goes with --label only.");
    } else if (parser.isSet(override) && parser.value(override).trimmed().isEmpty()) {
        usage = QCoreApplication::translate("Cli", "--override needs a written justification.");
    } else if (parser.isSet(requestInfo) && parser.value(reason).trimmed().isEmpty()) {
        usage = QCoreApplication::translate("Cli", "--request-info needs --reason: the information asked.");
    }
    if (!usage.isEmpty()) {
        err << usage << Qt::endl;
        return Cli::BadUsage;
    }
    Database database;
    const std::optional<Edition> edition = Cli::openLatestEdition(database, parser.value(db), err);
    if (!edition || !Cli::isWritable(database, err)) {
        return Cli::Failed;
    }
    EventRepository events(database);
    QHash<QString, Event> byRequestId;
    for (const Event& event : events.all(edition->year)) {
        byRequestId.insert(event.requestId, event);
    }
    const RuleContext context { &*edition, QDate::currentDate(), &GeoReference::embedded(), false };
    const EventStatus to = parser.isSet(label) ? EventStatus::Labelled
        : parser.isSet(refuse)                 ? EventStatus::Refused
                                               : EventStatus::InformationRequested;
    const QString who = SessionUser::name();
    bool allDecided = true;
    for (const QString& id : ids) {
        const auto found = byRequestId.constFind(id);
        QString result;
        bool decided = false;
        if (found == byRequestId.constEnd()) {
            result = QCoreApplication::translate("Cli", "not decided: no such request in the %1 edition").arg(edition->year);
        } else {
            const RuleReport report = LabelRules::evaluateAll(*found, context);
            const QStringList failing = notPassed(report);
            Decisions::Kind decision = Decisions::Kind::Regular;
            QString text = parser.value(reason).trimmed();
            if (to == EventStatus::Labelled && !failing.isEmpty()) {
                decision = Decisions::Kind::Override;
                text = parser.value(override).trimmed();
            } else if (to == EventStatus::Refused && text.isEmpty()) {
                text = RefusalReasons::forReport(report, *edition).trimmed();
            }
            if (to == EventStatus::Labelled && !failing.isEmpty() && text.isEmpty()) {
                result = QCoreApplication::translate("Cli", "not decided: does not pass %1 (labelling it needs --override)")
                             .arg(failing.join(QStringLiteral(", ")));
            } else if (to == EventStatus::Refused && text.isEmpty()) {
                result = QCoreApplication::translate("Cli", "not decided: it fails no condition, so a refusal needs --reason");
            } else if (const WriteResult written = Decisions(database).changeStatus(found->id, found->version, to, text, who, decision);
                       !written.ok()) {
                result = QCoreApplication::translate("Cli", "not decided: %1").arg(written.message);
            } else {
                result = QCoreApplication::translate("Cli", "%1, message queued").arg(EventStatuses::key(to));
                decided = true;
            }
        }
        allDecided = allDecided && decided;
        out << Cli::escaped(id) << ": " << Cli::escaped(result) << '\n';
    }
    out.flush();
    return allDecided ? Cli::Done : Cli::Failed;
}
