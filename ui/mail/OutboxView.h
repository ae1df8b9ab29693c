#pragma once

#include "app/mail/OutboxSender.h"

#include <QAtomicInt>
#include <QFutureWatcher>
#include <QWidget>

class Database;
class OutboxModel;
class OutboxRepository;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;

// The Outbox place: the counts per state, the messages (the failed ones first, with their reason),
// the preview of the current one, retry and cancel, and "send now", which delivers in a worker
// thread with its own connection to the store, shows its progress and can be stopped.
class OutboxView : public QWidget {
    Q_OBJECT

public:
    explicit OutboxView(Database& database, QWidget* parent = nullptr);
    ~OutboxView() override;

    // Reads the messages and counts again; hidden, the counts alone, the messages when shown.
    void reload();
    void sendNow();
    bool isSending() const { return m_sending.isRunning(); }
    // Messages still to leave, as of the last reload.
    int waiting() const { return m_waiting; }

signals:
    // Messages still to leave (queued or being sent), after every reload.
    void waitingChanged(int waiting);

protected:
    void showEvent(QShowEvent* event) override;

private:
    // The counts per state, or `error` when the store could not be read.
    void showCounts(const QHash<OutboxMessage::State, int>& counts, const QString& error);
    void showCurrent();
    void retryCurrent();
    void cancelCurrent();
    void sendingFinished();
    void showProgress(int sent, int failed);

    Database& m_database;
    OutboxRepository* m_outbox;
    OutboxModel* m_model;
    QLabel* m_counts;
    QTableView* m_table;
    QTextBrowser* m_preview;
    QPushButton* m_retry;
    QPushButton* m_cancel;
    QPushButton* m_send;
    QPushButton* m_stop;
    QProgressBar* m_progress;
    QLabel* m_sendStatus;
    QFutureWatcher<OutboxSender::Counts> m_sending;
    QAtomicInt m_stopRequested;
    // The server refused the last password: the next "send now" asks for it again.
    bool m_loginRefused = false;
    int m_waiting = 0;
    bool m_listStale = true; // the messages changed while the view was hidden
};
