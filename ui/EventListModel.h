#pragma once

#include "app/core/Edition.h"
#include "app/core/Event.h"
#include "app/core/EventFilter.h"
#include "app/core/LabelRules.h"
#include "app/core/RuleReport.h"

#include <QAbstractTableModel>
#include <QDate>

class EventRepository;
class GeoReference;

// The edition's label requests with their rule results, one row each; sits on EventRepository
// and is shared by the queue, the event view, the statistics and the map.
class EventListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        RequestId,
        Title,
        Organiser,
        Commune,
        Departement,
        Region,
        Start,
        End,
        Status,
        Assignee,
        DecisionDue,
        ConditionDates,
        ConditionAudience,
        ConditionIndustryAim,
        ConditionFree,
        LateRequest,
        DataProblems,
        ColumnCount
    };
    enum Role {
        EventIdRole = Qt::UserRole + 1,
        SortRole,
        FailsConditionRole, // true when at least one of C1–C4 fails
    };

    EventListModel(EventRepository& repository, const GeoReference& geo, QObject* parent = nullptr);

    const QDate& today() const { return m_today; }

    void setEdition(const Edition& edition);
    const Edition& edition() const { return m_edition; }
    // Rules that depend on the date (decision overdue) use this day; today by default.
    void setToday(const QDate& today);
    void reload();
    // Reads these requests again from the store (after a decision): far cheaper than reload().
    void refreshEvents(const QList<qint64>& eventIds);

    const Event& event(int row) const { return m_events.at(row); }
    // Outcomes only, kept for every row; explainedReport() adds the reason sentences.
    const RuleReport& report(int row) const { return m_reports.at(row); }
    RuleReport explainedReport(int row) const;
    // EventFilter::searchText() of the row, worked out once per load.
    const QString& searchText(int row) const { return m_searchTexts.at(row); }
    const QList<Event>& events() const { return m_events; }
    int rowOf(qint64 eventId) const;
    // Keeps the loaded copy in step after the notes were saved to the store.
    void setReviewerNotes(qint64 eventId, const QString& notes);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static Check checkFor(Column column);

private:
    void evaluate();
    RuleContext context(bool withReasons) const;

    EventRepository& m_repository;
    const GeoReference& m_geo;
    Edition m_edition;
    QDate m_today;
    QList<Event> m_events;
    QList<RuleReport> m_reports;
    QList<QString> m_searchTexts;
};
