#include "ui/queue/QueueView.h"

#include "ui/EventListModel.h"
#include "ui/queue/QueueFilterProxy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

QueueView::QueueView(EventListModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QueueFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_onlyFailing(new QCheckBox(tr("Only requests failing a condition"), this))
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
    m_search->setObjectName(QStringLiteral("queueSearch"));
    m_search->setPlaceholderText(tr("Search title, organiser, commune, postal code or request id"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the queue"));
    m_status->setObjectName(QStringLiteral("queueStatus"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("All statuses"));
    for (EventStatus status : EventStatuses::all()) {
        m_status->addItem(EventStatuses::displayName(status), int(status));
    }
    m_onlyFailing->setObjectName(QStringLiteral("queueOnlyFailing"));
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

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_onlyFailing);
    filters->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table);
}

void QueueView::setupConnections()
{
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QueueFilterProxy::setText);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant data = m_status->itemData(index);
        m_proxy->setStatus(data.isValid() ? std::optional<EventStatus>(static_cast<EventStatus>(data.toInt()))
                                          : std::nullopt);
    });
    connect(m_onlyFailing, &QCheckBox::toggled, m_proxy, &QueueFilterProxy::setOnlyFailing);
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
