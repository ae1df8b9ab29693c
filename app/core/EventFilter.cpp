#include "app/core/EventFilter.h"

#include "app/core/LabelRules.h"
#include "app/core/TextFold.h"

#include <QJsonArray>
#include <QTimeZone>

namespace {

using TextFold::folded;

QJsonValue optionalBool(const std::optional<bool>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

std::optional<bool> optionalBool(const QJsonValue& value)
{
    return value.isBool() ? std::optional<bool>(value.toBool()) : std::nullopt;
}

const char* conditionsKey(EventFilter::Conditions conditions)
{
    switch (conditions) {
    case EventFilter::Conditions::FailingAny:
        return "failing_any";
    case EventFilter::Conditions::FailingNone:
        return "failing_none";
    case EventFilter::Conditions::Failing:
        return "failing";
    case EventFilter::Conditions::Any:
        break;
    }
    return "any";
}

} // namespace

bool EventFilter::isEmpty() const
{
    // Blank text constrains nothing, as in matches().
    EventFilter trimmed = *this;
    trimmed.text = text.trimmed();
    return trimmed == EventFilter();
}

EventFilter EventFilter::withoutStatusesAndAssignee() const
{
    EventFilter filter = *this;
    filter.statuses.clear();
    filter.assignee.reset();
    return filter;
}

QString EventFilter::searchText(const Event& event)
{
    return QStringList { folded(event.title), folded(event.organiserName), folded(event.commune),
        folded(event.postalCode), folded(event.requestId) }
        .join(SearchSeparator);
}

bool EventFilter::matches(const Event& event, const RuleReport& report) const
{
    return matches(event, report, text.trimmed().isEmpty() ? QString() : searchText(event));
}

bool EventFilter::matches(const Event& event, const RuleReport& report, const QString& haystack) const
{
    if (!statuses.isEmpty() && !statuses.contains(event.status)) {
        return false;
    }
    if ((!region.isEmpty() && event.region != region)
        || (!departement.isEmpty() && event.departement != departement)) {
        return false;
    }
    if ((eventType && event.type != *eventType) || (organiserType && event.organiserType != *organiserType)) {
        return false;
    }
    if (assignee && event.assignee != *assignee) {
        return false;
    }
    if (area && !(event.latitude && event.longitude && area->contains(*event.latitude, *event.longitude))) {
        return false;
    }
    switch (conditions) {
    case Conditions::Any:
        break;
    case Conditions::FailingAny:
        if (report.failedConditions().isEmpty()) {
            return false;
        }
        break;
    case Conditions::FailingNone:
        if (!report.failedConditions().isEmpty()) {
            return false;
        }
        break;
    case Conditions::Failing:
        if (report.result(failing).outcome != Outcome::Fail) {
            return false;
        }
        break;
    }
    if (late && (report.result(Check::LateRequest).outcome == Outcome::Fail) != *late) {
        return false;
    }
    if (overdue && (report.result(Check::DecisionOverdue).outcome == Outcome::Fail) != *overdue) {
        return false;
    }
    if (submittedFrom.isValid() || submittedTo.isValid()) {
        if (!event.submittedAt.isValid()) {
            return false;
        }
        static const QTimeZone paris("Europe/Paris");
        const QDate day = event.submittedAt.toTimeZone(paris).date();
        if ((submittedFrom.isValid() && day < submittedFrom)
            || (submittedTo.isValid() && day > submittedTo)) {
            return false;
        }
    }
    return text.trimmed().isEmpty() || haystack.contains(folded(text.trimmed()));
}

QJsonObject EventFilter::toJson() const
{
    QJsonArray statusKeys;
    for (EventStatus status : statuses) {
        statusKeys.append(EventStatuses::key(status));
    }
    return {
        { QStringLiteral("statuses"), statusKeys },
        { QStringLiteral("region"), region },
        { QStringLiteral("departement"), departement },
        { QStringLiteral("conditions"), QLatin1String(conditionsKey(conditions)) },
        { QStringLiteral("failing"), LabelRules::code(failing) },
        { QStringLiteral("event_type"), eventType ? QJsonValue(EventTypes::key(*eventType)) : QJsonValue() },
        { QStringLiteral("organiser_type"),
            organiserType ? QJsonValue(OrganiserTypes::key(*organiserType)) : QJsonValue() },
        { QStringLiteral("late"), optionalBool(late) },
        { QStringLiteral("overdue"), optionalBool(overdue) },
        { QStringLiteral("submitted_from"), submittedFrom.toString(Qt::ISODate) },
        { QStringLiteral("submitted_to"), submittedTo.toString(Qt::ISODate) },
        { QStringLiteral("text"), text },
        { QStringLiteral("assignee"), assignee ? QJsonValue(*assignee) : QJsonValue() },
        { QStringLiteral("area"),
            area ? QJsonValue(QJsonArray { area->south, area->west, area->north, area->east })
                 : QJsonValue() },
    };
}

EventFilter EventFilter::fromJson(const QJsonObject& json)
{
    // Unknown or damaged values are dropped, never guessed: a saved filter may predate a change.
    EventFilter filter;
    for (const QJsonValue& key : json.value(QLatin1String("statuses")).toArray()) {
        if (const auto status = EventStatuses::fromKey(key.toString())) {
            filter.statuses.append(*status);
        }
    }
    filter.region = json.value(QLatin1String("region")).toString();
    filter.departement = json.value(QLatin1String("departement")).toString();
    const QString conditions = json.value(QLatin1String("conditions")).toString();
    for (Conditions candidate : { Conditions::FailingAny, Conditions::FailingNone, Conditions::Failing }) {
        if (conditions == QLatin1String(conditionsKey(candidate))) {
            filter.conditions = candidate;
        }
    }
    const QString failing = json.value(QLatin1String("failing")).toString();
    for (Check check : LabelRules::conditions()) {
        if (LabelRules::code(check) == failing) {
            filter.failing = check;
        }
    }
    filter.eventType = EventTypes::fromKey(json.value(QLatin1String("event_type")).toString());
    filter.organiserType = OrganiserTypes::fromKey(json.value(QLatin1String("organiser_type")).toString());
    filter.late = optionalBool(json.value(QLatin1String("late")));
    filter.overdue = optionalBool(json.value(QLatin1String("overdue")));
    filter.submittedFrom
        = QDate::fromString(json.value(QLatin1String("submitted_from")).toString(), Qt::ISODate);
    filter.submittedTo = QDate::fromString(json.value(QLatin1String("submitted_to")).toString(), Qt::ISODate);
    filter.text = json.value(QLatin1String("text")).toString();
    const QJsonValue assignee = json.value(QLatin1String("assignee"));
    filter.assignee = assignee.isString() ? std::optional<QString>(assignee.toString()) : std::nullopt;
    if (const QJsonArray area = json.value(QLatin1String("area")).toArray(); area.size() == 4) {
        filter.area = Area { area.at(0).toDouble(), area.at(1).toDouble(), area.at(2).toDouble(),
            area.at(3).toDouble() };
    }
    return filter;
}

bool EventFilter::operator==(const EventFilter& other) const
{
    return statuses == other.statuses && region == other.region && departement == other.departement
        && conditions == other.conditions && (conditions != Conditions::Failing || failing == other.failing)
        && eventType == other.eventType && organiserType == other.organiserType && late == other.late
        && overdue == other.overdue && submittedFrom == other.submittedFrom
        && submittedTo == other.submittedTo && text == other.text && assignee == other.assignee
        && area == other.area;
}
