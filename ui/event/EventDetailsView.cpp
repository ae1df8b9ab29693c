#include "ui/event/EventDetailsView.h"

#include "app/core/DateText.h"
#include "app/core/LabelRules.h"
#include "db/EventRepository.h"
#include "ui/ReviewQueueModel.h"
#include "ui/widgets/ConditionsPanel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

QString yesNoUnknown(const std::optional<bool>& value)
{
    if (!value) {
        return EventDetailsView::tr("not given");
    }
    return *value ? EventDetailsView::tr("yes") : EventDetailsView::tr("no");
}

} // namespace

EventDetailsView::EventDetailsView(ReviewQueueModel* queue, EventRepository& repository, QWidget* parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_repository(repository)
{
    initUi();
    connect(m_queue, &ReviewQueueModel::eventsChanged, this, &EventDetailsView::refresh);
    refresh();
}

QLabel* EventDetailsView::addField(QFormLayout* form, const QString& label, const QString& objectName)
{
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    form->addRow(label, value);
    m_fields.insert(objectName, value);
    return value;
}

void EventDetailsView::initUi()
{
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("eventHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);

    auto* organiser = new QGroupBox(tr("Organiser"), this);
    auto* organiserForm = new QFormLayout(organiser);
    addField(organiserForm, tr("Name"), QStringLiteral("organiserName"));
    addField(organiserForm, tr("Type"), QStringLiteral("organiserType"));
    addField(organiserForm, tr("SIRET"), QStringLiteral("siret"));
    addField(organiserForm, tr("Contact"), QStringLiteral("contact"));

    auto* event = new QGroupBox(tr("Event"), this);
    auto* eventForm = new QFormLayout(event);
    addField(eventForm, tr("Type"), QStringLiteral("eventType"));
    addField(eventForm, tr("Description"), QStringLiteral("description"));
    addField(eventForm, tr("Dates"), QStringLiteral("dates"));

    auto* place = new QGroupBox(tr("Place"), this);
    auto* placeForm = new QFormLayout(place);
    addField(placeForm, tr("Address"), QStringLiteral("address"));
    addField(placeForm, tr("Commune"), QStringLiteral("commune"));
    addField(placeForm, tr("Coordinates"), QStringLiteral("coordinates"));

    auto* access = new QGroupBox(tr("Audience and access"), this);
    auto* accessForm = new QFormLayout(access);
    addField(accessForm, tr("Audiences"), QStringLiteral("audiences"));
    addField(accessForm, tr("Informs about industry"), QStringLiteral("aim"));
    addField(accessForm, tr("Free"), QStringLiteral("free"));
    addField(accessForm, tr("Expected participants"), QStringLiteral("expected"));

    auto* request = new QGroupBox(tr("Request"), this);
    auto* requestForm = new QFormLayout(request);
    addField(requestForm, tr("Request id"), QStringLiteral("requestId"));
    addField(requestForm, tr("Submitted"), QStringLiteral("submitted"));
    addField(requestForm, tr("Status"), QStringLiteral("status"));
    addField(requestForm, tr("Decision due"), QStringLiteral("due"));

    auto* fields = new QWidget(this);
    auto* fieldsLayout = new QVBoxLayout(fields);
    for (QGroupBox* box : { organiser, event, place, access, request }) {
        fieldsLayout->addWidget(box);
    }
    fieldsLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_conditions = new ConditionsPanel(this);

    auto* columns = new QHBoxLayout;
    columns->addWidget(scroll, 3);
    columns->addWidget(m_conditions, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(columns);
}

void EventDetailsView::setEventId(qint64 eventId)
{
    m_eventId = eventId;
    refresh();
}

void EventDetailsView::refresh()
{
    const std::optional<Event> stored = m_eventId > 0 ? m_repository.find(m_eventId) : std::nullopt;
    if (!stored) {
        m_conditions->clear();
        m_heading->setText(tr("No request selected: choose one in the queue."));
        for (QLabel* label : std::as_const(m_fields)) {
            label->clear();
        }
        return;
    }
    const Event& e = *stored;
    const RuleReport report = LabelRules::evaluateAll(e, m_queue->context(true));
    const QLocale locale;
    m_heading->setText(e.title);
    m_fields.value(QStringLiteral("organiserName"))->setText(e.organiserName);
    m_fields.value(QStringLiteral("organiserType"))->setText(OrganiserTypes::displayName(e.organiserType));
    m_fields.value(QStringLiteral("siret"))->setText(e.siret.isEmpty() ? tr("not given") : e.siret);
    m_fields.value(QStringLiteral("contact"))
        ->setText(QStringList { e.contactName, e.contactEmail, e.contactPhone }.join(QStringLiteral(" · ")));
    m_fields.value(QStringLiteral("eventType"))
        ->setText(e.online ? tr("%1, online").arg(EventTypes::displayName(e.type))
                           : EventTypes::displayName(e.type));
    m_fields.value(QStringLiteral("description"))->setText(e.description);
    m_fields.value(QStringLiteral("dates"))
        ->setText(e.startsAt.isValid() && e.endsAt.isValid()
                ? tr("from %1 to %2")
                      .arg(DateText::longDateTime(e.startsAt), DateText::longDateTime(e.endsAt))
                : tr("not given"));
    m_fields.value(QStringLiteral("address"))->setText(e.address);
    m_fields.value(QStringLiteral("commune"))
        ->setText(
            tr("%1 %2 (INSEE %3), département %4").arg(e.postalCode, e.commune, e.inseeCode, e.departement));
    m_fields.value(QStringLiteral("coordinates"))
        ->setText(e.latitude && e.longitude ? QStringLiteral("%1, %2").arg(
                      locale.toString(*e.latitude, 'f', 5), locale.toString(*e.longitude, 'f', 5))
                                            : tr("not given"));
    m_fields.value(QStringLiteral("audiences"))
        ->setText(e.audiences
                ? (*e.audiences ? AudienceNames::displayNames(*e.audiences).join(QStringLiteral(", "))
                                : tr("none"))
                : tr("not given"));
    m_fields.value(QStringLiteral("aim"))->setText(yesNoUnknown(e.aimsToInformAboutIndustry));
    m_fields.value(QStringLiteral("free"))
        ->setText(e.price && *e.price > 0
                ? tr("%1 (price %2)").arg(yesNoUnknown(e.free), DateText::money(*e.price))
                : yesNoUnknown(e.free));
    m_fields.value(QStringLiteral("expected"))
        ->setText(e.expectedParticipants ? locale.toString(*e.expectedParticipants) : tr("not given"));
    m_fields.value(QStringLiteral("requestId"))->setText(e.requestId);
    m_fields.value(QStringLiteral("submitted"))
        ->setText(e.submittedAt.isValid()
                ? DateText::longDateTime(e.submittedAt.toTimeZone(QTimeZone("Europe/Paris")))
                : tr("not given"));
    m_fields.value(QStringLiteral("status"))->setText(EventStatuses::displayName(e.status));
    const QDate due = LabelRules::decisionDueDate(e, m_queue->edition());
    m_fields.value(QStringLiteral("due"))->setText(due.isValid() ? DateText::longDate(due) : tr("not given"));

    m_conditions->showReport(report);
}
