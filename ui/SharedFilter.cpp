#include "ui/SharedFilter.h"

#include "app/core/GeoReference.h"
#include "app/core/LabelRules.h"

#include <QJsonDocument>
#include <QLocale>
#include <QSettings>
#include <QTimer>

namespace {

const QString currentKey = QStringLiteral("filter/current");
const QString savedGroup = QStringLiteral("filter/saved");

// QSettings keys cannot hold every character a name may have; the name is stored beside its key.
QString keyFor(const QString& name) { return QString::fromLatin1(name.toUtf8().toHex()); }

QString yesNo(bool value) { return value ? SharedFilter::tr("yes") : SharedFilter::tr("no"); }

} // namespace

SharedFilter::SharedFilter(QObject* parent)
    : QObject(parent)
    , m_rememberTimer(new QTimer(this))
{
    m_rememberTimer->setSingleShot(true);
    m_rememberTimer->setInterval(1000);
    connect(m_rememberTimer, &QTimer::timeout, this, &SharedFilter::remember);
}

SharedFilter::~SharedFilter()
{
    if (m_rememberTimer->isActive()) {
        remember();
    }
}

void SharedFilter::remember()
{
    m_rememberTimer->stop();
    QSettings().setValue(
        currentKey, QString::fromUtf8(QJsonDocument(m_filter.toJson()).toJson(QJsonDocument::Compact)));
}

void SharedFilter::setFilter(const EventFilter& filter)
{
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    m_rememberTimer->start();
    emit changed();
}

QString SharedFilter::describe(const EventFilter& f)
{
    QStringList texts;
    for (const auto& part : parts(f)) {
        texts << part.second;
    }
    return texts.isEmpty() ? tr("all requests") : texts.join(QStringLiteral(" · "));
}

QList<std::pair<SharedFilter::Part, QString>> SharedFilter::parts(const EventFilter& f)
{
    const GeoReference& geo = GeoReference::embedded();
    QList<std::pair<Part, QString>> parts;
    if (!f.statuses.isEmpty()) {
        QStringList names;
        for (EventStatus status : f.statuses) {
            names << EventStatuses::displayName(status);
        }
        parts.append({ Part::Statuses, tr("status: %1").arg(names.join(QStringLiteral(", "))) });
    }
    if (!f.region.isEmpty()) {
        const Region* region = geo.region(f.region);
        parts.append({ Part::Region, tr("région: %1").arg(region ? region->name : f.region) });
    }
    if (!f.departement.isEmpty()) {
        const Departement* departement = geo.departement(f.departement);
        parts.append({ Part::Departement,
            tr("département: %1")
                .arg(departement ? QStringLiteral("%1 %2").arg(f.departement, departement->name)
                                 : f.departement) });
    }
    switch (f.conditions) {
    case EventFilter::Conditions::Any:
        break;
    case EventFilter::Conditions::FailingAny:
        parts.append({ Part::Conditions, tr("failing a condition") });
        break;
    case EventFilter::Conditions::FailingNone:
        parts.append({ Part::Conditions, tr("meeting every condition") });
        break;
    case EventFilter::Conditions::Failing:
        parts.append({ Part::Conditions,
            tr("failing %1 (%2)").arg(LabelRules::code(f.failing), LabelRules::title(f.failing)) });
        break;
    }
    if (f.area) {
        parts.append({ Part::Area, tr("in the map's view") });
    }
    if (f.eventType) {
        parts.append({ Part::EventType, tr("type: %1").arg(EventTypes::displayName(*f.eventType)) });
    }
    if (f.organiserType) {
        parts.append(
            { Part::OrganiserType, tr("organiser: %1").arg(OrganiserTypes::displayName(*f.organiserType)) });
    }
    if (f.late) {
        parts.append({ Part::Late, tr("late: %1").arg(yesNo(*f.late)) });
    }
    if (f.overdue) {
        parts.append({ Part::Overdue, tr("overdue: %1").arg(yesNo(*f.overdue)) });
    }
    if (f.assignee) {
        parts.append({ Part::Assignee,
            f.assignee->isEmpty() ? tr("nobody in charge") : tr("in charge: %1").arg(*f.assignee) });
    }
    const QLocale locale;
    if (f.submittedFrom.isValid()) {
        parts.append({ Part::SubmittedFrom,
            tr("submitted from %1").arg(locale.toString(f.submittedFrom, QLocale::ShortFormat)) });
    }
    if (f.submittedTo.isValid()) {
        parts.append({ Part::SubmittedTo,
            tr("submitted until %1").arg(locale.toString(f.submittedTo, QLocale::ShortFormat)) });
    }
    if (!f.text.trimmed().isEmpty()) {
        parts.append({ Part::Text, tr("text: “%1”").arg(f.text.trimmed()) });
    }
    return parts;
}

void SharedFilter::remove(Part part)
{
    EventFilter f = m_filter;
    const EventFilter none;
    switch (part) {
    case Part::Statuses:
        f.statuses = none.statuses;
        break;
    case Part::Region:
        f.region = none.region;
        f.departement = none.departement; // a département lies in the région
        break;
    case Part::Departement:
        f.departement = none.departement;
        break;
    case Part::Conditions:
        f.conditions = none.conditions;
        f.failing = none.failing;
        break;
    case Part::Area:
        f.area = none.area;
        break;
    case Part::EventType:
        f.eventType = none.eventType;
        break;
    case Part::OrganiserType:
        f.organiserType = none.organiserType;
        break;
    case Part::Late:
        f.late = none.late;
        break;
    case Part::Overdue:
        f.overdue = none.overdue;
        break;
    case Part::Assignee:
        f.assignee = none.assignee;
        break;
    case Part::SubmittedFrom:
        f.submittedFrom = none.submittedFrom;
        break;
    case Part::SubmittedTo:
        f.submittedTo = none.submittedTo;
        break;
    case Part::Text:
        f.text = none.text;
        break;
    }
    setFilter(f);
}

void SharedFilter::restore()
{
    const QJsonDocument doc = QJsonDocument::fromJson(QSettings().value(currentKey).toString().toUtf8());
    setFilter(EventFilter::fromJson(doc.object()));
}

QStringList SharedFilter::savedNames()
{
    QSettings settings;
    settings.beginGroup(savedGroup);
    QStringList names;
    for (const QString& key : settings.childKeys()) {
        names << settings.value(key).toMap().value(QStringLiteral("name")).toString();
    }
    names.removeAll(QString());
    names.sort(Qt::CaseInsensitive);
    return names;
}

void SharedFilter::saveAs(const QString& name)
{
    QSettings settings;
    settings.beginGroup(savedGroup);
    settings.setValue(keyFor(name),
        QVariantMap { { QStringLiteral("name"), name },
            { QStringLiteral("filter"),
                QString::fromUtf8(QJsonDocument(m_filter.toJson()).toJson(QJsonDocument::Compact)) } });
}

bool SharedFilter::loadSaved(const QString& name)
{
    QSettings settings;
    settings.beginGroup(savedGroup);
    const QVariantMap saved = settings.value(keyFor(name)).toMap();
    if (saved.isEmpty()) {
        return false;
    }
    setFilter(EventFilter::fromJson(
        QJsonDocument::fromJson(saved.value(QStringLiteral("filter")).toString().toUtf8()).object()));
    return true;
}

void SharedFilter::removeSaved(const QString& name)
{
    QSettings settings;
    settings.beginGroup(savedGroup);
    settings.remove(keyFor(name));
}
