#pragma once

#include "app/core/Edition.h"
#include "app/core/Event.h"
#include "app/core/OutboxMessage.h"

#include <QDialog>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// A message to a request's organiser, written from the event form: the "free" template of the
// chosen language filled in for the request, its subject and body then edited by the reviewer.
// Accepting queues it in the outbox (with its audit entry); a request without a usable contact
// address says so and cannot be written to.
class FreeMessageDialog : public QDialog {
    Q_OBJECT

public:
    FreeMessageDialog(
        Database& database, const Event& event, const Edition& edition, QWidget* parent = nullptr);

    // The message queued, once accepted.
    const OutboxMessage& queued() const { return m_queued; }

public slots:
    // Queues the message and closes; stays open (and says why) when the store refuses it.
    void accept() override;

protected:
    // The reviewer starts typing the message where the template puts it.
    void showEvent(QShowEvent* event) override;

private:
    void initUi();
    // Fills the subject and body from the template of the chosen language, the cursor where the
    // message goes.
    void compose();
    void showRecipient();

    Database& m_database;
    const Event m_event;
    const Edition m_edition;
    OutboxMessage m_queued;
    bool m_addressUnusable = false; // the outbox would fail it: nothing can be queued
    QComboBox* m_language = nullptr;
    QLabel* m_recipient = nullptr;
    QLabel* m_problem = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QPushButton* m_queue = nullptr;
};
