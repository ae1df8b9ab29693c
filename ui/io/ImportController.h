#pragma once

#include "db/RequestImport.h"

#include <QFutureWatcher>
#include <QMessageBox>
#include <QObject>
#include <QPointer>

#include <atomic>

class Database;
class QProgressDialog;
class QWidget;

// Runs an import off the UI thread, on its own connection to the store, with a progress dialog
// whose Cancel leaves the store as it was; then says what it did (read = created + updated +
// unchanged + rejected) in a message box. The store's own connection announces what the import
// wrote, as it announces its own writes.
class ImportController : public QObject {
    Q_OBJECT

public:
    ImportController(Database& store, QWidget* parent);
    ~ImportController() override;

    // Asks for a file, then imports it.
    void chooseAndImport();
    void start(const QString& file);
    bool isRunning() const { return m_watcher.isRunning(); }
    QProgressDialog* progressDialog() const { return m_progress; }
    QMessageBox* summaryBox() const { return m_summary; }

signals:
    void finished(const RequestImport::Outcome& outcome);

private:
    void showOutcome();

    Database& m_store;
    QWidget* m_parent;
    QProgressDialog* m_progress;
    QPointer<QMessageBox> m_summary;
    QFutureWatcher<RequestImport::Outcome> m_watcher;
    std::atomic<bool> m_cancel = false;
    std::atomic<int> m_percent = 0;
};
