#include "ui/event/EventForm.h"

#include "app/core/SessionUser.h"
#include "ui/event/PendingUpdatesBar.h"
#include "ui/mail/FreeMessageDialog.h"

#include "app/core/DateText.h"
#include "app/core/GeoReference.h"
#include "app/core/LabelRules.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "db/EventRepository.h"
#include "db/OutboxRepository.h"
#include "ui/ReviewQueueModel.h"
#include "ui/queue/DecisionController.h"
#include "ui/queue/NotesEditor.h"
#include "ui/widgets/ConditionsPanel.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMetaEnum>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace {

using Field = EventFormModel::Field;

// "organiserName" for Field::OrganiserName: the editors' objectNames, stable for the tests.
QString objectNameOf(Field field)
{
    QString name = QString::fromLatin1(QMetaEnum::fromType<Field>().valueToKey(int(field)));
    name[0] = name.at(0).toLower();
    return name;
}

// The tri-state choices' data: not given, yes, no.
constexpr int NotGiven = -1;

int triState(const QVariant& value) { return value.isValid() ? int(value.toBool()) : NotGiven; }

} // namespace

EventForm::EventForm(ReviewQueueModel* queue, Database& database, const QList<Edition>& editions,
    DecisionController* decisions, QWidget* parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_database(database)
    , m_requests(database)
    , m_store(database)
    , m_pending(database)
    , m_audit(database)
    , m_editions(editions)
    , m_decisions(decisions)
    , m_model(new EventFormModel(GeoReference::embedded(), this))
{
    initUi();
    createActions();
    setupConnections();
    load(EventFormModel::blankRequest(m_queue->edition()));
}

void EventForm::initUi()
{
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("eventHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("formNotice"));
    m_notice->setWordWrap(true);
    m_duplicates = new QLabel(this);
    m_duplicates->setObjectName(QStringLiteral("duplicateBanner"));
    m_duplicates->setWordWrap(true);
    m_duplicates->setTextFormat(Qt::RichText);
    m_duplicates->hide();
    m_matchTimer = new QTimer(this);
    m_matchTimer->setSingleShot(true);
    m_matchTimer->setInterval(250);
    m_pendingUpdates = new PendingUpdatesBar(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("eventTabs"));
    m_tabs->addTab(createFields(), tr("Request"));
    m_tabs->addTab(createHistory(), tr("History"));
    m_tabs->addTab(createOrganiserRequests(), tr("Organiser's requests"));

    m_conditions = new ConditionsPanel(this);
    m_conditions->setObjectName(QStringLiteral("formConditions"));
    m_due = new QLabel(this);
    m_due->setObjectName(QStringLiteral("decisionDue"));
    m_due->setWordWrap(true);
    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_due);
    sideLayout->addWidget(m_conditions, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // The fields read whole in two thirds of 1366 px; the conditions' reasons need the rest.
    splitter->setSizes({ 880, 440 });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_notice);
    layout->addWidget(m_duplicates);
    layout->addWidget(m_pendingUpdates);
    layout->addWidget(splitter, 1);
}

QWidget* EventForm::field(Field field)
{
    QWidget* editor = nullptr;
    switch (field) {
    case Field::Description: {
        auto* text = new QPlainTextEdit(this);
        text->setTabChangesFocus(true);
        text->setUndoRedoEnabled(false); // the form's undo covers it
        text->setMaximumHeight(text->fontMetrics().height() * 5);
        connect(text, &QPlainTextEdit::textChanged, this, [this, text] {
            if (!m_showing) {
                m_model->setValue(Field::Description, text->toPlainText());
            }
        });
        editor = text;
        break;
    }
    case Field::OrganiserType:
    case Field::EventType: {
        auto* combo = new QComboBox(this);
        if (field == Field::OrganiserType) {
            for (OrganiserType type : OrganiserTypes::all()) {
                combo->addItem(OrganiserTypes::displayName(type), int(type));
            }
        } else {
            for (EventType type : EventTypes::all()) {
                combo->addItem(EventTypes::displayName(type), int(type));
            }
        }
        connect(combo, &QComboBox::activated, this,
            [this, combo, field] { m_model->setValue(field, combo->currentData()); });
        editor = combo;
        break;
    }
    case Field::AimsIndustry:
    case Field::Free: {
        auto* combo = new QComboBox(this);
        combo->addItem(tr("not given"), NotGiven);
        combo->addItem(field == Field::Free ? tr("free") : tr("yes"), 1);
        combo->addItem(field == Field::Free ? tr("paying") : tr("no"), 0);
        connect(combo, &QComboBox::activated, this, [this, combo, field] {
            const int choice = combo->currentData().toInt();
            m_model->setValue(field, choice == NotGiven ? QVariant() : QVariant(choice == 1));
        });
        editor = combo;
        break;
    }
    case Field::Commune: {
        // The postal code's communes to choose from; any name may still be typed.
        m_commune = new QComboBox(this);
        m_commune->setEditable(true);
        m_commune->setInsertPolicy(QComboBox::NoInsert);
        connect(m_commune->lineEdit(), &QLineEdit::textEdited, this,
            [this](const QString& text) { m_model->setValue(Field::Commune, text); });
        connect(m_commune, &QComboBox::activated, this,
            [this](int index) { m_model->chooseCommune(m_commune->itemData(index).toString()); });
        m_commune->lineEdit()->installEventFilter(this);
        editor = m_commune;
        break;
    }
    case Field::Online:
    case Field::GeneralPublic:
    case Field::YoungPeople:
    case Field::JobSeekers: {
        auto* box = new QCheckBox(EventFormModel::label(field), this);
        connect(box, &QCheckBox::clicked, this,
            [this, field](bool checked) { m_model->setValue(field, checked); });
        editor = box;
        break;
    }
    default: {
        auto* line = new QLineEdit(this);
        // Filled from the chosen commune: read, not typed, so not in the tab order either.
        if (field == Field::InseeCode || field == Field::Departement || field == Field::Region) {
            line->setReadOnly(true);
            line->setFocusPolicy(Qt::ClickFocus);
        }
        connect(line, &QLineEdit::textEdited, this,
            [this, field](const QString& text) { m_model->setValue(field, text); });
        editor = line;
        break;
    }
    }
    if (field == Field::SubmittedAt || field == Field::StartsAt || field == Field::EndsAt) {
        static_cast<QLineEdit*>(editor)->setPlaceholderText(tr("dd/mm/yyyy hh:mm"));
    }
    editor->installEventFilter(this);
    if (qobject_cast<QComboBox*>(editor) || qobject_cast<QAbstractSpinBox*>(editor)) {
        editor->setFocusPolicy(Qt::StrongFocus); // not focused by the wheel (see eventFilter())
    }
    editor->setObjectName(objectNameOf(field));
    editor->setAccessibleName(EventFormModel::label(field));
    m_editors.insert(field, editor);

    // The message sits right under its field, in words.
    auto* message = new QLabel(this);
    message->setObjectName(objectNameOf(field) + QStringLiteral("Message"));
    message->setWordWrap(true);
    message->hide();
    m_messages.insert(field, message);
    auto* cell = new QWidget(this);
    auto* cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(editor);
    cellLayout->addWidget(message);
    return cell;
}

QWidget* EventForm::createFields()
{
    const QList<std::pair<QString, QList<Field>>> groups = {
        { tr("Organiser"),
            { Field::OrganiserName, Field::OrganiserType, Field::Siret, Field::ContactName,
                Field::ContactEmail, Field::ContactPhone } },
        { tr("Event"), { Field::Title, Field::Description, Field::EventType, Field::Online } },
        { tr("Place"),
            { Field::Address, Field::PostalCode, Field::Commune, Field::InseeCode, Field::Departement,
                Field::Region, Field::Latitude, Field::Longitude } },
        { tr("Dates"), { Field::StartsAt, Field::EndsAt } },
        { tr("Audience and access"),
            { Field::GeneralPublic, Field::YoungPeople, Field::JobSeekers, Field::AimsIndustry, Field::Free,
                Field::Price } },
        { tr("Participants"), { Field::ExpectedParticipants, Field::ActualParticipants } },
        { tr("Request"), { Field::RequestId, Field::SubmittedAt } },
    };
    auto* fields = new QWidget(this);
    auto* fieldsLayout = new QVBoxLayout(fields);
    QWidget* previous = nullptr;
    QFormLayout* requestForm = nullptr;
    for (const auto& [title, members] : groups) {
        auto* box = new QGroupBox(title, fields);
        auto* form = new QFormLayout(box);
        for (Field member : members) {
            QWidget* cell = field(member);
            QWidget* editor = m_editors.value(member);
            if (qobject_cast<QCheckBox*>(editor)) {
                form->addRow(QString(), cell); // the box carries its own label
            } else {
                auto* label = new QLabel(EventFormModel::label(member), box);
                label->setBuddy(editor);
                form->addRow(label, cell);
            }
            // The tab order follows the groups as they read, top to bottom.
            if (editor->focusPolicy() & Qt::TabFocus) {
                if (previous) {
                    setTabOrder(previous, editor);
                }
                previous = editor;
            }
        }
        fieldsLayout->addWidget(box);
        requestForm = form;
    }
    // The request's state is decided in the queue or by the decisions here, never typed.
    m_status = new QLabel(fields);
    m_status->setObjectName(QStringLiteral("status"));
    m_assignee = new QLabel(fields);
    m_assignee->setObjectName(QStringLiteral("assignee"));
    requestForm->addRow(tr("Status"), m_status);
    requestForm->addRow(tr("Assignee"), m_assignee);
    fieldsLayout->addStretch();
    // One label column across the groups, so that the fields line up from top to bottom.
    QList<QWidget*> labels;
    for (const QFormLayout* form : fields->findChildren<QFormLayout*>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (const QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget()) {
                labels.append(item->widget());
            }
        }
    }
    int labelWidth = 0;
    for (const QWidget* label : std::as_const(labels)) {
        labelWidth = std::max(labelWidth, label->sizeHint().width());
    }
    for (QWidget* label : std::as_const(labels)) {
        label->setMinimumWidth(labelWidth);
    }

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("fieldsScroll"));
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

