#include "ui/queue/QueueView.h"

#include "ui/ReviewQueueModel.h"
#include "ui/SharedFilter.h"
#include "ui/queue/DecisionController.h"
#include "ui/queue/FilterBar.h"
#include "ui/queue/NotesEditor.h"
#include "ui/queue/StatusTabs.h"
#include "ui/widgets/CachedTextDelegate.h"
#include "ui/widgets/ConditionsPanel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

QueueView::QueueView(ReviewQueueModel* model, SharedFilter* filter, DecisionController* decisions,
    NotesEditor* notes, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_decisions(decisions)
    , m_notes(notes)
    , m_filter(filter)
    , m_filterBar(new FilterBar(filter, this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_shownFilter(filter->filter())
{
    initUi();
    createDecisionActions();
    setupConnections();
    updateCount();
    updateDecisionActions();
}

void QueueView::initUi()
{
    m_count->setObjectName(QStringLiteral("queueCount"));

    m_table->setObjectName(QStringLiteral("queueTable"));
    m_table->setModel(m_model);
    // Each repaint draws the same texts again (a row's région, status, dates): laid out once.
    m_table->setItemDelegate(new CachedTextDelegate(m_table));
    // The indicator first: enabling sorting sorts by it, and each sort asks the store again.
    m_table->horizontalHeader()->setSortIndicator(QueueColumns::RequestId, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QList<std::pair<int, int>> widths = { { QueueColumns::RequestId, 128 },
        { QueueColumns::Title, 205 }, { QueueColumns::Organiser, 140 }, { QueueColumns::Commune, 110 },
        { QueueColumns::Departement, 45 }, { QueueColumns::Region, 120 }, { QueueColumns::Start, 125 },
        { QueueColumns::End, 125 }, { QueueColumns::Audiences, 150 }, { QueueColumns::Status, 110 },
        { QueueColumns::Submitted, 125 }, { QueueColumns::Assignee, 90 }, { QueueColumns::DecisionDue, 200 },
        { QueueColumns::LateRequest, 62 }, { QueueColumns::DataProblems, 62 } };
    for (const auto& [column, width] : widths) {
        header->resizeSection(column, width);
    }
    for (int column = QueueColumns::ConditionDates; column <= QueueColumns::ConditionFree; ++column) {
        header->resizeSection(column, 40);
    }

    // By default the status and the conditions come right after the title, where the eye is;
    // then widths, order and hidden columns come back as the reviewer left them.
    header->moveSection(header->visualIndex(QueueColumns::Status), 2);
    for (int column = QueueColumns::ConditionDates; column <= QueueColumns::DataProblems; ++column) {
        header->moveSection(header->visualIndex(column), 3 + column - QueueColumns::ConditionDates);
    }
    header->restoreState(QSettings().value(QStringLiteral("queue/header")).toByteArray());
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    m_filterBar->setCountWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    m_decisionBar = new QHBoxLayout;
    layout->addLayout(m_decisionBar);
    layout->addWidget(new StatusTabs(m_model, m_filter, this));
    // The failed conditions of the current request, in plain words, beside the table.
    m_conditions = new ConditionsPanel(this);
    m_conditions->setObjectName(QStringLiteral("queueConditions"));
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("queueSplitter"));
    auto* side = new QSplitter(Qt::Vertical, this);
    side->addWidget(m_conditions);
    side->addWidget(m_notes);
    side->setStretchFactor(0, 3);
    side->setStretchFactor(1, 1);
    splitter->addWidget(m_table);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({ 1000, 340 });
    layout->addWidget(splitter, 1);
}

void QueueView::createDecisionActions()
{
    m_decisionActions = DecisionController::createActions(this, QStringLiteral("decide"));
    for (int kind = 0; kind < m_decisionActions.size(); ++kind) {
        QAction* action = m_decisionActions.at(kind);
        connect(action, &QAction::triggered, this, [this, kind] { decide(kind); });
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_decisionBar->addWidget(button);
    }
    m_decisionBar->addStretch();
    // A bulk decision on the whole filter, not only on the rows in sight.
    auto* selectAll = new QAction(tr("Select all that match"), this);
    selectAll->setObjectName(QStringLiteral("selectAllMatching"));
    selectAll->setShortcut(QKeySequence::SelectAll);
    selectAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    selectAll->setToolTip(QStringLiteral("%1 (%2)").arg(
        selectAll->text(), selectAll->shortcut().toString(QKeySequence::NativeText)));
    connect(selectAll, &QAction::triggered, this, [this] {
        m_table->selectAll();
        m_table->setFocus();
    });
    addAction(selectAll);
    auto* selectAllButton = new QToolButton(this);
    selectAllButton->setDefaultAction(selectAll);
    m_decisionBar->addWidget(selectAllButton);
}

void QueueView::showConditions()
{
    const int row = m_model->rowOf(currentEventId());
    // The queue's copy, kept current by the store's announcements (the notes saved too).
    m_notes->setEvent(row >= 0 ? m_model->eventAt(row) : Event());
    if (row < 0) {
        m_conditions->clear();
        return;
    }
    m_conditions->showReport(m_model->explainedReport(row));
}

void QueueView::updateDecisionActions()
{
    // With several rows selected each request is checked when the decision is taken.
    if (m_table->selectionModel()->selectedRows().size() > 1) {
        for (QAction* action : std::as_const(m_decisionActions)) {
            action->setEnabled(true);
        }
        return;
    }
    const int row = m_model->rowOf(currentEventId());
    m_decisions->updateActions(
        m_decisionActions, row >= 0 ? std::optional(m_model->eventAt(row)) : std::nullopt);
}

void QueueView::decideSelected(int kind)
{
    m_notes->saveNow();
    QList<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        ids.append(m_model->idAt(index.row())); // without reading every selected request's row
    }
    const DecisionController::Summary summary
        = m_decisions->decideMany(static_cast<DecisionController::Kind>(kind), ids);
    if (summary.cancelled) {
        return;
    }
    QMessageBox box(QMessageBox::Information, tr("Decision on %n request(s)", nullptr, int(ids.size())),
        tr("%n request(s) done.", nullptr, int(summary.done.size()))
            + (summary.messagesQueued > 0 ? QLatin1Char(' ')
                        + tr("%n message(s) to the organisers queued in the outbox.", nullptr,
                            summary.messagesQueued)
                                          : QString()),
        QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("bulkSummary"));
    if (!summary.skipped.isEmpty()) {
        // The first lines in the box itself, every line in the details.
        constexpr int shown = 12;
        QStringList lines = summary.skipped.mid(0, shown);
        if (summary.skipped.size() > shown) {
            lines << tr("… and %n more (see the details)", nullptr, int(summary.skipped.size()) - shown);
            box.setDetailedText(summary.skipped.join(QLatin1Char('\n')));
        }
        // One line per request, never broken inside ("ne remplit pas C1" stays together).
        QStringList html;
        for (const QString& line : std::as_const(lines)) {
            html << QStringLiteral("<nobr>%1</nobr>").arg(line.toHtmlEscaped());
        }
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(QStringLiteral("<p>%1</p><p>%2</p>")
                .arg(tr("%n skipped:", nullptr, int(summary.skipped.size())).toHtmlEscaped(),
                    html.join(QStringLiteral("<br>"))));
    }
    box.exec();
    m_table->setFocus();
}

void QueueView::decide(int kind)
{
    m_notes->saveNow(); // the decision reloads the requests: nothing typed may be lost
    if (m_table->selectionModel()->selectedRows().size() > 1) {
        decideSelected(kind);
        return;
    }
    const QModelIndex current = m_table->currentIndex();
    const qint64 id = current.data(ReviewQueueModel::EventIdRole).toLongLong();
    if (id <= 0) {
        return;
    }
    // After the decision the reviewer goes on with the request below (or above, at the end).
    const int row = current.row();
    const int nextRow = row + 1 < m_model->rowCount() ? row + 1 : row - 1;
    const qint64 nextId = nextRow >= 0 ? m_model->idAt(nextRow) : 0;
    if (m_decisions->decide(static_cast<DecisionController::Kind>(kind), id)) {
        selectEvent(nextId > 0 ? nextId : id);
    } else {
        selectEvent(id);
    }
    m_table->setFocus();
}

void QueueView::setupConnections()
{
    QHeaderView* header = m_table->horizontalHeader();
    connect(header, &QHeaderView::customContextMenuRequested, this, &QueueView::showColumnChooser);
    for (auto signal : { &QHeaderView::sectionResized, &QHeaderView::sectionMoved }) {
        connect(header, signal, this, &QueueView::saveHeader);
    }
    connect(header, &QHeaderView::sortIndicatorChanged, this, &QueueView::saveHeader);
    connect(m_model, &ReviewQueueModel::countsChanged, this, &QueueView::updateCount);
    connect(m_model, &ReviewQueueModel::countsChanged, this,
        [this] { m_filterBar->setAssignees(m_model->assignees()); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &QueueView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QueueView::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &QueueView::updateDecisionActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &QueueView::updateDecisionActions);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QueueView::showConditions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &QueueView::showConditions);
    // A refresh keeps the reviewer's place: the same request selected, the same scroll position.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptEventId = currentEventId();
        m_keptScroll = m_table->verticalScrollBar()->value();
    });
    // Rows read for another filter start at the first one, so that a decision's key acts at once.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_filter->filter() != m_shownFilter) {
            m_shownFilter = m_filter->filter();
            if (m_model->rowCount() > 0) {
                m_table->setCurrentIndex(m_model->index(0, QueueColumns::Title));
            }
        } else if (m_keptEventId > 0) {
            selectEvent(m_keptEventId);
            m_table->verticalScrollBar()->setValue(m_keptScroll);
        }
        // A reset leaves no current row: a row selected again shows its conditions (the signal
        // above), none shows none. Cleared first, then filled, the panels were laid out twice.
        if (!m_table->currentIndex().isValid()) {
            showConditions();
        }
    });
    // A decision changes the current request's status, or moves another one under the cursor.
    connect(m_model, &QAbstractItemModel::modelReset, this, &QueueView::updateDecisionActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &QueueView::updateDecisionActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &QueueView::updateDecisionActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            emit currentEventChanged(current.data(ReviewQueueModel::EventIdRole).toLongLong());
        });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { emit selectedEventsChanged(selectedEventIds()); });
    connect(m_filterBar, &FilterBar::searchLeft, this, &QueueView::goToFirstRow);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit eventActivated(index.data(ReviewQueueModel::EventIdRole).toLongLong());
    });
}

