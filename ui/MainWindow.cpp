#include "ui/MainWindow.h"

#include "app/core/GeoReference.h"
#include "app/core/SessionUser.h"
#include "app/mail/SmtpSettingsStore.h"
#include "db/AccessRepository.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "db/EditionRepository.h"
#include "db/EventRepository.h"
#include "db/LetterTemplateRepository.h"
#include "db/MetaRepository.h"
#include "db/OutboxRepository.h"
#include "db/PendingUpdates.h"
#include "db/QueueIndex.h"
#include "db/QueueSelector.h"
#include "db/RequestStore.h"
#include "ui/ConnectionDialog.h"
#include "ui/ReviewQueueModel.h"
#include "ui/SharedFilter.h"
#include "ui/event/EventForm.h"
#include "ui/io/ExportController.h"
#include "ui/io/ImportController.h"
#include "ui/letters/AttestationController.h"
#include "ui/letters/LetterTemplateDialog.h"
#include "ui/mail/OutboxView.h"
#include "ui/mail/SmtpSettingsDialog.h"
#include "ui/map/MapWidget.h"
#include "ui/queue/DecisionController.h"
#include "ui/queue/DecisionFeedback.h"
#include "ui/queue/NotesEditor.h"
#include "ui/queue/QueueView.h"
#include "ui/stats/StatisticsView.h"
#include "ui/widgets/SteadyTabWidget.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QTabWidget>

#include <algorithm>

