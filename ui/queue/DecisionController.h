#pragma once

#include "db/AuditTrail.h"
#include "db/Decisions.h"
#include "db/EventRepository.h"

#include "app/core/Access.h"
#include "app/core/Event.h"
#include "app/core/RuleReport.h"
#include "db/EventRepository.h"

#include <QObject>
#include <QStringList>

#include <optional>

class ChangeNotifier;
class ReviewQueueModel;
class QAction;
class QWidget;

// Turns a reviewer's decision on a request into a status change: asks for the text it needs
// (prefilled refusal reasons, an override's justification), writes it through the repository
// with the version the reviewer saw, and says plainly when the store refused it.
class DecisionController : public QObject {
    Q_OBJECT

public:
    enum class Kind {
        Label,
        Refuse,
        RequestInformation,
        Reopen,
        AssignToMe,
        AssignToColleague,
    };

    DecisionController(ReviewQueueModel* queue, Database& database, QWidget* dialogParent);

    // One action per Kind, in order, added to `owner` (shortcut within it and its children):
    // the queue and the event form offer the same decisions on the same keys. Object names are
    // `namePrefix` followed by Label, Refuse, Information, Reopen, TakeCharge, Assign.
    // While an action is disabled its key shows the action's status tip (why not) in the status bar.
    static QList<QAction*> createActions(QWidget* owner, const QString& namePrefix);
    // Enables each action (indexed by Kind) as it applies to `event`, the others saying why not.
    void updateActions(const QList<QAction*>& actions, const std::optional<Event>& event) const;

    // Whether the decision applies to the request in the status it has here, and the reviewer
    // may change it.
    bool isPossible(Kind kind, const Event& event) const;
    // What the reviewer may do (a shared store's role); everything unless told otherwise.
    void setAccess(const Access& access) { m_access = access; }
    const Access& access() const { return m_access; }
    // True when the decision was recorded.
    bool decide(Kind kind, qint64 eventId);
    // The same on a request shown elsewhere (the event form), at the version shown there, with
    // its conditions explained.
    bool decide(Kind kind, const Event& event, const RuleReport& report);

    // What a bulk decision did: the requests decided, and a line for each one skipped, with why.
    struct Summary {
        QList<qint64> done;
        QStringList skipped;
        bool cancelled = false;
        int messagesQueued = 0; // one per label, refusal or request for information written
    };
    // The same decision on several requests, each checked against its own state and rules; a
    // label in bulk takes only the requests that pass every condition.
    Summary decideMany(Kind kind, const QList<qint64>& eventIds);

    // A single decision just recorded, with what the request was before: what undo() needs.
    struct Recorded {
        qint64 eventId = 0;
        QString requestId;
        Kind kind = Kind::Label;
        QString assigneeBefore;
        QString assigneeAfter;
    };
    // What the decision did, in a sentence naming the request ("SI2018-000042 labelled").
    static QString outcome(const Recorded& decision);
    // Whether undo() can take this kind of decision back (a reopening is itself the way back).
    static bool isUndoable(Kind kind) { return kind != Kind::Reopen; }
    // Takes the decision back through the store's workflow, audited like any change: a status
    // decision reopens the request (back to review), an assignment returns to whom had it. Refused
    // with a warning when the request changed since.
    bool undo(const Recorded& decision);

signals:
    void decided(qint64 eventId);
    // After each single decision, so that the window says so and offers to undo it.
    void recorded(const DecisionController::Recorded& decision);

private:
    enum class TextRequirement {
        Required,
        Optional,
    };
    std::optional<QString> askText(const QString& title, const QString& explanation, const QString& prefilled,
        const QString& okText, TextRequirement requirement = TextRequirement::Required) const;
    // Who takes the requests in charge: typed, or chosen among the colleagues the store knows.
    std::optional<QString> askAssignee(const QString& explanation, const QString& current) const;
    WriteResult apply(Kind kind, const Event& event, const QString& text, Decisions::Kind decision);
    QString whyNotPossible(Kind kind, const Event& event) const;
    // The audit entry that gave the request its status (who decided, when), none when it is not
    // found or cannot be read. Kept for the request's version: the actions' reasons ask for it at
    // every change of the current row, from the queue and the form alike.
    std::optional<AuditEntry> statusEntry(const Event& event) const;

    ReviewQueueModel* m_queue;
    ChangeNotifier& m_changes; // the queue follows what the store announces
    EventRepository m_requests;
    Decisions m_decisions;
    AuditTrail m_audit;
    mutable std::pair<qint64, int> m_statusEntryOf { 0, 0 }; // the request and version it is for
    mutable std::optional<AuditEntry> m_statusEntry;
    QWidget* m_dialogParent;
    Access m_access;
};
