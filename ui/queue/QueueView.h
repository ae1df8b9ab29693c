#pragma once

#include <QWidget>

class EventListModel;
class QueueFilterProxy;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

// The review queue: every request of the edition with its conditions, searchable and sortable.
class QueueView : public QWidget {
    Q_OBJECT

public:
    explicit QueueView(EventListModel* model, QWidget* parent = nullptr);

    qint64 currentEventId() const;
    void selectEvent(qint64 eventId);

signals:
    void currentEventChanged(qint64 eventId);
    void eventActivated(qint64 eventId);

private:
    void initUi();
    void setupConnections();
    void updateCount();

    EventListModel* m_model;
    QueueFilterProxy* m_proxy;
    QLineEdit* m_search;
    QComboBox* m_status;
    QCheckBox* m_onlyFailing;
    QLabel* m_count;
    QTableView* m_table;
};
