#include "app/core/QueueColumns.h"

#include "app/core/LabelRules.h"

const QList<QueueColumns::Description>& QueueColumns::all()
{
    using Field = RequestColumns::Column;
    static const QList<Description> table {
        { RequestId, Field::RequestId, std::nullopt, QT_TRANSLATE_NOOP("QueueColumns", "Request") },
        { Title, Field::Title, std::nullopt, nullptr },
        { Organiser, Field::OrganiserName, std::nullopt, nullptr },
        { Commune, Field::Commune, std::nullopt, nullptr },
        { Departement, Field::Departement, std::nullopt, QT_TRANSLATE_NOOP("QueueColumns", "Dept.") },
        { Region, Field::Region, std::nullopt, nullptr },
        { Start, Field::StartsAt, std::nullopt, QT_TRANSLATE_NOOP("QueueColumns", "Start") },
        { End, Field::EndsAt, std::nullopt, QT_TRANSLATE_NOOP("QueueColumns", "End") },
        { Audiences, Field::Audiences, std::nullopt, nullptr },
        { Status, std::nullopt, std::nullopt, QT_TRANSLATE_NOOP("QueueColumns", "Status") },
        { Submitted, Field::SubmittedAt, std::nullopt, QT_TRANSLATE_NOOP("QueueColumns", "Submitted") },
        { Assignee, Field::Assignee, std::nullopt, nullptr },
        { DecisionDue, std::nullopt, std::nullopt, QT_TRANSLATE_NOOP("QueueColumns", "Decision due") },
        { ConditionDates, std::nullopt, Check::Dates, nullptr },
        { ConditionAudience, std::nullopt, Check::Audience, nullptr },
        { ConditionIndustryAim, std::nullopt, Check::IndustryAim, nullptr },
        { ConditionFree, std::nullopt, Check::Free, nullptr },
        { LateRequest, std::nullopt, Check::LateRequest, QT_TRANSLATE_NOOP("QueueColumns", "Late") },
        { DataProblems, std::nullopt, Check::DataProblems, QT_TRANSLATE_NOOP("QueueColumns", "Data") },
    };
    return table;
}

const QueueColumns::Description& QueueColumns::of(Column column) { return all().at(column); }

QString QueueColumns::header(Column column)
{
    const Description& description = of(column);
    if (description.header) {
        return tr(description.header);
    }
    return description.field ? RequestColumns::displayName(*description.field)
                             : LabelRules::code(description.check.value_or(Check::DataProblems));
}
