#include "ui/event/EventFormModel.h"

#include "app/core/GeoReference.h"
#include "app/core/LabelRules.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace {

using Field = EventFormModel::Field;

const QString dateFormat = QStringLiteral("dd/MM/yyyy HH:mm");

const QTimeZone& parisZone()
{
    static const QTimeZone zone("Europe/Paris");
    return zone;
}

// Numbers as the reviewer writes them: "10,5" in French, "10.5" everywhere.
std::optional<double> parseNumber(const QString& text, bool* ok)
{
    *ok = true;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    // The decimal comma is read whatever the language: the requests come from France.
    for (const QString& candidate :
        { trimmed, QString(trimmed).replace(QLatin1Char(','), QLatin1Char('.')) }) {
        for (const QLocale& locale : { QLocale(), QLocale::c() }) {
            bool parsed = false;
            const double value = locale.toDouble(candidate, &parsed);
            if (parsed) {
                return value;
            }
        }
    }
    *ok = false;
    return std::nullopt;
}

std::optional<int> parseCount(const QString& text, bool* ok)
{
    const std::optional<double> number = parseNumber(text, ok);
    if (number && (*number != std::floor(*number) || std::abs(*number) > 1e9)) {
        *ok = false;
        return std::nullopt;
    }
    return number ? std::optional<int>(int(*number)) : std::nullopt;
}

// "28/03/2018 14:30", or a day alone: its first minute for a start, its last for an end.
QDateTime parseWallClock(const QString& text, bool endOfDay, bool* ok)
{
    *ok = true;
    const QString trimmed = text.simplified();
    if (trimmed.isEmpty()) {
        return {};
    }
    const QDateTime full = QDateTime::fromString(trimmed, QStringLiteral("d/M/yyyy H:mm"));
    if (full.isValid()) {
        return wallClock(full.date(), full.time());
    }
    const QDate day = QDate::fromString(trimmed, QStringLiteral("d/M/yyyy"));
    if (day.isValid()) {
        return wallClock(day, endOfDay ? QTime(23, 59) : QTime(0, 0));
    }
    *ok = false;
    return {};
}

QString numberText(const std::optional<double>& value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return value ? locale.toString(*value, 'g', QLocale::FloatingPointShortest) : QString();
}

QString wallClockText(const QDateTime& value)
{
    return value.isValid() ? value.toString(dateFormat) : QString();
}

} // namespace

// One edit of one field; typing in the same text field goes on in the same edit.
class EventFormModel::Edit : public QUndoCommand {
public:
    Edit(EventFormModel* model, Field field, const QVariant& before, const QVariant& after)
        : QUndoCommand(EventFormModel::tr("change to %1").arg(EventFormModel::label(field)))
        , m_model(model)
        , m_field(field)
        , m_before(before)
        , m_after(after)
    {
    }

    void redo() override { m_model->apply(m_field, m_after); }
    void undo() override { m_model->apply(m_field, m_before); }
    int id() const override
    {
        return m_after.metaType() == QMetaType::fromType<QString>() ? int(m_field) : -1;
    }
    bool mergeWith(const QUndoCommand* other) override
    {
        m_after = static_cast<const Edit*>(other)->m_after;
        return true;
    }

private:
    EventFormModel* m_model;
    Field m_field;
    QVariant m_before;
    QVariant m_after;
};

EventFormModel::EventFormModel(const GeoReference& geo, QObject* parent)
    : QObject(parent)
    , m_geo(geo)
    , m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, &EventFormModel::stateChanged);
}

QList<EventFormModel::Field> EventFormModel::allFields()
{
    static const QList<Field> edited = RequestColumns::with(RequestColumns::Use::Edited);
    return edited;
}

QString EventFormModel::label(Field field) { return RequestColumns::displayName(field); }

// Numbers and dates are kept as typed until they read as one.
bool EventFormModel::isTyped(Field field)
{
    switch (RequestColumns::of(field).type) {
    case RequestColumns::Type::Instant:
    case RequestColumns::Type::WallClock:
    case RequestColumns::Type::Number:
    case RequestColumns::Type::Count:
        return true;
    default:
        return false;
    }
}

Event EventFormModel::blankRequest(const Edition& edition)
{
    Event event;
    event.editionYear = edition.year;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    event.submittedAt = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), QTimeZone::UTC);
    event.status = EventStatus::Submitted;
    return event;
}

void EventFormModel::load(const Event& event, const Edition& edition, const QDate& today)
{
    m_edition = edition;
    m_today = today;
    m_undo->clear();
    markSaved(event);
}

