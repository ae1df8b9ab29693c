#include "ui/queue/QueueView.h"

#include "ui/EventListModel.h"
#include "ui/queue/FilterBar.h"
#include "ui/queue/QueueFilterProxy.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

QueueView::QueueView(EventListModel* model, SharedFilter* filter, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QueueFilterProxy(filter, this))
    , m_filterBar(new FilterBar(filter, this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    initUi();
    setupConnections();
    updateCount();
}

void QueueView::initUi()
{
    m_count->setObjectName(QStringLiteral("queueCount"));

    m_table->setObjectName(QStringLiteral("queueTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EventListModel::RequestId, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QList<std::pair<int, int>> widths = { { EventListModel::RequestId, 100 }, { EventListModel::Title, 230 },
        { EventListModel::Organiser, 140 }, { EventListModel::Commune, 110 }, { EventListModel::Departement, 45 },
        { EventListModel::Region, 120 }, { EventListModel::Start, 125 }, { EventListModel::End, 125 },
        { EventListModel::Status, 110 }, { EventListModel::LateRequest, 62 }, { EventListModel::DataProblems, 62 } };
    for (const auto& [column, width] : widths) {
        header->resizeSection(column, width);
    }
    for (int column = EventListModel::ConditionDates; column <= EventListModel::ConditionFree; ++column) {
        header->resizeSection(column, 40);
    }

    m_filterBar->setCountWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table);
}

void QueueView::setupConnections()
{
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &QueueView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &QueueView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &QueueView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &QueueView::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            emit currentEventChanged(current.data(EventListModel::EventIdRole).toLongLong());
        });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit eventActivated(index.data(EventListModel::EventIdRole).toLongLong());
    });
}

void QueueView::updateCount()
{
    m_count->setText(
        tr("%L1 of %Ln request(s) shown", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

qint64 QueueView::currentEventId() const
{
    return m_table->currentIndex().data(EventListModel::EventIdRole).toLongLong();
}

void QueueView::selectEvent(qint64 eventId)
{
    const int row = m_model->rowOf(eventId);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, EventListModel::Title));
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
}
