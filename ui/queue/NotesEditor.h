#pragma once

#include "db/EventRepository.h"
#include "db/RequestStore.h"

#include <QWidget>

class Database;
class QLabel;
class QPlainTextEdit;
class QTimer;

// The reviewers' private notes on the current request, saved on their own a moment after the
// last keystroke, and before another request is shown.
class NotesEditor : public QWidget {
    Q_OBJECT

public:
    NotesEditor(Database& database, QWidget* parent = nullptr);

    void setEventId(qint64 eventId);
    // The same with the request just read by the caller (its id 0: none), without reading it again.
    void setEvent(const Event& stored);
    // Writes what is typed now instead of waiting.
    void saveNow();

private:
    void showNotes(const StoreResult<Event>& stored);

    EventRepository m_requests;
    RequestStore m_store;
    QPlainTextEdit* m_text;
    QLabel* m_state;
    QTimer* m_timer;
    qint64 m_eventId = 0;
    bool m_dirty = false;
};
