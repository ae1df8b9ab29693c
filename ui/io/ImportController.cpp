#include "ui/io/ImportController.h"

#include "app/core/SessionUser.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "db/EventRepository.h"
#include "ui/common/FileDialogs.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

ImportController::ImportController(Database& store, QWidget* parent)
    : QObject(parent)
    , m_store(store)
    , m_parent(parent)
    , m_progress(new QProgressDialog(parent))
{
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setWindowTitle(tr("Import"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setRange(0, 100);
    m_progress->setAutoReset(false);
    m_progress->setAutoClose(false);
    m_progress->reset();
    connect(m_progress, &QProgressDialog::canceled, this, [this] { m_cancel = true; });
    connect(
        &m_watcher, &QFutureWatcher<RequestImport::Outcome>::finished, this, &ImportController::showOutcome);
}

ImportController::~ImportController()
{
    // The worker reads m_cancel and writes m_percent: it must be done first.
    m_cancel = true;
    m_watcher.waitForFinished();
}

void ImportController::chooseAndImport()
{
    const QString file = FileDialogs::openFileName(m_parent, FileDialogs::Kind::Import,
        tr("Import label requests"), tr("Back-office exports (*.csv *.json *.txt);;All files (*)"));
    if (!file.isEmpty()) {
        start(file);
    }
}

void ImportController::start(const QString& file)
{
    if (isRunning()) {
        return;
    }
    m_cancel = false;
    m_percent = 0;
    m_progress->setLabelText(tr("Importing %1…").arg(QFileInfo(file).fileName()));
    m_progress->setValue(0);
    m_progress->show();
    RequestImport::Options options;
    options.file = file;
    options.who = SessionUser::name();
    m_watcher.setFuture(QtConcurrent::run([this, options, path = m_store.path()] {
        // A connection belongs to the thread that opened it.
        Database database;
        if (!database.open(path)) {
            RequestImport::Outcome failed;
            failed.status = RequestImport::Outcome::Status::Failed;
            failed.message = database.errorString();
            return failed;
        }
        m_store.changes().follow(database.changes());
        return RequestImport::run(database, options, [this](int percent) {
            if (m_percent.exchange(percent) != percent) {
                QMetaObject::invokeMethod(
                    m_progress,
                    [this, percent] {
                        if (!m_cancel) {
                            m_progress->setValue(percent);
                        }
                    },
                    Qt::QueuedConnection);
            }
            return !m_cancel;
        });
    }));
}

void ImportController::showOutcome()
{
    m_progress->reset();
    m_progress->hide();
    const RequestImport::Outcome outcome = m_watcher.result();
    const bool done = outcome.status == RequestImport::Outcome::Status::Done;
    delete m_summary;
    m_summary
        = new QMessageBox(done && outcome.rejected == 0 ? QMessageBox::Information : QMessageBox::Warning,
            done ? tr("Import finished") : tr("Nothing was imported"), outcome.summary(), QMessageBox::Ok,
            m_parent);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setAttribute(Qt::WA_DeleteOnClose);
    m_summary->open();
    emit finished(outcome);
}
