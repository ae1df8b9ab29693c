#include "app/cli/ListCommand.h"

#include "app/core/EventFilter.h"
#include "app/core/GeoReference.h"
#include "app/core/LabelRules.h"
#include "app/core/RequestColumns.h"
#include "db/Database.h"
#include "db/EventRepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

// The names the command line gives the four conditions, in LabelRules::conditions() order.
const std::array<std::pair<const char*, Check>, 4> conditionNames = { { { "dates", Check::Dates },
    { "audience", Check::Audience }, { "industry", Check::IndustryAim }, { "free", Check::Free } } };

QString outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pass:
        return QStringLiteral("pass");
    case Outcome::Fail:
        return QStringLiteral("fail");
    case Outcome::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

// The flags raised, by their rule codes: late, overdue, data.
QStringList problems(const RuleReport& report)
{
    QStringList codes;
    for (const Check check : { Check::LateRequest, Check::DecisionOverdue, Check::DataProblems }) {
        if (report.result(check).outcome == Outcome::Fail) {
            codes << LabelRules::code(check);
        }
    }
    return codes;
}

QJsonObject toJson(const Event& event, const RuleReport& report)
{
    QJsonObject conditions;
    for (const auto& [name, check] : conditionNames) {
        conditions.insert(QLatin1String(name), outcomeKey(report.result(check).outcome));
    }
    QJsonObject object { { QStringLiteral("status"), EventStatuses::key(event.status) },
        { QStringLiteral("conditions"), conditions },
        { QStringLiteral("late"), report.result(Check::LateRequest).outcome == Outcome::Fail },
        { QStringLiteral("problems"), QJsonArray::fromStringList(problems(report)) } };
    // The request's own fields under their keys in the files; unknown coordinates are null.
    using Field = RequestColumns::Column;
    for (const Field field : { Field::RequestId, Field::Title, Field::Region, Field::Departement,
             Field::Latitude, Field::Longitude }) {
        object.insert(
            RequestColumns::key(field), QJsonValue::fromVariant(RequestColumns::of(field).get(event)));
    }
    return object;
}

// One line per request: id, status, région, département, C1–C4, flags, title.
QString toText(const Event& event, const RuleReport& report)
{
    QStringList fields { event.requestId, EventStatuses::key(event.status), event.region, event.departement };
    for (const auto& [name, check] : conditionNames) {
        fields << QStringLiteral("%1=%2").arg(
            LabelRules::code(check), outcomeKey(report.result(check).outcome));
    }
    fields << problems(report).join(QLatin1Char(',')) << event.title;
    for (QString& field : fields) {
        field = Command::escaped(field);
    }
    return fields.join(QLatin1Char('\t'));
}

} // namespace

ListCommand::ListCommand()
    : DatabaseCommand(QStringLiteral("list"), Access::Opens)
{
}

QString ListCommand::description() const
{
    return QCoreApplication::translate("Cli",
        "Lists the requests of the current edition with their label conditions (C1 dates, C2 audience, "
        "C3 industry, C4 free: pass, fail or unknown) and flags (late, overdue, data).");
}

QList<QCommandLineOption> ListCommand::verbOptions() const
{
    return {
        QCommandLineOption(
            QStringLiteral("json"), QCoreApplication::translate("Cli", "A JSON array instead of text.")),
        QCommandLineOption(QStringLiteral("status"),
            QCoreApplication::translate("Cli",
                "Only this status: submitted, in_review, labelled, refused, info_requested "
                "or withdrawn (several separated by commas)."),
            QStringLiteral("S")),
        QCommandLineOption(QStringLiteral("region"),
            QCoreApplication::translate("Cli", "Only this région (INSEE code)."), QStringLiteral("CODE")),
        QCommandLineOption(QStringLiteral("departement"),
            QCoreApplication::translate("Cli", "Only this département (INSEE code)."),
            QStringLiteral("CODE")),
        QCommandLineOption(QStringLiteral("failing"),
            QCoreApplication::translate("Cli",
                "Only the requests failing any condition, none, or the given one: "
                "any, none, dates, audience, industry or free."),
            QStringLiteral("WHICH")),
    };
}

int ListCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err)
{
    if (parser.positionalArguments().size() != 1) {
        return badUsage(err,
            QCoreApplication::translate("Cli", "list takes no file; the unexpected arguments are: %1")
                .arg(parser.positionalArguments().mid(1).join(QLatin1Char(' '))));
    }
    m_filter = EventFilter();
    if (!parseStatuses(parser.value(QStringLiteral("status")), &m_filter.statuses, err)) {
        return BadUsage;
    }
    m_filter.region = parser.value(QStringLiteral("region"));
    m_filter.departement = parser.value(QStringLiteral("departement"));
    if (parser.isSet(QStringLiteral("failing"))) {
        const QString which = parser.value(QStringLiteral("failing"));
        const auto named = std::find_if(conditionNames.begin(), conditionNames.end(),
            [&](const auto& condition) { return which == QLatin1String(condition.first); });
        if (which == QLatin1String("any")) {
            m_filter.conditions = EventFilter::Conditions::FailingAny;
        } else if (which == QLatin1String("none")) {
            m_filter.conditions = EventFilter::Conditions::FailingNone;
        } else if (named != conditionNames.end()) {
            m_filter.conditions = EventFilter::Conditions::Failing;
            m_filter.failing = named->second;
        } else {
            return badUsage(err,
                QCoreApplication::translate(
                    "Cli", "--failing expects any, none, dates, audience, industry or free, not “%1”.")
                    .arg(which));
        }
    }
    return Done;
}

int ListCommand::executeWithDatabase(
    Database& database, const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    const StoreResult<Edition> edition = latestEdition(database, err);
    if (!edition) {
        return Failed;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    const RuleContext context { &*edition, QDate::currentDate(), &GeoReference::embedded(), false };
    const StoreResult<QList<Event>> events = EventRepository(database).all(edition->year);
    if (!events) {
        return failed(err, events.message);
    }
    QJsonArray array;
    for (const Event& event : *events) {
        const RuleReport report = LabelRules::evaluateAll(event, context);
        if (!m_filter.matches(event, report)) {
            continue;
        }
        if (json) {
            array.append(toJson(event, report));
        } else {
            out << toText(event, report) << '\n';
        }
    }
    if (json) {
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    return Done;
}
