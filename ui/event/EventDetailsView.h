#pragma once

#include <QWidget>

class ConditionsPanel;
class EventRepository;
class ReviewQueueModel;
class QFormLayout;
class QLabel;

// One request as a reviewer reads it: organiser, event, place, dates, audience and access,
// with each label condition and flag beside it (pass, fail or unknown, and why).
class EventDetailsView : public QWidget {
    Q_OBJECT

public:
    EventDetailsView(ReviewQueueModel* queue, EventRepository& repository, QWidget* parent = nullptr);

    void setEventId(qint64 eventId);
    qint64 eventId() const { return m_eventId; }

private:
    void initUi();
    void refresh();
    QLabel* addField(QFormLayout* form, const QString& label, const QString& objectName);

    ReviewQueueModel* m_queue;
    EventRepository& m_repository;
    qint64 m_eventId = 0;
    QLabel* m_heading = nullptr;
    ConditionsPanel* m_conditions = nullptr;
    QHash<QString, QLabel*> m_fields;
};