void EventFormModel::markSaved(const Event& saved)
{
    m_stored = saved;
    m_event = saved;
    m_typed.clear();
    for (const Field field : allFields()) {
        const QVariant value = RequestColumns::of(field).get(saved);
        switch (RequestColumns::of(field).type) {
        case RequestColumns::Type::Instant:
            m_typed.insert(field,
                value.isValid() ? value.toDateTime().toTimeZone(parisZone()).toString(dateFormat)
                                : QString());
            break;
        case RequestColumns::Type::WallClock:
            m_typed.insert(field, wallClockText(value.toDateTime()));
            break;
        case RequestColumns::Type::Number:
            m_typed.insert(
                field, numberText(value.isValid() ? std::optional(value.toDouble()) : std::nullopt));
            break;
        case RequestColumns::Type::Count:
            m_typed.insert(field, value.isValid() ? QString::number(value.toInt()) : QString());
            break;
        default:
            break;
        }
    }
    m_storedReport = LabelRules::evaluateAll(m_stored, { &m_edition, m_today, &m_geo, false });
    m_undo->setClean();
    update();
    for (Field field : allFields()) {
        emit valueChanged(field);
    }
}

bool EventFormModel::isDirty() const { return !m_undo->isClean(); }

QVariant EventFormModel::value(Field field) const
{
    if (isTyped(field)) {
        return m_typed.value(field);
    }
    const RequestColumns::Description& description = RequestColumns::of(field);
    if (description.type == RequestColumns::Type::AudienceTick) {
        return description.get(m_event).toBool();
    }
    return description.get(m_event);
}

void EventFormModel::setValue(Field field, const QVariant& value)
{
    const QVariant before = this->value(field);
    if (before == value && before.isValid() == value.isValid()) {
        return;
    }
    if (field != Field::PostalCode) {
        m_undo->push(new Edit(this, field, before, value));
        return;
    }
    // A postal code of a single commune fills the place at once, in the same undo step.
    const QList<const Commune*> choices = m_geo.communesForPostalCode(value.toString().trimmed());
    if (choices.size() != 1 || choices.first()->inseeCode == m_event.inseeCode) {
        m_undo->push(new Edit(this, field, before, value));
        return;
    }
    m_undo->beginMacro(tr("change to %1").arg(label(field)));
    m_undo->push(new Edit(this, field, before, value));
    chooseCommune(choices.first()->inseeCode);
    m_undo->endMacro();
}

QList<const Commune*> EventFormModel::communeChoices() const
{
    QList<const Commune*> communes = m_geo.communesForPostalCode(m_event.postalCode.trimmed());
    std::sort(communes.begin(), communes.end(),
        [](const Commune* a, const Commune* b) { return QString::localeAwareCompare(a->name, b->name) < 0; });
    return communes;
}

void EventFormModel::chooseCommune(const QString& inseeCode)
{
    const Commune* commune = m_geo.communeByInseeCode(inseeCode);
    if (!commune) {
        return;
    }
    m_undo->beginMacro(tr("choice of the commune %1").arg(commune->name));
    setValue(Field::Commune, commune->name);
    setValue(Field::InseeCode, commune->inseeCode);
    setValue(Field::Departement, commune->departement);
    setValue(Field::Region, commune->region);
    setValue(Field::Latitude, numberText(commune->latitude));
    setValue(Field::Longitude, numberText(commune->longitude));
    m_undo->endMacro();
}

void EventFormModel::apply(Field field, const QVariant& value)
{
    if (isTyped(field)) {
        typeText(field, value.toString());
    } else {
        RequestColumns::of(field).set(m_event, value);
    }
    update();
    emit valueChanged(field);
}

void EventFormModel::typeText(Field field, const QString& text)
{
    m_typed.insert(field, text);
    const RequestColumns::Description& description = RequestColumns::of(field);
    bool ok = true;
    switch (description.type) {
    case RequestColumns::Type::Instant: {
        const QDateTime local = parseWallClock(text, false, &ok);
        description.set(m_event,
            local.isValid() ? QVariant(QDateTime(local.date(), local.time(), parisZone()).toUTC())
                            : QVariant());
        break;
    }
    case RequestColumns::Type::WallClock: {
        // A day alone ends at its last minute.
        const QDateTime time = parseWallClock(text, field == Field::EndsAt, &ok);
        description.set(m_event, time.isValid() ? QVariant(time) : QVariant());
        break;
    }
    case RequestColumns::Type::Number: {
        const std::optional<double> number = parseNumber(text, &ok);
        description.set(m_event, number ? QVariant(*number) : QVariant());
        break;
    }
    case RequestColumns::Type::Count: {
        const std::optional<int> count = parseCount(text, &ok);
        description.set(m_event, count ? QVariant(*count) : QVariant());
        break;
    }
    default:
        break;
    }
}

void EventFormModel::update()
{
    validate();
    m_report = LabelRules::evaluateAll(m_event, { &m_edition, m_today, &m_geo, true });
    emit stateChanged();
}

