#include "ui/ReviewQueueModel.h"

#include "app/core/GeoReference.h"
#include "app/core/LabelRules.h"
#include "app/core/SessionUser.h"
#include "app/core/WorkingDays.h"
#include "db/ChangeNotifier.h"
#include "db/EventRepository.h"
#include "db/QueueSelector.h"
#include "ui/SharedFilter.h"
#include "ui/widgets/OutcomeIcons.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

namespace {

void count(QueueIndex::Counts& counts, const Event& event, int step)
{
    counts.byStatus[event.status] += step;
    counts.mineByStatus[event.status] += event.assignee == SessionUser::name() ? step : 0;
    counts.total += step;
}

} // namespace

ReviewQueueModel::ReviewQueueModel(EventRepository& repository, const QueueIndex& index,
    const ChangeNotifier& changes, SharedFilter* filter, const GeoReference& geo, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
    , m_index(index)
    , m_filter(filter)
    , m_geo(geo)
    , m_today(QDate::currentDate())
{
    connect(m_filter, &SharedFilter::changed, this, &ReviewQueueModel::filterChanged);
    connect(&changes, &ChangeNotifier::eventsChanged, this, &ReviewQueueModel::refreshEvents);
    connect(&changes, &ChangeNotifier::eventsAdded, this, &ReviewQueueModel::reload);
}

void ReviewQueueModel::setSelector(QueueSelector* selector, int firstRows)
{
    m_selector = selector;
    m_firstRows = firstRows;
    connect(m_selector, &QueueSelector::selected, this,
        [this](const QueueIndex::Selection& selection) { showSelection(selection, m_searchedFilter); });
}

bool ReviewQueueModel::isSearching() const { return m_selector && m_selector->isPending(); }

void ReviewQueueModel::filterChanged()
{
    const EventFilter& filter = m_filter->filter();
    EventFilter textOnly = m_shownFilter;
    textOnly.text = filter.text;
    if (m_selector && m_selector->isAvailable() && m_edition.isValid() && filter == textOnly) {
        m_searchedFilter = filter;
        m_selector->request(
            { m_edition.year, filter, m_today, SessionUser::name(), m_sortKey, m_sortOrder, m_firstRows });
        return;
    }
    applyFilter();
}

void ReviewQueueModel::showSelection(QueueIndex::Selection selection, const EventFilter& filter)
{
    if (!selection.error.isEmpty()) {
        emit readFailed(selection.error);
    }
    // The whole answer after the first rows shown: the others go below them, the reviewer's
    // current row and selection kept. The first rows are those of the whole answer unless the
    // store changed in between, which shows the whole answer afresh.
    if (!selection.partial && m_showsFirstRows && filter == m_shownFilter
        && selection.ids.size() >= m_ids.size()
        && std::equal(m_ids.cbegin(), m_ids.cend(), selection.ids.cbegin())) {
        m_showsFirstRows = false;
        if (selection.ids.size() > m_ids.size()) {
            beginInsertRows({}, int(m_ids.size()), int(selection.ids.size()) - 1);
            m_ids = std::move(selection.ids);
            endInsertRows();
        }
        m_counts = std::move(selection.counts);
        emit countsChanged();
        emit eventsChanged();
        return;
    }
    // A failure, even of the first rows, ends the search as the whole answer does.
    const bool firstRowsOnly = selection.partial && selection.error.isEmpty();
    beginResetModel();
    m_pages.clear();
    m_ids = std::move(selection.ids);
    m_shownFilter = filter;
    m_showsFirstRows = firstRowsOnly;
    if (!firstRowsOnly) {
        m_counts = std::move(selection.counts);
    }
    endResetModel();
    if (!firstRowsOnly) {
        emit countsChanged();
        emit eventsChanged();
    }
}

void ReviewQueueModel::setEdition(const Edition& edition)
{
    m_edition = edition;
    reload();
}

void ReviewQueueModel::setToday(const QDate& today)
{
    m_today = today;
    reload();
}

void ReviewQueueModel::reload()
{
    const StoreResult<QStringList> assignees
        = m_edition.isValid() ? m_index.assignees(m_edition.year) : StoreResult<QStringList>(QStringList());
    if (!assignees) {
        emit readFailed(assignees.message);
    }
    m_assignees = assignees.value_or({});
    beginResetModel();
    query();
    // The counts per status are over the filter without its statuses and assignee: the whole
    // edition's when it has no other condition, as when the queue opens, which then counts once.
    m_editionCounts.clear();
    if (m_edition.isValid() && m_shownFilter.withoutStatusesAndAssignee() == EventFilter()) {
        m_editionCounts = m_counts.byStatus;
    } else if (m_edition.isValid()) {
        // From the queue's index too (event_queue_status alone), as the filter's own counts.
        const StoreResult<QueueIndex::Counts> counts
            = m_index.counts(m_edition.year, EventFilter(), m_today, SessionUser::name());
        if (counts) {
            m_editionCounts = counts->byStatus;
        } else {
            emit readFailed(counts.message);
        }
    }
    endResetModel();
    emit countsChanged();
    emit eventsChanged();
}

int ReviewQueueModel::editionTotal() const
{
    int total = 0;
    for (int count : m_editionCounts) {
        total += count;
    }
    return total;
}

void ReviewQueueModel::applyFilter()
{
    beginResetModel();
    query();
    endResetModel();
    emit countsChanged();
    emit eventsChanged();
}

void ReviewQueueModel::query()
{
    if (m_selector) {
        m_selector->cancel();
    }
    m_pages.clear();
    m_showsFirstRows = false;
    m_shownFilter = m_filter->filter();
    if (!m_edition.isValid()) {
        m_ids.clear();
        m_counts = {};
        return;
    }
    QueueIndex::Selection selection
        = m_index.select(m_edition.year, m_shownFilter, m_today, SessionUser::name(), m_sortKey, m_sortOrder);
    if (!selection.error.isEmpty()) {
        emit readFailed(selection.error);
    }
    m_ids = std::move(selection.ids);
    m_counts = std::move(selection.counts);
}

void ReviewQueueModel::sort(int column, Qt::SortOrder order)
{
    const auto key = static_cast<QueueColumns::Column>(
        column >= 0 && column < QueueColumns::Count ? column : QueueColumns::RequestId);
    if (key == m_sortKey && order == m_sortOrder) {
        return;
    }
    m_sortKey = key;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> beforeIds;
    for (const QModelIndex& index : before) {
        beforeIds.append(m_ids.at(index.row()));
    }
    // A search under way would answer in the old order: the shown rows are sorted, then it starts again.
    const bool searching = isSearching();
    if (searching) {
        m_selector->cancel();
    }
    if (m_edition.isValid()) {
        StoreResult<QList<qint64>> sorted
            = m_index.ids(m_edition.year, m_shownFilter, m_today, m_sortKey, m_sortOrder);
        if (!sorted) {
            emit readFailed(sorted.message);
        }
        m_ids = std::move(sorted).value_or({});
    }
    m_pages.clear();
    m_showsFirstRows = false;
    // The selection follows its requests to their new rows.
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOf(beforeIds.at(i));
        after.append(row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    if (searching) {
        filterChanged();
    }
}

void ReviewQueueModel::refreshEvents(const QList<qint64>& eventIds)
{
    // A search under way is about to replace the rows shown: it starts again with the change. A
    // bulk decision or an import reads the queue once rather than its rows one by one.
    if (isSearching() || eventIds.size() > ManyChanges) {
        reload();
        return;
    }
    // The displayed states are needed to adjust the counts; without them the store is asked again.
    // They are all taken first: a request that leaves the filter moves the rows below it and drops
    // their cached pages.
    QHash<qint64, std::pair<Event, RuleReport>> shown;
    for (qint64 id : eventIds) {
        const int row = rowOf(id);
        const auto cached = row < 0 ? m_pages.constEnd() : m_pages.constFind(row / PageSize);
        if (cached == m_pages.constEnd()) {
            reload();
            return;
        }
        shown.insert(id, { cached->events.at(row % PageSize), cached->reports.at(row % PageSize) });
    }
    const EventFilter& filter = m_filter->filter();
    const EventFilter others = filter.withoutStatusesAndAssignee();
    const RuleContext outcomesOnly = context(false);
    const StoreResult<QList<Event>> changed = m_repository.findMany(eventIds);
    if (!changed) {
        emit readFailed(changed.message);
        reload();
        return;
    }
    for (const Event& fresh : *changed) {
        const auto& [before, beforeReport] = shown[fresh.id];
        const RuleReport report = LabelRules::evaluateAll(fresh, outcomesOnly);
        if (others.matches(before, beforeReport)) {
            count(m_counts, before, -1);
        }
        if (others.matches(fresh, report)) {
            count(m_counts, fresh, +1);
        }
        if (!fresh.assignee.isEmpty() && !m_assignees.contains(fresh.assignee)) {
            m_assignees.append(fresh.assignee);
            m_assignees.sort();
        }
        --m_editionCounts[before.status];
        ++m_editionCounts[fresh.status];
        const int row = rowOf(fresh.id);
        if (const auto cached = m_pages.find(row / PageSize); cached != m_pages.end()) {
            cached->events[row % PageSize] = fresh;
            cached->reports[row % PageSize] = report;
        }
        if (filter.matches(fresh, report)) {
            emit dataChanged(index(row, 0), index(row, QueueColumns::Count - 1));
            continue;
        }
        // The request leaves this filter (e.g. labelled, out of "to review"): the rows below move up.
        beginRemoveRows({}, row, row);
        m_ids.removeAt(row);
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            it = it.key() >= row / PageSize ? m_pages.erase(it) : std::next(it);
        }
        endRemoveRows();
    }
    emit countsChanged();
    emit eventsChanged();
}

const ReviewQueueModel::Page& ReviewQueueModel::page(int row) const
{
    const int number = row / PageSize;
    if (const auto it = m_pages.constFind(number); it != m_pages.cend()) {
        return *it;
    }
    if (m_pages.size() >= MaxCachedPages) {
        m_pages.clear(); // memory stays flat however far the reviewer scrolls
    }
    const QList<qint64> ids = m_ids.mid(qsizetype(number) * PageSize, PageSize);
    const StoreResult<QList<Event>> read = m_repository.findMany(ids);
    if (!read) {
        emit readFailed(read.message);
    }
    const QList<Event> found = read.value_or({});
    const RuleContext outcomesOnly = context(false);
    Page fetched;
    fetched.events.reserve(ids.size());
    fetched.reports.reserve(ids.size());
    qsizetype next = 0;
    for (qint64 id : ids) {
        Event event;
        if (next < found.size() && found.at(next).id == id) {
            event = found.at(next++);
        } else {
            event.id
                = id; // removed meanwhile by another hand, or unread: an empty row keeps the others in place
        }
        fetched.reports.append(LabelRules::evaluateAll(event, outcomesOnly));
        fetched.events.append(event);
    }
    return *m_pages.insert(number, fetched);
}

const Event& ReviewQueueModel::eventAt(int row) const { return page(row).events.at(row % PageSize); }

std::optional<Event> ReviewQueueModel::cachedEvent(qint64 eventId) const
{
    const int row = rowOf(eventId);
    const auto cached = row < 0 ? m_pages.constEnd() : m_pages.constFind(row / PageSize);
    if (cached == m_pages.constEnd()) {
        return std::nullopt;
    }
    const Event& event = cached->events.at(row % PageSize);
    // A request gone meanwhile keeps its row, unread (version 0).
    return event.version > 0 ? std::optional(event) : std::nullopt;
}

const RuleReport& ReviewQueueModel::report(int row) const { return page(row).reports.at(row % PageSize); }

RuleContext ReviewQueueModel::context(bool withReasons) const
{
    return { &m_edition, m_today, &m_geo, withReasons };
}

RuleReport ReviewQueueModel::explainedReport(int row) const
{
    return LabelRules::evaluateAll(eventAt(row), context(true));
}

StoreResult<QList<Event>> ReviewQueueModel::matchingEvents() const
{
    if (!m_edition.isValid()) {
        return QList<Event>();
    }
    const StoreResult<QList<qint64>> ids = m_index.ids(m_edition.year, m_filter->filter(), m_today);
    if (!ids) {
        return ids;
    }
    return m_repository.findMany(*ids);
}

StoreResult<QList<MapPoint>> ReviewQueueModel::mapPoints() const
{
    if (!m_edition.isValid()) {
        return QList<MapPoint>();
    }
    return m_index.mapPoints(m_edition.year, m_filter->filter(), m_today);
}

int ReviewQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ReviewQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : QueueColumns::Count;
}

