#pragma once

#include "app/core/Edition.h"
#include "app/core/Event.h"
#include "app/core/EventFilter.h"
#include "app/core/LabelRules.h"
#include "app/core/QueueColumns.h"
#include "app/core/RuleReport.h"
#include "db/QueueIndex.h"
#include "db/StoreResult.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

#include <optional>

class ChangeNotifier;
class EventRepository;
class GeoReference;
class QueueSelector;
class SharedFilter;

// The review queue: the requests the shared filter keeps, one row each, in the order the reviewer
// chose, one column per QueueColumns. Filtering, sorting and counting happen in the store (QueueIndex); the
// model holds the ids in order and fetches the rows themselves a page at a time, as the view asks for them.
// It follows what the store announces (`changes`): a changed request's row in place, new requests or many
// changes by asking the store again.
class ReviewQueueModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        EventIdRole = Qt::UserRole + 1,
        FailsConditionRole, // true when at least one of C1–C4 fails
    };

    ReviewQueueModel(EventRepository& repository, const QueueIndex& index, const ChangeNotifier& changes,
        SharedFilter* filter, const GeoReference& geo, QObject* parent = nullptr);

    // A change of the search text alone is then selected on the selector's thread: the keystroke
    // returns at once, the rows follow when the store answers (the latest keystroke's only).
    // Every other change is selected here and cancels a search under way. A search that finds
    // many requests shows its first `firstRows` rows as soon as the store has them, then the
    // others below them with the counts (QueueIndex::firstRows()).
    void setSelector(QueueSelector* selector, int firstRows = SearchFirstRows);
    // A search is under way: the rows are still those of the filter before it, or its first rows
    // only, without their counts (the counts are still those of the filter before it).
    bool isSearching() const;

    void setEdition(const Edition& edition);
    const Edition& edition() const { return m_edition; }
    // Rules that depend on the date (decision overdue) use this day; today by default.
    void setToday(const QDate& today);
    const QDate& today() const { return m_today; }
    // Asks the store again: the filter's rows, their order and the counts.
    void reload();
    // These requests changed: their rows and the counts follow without asking the store for the
    // whole queue again, unless they are more than ManyChanges.
    void refreshEvents(const QList<qint64>& eventIds);

    qint64 idAt(int row) const { return m_ids.at(row); }
    int rowOf(qint64 eventId) const { return int(m_ids.indexOf(eventId)); }
    // The request as the row shows it (fetched with its page); its version is the one the
    // reviewer saw.
    const Event& eventAt(int row) const;
    // The request as the rows hold it when its page is read, none otherwise: kept current by the
    // store's announcements, it is as new as a read of the request.
    std::optional<Event> cachedEvent(qint64 eventId) const;
    // Outcomes only; explainedReport() adds the reason sentences.
    const RuleReport& report(int row) const;
    RuleReport explainedReport(int row) const;
    RuleContext context(bool withReasons) const;

    // Per status over the filter without its statuses and assignee: what each tab would show.
    const QueueIndex::Counts& counts() const { return m_counts; }
    // The reviewers in charge of at least one request of the edition.
    const QStringList& assignees() const { return m_assignees; }
    // Per status over the whole edition, whatever the filter.
    const QHash<EventStatus, int>& editionCounts() const { return m_editionCounts; }
    int editionTotal() const;
    // Every request the filter keeps, read in full (for the statistics and the map).
    StoreResult<QList<Event>> matchingEvents() const;
    // The same requests as the map needs them, without reading them.
    StoreResult<QList<MapPoint>> mapPoints() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void countsChanged();
    // A read of the store failed: the rows or counts shown may be incomplete, and `message` says why.
    void readFailed(const QString& message) const;
    // Requests changed or were read again: views that show them refresh.
    void eventsChanged();

private:
    struct Page {
        QList<Event> events;
        QList<RuleReport> reports;
    };
    // Rows are read a screenful or so at a time: a new filter's first paint reads about the rows
    // it shows (a page of 128 read 100 rows more than the ~25 shown, 1.3 ms of the région step).
    static constexpr int PageSize = 32;
    static constexpr int MaxCachedPages = 256; // 8,192 rows
    static constexpr int SearchFirstRows = 128;
    // More changed requests than this (a bulk decision, an import) read the queue again.
    static constexpr int ManyChanges = 128;

    const Page& page(int row) const;
    QVariant shown(RequestColumns::Column field, const Event& e) const;
    void filterChanged();
    void applyFilter();
    void query();
    void showSelection(QueueIndex::Selection selection, const EventFilter& filter);

    EventRepository& m_repository;
    const QueueIndex& m_index;
    SharedFilter* m_filter;
    QueueSelector* m_selector = nullptr;
    int m_firstRows = 0; // asked of the selector for a search
    bool m_showsFirstRows = false; // the search's first rows, the others to follow
    EventFilter m_shownFilter; // the filter of the rows shown
    EventFilter m_searchedFilter; // the filter of the search under way
    const GeoReference& m_geo;
    Edition m_edition;
    QDate m_today;
    QueueColumns::Column m_sortKey = QueueColumns::RequestId;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<qint64> m_ids;
    QueueIndex::Counts m_counts;
    QHash<EventStatus, int> m_editionCounts;
    QStringList m_assignees;
    mutable QHash<int, Page> m_pages;
};
