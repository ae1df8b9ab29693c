#include "ui/io/ExportController.h"

#include "app/core/ExportChanges.h"
#include "app/core/SessionUser.h"
#include "db/EventRepository.h"
#include "db/ExportSnapshotRepository.h"
#include "db/ExportTemplateRepository.h"
#include "ui/ReviewQueueModel.h"
#include "ui/SharedFilter.h"
#include "ui/common/FileDialogs.h"
#include "ui/io/ExportDialog.h"

#include <QFileInfo>
#include <QProgressDialog>
#include <QSaveFile>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

ExportController::ExportController(
    ReviewQueueModel* model, const SharedFilter* filter, Database& database, QWidget* parent)
    : QObject(parent)
    , m_model(model)
    , m_filter(filter)
    , m_database(database)
    , m_parent(parent)
    , m_progress(new QProgressDialog(parent))
{
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowTitle(tr("Export"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoReset(false);
    m_progress->setAutoClose(false);
    m_progress->reset();
    connect(m_progress, &QProgressDialog::canceled, this, [this] { m_cancel = true; });
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &ExportController::showResult);
}

ExportController::~ExportController()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

QString ExportController::filterOf(ExportWriter::Format format)
{
    switch (format) {
    case ExportWriter::Format::Csv:
        return tr("CSV for Excel and LibreOffice (*.csv)");
    case ExportWriter::Format::Xlsx:
        return tr("Excel workbook (*.xlsx)");
    case ExportWriter::Format::Ods:
        return tr("OpenDocument spreadsheet (*.ods)");
    case ExportWriter::Format::Pdf:
        return tr("PDF to read and print (*.pdf)");
    case ExportWriter::Format::GeoJson:
        return tr("GeoJSON for the public map (*.geojson)");
    case ExportWriter::Format::ICalendar:
        break;
    }
    return tr("iCalendar for calendar applications (*.ics)");
}

ExportWriter::Format ExportController::formatFor(QString* path, const QString& filter)
{
    // The file's suffix chooses; without a known one, the filter does and gives its suffix.
    if (const std::optional<ExportWriter::Format> bySuffix
        = ExportWriter::fromKey(QFileInfo(*path).suffix())) {
        return *bySuffix;
    }
    for (const ExportWriter::Format format : ExportWriter::all()) {
        if (filterOf(format) == filter) {
            *path += QLatin1Char('.') + ExportWriter::key(format);
            return format;
        }
    }
    *path += QStringLiteral(".csv");
    return ExportWriter::Format::Csv;
}

void ExportController::chooseAndExport()
{
    if (!m_dialog) {
        m_templates = std::make_unique<ExportTemplateRepository>(m_database);
        m_dialog = new ExportDialog(*m_templates, m_mayKeepTemplates, m_parent);
        connect(m_dialog, &QDialog::accepted, this, &ExportController::chooseFile);
    }
    m_dialog->open();
}

ExportWriter::Format ExportController::lastFormat()
{
    return ExportWriter::fromKey(QSettings().value(QStringLiteral("export/format")).toString())
        .value_or(ExportWriter::Format::Xlsx);
}

QString ExportController::suggestedName(ExportWriter::Format format) const
{
    // What the list holds when a tab says it, else "requests".
    const QList<EventStatus>& statuses = m_filter->filter().statuses;
    QString stem = tr("requests", "file name");
    if (statuses == QList<EventStatus> { EventStatus::Labelled }) {
        stem = tr("labelled", "file name");
    } else if (statuses == QList<EventStatus> { EventStatus::Refused }) {
        stem = tr("refused", "file name");
    }
    return FileDialogs::datedName(stem, ExportWriter::key(format), m_model->today());
}

void ExportController::chooseFile()
{
    QStringList filters;
    for (const ExportWriter::Format format : ExportWriter::all()) {
        filters << filterOf(format);
    }
    const ExportWriter::Format last = lastFormat();
    QString filter = filterOf(last);
    QString path = FileDialogs::saveFileName(m_parent, FileDialogs::Kind::Export,
        tr("Export the requests of the current filter"), suggestedName(last),
        filters.join(QStringLiteral(";;")), &filter);
    if (!path.isEmpty()) {
        const ExportWriter::Format format = formatFor(&path, filter);
        QSettings().setValue(QStringLiteral("export/format"), ExportWriter::key(format));
        start(format, path, m_dialog->columns());
    }
}

void ExportController::start(
    ExportWriter::Format format, const QString& path, const std::optional<ExportColumns>& columns)
{
    if (isRunning()) {
        return;
    }
    // Read here, on the store's thread; only the writing goes to the worker.
    const StoreResult<QList<Event>> read = m_model->matchingEvents();
    if (!read) {
        QMessageBox::warning(m_parent, tr("Nothing was exported"), read.message);
        return;
    }
    m_cancel = false;
    m_path = path;
    m_format = format;
    const QList<Event>& events = *read;
    m_events = events;
    m_exportedFilter = m_filter->filter();
    m_progress->setLabelText(
        tr("Exporting %n request(s) to %1…", nullptr, int(events.size())).arg(QFileInfo(path).fileName()));
    m_progress->setRange(0, int(std::max<qsizetype>(events.size(), 1)));
    m_progress->setValue(0);
    m_progress->show();
    ExportOptions options;
    options.editionYear = m_model->edition().year;
    options.columns = columns;
    m_watcher.setFuture(QtConcurrent::run([this, format, path, events, options] {
        Result result;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            result.error = file.errorString();
            return result;
        }
        const bool written = ExportWriter::write(
            format, events, &file, &result.skipped,
            [this](qsizetype done, qsizetype) {
                QMetaObject::invokeMethod(
                    m_progress,
                    [this, done] {
                        if (!m_cancel) {
                            m_progress->setValue(int(done));
                        }
                    },
                    Qt::QueuedConnection);
                return !m_cancel;
            },
            options, &result.truncated, &result.error);
        // Cancelled or refused: the file is not replaced.
        result.written = written && file.commit();
        result.count = int(events.size()) - result.skipped;
        if (!result.written && !m_cancel && (written || result.error.isEmpty())) {
            result.error = file.errorString();
        }
        return result;
    }));
}

