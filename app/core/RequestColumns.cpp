#include "app/core/RequestColumns.h"

namespace {

template <QString Event::* member> QVariant getText(const Event& e) { return e.*member; }
template <QString Event::* member> void setText(Event& e, const QVariant& v) { e.*member = v.toString(); }

template <QDateTime Event::* member> QVariant getTime(const Event& e)
{
    return (e.*member).isValid() ? QVariant(e.*member) : QVariant();
}
template <QDateTime Event::* member> void setTime(Event& e, const QVariant& v) { e.*member = v.toDateTime(); }

template <typename T, std::optional<T> Event::* member> QVariant getOptional(const Event& e)
{
    return e.*member ? QVariant::fromValue(*(e.*member)) : QVariant();
}
template <typename T, std::optional<T> Event::* member> void setOptional(Event& e, const QVariant& v)
{
    e.*member = v.isValid() ? std::optional<T>(v.value<T>()) : std::nullopt;
}

// The three audiences are known together or not at all.
template <Audience audience> QVariant getTick(const Event& e)
{
    return e.audiences ? QVariant(e.audiences->testFlag(audience)) : QVariant();
}
template <Audience audience> void setTick(Event& e, const QVariant& v)
{
    if (!v.isValid()) {
        e.audiences.reset();
        return;
    }
    Audiences audiences = e.audiences.value_or(Audiences());
    audiences.setFlag(audience, v.toBool());
    e.audiences = audiences;
}

} // namespace

