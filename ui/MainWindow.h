#pragma once

#include "app/core/Access.h"
#include "app/core/Edition.h"

#include <QMainWindow>

class AttestationController;
class Database;
class EditionRepository;
class EventForm;
class ExportController;
class ImportController;
class QueueIndex;
class ReviewQueueModel;
class EventRepository;
class MapWidget;
class NotesEditor;
class OutboxRepository;
class OutboxView;
class QueueView;
class SharedFilter;
class StatisticsView;
class QLabel;
class QTabWidget;

// The five places (Queue, Event, Statistics, Map, Outbox) around one store, with the store's path and
// counts in the status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum Place { QueuePlace, EventPlace, StatisticsPlace, MapPlace, OutboxPlace };

    explicit MainWindow(Database& database, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPlace(Place place);
    ReviewQueueModel* queueModel() const { return m_queueModel; }
    QueueView* queueView() const { return m_queue; }
    SharedFilter* sharedFilter() const { return m_filter; }
    MapWidget* mapWidget() const { return m_map; }
    OutboxView* outboxView() const { return m_outbox; }
    EventForm* eventForm() const { return m_form; }
    ImportController* importController() const { return m_import; }
    ExportController* exportController() const { return m_export; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // RequestStore::refreshQueueIndex(), with a warning when it fails.
    void refreshQueueIndex();
    void initUi();
    void createMenus();
    void setupConnections();
    void updateTitle();
    void updateStatusBar();
    // The changes from imports waiting: they follow the store's changes, not the queue's filter.
    void updatePendingUpdates();
    // The status bar's link to the requests with changes from imports waiting.
    void openNextPendingUpdate();
    // Remembers a shared store to open from the next start.
    void chooseSharedStore();
    void chooseLanguage(const QString& language);
    void showAbout();
    // The administrators' editor of the letters sent to organisers.
    void editLetterTemplates();
    void newRequest();

    Database& m_database;
    QList<Edition> m_editions; // as the window opened: the form offers them
    EventRepository* m_repository;
    QueueIndex* m_index;
    SharedFilter* m_filter;
    ReviewQueueModel* m_queueModel;
    QTabWidget* m_places = nullptr;
    QueueView* m_queue = nullptr;
    NotesEditor* m_notes = nullptr;
    EventForm* m_form = nullptr;
    StatisticsView* m_statistics = nullptr;
    MapWidget* m_map = nullptr;
    OutboxView* m_outbox = nullptr;
    OutboxRepository* m_outboxRepository = nullptr; // for the event form's history
    ImportController* m_import = nullptr;
    ExportController* m_export = nullptr;
    AttestationController* m_attestations = nullptr;
    QLabel* m_storeLabel = nullptr;
    Access m_access;
    QLabel* m_countLabel = nullptr;
    QLabel* m_pendingUpdatesLabel = nullptr;
    QLabel* m_outboxLabel = nullptr; // messages waiting to leave
    Place m_currentPlace = QueuePlace;
    bool m_returningToForm = false;
};
