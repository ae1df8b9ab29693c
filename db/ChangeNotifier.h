#pragma once

#include <QObject>

class Database;

// Tells when other workstations change the shared store: on PostgreSQL the repository's writes
// are announced on a channel (migration 0007), which this listens to. An SQLite store has one
// workstation, and nothing to listen to.
class ChangeNotifier : public QObject {
    Q_OBJECT

public:
    explicit ChangeNotifier(Database& database, QObject* parent = nullptr);
    ~ChangeNotifier() override;

    bool isListening() const { return m_listening; }

signals:
    void eventChanged(qint64 eventId);
    // New requests (an import): the queue has to read its ids again.
    void eventsAdded();

private:
    Database& m_database;
    bool m_listening = false;
};