QWidget* EventForm::createHistory()
{
    auto* page = new QWidget(this);
    m_history = new QTreeWidget(page);
    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setAccessibleName(tr("History of the request"));
    m_history->setRootIsDecorated(false);
    m_history->setWordWrap(true);
    m_history->setHeaderLabels({ tr("When"), tr("Who"), tr("What"), tr("Details") });
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setStretchLastSection(true);
    m_notes = new NotesEditor(m_database, page);
    m_notes->setObjectName(QStringLiteral("formNotes"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_history, 3);
    layout->addWidget(m_notes, 1);
    return page;
}

QWidget* EventForm::createOrganiserRequests()
{
    m_organiserRequests = new QTreeWidget(this);
    m_organiserRequests->setObjectName(QStringLiteral("organiserRequests"));
    m_organiserRequests->setAccessibleName(tr("The organiser's other requests"));
    m_organiserRequests->setRootIsDecorated(false);
    m_organiserRequests->setHeaderLabels(
        { tr("Edition"), tr("Request id"), tr("Title"), tr("Organiser"), tr("Outcome") });
    m_organiserRequests->setUniformRowHeights(true);
    m_organiserRequests->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The columns fit the rows in sight, not each of a big organiser's thousand requests.
    m_organiserRequests->header()->setResizeContentsPrecision(0);
    return m_organiserRequests;
}

void EventForm::createActions()
{
    // A tool bar rather than a row of buttons: what does not fit goes into its » menu instead of
    // widening the window (French labels are long).
    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("formActions"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto addButton = [this, bar](QAction* action, const QString& name, const QKeySequence& shortcut) {
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        const QString text = QString(action->text()).remove(QLatin1Char('&'));
        action->setToolTip(shortcut.isEmpty()
                ? text
                : QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
        QWidget::addAction(action);
        bar->addAction(action);
        return action;
    };
    // Ctrl+N is the main window's, which shows this place first.
    addButton(new QAction(tr("New request"), this), QStringLiteral("formNew"), QKeySequence());
    m_save = addButton(new QAction(tr("Save"), this), QStringLiteral("formSave"), QKeySequence::Save);
    m_saveAndNext = addButton(new QAction(tr("Save and next"), this), QStringLiteral("formSaveAndNext"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    // Every key the platform has for undo and redo, not only the first. The buttons keep their
    // short text (the field concerned is in the tooltip): a long one would widen the window.
    QUndoStack* stack = m_model->undoStack();
    QAction* undo = addButton(new QAction(tr("Undo"), this), QStringLiteral("formUndo"), QKeySequence::Undo);
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = addButton(new QAction(tr("Redo"), this), QStringLiteral("formRedo"), QKeySequence::Redo);
    redo->setShortcuts(QKeySequence::Redo);
    connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    const QString undoKey = undo->shortcut().toString(QKeySequence::NativeText);
    const QString redoKey = redo->shortcut().toString(QKeySequence::NativeText);
    connect(stack, &QUndoStack::undoTextChanged, undo, [undo, undoKey](const QString& what) {
        undo->setToolTip(
            what.isEmpty() ? tr("Undo (%1)").arg(undoKey) : tr("Undo: %1 (%2)").arg(what, undoKey));
    });
    connect(stack, &QUndoStack::redoTextChanged, redo, [redo, redoKey](const QString& what) {
        redo->setToolTip(
            what.isEmpty() ? tr("Redo (%1)").arg(redoKey) : tr("Redo: %1 (%2)").arg(what, redoKey));
    });
    undo->setEnabled(stack->canUndo());
    redo->setEnabled(stack->canRedo());
    bar->addSeparator();
    // The queue's decisions with the queue's keys.
    m_decisionActions = DecisionController::createActions(this, QStringLiteral("form"));
    for (int kind = 0; kind < m_decisionActions.size(); ++kind) {
        QAction* action = m_decisionActions.at(kind);
        connect(action, &QAction::triggered, this, [this, kind] { decide(kind); });
        bar->addAction(action);
    }
    bar->addSeparator();
    m_attestation
        = addButton(new QAction(tr("Attestation…"), this), QStringLiteral("formAttestation"), QKeySequence());
    // A tool button shows its text without the mnemonic: the mnemonic's key is the action's shortcut.
    auto* write = new QAction(tr("&Write to the organiser…"), this);
    m_writeToOrganiser
        = addButton(write, QStringLiteral("formWriteToOrganiser"), QKeySequence::mnemonic(write->text()));
    static_cast<QVBoxLayout*>(layout())->insertWidget(1, bar);
}

void EventForm::setupConnections()
{
    connect(
        findChild<QAction*>(QStringLiteral("formNew")), &QAction::triggered, this, &EventForm::newRequest);
    connect(m_save, &QAction::triggered, this, &EventForm::save);
    connect(m_saveAndNext, &QAction::triggered, this, &EventForm::saveAndNext);
    connect(m_attestation, &QAction::triggered, this, [this] { emit attestationRequested(eventId()); });
    connect(m_writeToOrganiser, &QAction::triggered, this, &EventForm::writeToOrganiser);
    connect(m_model, &EventFormModel::valueChanged, this, &EventForm::showValue);
    connect(m_model, &EventFormModel::valueChanged, this, &EventForm::matchLater);
    connect(m_matchTimer, &QTimer::timeout, this, [this] {
        showOrganiserRequests();
        showDuplicates();
    });
    connect(m_model, &EventFormModel::stateChanged, this, &EventForm::showState);
    // A decision or an edit, here or on another workstation: an unchanged form shows its request as
    // it now is. Another request's change is not read again here; new requests (an import) may
    // come with changes of this one.
    connect(&m_database.changes(), &ChangeNotifier::eventsChanged, this, [this](const QList<qint64>& ids) {
        if (ids.contains(eventId())) {
            reloadStored();
        }
    });
    connect(&m_database.changes(), &ChangeNotifier::eventsAdded, this, &EventForm::reloadStored);
    connect(m_duplicates, &QLabel::linkActivated, this, [this](const QString& link) {
        if (openEvent(link.toLongLong())) {
            emit eventOpened(link.toLongLong());
        }
    });
    connect(m_pendingUpdates, &PendingUpdatesBar::acceptRequested, this, &EventForm::acceptPendingUpdate);
    connect(m_pendingUpdates, &PendingUpdatesBar::dismissRequested, this, &EventForm::dismissPendingUpdate);
    connect(m_tabs, &QTabWidget::currentChanged, this, &EventForm::listOrganiserRequests);
    connect(m_organiserRequests, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const qint64 id = item->data(0, Qt::UserRole).toLongLong();
        if (openEvent(id)) {
            emit eventOpened(id);
        }
    });
}

bool EventForm::eventFilter(QObject* watched, QEvent* event)
{
    // Scrolling the form over a choice or a number must not change it: the wheel goes to the
    // field only once the reviewer has put the cursor in it, otherwise to the scrolled page.
    if (event->type() == QEvent::Wheel) {
        const auto* widget = qobject_cast<QWidget*>(watched);
        if ((qobject_cast<QComboBox*>(watched) || qobject_cast<QAbstractSpinBox*>(watched))
            && !widget->hasFocus()) {
            event->ignore();
            return true;
        }
    }
    // Undo and redo are the form's, across fields: the editors' own must not take the keys.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

Edition EventForm::editionOf(int year) const
{
    for (const Edition& edition : m_editions) {
        if (edition.year == year) {
            return edition;
        }
    }
    return m_queue->edition();
}

void EventForm::load(const Event& event)
{
    m_confirmedDuplicates.clear();
    m_notice->clear();
    m_model->load(event, editionOf(event.editionYear), m_queue->today());
    m_matchTimer->stop();
    showDuplicates();
    // Just read: the notes from the same copy.
    m_notes->setEvent(m_model->stored());
    showAuditTrail();
    showOrganiserRequests();
    showPendingUpdates();
}

void EventForm::matchLater(Field field)
{
    static const QList<Field> matched { Field::OrganiserName, Field::Siret, Field::Title, Field::StartsAt,
        Field::EndsAt, Field::Commune, Field::InseeCode };
    if (matched.contains(field)) {
        m_matchTimer->start();
    }
}

void EventForm::reloadStored()
{
    // A request followed out of sight is read afresh when the form is shown.
    if (m_followed > 0 || m_model->isNew() || m_model->isDirty()) {
        return;
    }
    // The queue hears of a change before the form (it was made first): its row, when it has one,
    // is the request as the change left it.
    const std::optional<Event> cached = m_queue->cachedEvent(m_model->stored().id);
    const StoreResult<Event> stored
        = cached ? StoreResult<Event>(*cached) : m_requests.find(m_model->stored().id);
    if (stored.status == StoreStatus::Failed) {
        m_notice->setText(stored.message);
    }
    if (stored && stored->version != m_model->stored().version) {
        m_model->markSaved(*stored);
        m_notes->setEvent(*stored);
        showAuditTrail();
    }
    // An import keeps its changes of a decided request aside, without a new version.
    showPendingUpdates();
}

bool EventForm::openEvent(qint64 eventId)
{
    if (eventId <= 0) {
        return false;
    }
    // A request that cannot be opened leaves the one followed to be opened when shown.
    const qint64 followed = std::exchange(m_followed, 0);
    if (eventId == this->eventId()) {
        reloadStored();
        return true;
    }
    if (!maybeLeave()) {
        m_followed = followed;
        return false;
    }
    // The queue's row (its current one, mostly) is as new as a read.
    if (const std::optional<Event> cached = m_queue->cachedEvent(eventId)) {
        load(*cached);
        return true;
    }
    const StoreResult<Event> stored = m_requests.find(eventId);
    if (!stored) {
        m_notice->setText(stored.message);
        m_followed = followed;
        return false;
    }
    load(*stored);
    return true;
}

void EventForm::follow(qint64 eventId)
{
    if (eventId <= 0) {
        return; // as openEvent(): the form keeps its request
    }
    if (isVisible() || m_model->isDirty()) {
        openEvent(eventId);
        return;
    }
    // The notes typed for the request shown are written before it is left.
    m_notes->saveNow();
    m_followed = eventId;
}

bool EventForm::newRequest()
{
    if (!maybeLeave()) {
        return false;
    }
    load(blankRequest());
    m_tabs->setCurrentIndex(0);
    m_editors.value(Field::OrganiserName)->setFocus();
    return true;
}

Event EventForm::blankRequest() const
{
    // Numbered in the edition's series, so the reviewer need not invent one; it stays editable.
    Event blank = EventFormModel::blankRequest(m_queue->edition());
    blank.requestId
        = m_requests.nextRequestId(blank.editionYear).value_or(QString()); // typed by hand if unread
    return blank;
}

bool EventForm::maybeLeave()
{
    if (!m_model->isDirty()) {
        return true;
    }
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
        tr("The request “%1” has changes that are not saved.").arg(m_model->edited().title),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedPrompt"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        discardChanges();
        return true;
    default:
        return false;
    }
}

void EventForm::saveNotes() { m_notes->saveNow(); }

void EventForm::sayReadFailed(const QString& message) { m_notice->setText(message); }

void EventForm::discardChanges()
{
    if (m_model->isNew()) {
        load(blankRequest());
    } else if (const StoreResult<Event> stored = m_requests.find(m_model->stored().id)) {
        load(*stored);
    } else {
        m_notice->setText(stored.message);
    }
}

StoreResult<QList<Event>> EventForm::showDuplicates()
{
    const StoreResult<QList<Event>> found = m_requests.possibleDuplicates(m_model->edited());
    if (!found) {
        m_duplicates->setVisible(true);
        m_duplicates->setText(
            tr("The possible duplicates cannot be looked for: %1").arg(found.message.toHtmlEscaped()));
        return found;
    }
    QStringList links;
    for (const Event& other : *found) {
        links << QStringLiteral("<a href=\"%1\">%2</a> “%3” (%4)")
                     .arg(QString::number(other.id), other.requestId.toHtmlEscaped(),
                         other.title.toHtmlEscaped(),
                         EventStatuses::displayName(other.status).toHtmlEscaped());
    }
    m_duplicates->setVisible(!found->isEmpty());
    m_duplicates->setText(tr("Possible duplicate of: %1").arg(links.join(QStringLiteral(", "))));
    return found;
}

bool EventForm::confirmDuplicates()
{
    m_matchTimer->stop();
    const StoreResult<QList<Event>> found = showDuplicates();
    if (!found) {
        QMessageBox box(QMessageBox::Warning, tr("The request was not saved"),
            tr("The possible duplicates cannot be looked for: %1").arg(found.message), QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("saveFailed"));
        box.exec();
        return false;
    }
    const QList<Event>& duplicates = *found;
    QStringList lines;
    bool confirmed = true;
    for (const Event& other : duplicates) {
        lines
            << tr("%1 “%2”, %3").arg(other.requestId, other.title, EventStatuses::displayName(other.status));
        confirmed = confirmed && m_confirmedDuplicates.contains(other.id);
    }
    if (confirmed) {
        return true;
    }
    QMessageBox box(QMessageBox::Question, tr("Possible duplicate"),
        tr("This request may be the same event as %n other request(s): same organiser, similar title, "
           "overlapping "
           "dates, same commune.",
            nullptr, int(duplicates.size())),
        QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("duplicateWarning"));
    box.setInformativeText(lines.join(QLatin1Char('\n')));
    QPushButton* saveAnyway = box.addButton(tr("Save anyway"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != saveAnyway) {
        return false;
    }
    for (const Event& other : duplicates) {
        m_confirmedDuplicates.append(other.id);
    }
    return true;
}

bool EventForm::save()
{
    if (!m_model->isValid()) {
        QMessageBox box(QMessageBox::Warning, tr("The request was not saved"),
            tr("Fix these fields first; nothing you typed is lost:"), QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("saveRefused"));
        box.setInformativeText(m_model->problems().join(QLatin1Char('\n')));
        box.exec();
        return false;
    }
    if (!confirmDuplicates()) {
        return false;
    }
    Event event = m_model->edited();
    const bool isNew = m_model->isNew();
    bool backToReview = false;
    QStringList lost;
    {
        // The queue follows the write once the form holds it as saved, so that the queue's
        // reselection of a request does not find unsaved changes here.
        const ChangeNotifier::Batch followAfterwards(m_database.changes());
        const QString who = SessionUser::name();
        const WriteResult result
            = isNew ? m_store.insert(event, who) : m_store.update(event, who, m_queue->today());
        if (!result.ok()) {
            QMessageBox box(
                QMessageBox::Warning, tr("The request was not saved"), result.message, QMessageBox::Ok, this);
            box.setObjectName(QStringLiteral("saveFailed"));
            box.exec();
            return false;
        }
        // The store sent it back to review; the form says which conditions it lost.
        backToReview = !isNew && event.status != m_model->stored().status;
        const LabelLoss loss = m_model->labelLoss();
        for (Check check : loss.lostConditions()) {
            lost << LabelRules::code(check);
        }
        m_model->markSaved(m_requests.find(event.id).value_or(event));
    }
    if (isNew) {
        // The queue's reload selected its former request again, which the form followed: the
        // new one is shown again and selected in the queue.
        openEvent(event.id);
        emit eventOpened(event.id);
    }
    m_notice->setText(backToReview ? tr("Saved. The request %1 went back to review: it no longer passes %2.")
                                         .arg(event.requestId, lost.join(QStringLiteral(", ")))
                                   : tr("Saved."));
    showHistory();
    showOrganiserRequests();
    showPendingUpdates();
    return true;
}

void EventForm::saveAndNext()
{
    // The next request of the queue as it is filtered and sorted now, before saving moves rows.
    const int row = m_queue->rowOf(eventId());
    const int nextRow = row + 1;
    const qint64 nextId = nextRow < m_queue->rowCount() ? m_queue->idAt(nextRow) : 0;
    if (m_model->isDirty() && !save()) {
        return;
    }
    if (nextId > 0 && openEvent(nextId)) {
        emit eventOpened(nextId);
    }
}

void EventForm::decide(int kind)
{
    const auto decision = static_cast<DecisionController::Kind>(kind);
    if (m_model->isNew() || (m_model->isDirty() && !save())) {
        return;
    }
    const Event event = m_model->stored();
    // The form follows the queue, which follows the store's announcement of the decision.
    if (m_decisions->decide(decision, event, m_model->report())) {
        m_notice->setText(tr("Decision recorded: the request is “%1”.")
                .arg(EventStatuses::displayName(m_model->stored().status)));
    }
}

void EventForm::showValue(Field field)
{
    QWidget* editor = m_editors.value(field);
    const QVariant value = m_model->value(field);
    m_showing = true;
    if (field == Field::Departement || field == Field::Region) {
        // Names as read, codes as stored.
        const GeoReference& geo = GeoReference::embedded();
        const QString code = value.toString();
        QString text = code;
        if (const Departement* departement = field == Field::Departement ? geo.departement(code) : nullptr) {
            text = tr("%1 (%2)").arg(departement->name, code);
        } else if (const Region* region = field == Field::Region ? geo.region(code) : nullptr) {
            text = region->name;
        }
        static_cast<QLineEdit*>(editor)->setText(text);
    } else if (auto* line = qobject_cast<QLineEdit*>(editor); line && line->text() != value.toString()) {
        line->setText(value.toString());
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(editor);
        text && text->toPlainText() != value.toString()) {
        text->setPlainText(value.toString());
    } else if (auto* box = qobject_cast<QCheckBox*>(editor)) {
        box->setChecked(value.toBool());
    } else if (editor == m_commune) {
        if (m_commune->currentText() != value.toString()) {
            m_commune->setEditText(value.toString());
        }
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const bool triStateField = field == Field::AimsIndustry || field == Field::Free;
        combo->setCurrentIndex(combo->findData(triStateField ? triState(value) : value.toInt()));
    }
    m_showing = false;
    if (field == Field::PostalCode) {
        showCommuneChoices();
    }
}

void EventForm::showCommuneChoices()
{
    const QList<const Commune*> choices = m_model->communeChoices();
    m_showing = true;
    const QString typed = m_model->edited().commune;
    m_commune->clear();
    for (const Commune* commune : choices) {
        m_commune->addItem(commune->name, commune->inseeCode);
        m_commune->setItemData(m_commune->count() - 1,
            tr("%1, INSEE %2, département %3").arg(commune->name, commune->inseeCode, commune->departement),
            Qt::ToolTipRole);
    }
    m_commune->setCurrentIndex(-1);
    m_commune->setEditText(typed);
    m_commune->lineEdit()->setPlaceholderText(
        choices.isEmpty() ? QString() : tr("Choose among %n commune(s)", nullptr, int(choices.size())));
    m_showing = false;
}

void EventForm::showState()
{
    const Event& event = m_model->edited();
    const QString name = m_model->isNew() ? tr("New request") : event.title;
    m_heading->setText(m_model->isDirty() ? tr("%1 (unsaved changes)").arg(name) : name);
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        const QString message = m_model->message(it.key());
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
        m_editors.value(it.key())->setAccessibleDescription(message);
    }
    m_conditions->showReport(m_model->report());
    const QDate due = m_model->decisionDueDate();
    m_due->setText(due.isValid() ? tr("Decision due on %1.").arg(DateText::longDate(due))
                                 : tr("Decision due: not known until the submission time is given."));
    m_status->setText(EventStatuses::displayName(m_model->stored().status));
    m_assignee->setText(event.assignee.isEmpty() ? tr("nobody") : event.assignee);
    m_decisions->updateActions(
        m_decisionActions, m_model->isNew() ? std::nullopt : std::optional(m_model->stored()));
    // A shared store's role: what the server would refuse is not offered.
    const bool mayWrite = m_model->isNew() ? m_decisions->access().mayCreate()
                                           : m_decisions->access().mayChange(m_model->stored());
    m_save->setEnabled(mayWrite);
    m_saveAndNext->setEnabled(mayWrite);
    // Only a labelled request, as stored, has an attestation.
    m_attestation->setEnabled(!m_model->isNew() && m_model->stored().status == EventStatus::Labelled);
    // The outbox's regional rights: a message only about a request the reviewer may change.
    m_writeToOrganiser->setEnabled(!m_model->isNew() && mayWrite);
}

void EventForm::writeToOrganiser()
{
    // The message speaks of the request as stored: what was typed is settled first.
    if (!maybeLeave() || m_model->isNew()) {
        return;
    }
    const Event& stored = m_model->stored();
    FreeMessageDialog dialog(m_database, stored, editionOf(stored.editionYear), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    showHistory();
    m_notice->setText(tr("Message to %1 queued in the outbox.").arg(dialog.queued().recipient));
}

void EventForm::showHistory()
{
    m_notes->setEventId(m_model->stored().id);
    showAuditTrail();
}

void EventForm::showAuditTrail()
{
    m_history->clear();
    if (m_model->isNew()) {
        return;
    }
    const QLocale locale;
    for (const AuditEntry& entry : readOrSay(m_audit.of(m_model->stored().id))) {
        const QString from = entry.oldStatus ? EventStatuses::displayName(*entry.oldStatus) : QString();
        const QString to = entry.newStatus ? EventStatuses::displayName(*entry.newStatus) : QString();
        QString what;
        if (entry.action == QLatin1String("created")) {
            what = tr("Created (%1)").arg(to);
        } else if (entry.action == QLatin1String("override")) {
            what = tr("Labelled by override (%1 → %2)").arg(from, to);
        } else if (entry.action == QLatin1String("edit")) {
            what = tr("Edited after the decision");
        } else if (entry.action == QLatin1String("assign")) {
            what = tr("Assignee changed");
        } else if (entry.action == QLatin1String("dismiss-update")) {
            what = tr("Change from an import dismissed");
        } else if (entry.action == QLatin1String("message")) {
            what = tr("Message written to the organiser");
        } else {
            what = tr("%1 → %2").arg(from, to);
        }
        const QString details = QStringList { entry.reason, entry.changes }.join(QLatin1Char('\n')).trimmed();
        auto* item = new QTreeWidgetItem(m_history,
            { locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat), entry.who, what, details });
        item->setToolTip(3, details);
    }
    // The messages that the decisions wrote to the organiser, and what became of them.
    const QList<OutboxMessage> messages
        = m_outbox ? readOrSay(m_outbox->forEvent(m_model->stored().id)) : QList<OutboxMessage>();
    for (const OutboxMessage& message : messages) {
        const QString result
            = message.state == OutboxMessage::State::Sent ? message.serverReply : message.lastError;
        auto* item = new QTreeWidgetItem(m_history,
            { locale.toString((message.sentAt.isValid() ? message.sentAt : message.createdAt).toLocalTime(),
                  QLocale::ShortFormat),
                message.who,
                tr("Message to %1: %2").arg(message.recipient, OutboxStates::displayName(message.state)),
                QStringList { message.subject, result }.join(QLatin1Char('\n')).trimmed() });
        item->setToolTip(3, item->text(3));
    }
}

void EventForm::showOrganiserRequests()
{
    // The count at once, the list when its tab is in sight: a big organiser has over a thousand
    // requests, and the form follows every step in the queue.
    m_organiserRequests->clear();
    m_organiserRequestsListed = false;
    m_tabs->setTabText(2,
        tr("Organiser's requests (%1)").arg(readOrSay(m_requests.organiserRequestCount(m_model->edited()))));
    listOrganiserRequests();
}

void EventForm::listOrganiserRequests()
{
    if (m_organiserRequestsListed || !m_organiserRequests->isVisible()) {
        return;
    }
    m_organiserRequestsListed = true;
    QList<QTreeWidgetItem*> items;
    for (const OrganiserRequest& other : readOrSay(m_requests.organiserRequests(m_model->edited()))) {
        auto* item = new QTreeWidgetItem({ QString::number(other.editionYear), other.requestId, other.title,
            other.organiserName, EventStatuses::displayName(other.status) });
        item->setData(0, Qt::UserRole, other.id);
        items.append(item);
    }
    m_organiserRequests->addTopLevelItems(items);
    m_tabs->setTabText(2, tr("Organiser's requests (%1)").arg(items.size()));
}

void EventForm::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_followed > 0) {
        openEvent(m_followed);
    }
    listOrganiserRequests();
}

void EventForm::showPendingUpdates()
{
    if (m_model->isNew()) {
        m_pendingUpdates->setUpdates({}, false);
        return;
    }
    const Event& stored = m_model->stored();
    m_pendingUpdates->setUpdates(
        m_pending.openFor(stored.id).value_or({}), m_decisions->access().mayChange(stored));
}

void EventForm::acceptPendingUpdate(qint64 pendingId)
{
    // The imported content replaces the request's fields: what was typed is settled first.
    if (!maybeLeave()) {
        return;
    }
    const Event shown = m_model->stored();
    const WriteResult result = m_pending.accept(pendingId, shown.version, SessionUser::name());
    const StoreResult<Event> stored = m_requests.find(shown.id);
    if (stored) {
        load(*stored);
    }
    if (!reportPendingUpdate(result, tr("The change was not accepted"))) {
        return;
    }
    m_notice->setText(stored && stored->status != shown.status
            ? tr("Change from the import accepted. The request %1 went back to review: it no longer passes a "
                 "label "
                 "condition.")
                  .arg(shown.requestId)
            : tr("Change from the import accepted."));
}

void EventForm::dismissPendingUpdate(qint64 pendingId)
{
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("dismissReason"));
    dialog.setWindowTitle(tr("Dismiss the change from the import"));
    dialog.setLabelText(
        tr("Why is this change dismissed? The request stays as it is; its history keeps the change "
           "and your reason."));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const WriteResult result = m_pending.dismiss(pendingId, SessionUser::name(), dialog.textValue());
    showHistory();
    showPendingUpdates();
    if (reportPendingUpdate(result, tr("The change was not dismissed"))) {
        m_notice->setText(tr("Change from the import dismissed."));
    }
}

bool EventForm::reportPendingUpdate(const WriteResult& result, const QString& refusal)
{
    emit pendingUpdatesChanged();
    if (result.ok()) {
        return true;
    }
    QMessageBox box(QMessageBox::Warning, refusal, result.message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("pendingUpdateFailed"));
    box.exec();
    return false;
}