const QList<RequestColumns::Description>& RequestColumns::all()
{
    // What the request files carry, the form edits and the audit compares; the id and the
    // submission time are the request's identity, not edits; the place's département and région
    // are worked out from the commune. The public map publishes the event, never its contact,
    // SIRET, participants or review.
    constexpr Uses file = Use::Imported | Use::Exported | Use::Edited;
    constexpr Uses compared = file | Use::Compared;
    constexpr Uses derived = Use::Compared | Use::Edited;
    static const QList<Description> table {
        { Column::RequestId, "id_demande", QT_TRANSLATE_NOOP("RequestColumns", "Request id"), nullptr,
            Type::Text, file | Use::Published, getText<&Event::requestId>, setText<&Event::requestId>,
            &Event::requestId },
        { Column::SubmittedAt, "date_demande", QT_TRANSLATE_NOOP("RequestColumns", "Submitted at"), nullptr,
            Type::Instant, file, getTime<&Event::submittedAt>, setTime<&Event::submittedAt>, nullptr,
            &Event::submittedAt },
        { Column::Title, "titre", QT_TRANSLATE_NOOP("RequestColumns", "Title"), "title", Type::Text,
            compared | Use::Published, getText<&Event::title>, setText<&Event::title>, &Event::title },
        { Column::Description, "description", QT_TRANSLATE_NOOP("RequestColumns", "Description"),
            "description", Type::Text, compared | Use::Published, getText<&Event::description>,
            setText<&Event::description>, &Event::description },
        { Column::EventType, "type_evenement", QT_TRANSLATE_NOOP("RequestColumns", "Event type"),
            "event_type", Type::EventType, compared | Use::Published,
            [](const Event& e) { return QVariant(int(e.type)); },
            [](Event& e, const QVariant& v) { e.type = EventType(v.toInt()); } },
        { Column::Online, "en_ligne", QT_TRANSLATE_NOOP("RequestColumns", "Online event"), "online",
            Type::Bool, compared | Use::Published, [](const Event& e) { return QVariant(e.online); },
            [](Event& e, const QVariant& v) { e.online = v.toBool(); } },
        { Column::OrganiserName, "organisateur", QT_TRANSLATE_NOOP("RequestColumns", "Organiser"),
            "organiser_name", Type::Text, compared | Use::Published, getText<&Event::organiserName>,
            setText<&Event::organiserName>, &Event::organiserName },
        { Column::OrganiserType, "type_organisateur", QT_TRANSLATE_NOOP("RequestColumns", "Organiser type"),
            "organiser_type", Type::OrganiserType, compared | Use::Published,
            [](const Event& e) { return QVariant(int(e.organiserType)); },
            [](Event& e, const QVariant& v) { e.organiserType = OrganiserType(v.toInt()); } },
        { Column::Siret, "siret", QT_TRANSLATE_NOOP("RequestColumns", "SIRET"), "siret", Type::Text, compared,
            getText<&Event::siret>, setText<&Event::siret>, &Event::siret },
        { Column::ContactName, "contact_nom", QT_TRANSLATE_NOOP("RequestColumns", "Contact name"),
            "contact_name", Type::Text, compared, getText<&Event::contactName>, setText<&Event::contactName>,
            &Event::contactName },
        { Column::ContactEmail, "contact_email", QT_TRANSLATE_NOOP("RequestColumns", "E-mail"),
            "contact_email", Type::Text, compared, getText<&Event::contactEmail>,
            setText<&Event::contactEmail>, &Event::contactEmail },
        { Column::ContactPhone, "contact_telephone", QT_TRANSLATE_NOOP("RequestColumns", "Phone"),
            "contact_phone", Type::Text, compared, getText<&Event::contactPhone>,
            setText<&Event::contactPhone>, &Event::contactPhone },
        { Column::Address, "adresse", QT_TRANSLATE_NOOP("RequestColumns", "Address"), "address", Type::Text,
            compared | Use::Published, getText<&Event::address>, setText<&Event::address>, &Event::address },
        { Column::PostalCode, "code_postal", QT_TRANSLATE_NOOP("RequestColumns", "Postal code"),
            "postal_code", Type::Text, compared | Use::Published, getText<&Event::postalCode>,
            setText<&Event::postalCode>, &Event::postalCode },
        { Column::Commune, "commune", QT_TRANSLATE_NOOP("RequestColumns", "Commune"), "commune", Type::Text,
            compared | Use::Published, getText<&Event::commune>, setText<&Event::commune>, &Event::commune },
        { Column::InseeCode, "code_insee", QT_TRANSLATE_NOOP("RequestColumns", "INSEE code"), "insee_code",
            Type::Text, compared | Use::Published, getText<&Event::inseeCode>, setText<&Event::inseeCode>,
            &Event::inseeCode },
        { Column::Latitude, "latitude", QT_TRANSLATE_NOOP("RequestColumns", "Latitude"), "latitude",
            Type::Number, compared, getOptional<double, &Event::latitude>,
            setOptional<double, &Event::latitude> },
        { Column::Longitude, "longitude", QT_TRANSLATE_NOOP("RequestColumns", "Longitude"), "longitude",
            Type::Number, compared, getOptional<double, &Event::longitude>,
            setOptional<double, &Event::longitude> },
        { Column::StartsAt, "date_debut", QT_TRANSLATE_NOOP("RequestColumns", "Starts"), "starts_at",
            Type::WallClock, compared | Use::Published, getTime<&Event::startsAt>, setTime<&Event::startsAt>,
            nullptr, &Event::startsAt },
        { Column::EndsAt, "date_fin", QT_TRANSLATE_NOOP("RequestColumns", "Ends"), "ends_at", Type::WallClock,
            compared | Use::Published, getTime<&Event::endsAt>, setTime<&Event::endsAt>, nullptr,
            &Event::endsAt },
        { Column::GeneralPublic, "public_grand_public", QT_TRANSLATE_NOOP("RequestColumns", "General public"),
            nullptr, Type::AudienceTick, file, getTick<Audience::GeneralPublic>,
            setTick<Audience::GeneralPublic> },
        { Column::YoungPeople, "public_jeunes", QT_TRANSLATE_NOOP("RequestColumns", "Young people"), nullptr,
            Type::AudienceTick, file, getTick<Audience::YoungPeople>, setTick<Audience::YoungPeople> },
        { Column::JobSeekers, "public_demandeurs_emploi", QT_TRANSLATE_NOOP("RequestColumns", "Job seekers"),
            nullptr, Type::AudienceTick, file, getTick<Audience::JobSeekers>, setTick<Audience::JobSeekers> },
        { Column::AimsIndustry, "objectif_industrie",
            QT_TRANSLATE_NOOP("RequestColumns", "Aims to inform about industry"), "aims_industry",
            Type::OptionalBool, compared, getOptional<bool, &Event::aimsToInformAboutIndustry>,
            setOptional<bool, &Event::aimsToInformAboutIndustry> },
        { Column::Free, "gratuit", QT_TRANSLATE_NOOP("RequestColumns", "Free"), "is_free", Type::OptionalBool,
            compared | Use::Published, getOptional<bool, &Event::free>, setOptional<bool, &Event::free> },
        { Column::Price, "tarif", QT_TRANSLATE_NOOP("RequestColumns", "Price (€)"), "price", Type::Number,
            compared | Use::Published, getOptional<double, &Event::price>,
            setOptional<double, &Event::price> },
        { Column::ExpectedParticipants, "participants_attendus",
            QT_TRANSLATE_NOOP("RequestColumns", "Expected participants"), "expected_participants",
            Type::Count, compared, getOptional<int, &Event::expectedParticipants>,
            setOptional<int, &Event::expectedParticipants> },
        { Column::ActualParticipants, "participants_reels",
            QT_TRANSLATE_NOOP("RequestColumns", "Actual participants"), "actual_participants", Type::Count,
            compared, getOptional<int, &Event::actualParticipants>,
            setOptional<int, &Event::actualParticipants> },
        // Worked out from the commune on import; the files do not carry them.
        { Column::Departement, "departement", QT_TRANSLATE_NOOP("RequestColumns", "Département"),
            "departement", Type::Text, derived | Use::Published, getText<&Event::departement>,
            setText<&Event::departement>, &Event::departement },
        { Column::Region, "region", QT_TRANSLATE_NOOP("RequestColumns", "Région"), "region", Type::Text,
            derived | Use::Published, getText<&Event::region>, setText<&Event::region>, &Event::region },
        // The three ticks of the files as one value.
        { Column::Audiences, "publics", QT_TRANSLATE_NOOP("RequestColumns", "Audiences"), "audiences",
            Type::Audiences, Use::Compared | Use::Published,
            [](const Event& e) { return e.audiences ? QVariant(int(e.audiences->toInt())) : QVariant(); },
            [](Event& e, const QVariant& v) {
                e.audiences
                    = v.isValid() ? std::optional<Audiences>(Audiences::fromInt(v.toInt())) : std::nullopt;
            } },
        { Column::Assignee, "responsable", QT_TRANSLATE_NOOP("RequestColumns", "Assignee"), "assignee",
            Type::Text, Use::Compared, getText<&Event::assignee>, setText<&Event::assignee>,
            &Event::assignee },
    };
    return table;
}

const RequestColumns::Description& RequestColumns::of(Column column) { return all().at(int(column)); }

QList<RequestColumns::Column> RequestColumns::with(Use use)
{
    QList<Column> columns;
    for (const Description& description : all()) {
        if (description.uses.testFlag(use)) {
            columns << description.column;
        }
    }
    return columns;
}

QString RequestColumns::key(Column column) { return QLatin1String(of(column).key); }

std::optional<RequestColumns::Column> RequestColumns::fromKey(const QString& key)
{
    for (const Description& description : all()) {
        if (key == QLatin1String(description.key)) {
            return description.column;
        }
    }
    return std::nullopt;
}

QString RequestColumns::displayName(Column column) { return tr(of(column).name); }
