#include "ui/queue/FilterBar.h"

#include "app/core/GeoReference.h"
#include "app/core/LabelRules.h"
#include "app/core/SessionUser.h"
#include "db/EventRepository.h"
#include "ui/SharedFilter.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QToolButton>
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
    // Every item reads whole: the texts are kept short (details in their tooltips) for this.
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
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
    , m_more(new QToolButton(this))
    , m_morePanel(new QFrame(this, Qt::Popup))
    , m_saved(new QPushButton(tr("Saved filters"), this))
    , m_reset(new QPushButton(tr("Show all"), this))
    , m_chipsArea(new QScrollArea(this))
    , m_chips(new QWidget(m_chipsArea))
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
    m_status->addItem(tr("To review"), QStringLiteral("pending"));
    m_status->setItemData(1, tr("Submitted or in review"), Qt::ToolTipRole);
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
    m_conditions->addItem(tr("Meeting every condition"), QStringLiteral("failing_none"));
    for (Check check : LabelRules::conditions()) {
        m_conditions->addItem(tr("Failing %1").arg(LabelRules::code(check)), LabelRules::code(check));
        m_conditions->setItemData(m_conditions->count() - 1, LabelRules::title(check), Qt::ToolTipRole);
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
    m_reset->setObjectName(QStringLiteral("filterReset"));
    m_reset->setToolTip(tr("Clear every filter"));

    // The criteria used less often, in a panel under their button.
    m_more->setObjectName(QStringLiteral("filterMore"));
    m_more->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_morePanel->setObjectName(QStringLiteral("filterMorePanel"));
    auto* more = new QFormLayout(m_morePanel);
    more->addRow(tr("Département:"), m_departement);
    more->addRow(tr("Event type:"), m_eventType);
    more->addRow(tr("Organiser:"), m_organiserType);
    more->addRow(tr("Late requests:"), m_late);
    more->addRow(tr("Decisions:"), m_overdue);
    more->addRow(tr("In charge:"), m_assignee);
    more->addRow(tr("Submitted from:"), m_from);
    more->addRow(tr("Submitted until:"), m_to);

    m_saved->setObjectName(QStringLiteral("filterSaved"));
    m_saved->setMenu(new QMenu(m_saved));

    auto* firstLine = new QHBoxLayout;
    firstLine->addWidget(m_search, 1);
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) / 2);
    firstLine->addWidget(m_status);
    firstLine->addWidget(m_region);
    firstLine->addWidget(m_conditions);
    firstLine->addWidget(m_more);
    firstLine->addWidget(m_saved);
    m_chipsLine = new QHBoxLayout;
    m_chips->setObjectName(QStringLiteral("filterChips"));
    auto* chips = new QHBoxLayout(m_chips);
    chips->setContentsMargins(0, 0, 0, 0);
    chips->addStretch(1);
    // However many chips, they scroll rather than widen the window.
    m_chipsArea->setFrameShape(QFrame::NoFrame);
    m_chipsArea->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_chipsArea->setWidget(m_chips);
    m_chipsArea->setFixedHeight(
        m_reset->sizeHint().height() + m_chipsArea->horizontalScrollBar()->sizeHint().height());
    m_chipsLine->addWidget(m_chipsArea, 1);
    m_chipsLine->addWidget(m_reset);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(firstLine);
    layout->addLayout(m_chipsLine);
}

void FilterBar::setCountWidget(QWidget* widget)
{
    m_chipsLine->insertWidget(m_chipsLine->count() - 1, widget);
}

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

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool FilterBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down) {
        emit searchLeft();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::setupConnections()
{
    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::applyControls);
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::searchLeft);
    m_search->installEventFilter(this);
    for (QComboBox* box : { m_status, m_departement, m_conditions, m_eventType, m_organiserType, m_late,
             m_overdue, m_assignee }) {
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
    connect(m_more, &QToolButton::clicked, this, &FilterBar::showMoreFilters);
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
            m_departement->addItem(
                QStringLiteral("%1 %2").arg(departement.code, departement.name), departement.code);
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
        pending                      ? QVariant(QStringLiteral("pending"))
            : f.statuses.size() == 1 ? QVariant(EventStatuses::key(f.statuses.first()))
                                     : QVariant());
    selectData(m_region, f.region.isEmpty() ? QVariant() : QVariant(f.region));
    fillDepartements();
    selectData(m_departement, f.departement.isEmpty() ? QVariant() : QVariant(f.departement));
    const QString conditions = conditionsData(f);
    selectData(m_conditions, conditions.isEmpty() ? QVariant() : QVariant(conditions));
    selectData(m_eventType, f.eventType ? QVariant(EventTypes::key(*f.eventType)) : QVariant());
    selectData(
        m_organiserType, f.organiserType ? QVariant(OrganiserTypes::key(*f.organiserType)) : QVariant());
    selectData(m_late, f.late ? QVariant(*f.late) : QVariant());
    selectData(m_overdue, f.overdue ? QVariant(*f.overdue) : QVariant());
    if (f.assignee && m_assignee->findData(*f.assignee) < 0) {
        m_assignee->addItem(tr("Assigned to %1").arg(*f.assignee), *f.assignee);
    }
    selectData(m_assignee, f.assignee ? QVariant(*f.assignee) : QVariant());
    m_from->setDate(f.submittedFrom.isValid() ? f.submittedFrom : noDate);
    m_to->setDate(f.submittedTo.isValid() ? f.submittedTo : noDate);
    m_updating = false;
    showChips();
}

