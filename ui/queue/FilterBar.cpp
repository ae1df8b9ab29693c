#include "ui/queue/FilterBar.h"

#include "app/core/SessionUser.h"
#include "app/core/GeoReference.h"
#include "app/core/LabelRules.h"
#include "db/EventRepository.h"
#include "ui/SharedFilter.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// The day before any edition: a date edit at this value means "no limit".
const QDate noDate(2000, 1, 1);

// The conditions combo holds "failing_any", "failing_none" or a condition's code ("C1"…).
QString conditionsData(const EventFilter& filter)
{
    switch (filter.conditions) {
    case EventFilter::Conditions::FailingAny:
        return QStringLiteral("failing_any");
    case EventFilter::Conditions::FailingNone:
        return QStringLiteral("failing_none");
    case EventFilter::Conditions::Failing:
        return LabelRules::code(filter.failing);
    case EventFilter::Conditions::Any:
        break;
    }
    return {};
}

QComboBox* combo(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(objectName);
    // Long item texts (a condition's full title) must not widen the window.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(9);
    box->setAccessibleName(accessibleName);
    return box;
}

QDateEdit* dateEdit(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(noDate);
    edit->setSpecialValueText(FilterBar::tr("any date"));
    edit->setDate(noDate);
    return edit;
}

std::optional<bool> triState(const QComboBox* box)
{
    const QVariant data = box->currentData();
    return data.isValid() ? std::optional<bool>(data.toBool()) : std::nullopt;
}

