#pragma once

#include "app/core/EventFilter.h"
#include "app/export/ExportWriter.h"

#include <QFutureWatcher>
#include <QMessageBox>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class Database;
class ExportDialog;
class ExportTemplateRepository;
class QProgressDialog;
class QWidget;
class ReviewQueueModel;
class SharedFilter;

// Exports the requests of the current filter (the queue's) off the UI thread, with a progress
// dialog whose Cancel writes nothing, then says what was written where and, for the approved
// list, what changed since its previous export (recorded as a snapshot in the store).
class ExportController : public QObject {
    Q_OBJECT

public:
    ExportController(
        ReviewQueueModel* model, const SharedFilter* filter, Database& database, QWidget* parent);
    ~ExportController() override;

    // Asks for the columns (ExportDialog), then for a file and its format, then exports.
    void chooseAndExport();
    // `columns`: those of the tabular formats, each format's default when unset.
    void start(
        ExportWriter::Format format, const QString& path, const std::optional<ExportColumns>& columns = {});
    ExportDialog* exportDialog() const { return m_dialog; }
    // Whether the dialog offers to save and delete templates (not to a viewer of a shared store).
    void setMayKeepTemplates(bool may) { m_mayKeepTemplates = may; }
    // The file dialog's filter for a format.
    static QString filterOf(ExportWriter::Format format);
    // The format of the file at `path`, by its suffix, else by the filter chosen (the suffix then added).
    static ExportWriter::Format formatFor(QString* path, const QString& filter);
    // The format of the previous export (XLSX the first time), which the file dialog offers.
    static ExportWriter::Format lastFormat();
    // The file name the dialog suggests: what the list holds and today's date
    // ("labellisees-2018-03-27.xlsx").
    QString suggestedName(ExportWriter::Format format) const;
    bool isRunning() const { return m_watcher.isRunning(); }
    QProgressDialog* progressDialog() const { return m_progress; }
    QMessageBox* summaryBox() const { return m_summary; }

signals:
    void finished(bool written);

private:
    // What the worker found: the requests written, those left out, or why nothing was.
    struct Result {
        bool written = false;
        int count = 0;
        int skipped = 0;
        int truncated = 0; // XLSX cells cut to Excel's limit
        QString error;
    };
    void chooseFile();
    void showResult();
    // Records the approved list's snapshot; what changed since the previous one, if there was one.
    QString recordSnapshot(QStringList* changes);

    ReviewQueueModel* m_model;
    const SharedFilter* m_filter;
    Database& m_database;
    std::unique_ptr<ExportTemplateRepository> m_templates;
    ExportDialog* m_dialog = nullptr;
    bool m_mayKeepTemplates = true;
    QList<Event> m_events;
    EventFilter m_exportedFilter;
    QWidget* m_parent;
    QProgressDialog* m_progress;
    QPointer<QMessageBox> m_summary;
    QFutureWatcher<Result> m_watcher;
    QString m_path;
    ExportWriter::Format m_format = ExportWriter::Format::Csv;
    std::atomic<bool> m_cancel = false;
};
