#include "ui/EventListModel.h"

#include "app/core/GeoReference.h"
#include "app/core/LabelRules.h"
#include "app/core/WorkingDays.h"
#include "db/EventRepository.h"
#include "ui/widgets/OutcomeIcons.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

EventListModel::EventListModel(EventRepository& repository, const GeoReference& geo, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
    , m_geo(geo)
    , m_today(QDate::currentDate())
{
}

void EventListModel::setEdition(const Edition& edition)
{
    m_edition = edition;
    reload();
}

void EventListModel::setToday(const QDate& today)
{
    m_today = today;
    evaluate();
    if (!m_events.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

void EventListModel::reload()
{
    beginResetModel();
    m_events = m_edition.isValid() ? m_repository.all(m_edition.year) : QList<Event>();
    evaluate();
    endResetModel();
}

void EventListModel::refreshEvents(const QList<qint64>& eventIds)
{
    int first = -1;
    int last = -1;
    const RuleContext outcomesOnly = context(false);
    for (qint64 id : eventIds) {
        const int row = rowOf(id);
        const std::optional<Event> stored = m_repository.find(id);
        if (row < 0 || !stored) {
            continue;
        }
        m_events[row] = *stored;
        m_reports[row] = LabelRules::evaluateAll(*stored, outcomesOnly);
        m_searchTexts[row] = EventFilter::searchText(*stored);
        first = first < 0 ? row : std::min(first, row);
        last = std::max(last, row);
    }
    // One signal for the whole batch: every view recomputes once, not once per request.
    if (first >= 0) {
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
}

void EventListModel::evaluate()
{
    m_reports.clear();
    m_searchTexts.clear();
    if (!m_edition.isValid()) {
        return;
    }
    m_reports.reserve(m_events.size());
    m_searchTexts.reserve(m_events.size());
    const RuleContext outcomesOnly = context(false);
    for (const Event& event : std::as_const(m_events)) {
        m_reports.append(LabelRules::evaluateAll(event, outcomesOnly));
        m_searchTexts.append(EventFilter::searchText(event));
    }
}

RuleContext EventListModel::context(bool withReasons) const { return { &m_edition, m_today, &m_geo, withReasons }; }

RuleReport EventListModel::explainedReport(int row) const { return LabelRules::evaluateAll(m_events.at(row), context(true)); }

int EventListModel::rowOf(qint64 eventId) const
{
    for (int row = 0; row < m_events.size(); ++row) {
        if (m_events.at(row).id == eventId) {
            return row;
        }
    }
    return -1;
}

void EventListModel::setReviewerNotes(qint64 eventId, const QString& notes)
{
    const int row = rowOf(eventId);
    if (row >= 0) {
        m_events[row].reviewerNotes = notes;
    }
}

int EventListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Check EventListModel::checkFor(Column column)
{
    switch (column) {
    case ConditionDates:
        return Check::Dates;
    case ConditionAudience:
        return Check::Audience;
    case ConditionIndustryAim:
        return Check::IndustryAim;
    case ConditionFree:
        return Check::Free;
    case LateRequest:
        return Check::LateRequest;
    default:
        return Check::DataProblems;
    }
}

QVariant EventListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Event& e = m_events.at(index.row());
    const RuleReport& report = m_reports.at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == EventIdRole) {
        return e.id;
    }
    if (role == FailsConditionRole) {
        return !report.failedConditions().isEmpty();
    }
    if (column >= ConditionDates) {
        const CheckResult& result = report.result(checkFor(column));
        switch (role) {
        case Qt::DecorationRole:
            return OutcomeIcons::icon(result.outcome);
        case Qt::ToolTipRole:
            return LabelRules::evaluate(result.check, e, context(true)).reason;
        case Qt::AccessibleTextRole:
            return QStringLiteral("%1 %2: %3")
                .arg(LabelRules::title(result.check), OutcomeIcons::word(result.outcome),
                    LabelRules::evaluate(result.check, e, context(true)).reason);
        case Qt::BackgroundRole:
            return result.outcome == Outcome::Fail ? QVariant(QBrush(QColor(0xff, 0xeb, 0xee))) : QVariant();
        case SortRole:
            return int(result.outcome);
        default:
            return {};
        }
    }
    // The row's marker: the request id carries the fail icon when any condition fails.
    if (column == RequestId && role == Qt::DecorationRole && !report.failedConditions().isEmpty()) {
        return OutcomeIcons::icon(Outcome::Fail);
    }
    if (column == RequestId && role == Qt::ToolTipRole && !report.failedConditions().isEmpty()) {
        QStringList codes;
        for (Check check : report.failedConditions()) {
            codes << LabelRules::code(check);
        }
        return tr("Fails %1").arg(codes.join(QStringLiteral(", ")));
    }
    if (column == DecisionDue && EventStatuses::isPending(e.status)) {
        const QDate due = LabelRules::decisionDueDate(e, m_edition);
        const int left = WorkingDays::workingDaysBetween(m_today, due);
        switch (role) {
        case Qt::DisplayRole:
            // Words as well as colour: "overdue" is readable without the red.
            return left < 0 ? tr("%1 · overdue by %n working day(s)", nullptr, -left).arg(QLocale().toString(due, QLocale::ShortFormat))
                            : tr("%1 · %n working day(s) left", nullptr, left).arg(QLocale().toString(due, QLocale::ShortFormat));
        case Qt::ForegroundRole:
            return left < 0 ? QVariant(QBrush(QColor(0xc6, 0x28, 0x28))) : QVariant();
        case SortRole:
            return due;
        default:
            break;
        }
    }
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sorting = role == SortRole;
        switch (column) {
        case RequestId:
            return e.requestId;
        case Title:
            return e.title;
        case Organiser:
            return e.organiserName;
        case Commune:
            return e.commune;
        case Departement:
            return e.departement;
        case Region: {
            const ::Region* region = m_geo.region(e.region);
            return region ? region->name : e.region;
        }
        case Start:
            return sorting ? QVariant(e.startsAt)
                           : QVariant(QLocale().toString(e.startsAt, QLocale::ShortFormat));
        case End:
            return sorting ? QVariant(e.endsAt)
                           : QVariant(QLocale().toString(e.endsAt, QLocale::ShortFormat));
        case Status:
            return EventStatuses::displayName(e.status);
        case Assignee:
            return e.assignee;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && column == Title && !e.description.isEmpty()) {
        return e.description;
    }
    return {};
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return {};
    }
    const auto column = static_cast<Column>(section);
    if (column >= ConditionDates) {
        const Check check = checkFor(column);
        if (role == Qt::DisplayRole) {
            switch (check) {
            case Check::LateRequest:
                return tr("Late");
            case Check::DataProblems:
                return tr("Data");
            default:
                return LabelRules::code(check);
            }
        }
        if (role == Qt::ToolTipRole) {
            return LabelRules::title(check);
        }
        return {};
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case RequestId:
        return tr("Request");
    case Title:
        return tr("Title");
    case Organiser:
        return tr("Organiser");
    case Commune:
        return tr("Commune");
    case Departement:
        return tr("Dept.");
    case Region:
        return tr("Région");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Status:
        return tr("Status");
    case Assignee:
        return tr("Assignee");
    case DecisionDue:
        return tr("Decision due");
    default:
        return {};
    }
}
