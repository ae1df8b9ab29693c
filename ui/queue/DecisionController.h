#pragma once

#include "app/core/EventStatus.h"

#include <QObject>

class EventListModel;
class EventRepository;
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

    DecisionController(EventListModel* events, EventRepository& repository, QWidget* dialogParent);

    // Whether the decision applies to the request in its current status.
    bool isPossible(Kind kind, qint64 eventId) const;
    // True when the decision was recorded.
    bool decide(Kind kind, qint64 eventId);

signals:
    void decided(qint64 eventId);

private:
    EventListModel* m_events;
    EventRepository& m_repository;
    QWidget* m_dialogParent;
};