MainWindow::MainWindow(Database& database, QWidget* parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_repository(new EventRepository(database))
    , m_index(new QueueIndex(database))
    , m_filter(new SharedFilter(this))
    , m_queueModel(new ReviewQueueModel(
          *m_repository, *m_index, database.changes(), m_filter, GeoReference::embedded(), this))
{
    m_filter->restore();
    m_access = AccessRepository(database).current();
    // Other reviewers' decisions on a shared store appear within a moment, announced to the
    // queue as this window's own are.
    database.listenToOtherWorkstations();
    // Search keystrokes are answered by a second connection on a thread of its own.
    auto* selector = new QueueSelector(database, this);
    // Rows written by an older recipe of the rules are all worked out again before the queue reads
    // them. Requests without a row (after an upgrade, or when an edition's dates changed) are
    // looked for on the second connection meanwhile, and join the queue when found: on
    // PostgreSQL that proof scans every request, which the first page does not wait for.
    const StoreResult<bool> current = m_index->isCurrent();
    if (current.value_or(false) && selector->isAvailable()) {
        connect(selector, &QueueSelector::indexChecked, this,
            [this](const QList<qint64>& missing, const QString& error) {
                if (!missing.isEmpty() || !error.isEmpty()) {
                    refreshQueueIndex();
                }
            });
        selector->checkIndex();
    } else {
        refreshQueueIndex();
    }
    if (!m_index->searchIsIndexed()) {
        qWarning(
            "The store has no trigram index (the server lacks pg_trgm): each search of the queue reads every "
            "request. Its administrator may run: CREATE EXTENSION pg_trgm; CREATE INDEX event_queue_search "
            "ON "
            "event_queue USING gin (search_text gin_trgm_ops);");
    }
    m_queueModel->setSelector(selector);
    // Without its editions the window cannot judge a request: say so rather than show none.
    const StoreResult<QList<Edition>> editions = EditionRepository(database).all();
    if (!editions) {
        QMessageBox::critical(this, tr("The store cannot be read"), editions.message);
    }
    m_editions = editions.value_or({});
    if (!m_editions.isEmpty()) {
        m_queueModel->setEdition(m_editions.last());
    }
    m_import = new ImportController(database, this);
    m_export = new ExportController(m_queueModel, m_filter, database, this);
    m_attestations = new AttestationController(database, this);
    m_export->setMayKeepTemplates(m_access.mayKeepTemplates());
    initUi();
    createMenus();
    setupConnections();
    updateTitle();
    updateStatusBar();
    updatePendingUpdates();
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
}

MainWindow::~MainWindow()
{
    // While the repository they write through still exists.
    m_notes->saveNow();
    m_form->saveNotes();
    delete m_queueModel;
    delete m_index;
    delete m_repository;
    delete m_outboxRepository;
}

void MainWindow::refreshQueueIndex()
{
    if (const StoreResult<int> refreshed = RequestStore(m_database).refreshQueueIndex(); !refreshed) {
        QMessageBox::warning(this, tr("The queue may be incomplete"),
            tr("The review queue's index could not be brought up to date: %1").arg(refreshed.message));
    }
}

void MainWindow::initUi()
{
    setObjectName(QStringLiteral("mainWindow"));
    m_places = new SteadyTabWidget(this);
    m_places->setObjectName(QStringLiteral("places"));
    m_places->setDocumentMode(true);
    auto* decisions = new DecisionController(m_queueModel, m_database, this);
    decisions->setAccess(m_access);
    m_notes = new NotesEditor(m_database, m_places);
    m_queue = new QueueView(m_queueModel, m_filter, decisions, m_notes, m_places);
    m_queue->setObjectName(QStringLiteral("queueView"));
    m_form = new EventForm(m_queueModel, m_database, m_editions, decisions, m_places);
    m_form->setObjectName(QStringLiteral("eventView"));
    m_statistics = new StatisticsView(m_queueModel, m_filter, m_database, m_places);
    m_statistics->setObjectName(QStringLiteral("statisticsView"));
    // Previous-edition figures belong to the edition: an administrator's, on a shared store.
    m_statistics->setMayEditPreviousFigures(m_access.mayEditEditions());
    m_map = new MapWidget(m_queueModel, m_filter, m_places);
    m_map->setObjectName(QStringLiteral("mapView"));
    // Every single decision says what it did, and can be undone for a minute from the queue.
    auto* feedback = new DecisionFeedback(decisions, this);
    m_queue->addAction(feedback->undoAction());
    statusBar()->addPermanentWidget(feedback);
    m_places->addTab(m_queue, tr("&Queue"));
    m_places->addTab(m_form, tr("Eve&nt"));
    m_places->addTab(m_statistics, tr("St&atistics"));
    m_places->addTab(m_map, tr("&Map"));
    m_outboxRepository = new OutboxRepository(m_database);
    m_form->setOutbox(m_outboxRepository);
    m_outbox = new OutboxView(m_database, m_places);
    m_outbox->setObjectName(QStringLiteral("outboxView"));
    m_places->addTab(m_outbox, tr("Out&box"));
    setCentralWidget(m_places);

    m_storeLabel = new QLabel(this);
    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_pendingUpdatesLabel = new QLabel(this);
    m_pendingUpdatesLabel->setObjectName(QStringLiteral("pendingUpdatesLabel"));
    m_pendingUpdatesLabel->setTextInteractionFlags(
        Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_pendingUpdatesLabel->setToolTip(tr("Opens the next request with a change from an import waiting"));
    statusBar()->addWidget(m_storeLabel, 1);
    statusBar()->addPermanentWidget(m_pendingUpdatesLabel);
    m_outboxLabel = new QLabel(this);
    m_outboxLabel->setObjectName(QStringLiteral("outboxLabel"));
    statusBar()->addPermanentWidget(m_outboxLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    resize(1400, 860);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* create = file->addAction(tr("&New request"), this, &MainWindow::newRequest);
    create->setObjectName(QStringLiteral("newRequest"));
    create->setShortcut(QKeySequence::New);
    create->setEnabled(m_access.mayCreate());
    QAction* import = file->addAction(tr("&Import requests…"), m_import, &ImportController::chooseAndImport);
    import->setObjectName(QStringLiteral("importRequests"));
    import->setShortcut(Qt::CTRL | Qt::Key_I);
    import->setEnabled(m_access.mayCreate());
    QAction* exportList
        = file->addAction(tr("&Export the current list…"), m_export, &ExportController::chooseAndExport);
    exportList->setObjectName(QStringLiteral("exportRequests"));
    exportList->setShortcut(Qt::CTRL | Qt::Key_E);
    // The request shown in the Event place, else the requests selected in the queue.
    QAction* attestations = file->addAction(tr("Label &attestations…"), this, [this] {
        m_attestations->chooseAndWrite(m_currentPlace == EventPlace && m_form->eventId() != 0
                ? QList<qint64> { m_form->eventId() }
                : m_queue->selectedEventIds());
    });
    attestations->setObjectName(QStringLiteral("writeAttestations"));
    attestations->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    file->addSeparator();
    QAction* connectShared = file->addAction(tr("&Shared store…"), this, &MainWindow::chooseSharedStore);
    connectShared->setObjectName(QStringLiteral("chooseSharedStore"));
    if (m_database.isPostgresql()) {
        QAction* local = file->addAction(tr("Work on this &workstation's store"), this, [this] {
            QSettings().remove(QStringLiteral("store/location"));
            QMessageBox::information(
                this, tr("Store"), tr("This workstation's store opens from the next start."));
        });
        local->setObjectName(QStringLiteral("useLocalStore"));
    }
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* find = edit->addAction(tr("&Find in the queue"), this, [this] {
        showPlace(QueuePlace);
        m_queue->focusSearch();
    });
    find->setObjectName(QStringLiteral("findInQueue"));
    find->setShortcut(QKeySequence::Find);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QList<std::pair<QString, Place>> places = { { tr("&Queue"), QueuePlace },
        { tr("Eve&nt"), EventPlace }, { tr("St&atistics"), StatisticsPlace }, { tr("&Map"), MapPlace },
        { tr("Out&box"), OutboxPlace } };
    for (int i = 0; i < places.size(); ++i) {
        const Place place = places.at(i).second;
        QAction* action = view->addAction(places.at(i).first, this, [this, place] { showPlace(place); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction* reload = view->addAction(tr("&Reload from the store"), m_queueModel, &ReviewQueueModel::reload);
    reload->setShortcut(QKeySequence::Refresh);
    connect(reload, &QAction::triggered, this, &MainWindow::updatePendingUpdates);

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("&Mail server…"), this, [this] {
        SmtpSettingsDialog dialog(SmtpSettingsStore::load(), this);
        if (dialog.exec() == QDialog::Accepted) {
            SmtpSettingsStore::save(dialog.settings());
        }
    });
    QMenu* language = settings->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("language")).toString();
    const QList<std::pair<QString, QString>> choices = { { tr("Automatic (system language)"), QString() },
        { QStringLiteral("Français"), QStringLiteral("fr") },
        { QStringLiteral("English"), QStringLiteral("en") } };
    for (const auto& choice : choices) {
        QAction* action = language->addAction(choice.first);
        action->setCheckable(true);
        action->setChecked(choice.second == current);
        action->setObjectName(QStringLiteral("language-%1")
                .arg(choice.second.isEmpty() ? QStringLiteral("auto") : choice.second));
        languages->addAction(action);
        const QString code = choice.second;
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }

    settings->addSeparator();
    QAction* letters = settings->addAction(tr("Letter &templates…"), this, &MainWindow::editLetterTemplates);
    letters->setObjectName(QStringLiteral("editLetterTemplates"));
    // The letters speak for the committee: the administrators edit them.
    letters->setEnabled(m_access.mayEditLetterTemplates());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About semaine-admin"), this, &MainWindow::showAbout);
}

void MainWindow::setupConnections()
{
    connect(m_form, &EventForm::attestationRequested, this,
        [this](qint64 id) { m_attestations->chooseAndWrite({ id }); });
    connect(m_queue, &QueueView::currentEventChanged, m_form, &EventForm::follow);
    connect(m_queue, &QueueView::eventActivated, this, [this](qint64 id) {
        if (m_form->openEvent(id)) {
            showPlace(EventPlace);
        }
    });
    // Queue and map select together; each says so only when the change is its reviewer's, so
    // neither echoes the other back.
    connect(m_map, &MapWidget::eventsSelected, this, [this](const QList<qint64>& ids) {
        const QSignalBlocker blocker(m_queue);
        m_queue->selectEvents(ids);
        if (!ids.isEmpty()) {
            m_form->follow(ids.first());
        }
    });
    connect(m_queue, &QueueView::selectedEventsChanged, m_map, &MapWidget::setSelectedEvents);
    connect(m_map, &MapWidget::eventOpened, this, [this](qint64 id) {
        if (m_form->openEvent(id)) {
            showPlace(EventPlace);
        }
    });
    connect(m_form, &EventForm::eventOpened, m_queue, &QueueView::selectEvent);
    connect(m_statistics, &StatisticsView::queueRequested, this, [this] { showPlace(QueuePlace); });
    // Unsaved edits are settled when the reviewer leaves the form, not at each later move in the queue.
    connect(m_places, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_returningToForm) {
            return;
        }
        if (m_currentPlace == EventPlace && index != EventPlace && !m_form->maybeLeave()) {
            m_returningToForm = true;
            showPlace(EventPlace);
            m_returningToForm = false;
            return;
        }
        m_currentPlace = static_cast<Place>(index);
    });
    connect(m_queueModel, &ReviewQueueModel::countsChanged, this, &MainWindow::updateStatusBar);
    // A failed read is said until the next message: rows left empty are not mistaken for none.
    connect(m_queueModel, &ReviewQueueModel::readFailed, this,
        [this](const QString& message) { statusBar()->showMessage(message); });
    // Every change of a change waiting (kept by an import, accepted, dismissed) is announced; F5
    // reads everything again.
    connect(&m_database.changes(), &ChangeNotifier::pendingUpdatesChanged, this,
        &MainWindow::updatePendingUpdates);
    connect(m_form, &EventForm::pendingUpdatesChanged, this, &MainWindow::updatePendingUpdates);
    connect(m_pendingUpdatesLabel, &QLabel::linkActivated, this, &MainWindow::openNextPendingUpdate);
    // Offline or without a server, the messages wait: the status bar says how many.
    const auto showWaiting = [this](int waiting) {
        m_outboxLabel->setText(tr("%n message(s) waiting to be sent", nullptr, waiting));
        m_outboxLabel->setVisible(waiting > 0);
    };
    connect(m_outbox, &OutboxView::waitingChanged, this, showWaiting);
    // Decisions queue messages, and take back those not sent: the outbox follows them (not every
    // decision, nor a change of the queue's filter, which leave every message as it was).
    connect(&m_database.changes(), &ChangeNotifier::outboxChanged, m_outbox, &OutboxView::reload);
    // The outbox read its messages as it was made: not read a second time.
    showWaiting(m_outbox->waiting());
}

void MainWindow::chooseSharedStore()
{
    ConnectionDialog dialog(m_database.isPostgresql() ? m_database.path() : QString(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    // Kept without any password: the keyring or the user gives it at the next start.
    QSettings().setValue(QStringLiteral("store/location"), dialog.url());
    QMessageBox::information(this, tr("Shared store"), tr("%1 opens from the next start.").arg(dialog.url()));
}

void MainWindow::showPlace(Place place) { m_places->setCurrentIndex(int(place)); }

void MainWindow::updateTitle()
{
    const QString file = QFileInfo(m_database.path()).fileName();
    const int year = m_queueModel->edition().year;
    const StoreResult<QString> demo = MetaRepository(m_database).value(MetaRepository::demoDataKey());
    if (!demo) {
        statusBar()->showMessage(demo.message);
    }
    if (!demo.value_or({}).isEmpty()) {
        setWindowTitle(tr("Semaine de l'industrie %1 — %2 — demonstration data").arg(year).arg(file));
    } else {
        setWindowTitle(tr("Semaine de l'industrie %1 — %2").arg(year).arg(file));
    }
}

void MainWindow::updateStatusBar()
{
    const QHash<EventStatus, int>& counts = m_queueModel->editionCounts();
    const int labelled = counts.value(EventStatus::Labelled);
    int pending = 0;
    for (EventStatus status : EventStatuses::all()) {
        pending += EventStatuses::isPending(status) ? counts.value(status) : 0;
    }
    static const QHash<Access::Role, QString> roles
        = { { Access::Role::Viewer, tr("read only") }, { Access::Role::Regional, tr("regional reviewer") },
              { Access::Role::National, tr("national reviewer") },
              { Access::Role::Administrator, tr("administrator") } };
    m_storeLabel->setText(m_database.isPostgresql()
            ? tr("Shared store: %1 · %2 (%3)")
                  .arg(m_database.path(), SessionUser::name(),
                      m_access.role == Access::Role::Regional
                          ? tr("regional reviewer: %1").arg(m_access.regions.join(QStringLiteral(", ")))
                          : roles.value(m_access.role))
            : tr("Store: %1").arg(m_database.path()));
    m_countLabel->setText(tr("%1 · %2 · %3")
            .arg(tr("%Ln request(s)", nullptr, m_queueModel->editionTotal()),
                tr("%Ln labelled", nullptr, labelled), tr("%Ln pending", nullptr, pending)));
}

void MainWindow::updatePendingUpdates()
{
    // Found in the form of each request concerned.
    const StoreResult<int> waiting = PendingUpdates(m_database).openCount(m_queueModel->edition().year);
    if (!waiting) {
        m_pendingUpdatesLabel->setText(waiting.message.toHtmlEscaped());
        m_pendingUpdatesLabel->setVisible(true);
        return;
    }
    m_pendingUpdatesLabel->setText(QStringLiteral("<a href=\"next\">%1</a>")
            .arg(tr("%n change(s) from imports waiting for a reviewer", nullptr, *waiting).toHtmlEscaped()));
    m_pendingUpdatesLabel->setVisible(*waiting > 0);
}

void MainWindow::openNextPendingUpdate()
{
    // After the request shown, round to the first.
    const StoreResult<QList<qint64>> waiting
        = PendingUpdates(m_database).eventsWithOpen(m_queueModel->edition().year);
    if (!waiting) {
        QMessageBox::warning(this, tr("Changes from imports"), waiting.message);
        return;
    }
    const QList<qint64>& ids = *waiting;
    if (ids.isEmpty()) {
        return;
    }
    const auto next = std::upper_bound(ids.cbegin(), ids.cend(), m_form->eventId());
    const qint64 id = next == ids.cend() ? ids.first() : *next;
    if (m_form->openEvent(id)) {
        m_queue->selectEvent(id);
        showPlace(EventPlace);
    }
}

void MainWindow::chooseLanguage(const QString& language)
{
    QSettings().setValue(QStringLiteral("language"), language);
    QMessageBox::information(
        this, tr("Language"), tr("The new language applies from the next start of semaine-admin."));
}

void MainWindow::editLetterTemplates()
{
    // The preview is written for the queue's current request, else its first one.
    qint64 id = m_queue->currentEventId();
    if (id == 0 && m_queueModel->rowCount() > 0) {
        id = m_queueModel->idAt(0);
    }
    Event preview;
    preview.editionYear = m_queueModel->edition().year;
    if (id != 0) {
        preview = m_repository->find(id).value_or(preview);
    }
    LetterTemplateRepository templates(m_database);
    LetterTemplateDialog dialog(templates, preview, m_queueModel->edition(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About semaine-admin"),
        tr("<h3>semaine-admin %1</h3><p>Label requests of the Semaine de l'industrie, for the Direction "
           "générale des "
           "entreprises.</p><p>Contours et centres géographiques : IGN – ADMIN EXPRESS COG (édition 2018) et "
           "GEOFLA "
           "(2016, 2013), via le dépôt gregoiredavid/france-geojson ; codes, noms, codes postaux et "
           "populations : "
           "INSEE – Code officiel géographique et populations légales, La Poste – base officielle des codes "
           "postaux, "
           "via @etalab/decoupage-administratif 6.0.0 (millésime 2026). Licence Ouverte / Etalab. Données "
           "simplifiées "
           "et recalculées.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::newRequest()
{
    showPlace(EventPlace);
    m_form->newRequest();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_form->maybeLeave()) {
        event->ignore();
        return;
    }
    m_notes->saveNow();
    m_form->saveNotes();
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    event->accept();
}
