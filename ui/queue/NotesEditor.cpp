#include "ui/queue/NotesEditor.h"

#include "db/EventRepository.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

NotesEditor::NotesEditor(Database& database, QWidget* parent)
    : QWidget(parent)
    , m_requests(database)
    , m_store(database)
    , m_text(new QPlainTextEdit(this))
    , m_state(new QLabel(this))
    , m_timer(new QTimer(this))
{
    auto* title = new QLabel(tr("Reviewer notes (private, saved automatically)"), this);
    m_text->setObjectName(QStringLiteral("reviewerNotes"));
    m_text->setAccessibleName(tr("Reviewer notes"));
    m_text->setTabChangesFocus(true);
    m_text->setEnabled(false);
    m_state->setObjectName(QStringLiteral("reviewerNotesState"));
    title->setBuddy(m_text);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_text);
    layout->addWidget(m_state);
    m_timer->setSingleShot(true);
    m_timer->setInterval(800);
    connect(m_timer, &QTimer::timeout, this, &NotesEditor::saveNow);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (m_eventId > 0) {
            m_dirty = true;
            m_state->setText(tr("Not saved yet…"));
            m_timer->start();
        }
    });
}

void NotesEditor::saveNow()
{
    m_timer->stop();
    if (!m_dirty || m_eventId <= 0) {
        return;
    }
    // Clean before the write: its announcement comes back here (the queue's copy of the request,
    // setEvent()) while the write returns.
    m_dirty = false;
    const WriteResult result = m_store.saveReviewerNotes(m_eventId, m_text->toPlainText());
    if (!result.ok()) {
        // The text stays in the editor, so nothing typed is lost; the next keystroke retries.
        m_dirty = true;
        m_state->setText(tr("Not saved: %1").arg(result.message));
        return;
    }
    m_state->setText(tr("Saved."));
}

void NotesEditor::setEventId(qint64 eventId)
{
    saveNow();
    if (m_dirty) {
        return; // the save failed: keep the text and the request it belongs to
    }
    showNotes(eventId > 0 ? m_requests.find(eventId)
                          : StoreResult<Event>::failure(StoreStatus::NotFound, QString()));
}

void NotesEditor::setEvent(const Event& stored)
{
    // Notes typed here are newer than the caller's copy of the same request: saved, then read.
    if (m_dirty && stored.id == m_eventId) {
        setEventId(stored.id);
        return;
    }
    saveNow();
    if (m_dirty) {
        return;
    }
    showNotes(stored.id > 0 ? StoreResult<Event>(stored)
                            : StoreResult<Event>::failure(StoreStatus::NotFound, QString()));
}

void NotesEditor::showNotes(const StoreResult<Event>& stored)
{
    // The notes shown already (those just saved, coming back with the request): the cursor stays.
    if (stored && stored->id == m_eventId && stored->reviewerNotes == m_text->toPlainText()) {
        return;
    }
    m_eventId = 0; // loading the text is not typing
    m_text->setPlainText(stored ? stored->reviewerNotes : QString());
    m_text->setEnabled(stored.ok());
    // Unread notes are not shown empty without a word: a save would then overwrite them.
    m_state->setText(stored.status == StoreStatus::Failed ? stored.message : QString());
    m_eventId = stored ? stored->id : 0;
}