QVariant ReviewQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Page& cached = page(index.row());
    const Event& e = cached.events.at(index.row() % PageSize);
    const RuleReport& report = cached.reports.at(index.row() % PageSize);
    const auto column = static_cast<QueueColumns::Column>(index.column());
    const QueueColumns::Description& described = QueueColumns::of(column);
    if (role == EventIdRole) {
        return e.id;
    }
    if (role == FailsConditionRole) {
        return !report.failedConditions().isEmpty();
    }
    if (described.check) {
        const CheckResult& result = report.result(*described.check);
        // A flag (late, data problems) shows only when raised; a condition shows every outcome.
        const bool flag = column == QueueColumns::LateRequest || column == QueueColumns::DataProblems;
        switch (role) {
        case Qt::DecorationRole:
            return flag && result.outcome == Outcome::Pass ? QVariant()
                                                           : QVariant(OutcomeIcons::icon(result.outcome));
        case Qt::ToolTipRole:
            return LabelRules::evaluate(result.check, e, context(true)).reason;
        case Qt::AccessibleTextRole:
            return QStringLiteral("%1 %2: %3")
                .arg(LabelRules::title(result.check), OutcomeIcons::word(result.outcome),
                    LabelRules::evaluate(result.check, e, context(true)).reason);
        case Qt::BackgroundRole:
            return result.outcome == Outcome::Fail ? QVariant(QBrush(QColor(0xff, 0xeb, 0xee))) : QVariant();
        default:
            return {};
        }
    }
    // The row's marker: the request id carries the fail icon when any condition fails.
    if (column == QueueColumns::RequestId && role == Qt::DecorationRole
        && !report.failedConditions().isEmpty()) {
        return OutcomeIcons::icon(Outcome::Fail);
    }
    if (column == QueueColumns::RequestId && role == Qt::ToolTipRole
        && !report.failedConditions().isEmpty()) {
        QStringList codes;
        for (Check check : report.failedConditions()) {
            codes << LabelRules::code(check);
        }
        return tr("Fails %1").arg(codes.join(QStringLiteral(", ")));
    }
    if (column == QueueColumns::DecisionDue && EventStatuses::isPending(e.status)) {
        const QDate due = LabelRules::decisionDueDate(e, m_edition);
        const int left = WorkingDays::workingDaysBetween(m_today, due);
        switch (role) {
        case Qt::DisplayRole:
            // Words as well as colour: "overdue" is readable without the red.
            return left < 0 ? tr("%1 · overdue by %n working day(s)", nullptr, -left)
                                  .arg(QLocale().toString(due, QLocale::ShortFormat))
                            : tr("%1 · %n working day(s) left", nullptr, left)
                                  .arg(QLocale().toString(due, QLocale::ShortFormat));
        case Qt::ForegroundRole:
            return left < 0 ? QVariant(QBrush(QColor(0xc6, 0x28, 0x28))) : QVariant();
        default:
            break;
        }
    }
    if (role == Qt::DisplayRole && described.field) {
        return shown(*described.field, e);
    }
    if (role == Qt::DisplayRole && column == QueueColumns::Status) {
        return EventStatuses::displayName(e.status);
    }
    if (role == Qt::ToolTipRole && column == QueueColumns::Title && !e.description.isEmpty()) {
        return e.description;
    }
    return {};
}

