#pragma once

#include "app/core/EventFilter.h"

#include <QList>
#include <QWidget>

class QAction;

class DecisionController;
class ReviewQueueModel;
class FilterBar;
class NotesEditor;
class SharedFilter;
class QLabel;
class QTableView;

// The review queue: every request of the edition with its conditions, searchable and sortable.
class QueueView : public QWidget {
    Q_OBJECT

public:
    QueueView(ReviewQueueModel* model, SharedFilter* filter, DecisionController* decisions,
        NotesEditor* notes, QWidget* parent = nullptr);

    qint64 currentEventId() const;
    void selectEvent(qint64 eventId);
    // Selects these rows (those the queue shows), the first one current.
    void selectEvents(const QList<qint64>& eventIds);
    QList<qint64> selectedEventIds() const;
    // Ctrl+F: the search field, ready for typing.
    void focusSearch();

signals:
    void currentEventChanged(qint64 eventId);
    void selectedEventsChanged(const QList<qint64>& eventIds);
    void eventActivated(qint64 eventId);

private:
    void initUi();
    void createDecisionActions();
    void setupConnections();
    void updateCount();
    void updateDecisionActions();
    void showConditions();
    void decide(int kind);
    void decideSelected(int kind);
    void showColumnChooser(const QPoint& position);
    void saveHeader() const;
    // The first row current, the focus in the table: from the search field to the results.
    void goToFirstRow();

    ReviewQueueModel* m_model;
    DecisionController* m_decisions;
    NotesEditor* m_notes;
    SharedFilter* m_filter;
    QList<QAction*> m_decisionActions; // indexed by DecisionController::Kind
    FilterBar* m_filterBar;
    QLabel* m_count;
    QTableView* m_table;
    // The filter the rows were last read with: after a change, the first row becomes current.
    EventFilter m_shownFilter;
    class QHBoxLayout* m_decisionBar = nullptr;
    class ConditionsPanel* m_conditions = nullptr;
    qint64 m_keptEventId = 0;
    int m_keptScroll = 0;
};
