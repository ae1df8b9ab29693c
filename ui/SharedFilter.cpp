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
    QSettings().setValue(currentKey, QString::fromUtf8(QJsonDocument(m_filter.toJson()).toJson(QJsonDocument::Compact)));
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
    const GeoReference& geo = GeoReference::embedded();
    QStringList parts;
    if (!f.statuses.isEmpty()) {
        QStringList names;
        for (EventStatus status : f.statuses) {
            names << EventStatuses::displayName(status);
        }
        parts << tr("status: %1").arg(names.join(QStringLiteral(", ")));
    }
    if (!f.region.isEmpty()) {
        const Region* region = geo.region(f.region);
        parts << tr("région: %1").arg(region ? region->name : f.region);
    }
    if (!f.departement.isEmpty()) {
        const Departement* departement = geo.departement(f.departement);
        parts << tr("département: %1").arg(departement ? QStringLiteral("%1 %2").arg(f.departement, departement->name) : f.departement);
    }
    switch (f.conditions) {
    case EventFilter::Conditions::Any:
        break;
    case EventFilter::Conditions::FailingAny:
        parts << tr("failing a condition");
        break;
    case EventFilter::Conditions::FailingNone:
        parts << tr("failing no condition");
        break;
    case EventFilter::Conditions::Failing:
        parts << tr("failing %1 (%2)").arg(LabelRules::code(f.failing), LabelRules::title(f.failing));
        break;
    }
    if (f.area) {
        parts << tr("in the map's view");
    }
    if (f.eventType) {
        parts << tr("type: %1").arg(EventTypes::displayName(*f.eventType));
    }
    if (f.organiserType) {
        parts << tr("organiser: %1").arg(OrganiserTypes::displayName(*f.organiserType));
    }
    if (f.late) {
        parts << tr("late: %1").arg(yesNo(*f.late));
    }
    if (f.overdue) {
        parts << tr("overdue: %1").arg(yesNo(*f.overdue));
    }
    const QLocale locale;
    if (f.submittedFrom.isValid()) {
        parts << tr("submitted from %1").arg(locale.toString(f.submittedFrom, QLocale::ShortFormat));
    }
    if (f.submittedTo.isValid()) {
        parts << tr("submitted until %1").arg(locale.toString(f.submittedTo, QLocale::ShortFormat));
    }
    if (!f.text.trimmed().isEmpty()) {
        parts << tr("text: “%1”").arg(f.text.trimmed());
    }
    return parts.isEmpty() ? tr("all requests") : parts.join(QStringLiteral(" · "));
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
            { QStringLiteral("filter"), QString::fromUtf8(QJsonDocument(m_filter.toJson()).toJson(QJsonDocument::Compact)) } });
}

bool SharedFilter::loadSaved(const QString& name)
{
    QSettings settings;
    settings.beginGroup(savedGroup);
    const QVariantMap saved = settings.value(keyFor(name)).toMap();
    if (saved.isEmpty()) {
        return false;
    }
    setFilter(EventFilter::fromJson(QJsonDocument::fromJson(saved.value(QStringLiteral("filter")).toString().toUtf8()).object()));
    return true;
}

void SharedFilter::removeSaved(const QString& name)
{
    QSettings settings;
    settings.beginGroup(savedGroup);
    settings.remove(keyFor(name));
}