// A field as the queue shows it: times in the reviewer's short format, the région by its name.
QVariant ReviewQueueModel::shown(RequestColumns::Column field, const Event& e) const
{
    using Type = RequestColumns::Type;
    const RequestColumns::Description& described = RequestColumns::of(field);
    const QVariant value = described.get(e);
    switch (described.type) {
    case Type::WallClock:
        return QLocale().toString(value.toDateTime(), QLocale::ShortFormat);
    case Type::Instant:
        return QLocale().toString(value.toDateTime().toLocalTime(), QLocale::ShortFormat);
    case Type::Audiences:
        if (!value.isValid()) {
            return tr("not given");
        }
        return value.toInt() != 0
            ? AudienceNames::displayNames(::Audiences::fromInt(value.toInt())).join(QStringLiteral(", "))
            : tr("none");
    default:
        break;
    }
    if (field == RequestColumns::Column::Region) {
        const ::Region* region = m_geo.region(e.region);
        return region ? region->name : e.region;
    }
    return value.toString();
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= QueueColumns::Count) {
        return {};
    }
    const QueueColumns::Description& described = QueueColumns::of(static_cast<QueueColumns::Column>(section));
    if (role == Qt::DisplayRole) {
        return QueueColumns::header(described.column);
    }
    if (role == Qt::ToolTipRole && described.check) {
        return LabelRules::title(*described.check);
    }
    return {};
}