void EventFormModel::validate()
{
    m_messages.clear();
    const auto required = [this](Field field) {
        if (value(field).toString().trimmed().isEmpty()) {
            m_messages.insert(field, tr("Required."));
        }
    };
    required(Field::RequestId);
    required(Field::Title);
    required(Field::OrganiserName);

    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"));
    if (!m_event.contactEmail.trimmed().isEmpty()
        && !email.match(m_event.contactEmail.trimmed()).hasMatch()) {
        m_messages.insert(Field::ContactEmail, tr("Write an e-mail address such as name@example.fr."));
    }
    static const QRegularExpression phone(QStringLiteral("^(0[1-9]\\d{8}|\\+\\d{8,15})$"));
    static const QRegularExpression phoneSeparators(QStringLiteral("[\\s.\\-()]"));
    if (!m_event.contactPhone.trimmed().isEmpty()
        && !phone.match(QString(m_event.contactPhone).remove(phoneSeparators)).hasMatch()) {
        m_messages.insert(Field::ContactPhone,
            tr("Write a phone number as 01 23 45 67 89, or +33 1 23 45 67 89 from abroad."));
    }
    static const QRegularExpression fourteenDigits(QStringLiteral("^\\d{14}$"));
    if (!m_event.siret.isEmpty()) {
        if (!fourteenDigits.match(m_event.siret).hasMatch()) {
            m_messages.insert(Field::Siret, tr("A SIRET has 14 digits, without spaces."));
        } else if (!LabelRules::isValidSiret(m_event.siret)) {
            m_messages.insert(Field::Siret, tr("This SIRET's check digit is wrong: check the number."));
        }
    }
    static const QRegularExpression fiveDigits(QStringLiteral("^\\d{5}$"));
    const QString postalCode = m_event.postalCode.trimmed();
    if (!postalCode.isEmpty()) {
        if (!fiveDigits.match(postalCode).hasMatch()) {
            m_messages.insert(Field::PostalCode, tr("A postal code has 5 digits."));
        } else if (m_geo.communesForPostalCode(postalCode).isEmpty()) {
            m_messages.insert(Field::PostalCode, tr("No commune has the postal code %1.").arg(postalCode));
        }
    }

    const auto typed = [](RequestColumns::Type type) {
        QList<Field> fields;
        for (const Field field : allFields()) {
            if (RequestColumns::of(field).type == type) {
                fields << field;
            }
        }
        return fields;
    };
    for (Field field : typed(RequestColumns::Type::Instant) + typed(RequestColumns::Type::WallClock)) {
        bool ok = true;
        parseWallClock(m_typed.value(field), false, &ok);
        if (!ok) {
            m_messages.insert(
                field, tr("Write the date as 28/03/2018 14:30 (day/month/year hours:minutes)."));
        }
    }
    if (m_event.startsAt.isValid() && m_event.endsAt.isValid() && m_event.endsAt < m_event.startsAt) {
        m_messages.insert(Field::EndsAt,
            tr("The end (%1) is before the start (%2).")
                .arg(wallClockText(m_event.endsAt), wallClockText(m_event.startsAt)));
    }

    for (Field field : typed(RequestColumns::Type::Number)) {
        bool ok = true;
        const std::optional<double> number = parseNumber(m_typed.value(field), &ok);
        if (!ok) {
            m_messages.insert(field, tr("Write a number, such as %1.").arg(QLocale().toString(48.39)));
        } else if (field == Field::Price && number && *number < 0) {
            m_messages.insert(field, tr("A price cannot be negative."));
        }
    }
    for (Field field : typed(RequestColumns::Type::Count)) {
        bool ok = true;
        const std::optional<int> count = parseCount(m_typed.value(field), &ok);
        if (!ok || (count && *count < 0)) {
            m_messages.insert(field, tr("Write a whole number of people, such as 120."));
        }
    }
    const bool hasLatitude = !m_typed.value(Field::Latitude).trimmed().isEmpty();
    const bool hasLongitude = !m_typed.value(Field::Longitude).trimmed().isEmpty();
    if (hasLatitude != hasLongitude) {
        m_messages.insert(
            hasLatitude ? Field::Longitude : Field::Latitude, tr("Give both coordinates, or neither."));
    } else if (m_event.latitude && m_event.longitude
        && !GeoReference::isInFrance(*m_event.latitude, *m_event.longitude)) {
        const QString outside
            = tr("The point (%1, %2) is outside France and its overseas territories.")
                  .arg(QLocale().toString(*m_event.latitude), QLocale().toString(*m_event.longitude));
        m_messages.insert(Field::Latitude, outside);
        m_messages.insert(Field::Longitude, outside);
    }
}

QStringList EventFormModel::problems() const
{
    QStringList lines;
    QStringList seen;
    for (Field field : allFields()) {
        const QString text = message(field);
        // The two coordinates share one message about the point.
        if (!text.isEmpty() && !seen.contains(text)) {
            seen << text;
            lines << tr("%1: %2").arg(label(field), text);
        }
    }
    return lines;
}

QDate EventFormModel::decisionDueDate() const
{
    return m_event.submittedAt.isValid() ? LabelRules::decisionDueDate(m_event, m_edition) : QDate();
}

LabelLoss EventFormModel::labelLoss() const
{
    return LabelLoss(isNew() ? EventStatus::Submitted : m_stored.status, m_storedReport, m_report);
}
