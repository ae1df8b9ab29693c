#pragma once

#include "app/core/Edition.h"
#include "db/AuditTrail.h"
#include "db/EventRepository.h"
#include "db/PendingUpdates.h"
#include "db/RequestStore.h"
#include "db/StoreResult.h"
#include "ui/event/EventFormModel.h"

#include <QHash>
#include <QList>
#include <QWidget>

class ConditionsPanel;
class DecisionController;
class NotesEditor;
class OutboxRepository;
class PendingUpdatesBar;
class ReviewQueueModel;
class QAction;
class QComboBox;
class QLabel;
class QTabWidget;
class QTimer;
class QTreeWidget;

// The Event place: one label request entered or edited field by field, grouped as a reviewer
// reads it, with each field's message beside it and the label conditions beside the form, live;
// the queue's decisions on it; its history and the organiser's other requests. The state lives in
// EventFormModel; this widget shows it and passes the edits on.
class EventForm : public QWidget {
    Q_OBJECT

public:
    EventForm(ReviewQueueModel* queue, Database& database, const QList<Edition>& editions,
        DecisionController* decisions, QWidget* parent = nullptr);

    EventFormModel* model() const { return m_model; }
    // The outbox whose messages to the organiser the History tab lists with the trail.
    void setOutbox(OutboxRepository* outbox) { m_outbox = outbox; }
    // The request shown, or the one followed to be shown when the form comes into sight.
    qint64 eventId() const { return m_followed > 0 ? m_followed : m_model->edited().id; }

    // Shows the request, after asking what to do with unsaved changes; false when the reviewer
    // chose to stay on the current one.
    bool openEvent(qint64 eventId);
    // The queue's current request: opened at once when the form is in sight (or has unsaved
    // changes to ask about), otherwise read when the form comes into sight. A reviewer walking
    // the queue does not pay for a form that nobody looks at (its duplicates, history, the
    // organiser's requests, the changes from imports).
    void follow(qint64 eventId);
    bool newRequest();
    // Writes the request; false (and everything typed kept) when it is invalid, a possible
    // duplicate the reviewer did not confirm, or refused by the store.
    bool save();
    void saveAndNext();
    // Asks about unsaved changes: true when they were saved or dropped (the form then shows the
    // request as stored).
    bool maybeLeave();
    // Writes the reviewer notes typed on the History tab now.
    void saveNotes();
    void discardChanges();

signals:
    // A request the form moved to on its own (save and next, a link): the queue follows.
    void eventOpened(qint64 eventId);
    // A change from an import was accepted or dismissed here.
    void pendingUpdatesChanged();
    // The reviewer asks for the label attestation of the labelled request shown.
    void attestationRequested(qint64 eventId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    // The value read, or an empty one after saying in the form's notice that the store could not
    // be read: an empty history or list is then never mistaken for none.
    template <typename T> T readOrSay(StoreResult<T> result)
    {
        if (!result) {
            sayReadFailed(result.message);
            return T();
        }
        return std::move(result).value();
    }
    void sayReadFailed(const QString& message);
    void initUi();
    void createActions();
    void setupConnections();
    QWidget* createFields();
    QWidget* createHistory();
    QWidget* createOrganiserRequests();
    QWidget* field(EventFormModel::Field field);
    void load(const Event& event);
    Event blankRequest() const;
    void reloadStored();
    void showValue(EventFormModel::Field field);
    void showState();
    void showCommuneChoices();
    // The notes, read again, and the audit trail with the messages written.
    void showHistory();
    void showAuditTrail();
    void showOrganiserRequests();
    // The list itself, once the tab is in sight.
    void listOrganiserRequests();
    void showPendingUpdates();
    void acceptPendingUpdate(qint64 pendingId);
    void dismissPendingUpdate(qint64 pendingId);
    // After an answer to a pending update: the status bar follows, and a refusal is shown titled
    // `refusal`. True when it was done.
    bool reportPendingUpdate(const WriteResult& result, const QString& refusal);
    void decide(int kind);
    // Writes a message to the organiser of the stored request, queued in the outbox.
    void writeToOrganiser();
    // Shows the possible duplicates of the request as typed, with links to them; returns them.
    StoreResult<QList<Event>> showDuplicates();
    bool confirmDuplicates();
    // After an edit of a field the organiser's requests or the duplicates depend on: both follow
    // once typing pauses.
    void matchLater(EventFormModel::Field field);
    Edition editionOf(int year) const;

    ReviewQueueModel* m_queue;
    Database& m_database;
    EventRepository m_requests;
    RequestStore m_store;
    PendingUpdates m_pending;
    AuditTrail m_audit;
    QList<Edition> m_editions;
    DecisionController* m_decisions;
    EventFormModel* m_model;
    QHash<EventFormModel::Field, QWidget*> m_editors;
    QHash<EventFormModel::Field, QLabel*> m_messages;
    QList<QAction*> m_decisionActions; // indexed by DecisionController::Kind
    QAction* m_save = nullptr;
    QAction* m_saveAndNext = nullptr;
    QAction* m_attestation = nullptr;
    QAction* m_writeToOrganiser = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_duplicates = nullptr;
    PendingUpdatesBar* m_pendingUpdates = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_assignee = nullptr;
    QLabel* m_due = nullptr;
    QComboBox* m_commune = nullptr;
    QTabWidget* m_tabs = nullptr;
    bool m_organiserRequestsListed = false;
    ConditionsPanel* m_conditions = nullptr;
    QTreeWidget* m_history = nullptr;
    OutboxRepository* m_outbox = nullptr;
    NotesEditor* m_notes = nullptr;
    QTreeWidget* m_organiserRequests = nullptr;
    QTimer* m_matchTimer = nullptr;
    QList<qint64> m_confirmedDuplicates; // possible duplicates the reviewer saved anyway
    bool m_showing = false; // the widgets are being set from the model, not typed in
    qint64 m_followed = 0; // followed while out of sight, to be opened when the form is shown
};