void FilterBar::refreshSaved()
{
    QMenu* menu = m_saved->menu();
    menu->clear();
    const QStringList names = SharedFilter::savedNames();
    for (const QString& name : names) {
        menu->addAction(name, this, [this, name] { m_filter->loadSaved(name); });
    }
    if (!names.isEmpty()) {
        menu->addSeparator();
    }
    QAction* save = menu->addAction(tr("Save the current filter…"), this, &FilterBar::saveFilter);
    save->setObjectName(QStringLiteral("filterSave"));
    QMenu* remove = menu->addMenu(tr("Delete"));
    remove->setObjectName(QStringLiteral("filterDelete"));
    remove->setEnabled(!names.isEmpty());
    for (const QString& name : names) {
        remove->addAction(name, this, [this, name] { deleteSaved(name); });
    }
}

void FilterBar::saveFilter()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save the filter"), tr("Name of this filter:"), QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty()) {
        return;
    }
    m_filter->saveAs(name);
    refreshSaved();
}

void FilterBar::deleteSaved(const QString& name)
{
    if (QMessageBox::question(this, tr("Saved filters"), tr("Delete the saved filter “%1”?").arg(name))
        == QMessageBox::Yes) {
        SharedFilter::removeSaved(name);
        refreshSaved();
    }
}

void FilterBar::showChips()
{
    for (QToolButton* chip : m_chips->findChildren<QToolButton*>(Qt::FindDirectChildrenOnly)) {
        chip->hide();
        chip->deleteLater(); // a chip's own click may be why
    }
    auto* layout = static_cast<QHBoxLayout*>(m_chips->layout());
    int place = 0;
    int inPanel = 0;
    for (const auto& [part, text] : m_filter->parts()) {
        const bool panelPart = part != SharedFilter::Part::Statuses && part != SharedFilter::Part::Region
            && part != SharedFilter::Part::Conditions && part != SharedFilter::Part::Text
            && part != SharedFilter::Part::Area;
        inPanel += panelPart ? 1 : 0;
        // The search field shows its own text, with its own clear button.
        if (part == SharedFilter::Part::Text) {
            continue;
        }
        auto* chip = new QToolButton(m_chips);
        chip->setObjectName(QStringLiteral("filterChip"));
        chip->setText(text);
        chip->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
        chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        chip->setLayoutDirection(Qt::RightToLeft); // the cross after the words
        chip->setAutoRaise(true);
        chip->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // whole, the line scrolls
        chip->setToolTip(tr("Remove this filter: %1").arg(text));
        chip->setAccessibleName(chip->toolTip());
        const SharedFilter::Part removed = part;
        connect(chip, &QToolButton::clicked, this, [this, removed] { m_filter->remove(removed); });
        layout->insertWidget(place++, chip);
        chip->show(); // now, not later: the width below counts it
    }
    m_chips->adjustSize(); // as wide as its chips: the area scrolls beyond
    m_more->setText(inPanel > 0 ? tr("More filters (%L1)").arg(inPanel) : tr("More filters"));
}

void FilterBar::showMoreFilters()
{
    m_morePanel->adjustSize();
    // Under its button, kept on the screen.
    QPoint at = m_more->mapToGlobal(QPoint(0, m_more->height()));
    if (const QScreen* screen = m_more->screen()) {
        at.setX(std::min(at.x(), screen->availableGeometry().right() - m_morePanel->width()));
    }
    m_morePanel->move(at);
    m_morePanel->show();
    m_departement->setFocus(Qt::PopupFocusReason);
}
