#include "ui/event/EventFormModel.h"

#include "app/core/ExportColumns.h"
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

QString Event::*textMember(Field field)
{
    switch (field) {
    case Field::RequestId:
        return &Event::requestId;
    case Field::OrganiserName:
        return &Event::organiserName;
    case Field::Siret:
        return &Event::siret;
    case Field::ContactName:
        return &Event::contactName;
    case Field::ContactEmail:
        return &Event::contactEmail;
    case Field::ContactPhone:
        return &Event::contactPhone;
    case Field::Title:
        return &Event::title;
    case Field::Description:
        return &Event::description;
    case Field::Address:
        return &Event::address;
    case Field::PostalCode:
        return &Event::postalCode;
    case Field::Commune:
        return &Event::commune;
    case Field::InseeCode:
        return &Event::inseeCode;
    case Field::Departement:
        return &Event::departement;
    case Field::Region:
        return &Event::region;
    default:
        return nullptr;
    }
}

std::optional<Audience> audienceOf(Field field)
{
    switch (field) {
    case Field::GeneralPublic:
        return Audience::GeneralPublic;
    case Field::YoungPeople:
        return Audience::YoungPeople;
    case Field::JobSeekers:
        return Audience::JobSeekers;
    default:
        return std::nullopt;
    }
}