void QueueView::showColumnChooser(const QPoint& position)
{
    QHeaderView* header = m_table->horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnChooser"));
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const QString tip = m_model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
        QAction* action = menu.addAction(tip.isEmpty() ? title : tr("%1 (%2)").arg(title, tip));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The request id stays: it is how a row is named.
        action->setEnabled(column != QueueColumns::RequestId);
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            saveHeader();
        });
    }
    menu.exec(header->mapToGlobal(position));
}

void QueueView::focusSearch() { m_filterBar->focusSearch(); }

void QueueView::goToFirstRow()
{
    if (m_model->rowCount() > 0) {
        const QModelIndex first = m_model->index(0, QueueColumns::Title);
        m_table->setCurrentIndex(first);
        m_table->scrollTo(first);
    }
    m_table->setFocus(Qt::OtherFocusReason);
}

void QueueView::saveHeader() const
{
    QSettings().setValue(QStringLiteral("queue/header"), m_table->horizontalHeader()->saveState());
}

void QueueView::updateCount()
{
    // French agrees with the requests shown ("1 demande affichée sur 120").
    m_count->setText(
        tr("%Ln of %L1 request(s) shown", nullptr, m_model->rowCount()).arg(m_model->editionTotal()));
}

qint64 QueueView::currentEventId() const
{
    return m_table->currentIndex().data(ReviewQueueModel::EventIdRole).toLongLong();
}

void QueueView::selectEvent(qint64 eventId)
{
    const int row = m_model->rowOf(eventId);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_model->index(row, QueueColumns::Title);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void QueueView::selectEvents(const QList<qint64>& eventIds)
{
    QItemSelection selection;
    QModelIndex first;
    for (qint64 eventId : eventIds) {
        const int row = m_model->rowOf(eventId);
        if (row >= 0) {
            const QModelIndex index = m_model->index(row, QueueColumns::Title);
            selection.select(index, index);
            first = first.isValid() ? first : index;
        }
    }
    if (!first.isValid()) {
        return;
    }
    m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_table->selectionModel()->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(first);
}

QList<qint64> QueueView::selectedEventIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        ids.append(index.data(ReviewQueueModel::EventIdRole).toLongLong());
    }
    return ids;
}
