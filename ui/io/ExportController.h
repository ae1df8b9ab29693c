#pragma once

#include "app/export/ExportWriter.h"

#include <QFutureWatcher>
#include <QMessageBox>
#include <QObject>
#include <QPointer>

#include <atomic>

class QProgressDialog;
class QWidget;
class ReviewQueueModel;

// Exports the requests of the current filter (the queue's) off the UI thread, with a progress
// dialog whose Cancel writes nothing, then says what was written where.
class ExportController : public QObject {
    Q_OBJECT

public:
    ExportController(ReviewQueueModel* model, QWidget* parent);
    ~ExportController() override;

    // Asks for a file and its format, then exports.
    void chooseAndExport();
    void start(ExportWriter::Format format, const QString& path);
    // The file dialog's filter for a format.
    static QString filterOf(ExportWriter::Format format);
    // The format of the file at `path`, by its suffix, else by the filter chosen (the suffix then added).
    static ExportWriter::Format formatFor(QString* path, const QString& filter);
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
        QString error;
    };
    void showResult();

    ReviewQueueModel* m_model;
    QWidget* m_parent;
    QProgressDialog* m_progress;
    QPointer<QMessageBox> m_summary;
    QFutureWatcher<Result> m_watcher;
    QString m_path;
    ExportWriter::Format m_format = ExportWriter::Format::Csv;
    std::atomic<bool> m_cancel = false;
};
