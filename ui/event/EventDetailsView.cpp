#include "ui/event/EventDetailsView.h"

#include "app/core/DateText.h"
#include "app/core/LabelRules.h"
#include "ui/EventListModel.h"
#include "ui/widgets/OutcomeIcons.h"

#include <QFormLayout>
#include <QGridLayout>
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

EventDetailsView::EventDetailsView(EventListModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    initUi();
    connect(m_model, &QAbstractItemModel::modelReset, this, &EventDetailsView::refresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &EventDetailsView::refresh);
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
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("eventVerdict"));
    m_verdict->setWordWrap(true);

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

    auto* checksBox = new QGroupBox(tr("Label conditions"), this);
    auto* checksLayout = new QVBoxLayout(checksBox);
    checksLayout->addWidget(m_verdict);
    auto* rows = new QGridLayout;
    rows->setColumnStretch(1, 1);
    for (const LabelRules::Rule& rule : LabelRules::table()) {
        auto* icon = new QLabel(checksBox);
        auto* text = new QLabel(checksBox);
        text->setObjectName(QStringLiteral("check-%1").arg(LabelRules::code(rule.check)));
        text->setWordWrap(true);
        text->setTextFormat(Qt::RichText);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        const int row = rows->rowCount();
        rows->addWidget(icon, row, 0, Qt::AlignTop);
        rows->addWidget(text, row, 1);
        m_checkRows.append(CheckRow { icon, text });
    }
    checksLayout->addLayout(rows);
    checksLayout->addStretch();

    auto* columns = new QHBoxLayout;
    columns->addWidget(scroll, 3);
    columns->addWidget(checksBox, 2);
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
    const int row = m_model->rowOf(m_eventId);
    if (row < 0) {
        for (const CheckRow& check : std::as_const(m_checkRows)) {
            check.icon->clear();
            check.text->clear();
        }
        m_heading->setText(tr("No request selected: choose one in the queue."));
        m_verdict->clear();
        for (QLabel* label : std::as_const(m_fields)) {
            label->clear();
        }
        return;
    }
    const Event& e = m_model->event(row);
    const RuleReport report = m_model->explainedReport(row);
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
    const QDate due = LabelRules::decisionDueDate(e, m_model->edition());
    m_fields.value(QStringLiteral("due"))->setText(due.isValid() ? DateText::longDate(due) : tr("not given"));

    const int failed = int(report.failedConditions().size());
    const int unknown = int(report.unknownConditions().size());
    m_verdict->setText(failed > 0
            ? tr("The request fails %n label condition(s): it can be labelled only by an override.", nullptr, failed)
            : unknown > 0
            ? tr("%n label condition(s) cannot be checked: information is missing.", nullptr, unknown)
            : tr("Meets all four label conditions."));
    for (int i = 0; i < m_checkRows.size(); ++i) {
        const CheckResult& result = report.result(LabelRules::table().at(i).check);
        const CheckRow& check = m_checkRows.at(i);
        check.icon->setPixmap(OutcomeIcons::icon(result.outcome).pixmap(20, 20));
        check.icon->setAccessibleName(OutcomeIcons::word(result.outcome));
        // Conditions carry their code (C1…); the flags are named by their title alone.
        const QString title = LabelRules::table().at(i).isCondition
            ? QStringLiteral("%1 · %2").arg(LabelRules::code(result.check), LabelRules::title(result.check))
            : LabelRules::title(result.check);
        check.text->setText(QStringLiteral("<b>%1</b> — %2<br>%3")
                                .arg(title.toHtmlEscaped(), OutcomeIcons::word(result.outcome), result.reason.toHtmlEscaped()));
    }
}