bool isTyped(Field field)
{
    return field == Field::SubmittedAt || field == Field::Latitude || field == Field::Longitude
        || field == Field::StartsAt || field == Field::EndsAt || field == Field::Price
        || field == Field::ExpectedParticipants || field == Field::ActualParticipants;
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
    for (const QString& candidate : { trimmed, QString(trimmed).replace(QLatin1Char(','), QLatin1Char('.')) }) {
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

QString wallClockText(const QDateTime& value) { return value.isValid() ? value.toString(dateFormat) : QString(); }

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
    int id() const override { return m_after.metaType() == QMetaType::fromType<QString>() ? int(m_field) : -1; }
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
    QList<Field> fields;
    for (int f = int(Field::RequestId); f <= int(Field::ActualParticipants); ++f) {
        fields.append(Field(f));
    }
    return fields;
}

QString EventFormModel::label(Field field)
{
    // The fields of the import format are named once, by the exports' columns.
    using Column = ExportColumns::Column;
    static const QHash<Field, Column> columnOf { { Field::RequestId, Column::RequestId },
        { Field::SubmittedAt, Column::SubmittedAt }, { Field::OrganiserName, Column::Organiser },
        { Field::OrganiserType, Column::OrganiserType }, { Field::Siret, Column::Siret },
        { Field::ContactName, Column::ContactName }, { Field::ContactEmail, Column::ContactEmail },
        { Field::ContactPhone, Column::ContactPhone }, { Field::Title, Column::Title },
        { Field::Description, Column::Description }, { Field::EventType, Column::EventType },
        { Field::Online, Column::Online }, { Field::Address, Column::Address }, { Field::PostalCode, Column::PostalCode },
        { Field::Commune, Column::Commune }, { Field::InseeCode, Column::InseeCode }, { Field::Latitude, Column::Latitude },
        { Field::Longitude, Column::Longitude }, { Field::StartsAt, Column::StartsAt }, { Field::EndsAt, Column::EndsAt },
        { Field::GeneralPublic, Column::GeneralPublic }, { Field::YoungPeople, Column::YoungPeople },
        { Field::JobSeekers, Column::JobSeekers }, { Field::AimsIndustry, Column::AimsIndustry }, { Field::Free, Column::Free },
        { Field::Price, Column::Price }, { Field::ExpectedParticipants, Column::ExpectedParticipants },
        { Field::ActualParticipants, Column::ActualParticipants } };
    if (field == Field::Departement) {
        return tr("Département");
    }
    if (field == Field::Region) {
        return tr("Région");
    }
    return RequestColumns::displayName(columnOf.value(field));
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
    m_typed.insert(Field::SubmittedAt,
        saved.submittedAt.isValid() ? saved.submittedAt.toTimeZone(parisZone()).toString(dateFormat) : QString());
    m_typed.insert(Field::StartsAt, wallClockText(saved.startsAt));
    m_typed.insert(Field::EndsAt, wallClockText(saved.endsAt));
    m_typed.insert(Field::Latitude, numberText(saved.latitude));
    m_typed.insert(Field::Longitude, numberText(saved.longitude));
    m_typed.insert(Field::Price, numberText(saved.price));
    m_typed.insert(Field::ExpectedParticipants,
        saved.expectedParticipants ? QString::number(*saved.expectedParticipants) : QString());
    m_typed.insert(Field::ActualParticipants,
        saved.actualParticipants ? QString::number(*saved.actualParticipants) : QString());
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
    if (QString Event::*member = textMember(field)) {
        return m_event.*member;
    }
    if (isTyped(field)) {
        return m_typed.value(field);
    }
    if (const std::optional<Audience> audience = audienceOf(field)) {
        return m_event.audiences && m_event.audiences->testFlag(*audience);
    }
    switch (field) {
    case Field::OrganiserType:
        return int(m_event.organiserType);
    case Field::EventType:
        return int(m_event.type);
    case Field::Online:
        return m_event.online;
    case Field::AimsIndustry:
        return m_event.aimsToInformAboutIndustry ? QVariant(*m_event.aimsToInformAboutIndustry) : QVariant();
    case Field::Free:
        return m_event.free ? QVariant(*m_event.free) : QVariant();
    default:
        return {};
    }
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
    if (QString Event::*member = textMember(field)) {
        m_event.*member = value.toString();
    } else if (isTyped(field)) {
        typeText(field, value.toString());
    } else if (const std::optional<Audience> audience = audienceOf(field)) {
        Audiences audiences = m_event.audiences.value_or(Audiences());
        audiences.setFlag(*audience, value.toBool());
        m_event.audiences = audiences;
    } else {
        switch (field) {
        case Field::OrganiserType:
            m_event.organiserType = OrganiserType(value.toInt());
            break;
        case Field::EventType:
            m_event.type = EventType(value.toInt());
            break;
        case Field::Online:
            m_event.online = value.toBool();
            break;
        case Field::AimsIndustry:
            m_event.aimsToInformAboutIndustry = value.isValid() ? std::optional<bool>(value.toBool()) : std::nullopt;
            break;
        case Field::Free:
            m_event.free = value.isValid() ? std::optional<bool>(value.toBool()) : std::nullopt;
            break;
        default:
            break;
        }
    }
    update();
    emit valueChanged(field);
}

void EventFormModel::typeText(Field field, const QString& text)
{
    m_typed.insert(field, text);
    bool ok = true;
    switch (field) {
    case Field::SubmittedAt: {
        const QDateTime local = parseWallClock(text, false, &ok);
        m_event.submittedAt
            = local.isValid() ? QDateTime(local.date(), local.time(), parisZone()).toUTC() : QDateTime();
        break;
    }
    case Field::StartsAt:
        m_event.startsAt = parseWallClock(text, false, &ok);
        break;
    case Field::EndsAt:
        m_event.endsAt = parseWallClock(text, true, &ok);
        break;
    case Field::Latitude:
        m_event.latitude = parseNumber(text, &ok);
        break;
    case Field::Longitude:
        m_event.longitude = parseNumber(text, &ok);
        break;
    case Field::Price:
        m_event.price = parseNumber(text, &ok);
        break;
    case Field::ExpectedParticipants:
        m_event.expectedParticipants = parseCount(text, &ok);
        break;
    case Field::ActualParticipants:
        m_event.actualParticipants = parseCount(text, &ok);
        break;
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
    if (!m_event.contactEmail.trimmed().isEmpty() && !email.match(m_event.contactEmail.trimmed()).hasMatch()) {
        m_messages.insert(Field::ContactEmail, tr("Write an e-mail address such as name@example.fr."));
    }
    static const QRegularExpression phone(QStringLiteral("^(0[1-9]\\d{8}|\\+\\d{8,15})$"));
    static const QRegularExpression phoneSeparators(QStringLiteral("[\\s.\\-()]"));
    if (!m_event.contactPhone.trimmed().isEmpty()
        && !phone.match(QString(m_event.contactPhone).remove(phoneSeparators)).hasMatch()) {
        m_messages.insert(
            Field::ContactPhone, tr("Write a phone number as 01 23 45 67 89, or +33 1 23 45 67 89 from abroad."));
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

    for (Field field : { Field::SubmittedAt, Field::StartsAt, Field::EndsAt }) {
        bool ok = true;
        parseWallClock(m_typed.value(field), false, &ok);
        if (!ok) {
            m_messages.insert(field, tr("Write the date as 28/03/2018 14:30 (day/month/year hours:minutes)."));
        }
    }
    if (m_event.startsAt.isValid() && m_event.endsAt.isValid() && m_event.endsAt < m_event.startsAt) {
        m_messages.insert(Field::EndsAt, tr("The end (%1) is before the start (%2).")
                                             .arg(wallClockText(m_event.endsAt), wallClockText(m_event.startsAt)));
    }

    for (Field field : { Field::Latitude, Field::Longitude, Field::Price }) {
        bool ok = true;
        const std::optional<double> number = parseNumber(m_typed.value(field), &ok);
        if (!ok) {
            m_messages.insert(field, tr("Write a number, such as %1.").arg(QLocale().toString(48.39)));
        } else if (field == Field::Price && number && *number < 0) {
            m_messages.insert(field, tr("A price cannot be negative."));
        }
    }
    for (Field field : { Field::ExpectedParticipants, Field::ActualParticipants }) {
        bool ok = true;
        const std::optional<int> count = parseCount(m_typed.value(field), &ok);
        if (!ok || (count && *count < 0)) {
            m_messages.insert(field, tr("Write a whole number of people, such as 120."));
        }
    }
    const bool hasLatitude = !m_typed.value(Field::Latitude).trimmed().isEmpty();
    const bool hasLongitude = !m_typed.value(Field::Longitude).trimmed().isEmpty();
    if (hasLatitude != hasLongitude) {
        m_messages.insert(hasLatitude ? Field::Longitude : Field::Latitude, tr("Give both coordinates, or neither."));
    } else if (m_event.latitude && m_event.longitude && !GeoReference::isInFrance(*m_event.latitude, *m_event.longitude)) {
        const QString outside = tr("The point (%1, %2) is outside France and its overseas territories.")
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
