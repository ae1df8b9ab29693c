#include "app/cli/DecideCommand.h"

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

DecideCommand::DecideCommand()
    : DatabaseCommand(QStringLiteral("decide"), Access::Writes)
{
}

QString DecideCommand::description() const
{
    return QCoreApplication::translate("Cli",
        "Decides requests of the current edition as the window does (version, conditions, workflow), queuing "
        "each decision's message to the organiser; one line per request.");
}

void DecideCommand::addPositionalArguments(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("ID"),
        QCoreApplication::translate("Cli", "Request ids (SI2018-000123)."), QStringLiteral("ID..."));
}

QList<QCommandLineOption> DecideCommand::verbOptions() const
{
    return {
        QCommandLineOption(
            QStringLiteral("label"), QCoreApplication::translate("Cli", "Label the requests.")),
        QCommandLineOption(QStringLiteral("refuse"),
            QCoreApplication::translate(
                "Cli", "Refuse them (by default with the standard sentence of each failed condition).")),
        QCommandLineOption(QStringLiteral("request-info"),
            QCoreApplication::translate("Cli", "Ask their organisers for information (--reason says what).")),
        QCommandLineOption(QStringLiteral("reason"),
            QCoreApplication::translate("Cli", "The refusal's reason, or the information asked."),
            QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("override"),
            QCoreApplication::translate(
                "Cli", "Label despite a condition not met, with this written justification."),
            QStringLiteral("JUSTIFICATION")),
    };
}

int DecideCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err)
{
    const bool label = parser.isSet(QStringLiteral("label"));
    const bool refuse = parser.isSet(QStringLiteral("refuse"));
    const bool requestInfo = parser.isSet(QStringLiteral("request-info"));
    const bool override = parser.isSet(QStringLiteral("override"));
    if (int(label) + int(refuse) + int(requestInfo) != 1) {
        return badUsage(err,
            QCoreApplication::translate("Cli", "decide expects one of --label, --refuse or --request-info."));
    }
    if (parser.positionalArguments().size() < 2) {
        return badUsage(
            err, QCoreApplication::translate("Cli", "decide expects the ids of the requests to decide."));
    }
    if (override && !label) {
        return badUsage(err, QCoreApplication::translate("Cli", "--override goes with --label only."));
    }
    if (override && parser.value(QStringLiteral("override")).trimmed().isEmpty()) {
        return badUsage(err, QCoreApplication::translate("Cli", "--override needs a written justification."));
    }
    if (requestInfo && parser.value(QStringLiteral("reason")).trimmed().isEmpty()) {
        return badUsage(
            err, QCoreApplication::translate("Cli", "--request-info needs --reason: the information asked."));
    }
    m_to = label ? EventStatus::Labelled : refuse ? EventStatus::Refused : EventStatus::InformationRequested;
    return Done;
}

int DecideCommand::executeWithDatabase(
    Database& database, const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    const StoreResult<Edition> edition = latestEdition(database, err);
    if (!edition) {
        return Failed;
    }
    const StoreResult<QList<Event>> events = EventRepository(database).all(edition->year);
    if (!events) {
        return failed(err, events.message);
    }
    QHash<QString, Event> byRequestId;
    for (const Event& event : *events) {
        byRequestId.insert(event.requestId, event);
    }
    const RuleContext context { &*edition, QDate::currentDate(), &GeoReference::embedded(), false };
    const QString who = SessionUser::name();
    const QString reason = parser.value(QStringLiteral("reason")).trimmed();
    const QString justification = parser.value(QStringLiteral("override")).trimmed();
    bool allDecided = true;
    for (const QString& id : parser.positionalArguments().mid(1)) {
        const auto found = byRequestId.constFind(id);
        QString result;
        bool decided = false;
        if (found == byRequestId.constEnd()) {
            result = QCoreApplication::translate("Cli", "not decided: no such request in the %1 edition")
                         .arg(edition->year);
        } else {
            const RuleReport report = LabelRules::evaluateAll(*found, context);
            const QStringList failing = notPassed(report);
            Decisions::Kind decision = Decisions::Kind::Regular;
            QString text = reason;
            if (m_to == EventStatus::Labelled && !failing.isEmpty()) {
                decision = Decisions::Kind::Override;
                text = justification;
            } else if (m_to == EventStatus::Refused && text.isEmpty()) {
                text = RefusalReasons::forReport(report, *edition).trimmed();
            }
            if (m_to == EventStatus::Labelled && !failing.isEmpty() && text.isEmpty()) {
                result = QCoreApplication::translate(
                    "Cli", "not decided: does not pass %1 (labelling it needs --override)")
                             .arg(failing.join(QStringLiteral(", ")));
            } else if (m_to == EventStatus::Refused && text.isEmpty()) {
                result = QCoreApplication::translate(
                    "Cli", "not decided: it fails no condition, so a refusal needs --reason");
            } else if (const WriteResult written
                = Decisions(database).changeStatus(found->id, found->version, m_to, text, who, decision);
                !written.ok()) {
                result = QCoreApplication::translate("Cli", "not decided: %1").arg(written.message);
            } else {
                result
                    = QCoreApplication::translate("Cli", "%1, message queued").arg(EventStatuses::key(m_to));
                decided = true;
            }
        }
        allDecided = allDecided && decided;
        out << escaped(id) << ": " << escaped(result) << '\n';
    }
    return allDecided ? Done : Failed;
}