QString ExportController::recordSnapshot(QStringList* changes)
{
    if (!ExportSnapshot::isApprovedList(m_exportedFilter)) {
        return {};
    }
    const ExportSnapshot snapshot = ExportSnapshot::of(m_events, m_model->edition().year,
        ExportWriter::key(m_format), m_exportedFilter, SessionUser::name());
    const StoreResult<std::optional<ExportSnapshot>> recorded
        = ExportSnapshotRepository(m_database).record(snapshot);
    if (!recorded) {
        return tr("The export could not be recorded to compare the next one with: %1").arg(recorded.message);
    }
    const std::optional<ExportSnapshot>& previous = *recorded;
    if (!previous) {
        return {};
    }
    const ExportChanges found = ExportChanges::between(*previous, snapshot);
    *changes = found.lines();
    return ExportChanges::summary(*previous, found);
}

void ExportController::showResult()
{
    m_progress->reset();
    m_progress->hide();
    const Result result = m_watcher.result();
    QString text;
    QStringList changes;
    if (result.written) {
        text = tr("%n request(s) exported to %1.", nullptr, result.count).arg(m_path);
        if (result.skipped > 0) {
            text += QLatin1Char('\n') + ExportWriter::skippedText(m_format, result.skipped);
        }
        if (result.truncated > 0) {
            text += QLatin1Char('\n') + ExportWriter::truncatedText(result.truncated);
        }
        if (const QString since = recordSnapshot(&changes); !since.isEmpty()) {
            text += QLatin1Char('\n') + since;
        }
    } else if (result.error.isEmpty()) {
        text = tr("The export was cancelled; no file was written.");
    } else {
        text = tr("Cannot write %1: %2").arg(m_path, result.error);
    }
    delete m_summary;
    m_summary = new QMessageBox(result.written ? QMessageBox::Information : QMessageBox::Warning,
        result.written ? tr("Export finished") : tr("Nothing was exported"), text, QMessageBox::Ok, m_parent);
    m_summary->setObjectName(QStringLiteral("exportSummary"));
    if (!changes.isEmpty()) {
        m_summary->setDetailedText(
            tr("Changes since the last export:") + QLatin1Char('\n') + changes.join(QLatin1Char('\n')));
    }
    m_summary->setAttribute(Qt::WA_DeleteOnClose);
    m_summary->open();
    emit finished(result.written);
}