void selectData(QComboBox* box, const QVariant& data)
{
    const int index = box->findData(data);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

FilterBar::FilterBar(SharedFilter* filter, QWidget* parent)
    : QWidget(parent)
    , m_filter(filter)
    , m_search(new QLineEdit(this))
    , m_status(combo(this, QStringLiteral("filterStatus"), tr("Status")))
    , m_region(combo(this, QStringLiteral("filterRegion"), tr("Région")))
    , m_departement(combo(this, QStringLiteral("filterDepartement"), tr("Département")))
    , m_conditions(combo(this, QStringLiteral("filterConditions"), tr("Label conditions")))
    , m_eventType(combo(this, QStringLiteral("filterEventType"), tr("Event type")))
    , m_organiserType(combo(this, QStringLiteral("filterOrganiserType"), tr("Organiser type")))
    , m_late(combo(this, QStringLiteral("filterLate"), tr("Late requests")))
    , m_overdue(combo(this, QStringLiteral("filterOverdue"), tr("Overdue decisions")))
    , m_assignee(combo(this, QStringLiteral("filterAssignee"), tr("Assignee")))
    , m_from(dateEdit(this, QStringLiteral("filterSubmittedFrom"), tr("Submitted from")))
    , m_to(dateEdit(this, QStringLiteral("filterSubmittedTo"), tr("Submitted until")))
    , m_saved(combo(this, QStringLiteral("filterSaved"), tr("Saved filters")))
    , m_save(new QPushButton(tr("Save…"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_reset(new QPushButton(tr("Show all"), this))
{
    initUi();
    setupConnections();
    showFilter();
    refreshSaved();
}

void FilterBar::initUi()
{
    m_search->setObjectName(QStringLiteral("queueSearch"));
    m_search->setPlaceholderText(tr("Search title, organiser, commune, postal code or request id"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the queue"));

    m_status->addItem(tr("All statuses"));
    m_status->addItem(tr("To review (submitted or in review)"), QStringLiteral("pending"));
    for (EventStatus status : EventStatuses::all()) {
        m_status->addItem(EventStatuses::displayName(status), EventStatuses::key(status));
    }
    m_region->addItem(tr("All régions"));
    QList<Region> regions = GeoReference::embedded().regions();
    std::sort(regions.begin(), regions.end(),
        [](const Region& a, const Region& b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    for (const Region& region : regions) {
        m_region->addItem(region.name, region.code);
    }
    fillDepartements();

    m_conditions->addItem(tr("Any conditions"));
    m_conditions->addItem(tr("Failing a condition"), QStringLiteral("failing_any"));
    m_conditions->addItem(tr("Failing no condition"), QStringLiteral("failing_none"));
    for (Check check : LabelRules::conditions()) {
        m_conditions->addItem(tr("Failing %1 (%2)").arg(LabelRules::code(check), LabelRules::title(check)),
            LabelRules::code(check));
    }
    m_eventType->addItem(tr("All event types"));
    for (EventType type : EventTypes::all()) {
        m_eventType->addItem(EventTypes::displayName(type), EventTypes::key(type));
    }
    m_organiserType->addItem(tr("All organisers"));
    for (OrganiserType type : OrganiserTypes::all()) {
        m_organiserType->addItem(OrganiserTypes::displayName(type), OrganiserTypes::key(type));
    }
    m_late->addItem(tr("Late or on time"));
    m_late->addItem(tr("Late requests only"), true);
    m_late->addItem(tr("On-time requests only"), false);
    m_overdue->addItem(tr("Overdue or not"));
    m_overdue->addItem(tr("Overdue decisions only"), true);
    m_overdue->addItem(tr("Decisions not overdue"), false);
    // Data: absent = anyone, "" = nobody, otherwise a user name.
    m_assignee->addItem(tr("Anyone in charge"));
    m_assignee->addItem(tr("Assigned to me (%1)").arg(SessionUser::name()), SessionUser::name());
    m_assignee->addItem(tr("Nobody in charge"), QStringLiteral(""));
    m_save->setObjectName(QStringLiteral("filterSave"));
    m_delete->setObjectName(QStringLiteral("filterDelete"));
    m_reset->setObjectName(QStringLiteral("filterReset"));
    m_reset->setToolTip(tr("Clear every filter"));

    m_firstLine = new QHBoxLayout;
    m_firstLine->addWidget(m_search, 4);
    m_firstLine->addWidget(m_status, 2);
    m_firstLine->addWidget(m_region, 2);
    m_firstLine->addWidget(m_departement, 2);
    m_firstLine->addWidget(m_conditions, 3);
    auto* secondLine = new QHBoxLayout;
    secondLine->addWidget(m_eventType);
    secondLine->addWidget(m_organiserType);
    secondLine->addWidget(m_late);
    secondLine->addWidget(m_overdue);
    secondLine->addWidget(m_assignee);
    secondLine->addWidget(new QLabel(tr("Submitted"), this));
    secondLine->addWidget(m_from);
    secondLine->addWidget(new QLabel(tr("to"), this));
    secondLine->addWidget(m_to);
    secondLine->addStretch();
    secondLine->addWidget(m_saved);
    secondLine->addWidget(m_save);
    secondLine->addWidget(m_delete);
    secondLine->addWidget(m_reset);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_firstLine);
    layout->addLayout(secondLine);
}

void FilterBar::setCountWidget(QWidget* widget) { m_firstLine->addWidget(widget); }

void FilterBar::setAssignees(const QStringList& names)
{
    m_updating = true;
    const QString me = SessionUser::name();
    for (const QString& name : names) {
        if (name != me && m_assignee->findData(name) < 0) {
            m_assignee->addItem(tr("Assigned to %1").arg(name), name);
        }
    }
    m_updating = false;
}

void FilterBar::setupConnections()
{
    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::applyControls);
    for (QComboBox* box :
        { m_status, m_departement, m_conditions, m_eventType, m_organiserType, m_late, m_overdue, m_assignee }) {
        connect(box, &QComboBox::currentIndexChanged, this, &FilterBar::applyControls);
    }
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating) {
            fillDepartements();
            applyControls();
        }
    });
    for (QDateEdit* edit : { m_from, m_to }) {
        connect(edit, &QDateEdit::dateChanged, this, &FilterBar::applyControls);
    }
    connect(m_filter, &SharedFilter::changed, this, &FilterBar::showFilter);
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        if (index > 0) {
            m_filter->loadSaved(m_saved->itemText(index));
        }
    });
    connect(m_save, &QPushButton::clicked, this, &FilterBar::saveFilter);
    connect(m_delete, &QPushButton::clicked, this, &FilterBar::deleteSaved);
    connect(m_reset, &QPushButton::clicked, this, [this] { m_filter->setFilter(EventFilter()); });
}

void FilterBar::fillDepartements()
{
    const QString region = m_region->currentData().toString();
    const QString current = m_departement->currentData().toString();
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_departement->clear();
    m_departement->addItem(tr("All départements"));
    for (const Departement& departement : GeoReference::embedded().departements()) {
        if (region.isEmpty() || departement.regionCode == region) {
            m_departement->addItem(QStringLiteral("%1 %2").arg(departement.code, departement.name), departement.code);
        }
    }
    selectData(m_departement, current);
    m_updating = wasUpdating;
}

void FilterBar::applyControls()
{
    if (m_updating) {
        return;
    }
    EventFilter filter;
    filter.text = m_search->text();
    if (m_status->currentData().toString() == QLatin1String("pending")) {
        filter.statuses = { EventStatus::Submitted, EventStatus::InReview };
    } else if (const auto status = EventStatuses::fromKey(m_status->currentData().toString())) {
        filter.statuses = { *status };
    }
    filter.region = m_region->currentData().toString();
    filter.departement = m_departement->currentData().toString();
    const QString conditions = m_conditions->currentData().toString();
    if (conditions == QLatin1String("failing_any")) {
        filter.conditions = EventFilter::Conditions::FailingAny;
    } else if (conditions == QLatin1String("failing_none")) {
        filter.conditions = EventFilter::Conditions::FailingNone;
    }
    for (Check check : LabelRules::conditions()) {
        if (conditions == LabelRules::code(check)) {
            filter.conditions = EventFilter::Conditions::Failing;
            filter.failing = check;
        }
    }
    filter.eventType = EventTypes::fromKey(m_eventType->currentData().toString());
    filter.organiserType = OrganiserTypes::fromKey(m_organiserType->currentData().toString());
    filter.late = triState(m_late);
    filter.overdue = triState(m_overdue);
    const QVariant assignee = m_assignee->currentData();
    filter.assignee = assignee.isValid() ? std::optional<QString>(assignee.toString()) : std::nullopt;
    filter.submittedFrom = m_from->date() == noDate ? QDate() : m_from->date();
    filter.submittedTo = m_to->date() == noDate ? QDate() : m_to->date();
    // The map's box has no control here: the map sets it, and it stays while these change.
    filter.area = m_filter->filter().area;
    m_filter->setFilter(filter);
}

// Shows the shared filter in the controls (after a saved filter is loaded, or at start).
void FilterBar::showFilter()
{
    const EventFilter& f = m_filter->filter();
    m_updating = true;
    if (m_search->text() != f.text) {
        m_search->setText(f.text);
    }
    const bool pending = f.statuses == QList<EventStatus> { EventStatus::Submitted, EventStatus::InReview };
    selectData(m_status,
        pending                  ? QVariant(QStringLiteral("pending"))
            : f.statuses.size() == 1 ? QVariant(EventStatuses::key(f.statuses.first()))
                                     : QVariant());
    selectData(m_region, f.region.isEmpty() ? QVariant() : QVariant(f.region));
    fillDepartements();
    selectData(m_departement, f.departement.isEmpty() ? QVariant() : QVariant(f.departement));
    const QString conditions = conditionsData(f);
    selectData(m_conditions, conditions.isEmpty() ? QVariant() : QVariant(conditions));
    selectData(m_eventType, f.eventType ? QVariant(EventTypes::key(*f.eventType)) : QVariant());
    selectData(m_organiserType, f.organiserType ? QVariant(OrganiserTypes::key(*f.organiserType)) : QVariant());
    selectData(m_late, f.late ? QVariant(*f.late) : QVariant());
    selectData(m_overdue, f.overdue ? QVariant(*f.overdue) : QVariant());
    if (f.assignee && m_assignee->findData(*f.assignee) < 0) {
        m_assignee->addItem(tr("Assigned to %1").arg(*f.assignee), *f.assignee);
    }
    selectData(m_assignee, f.assignee ? QVariant(*f.assignee) : QVariant());
    m_from->setDate(f.submittedFrom.isValid() ? f.submittedFrom : noDate);
    m_to->setDate(f.submittedTo.isValid() ? f.submittedTo : noDate);
    m_updating = false;
}

void FilterBar::refreshSaved()
{
    m_saved->clear();
    m_saved->addItem(tr("Saved filters…"));
    m_saved->addItems(SharedFilter::savedNames());
    m_delete->setEnabled(m_saved->count() > 1);
}

void FilterBar::saveFilter()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save the filter"), tr("Name of this filter:"), QLineEdit::Normal,
        QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty()) {
        return;
    }
    m_filter->saveAs(name);
    refreshSaved();
    m_saved->setCurrentText(name);
}

void FilterBar::deleteSaved()
{
    const QString name = m_saved->currentIndex() > 0 ? m_saved->currentText() : QString();
    if (name.isEmpty()) {
        QMessageBox::information(this, tr("Saved filters"), tr("Choose the saved filter to delete in the list first."));
        return;
    }
    SharedFilter::removeSaved(name);
    refreshSaved();
}
