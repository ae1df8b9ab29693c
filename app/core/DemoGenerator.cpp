#include "app/core/DemoGenerator.h"

#include "app/core/GeoReference.h"
#include "app/core/LabelRules.h"
#include "app/core/TextFold.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace {

const char* const companyWords[] = { "Aéro", "Méca", "Plasti", "Électro", "Agro", "Chimi", "Métal", "Textil",
    "Bois", "Verre", "Robo", "Hydro", "Nano", "Ferro", "Opti" };
const char* const companySuffixes[] = { "tech", "form", "industrie", "systèmes", "précision", "composites",
    "process", "concept", "services", "fonderie" };
const char* const legalForms[] = { "SAS", "SA", "SARL", "SASU" };
const char* const federations[] = { "UIMM", "France Chimie", "ANIA", "Fédération de la Plasturgie", "FIM",
    "Union des industries textiles", "Fédération forge fonderie", "GIFAS" };
const char* const schools[]
    = { "Lycée professionnel", "IUT", "École d'ingénieurs", "Lycée technique", "CFA de l'industrie" };
const char* const associations[]
    = { "Association Femmes & Sciences", "Association des amis du patrimoine industriel",
          "Club des entrepreneurs", "Association Jeunes et Industrie" };
const char* const firstNames[] = { "Camille", "Julien", "Sophie", "Nicolas", "Claire", "Thomas", "Amélie",
    "Karim", "Nathalie", "Mehdi", "Isabelle", "Laurent", "Émilie", "Yann" };
const char* const lastNames[] = { "Martin", "Bernard", "Dubois", "Petit", "Durand", "Leroy", "Moreau",
    "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "Roux", "Fontaine" };
const char* const streets[]
    = { "rue de l'Industrie", "avenue de la République", "zone industrielle des Forges", "rue Jean Jaurès",
          "parc d'activités du Moulin", "chemin des Ateliers", "boulevard Pasteur", "rue de la Gare" };
const char* const themes[] = { "les métiers de la mécanique", "l'usine du futur", "la chimie verte",
    "les métiers du numérique industriel", "la robotique", "l'aéronautique", "l'agroalimentaire",
    "la transition énergétique", "la fabrication additive", "les femmes dans l'industrie" };

template <size_t N> QString pick(QRandomGenerator& random, const char* const (&words)[N])
{
    return QString::fromUtf8(words[random.bounded(int(N))]);
}

// Share of each event and organiser type, roughly as in the 2017 edition.
const std::pair<EventType, int> eventTypeWeights[]
    = { { EventType::CompanyVisit, 40 }, { EventType::OpenDay, 15 }, { EventType::Conference, 10 },
          { EventType::ForumFair, 8 }, { EventType::Workshop, 10 }, { EventType::JobDating, 5 },
          { EventType::Exhibition, 5 }, { EventType::OnlineEvent, 4 }, { EventType::Other, 3 } };
const std::pair<OrganiserType, int> organiserTypeWeights[] = { { OrganiserType::Company, 45 },
    { OrganiserType::IndustryFederation, 10 }, { OrganiserType::Chamber, 8 },
    { OrganiserType::SchoolUniversity, 15 }, { OrganiserType::StateService, 6 },
    { OrganiserType::LocalAuthority, 6 }, { OrganiserType::Association, 7 }, { OrganiserType::Other, 3 } };

template <typename T, size_t N> T weighted(QRandomGenerator& random, const std::pair<T, int> (&weights)[N])
{
    int total = 0;
    for (const auto& w : weights) {
        total += w.second;
    }
    int roll = random.bounded(total);
    for (const auto& w : weights) {
        if (roll < w.second) {
            return w.first;
        }
        roll -= w.second;
    }
    return weights[0].first;
}

} // namespace

DemoGenerator::DemoGenerator(const Edition& edition, const GeoReference& geo, quint32 seed)
    : m_edition(edition)
    , m_geo(geo)
    , m_random(seed)
{
    qint64 total = 0;
    const QList<Commune>& communes = geo.communes();
    for (int i = 0; i < communes.size(); ++i) {
        // Districts would count Paris, Lyon and Marseille twice; their parent commune stands for them.
        if (communes.at(i).isArrondissement) {
            continue;
        }
        total += std::max(communes.at(i).population, 1);
        m_cumulativePopulation.append(total);
        m_communeIndexes.append(i);
    }
}

QList<Event> DemoGenerator::generate(int count)
{
    QList<Event> events;
    events.reserve(count);
    for (int i = 0; i < count; ++i) {
        events.append(next());
    }
    return events;
}

const Commune& DemoGenerator::pickCommune()
{
    const qint64 roll = qint64(m_random.generateDouble() * double(m_cumulativePopulation.last()));
    const auto it = std::upper_bound(m_cumulativePopulation.cbegin(), m_cumulativePopulation.cend(), roll);
    const int slot = std::min<int>(int(it - m_cumulativePopulation.cbegin()), m_communeIndexes.size() - 1);
    return m_geo.communes().at(m_communeIndexes.at(slot));
}

QString DemoGenerator::organiserName(OrganiserType type, const Commune& commune)
{
    switch (type) {
    case OrganiserType::Company:
        return QStringLiteral("%1%2 %3").arg(
            pick(m_random, companyWords), pick(m_random, companySuffixes), pick(m_random, legalForms));
    case OrganiserType::IndustryFederation:
        return pick(m_random, federations);
    case OrganiserType::Chamber:
        return (chance(0.6) ? QStringLiteral("CCI ") : QStringLiteral("CMA ")) + commune.name;
    case OrganiserType::SchoolUniversity:
        return QStringLiteral("%1 de %2").arg(pick(m_random, schools), commune.name);
    case OrganiserType::StateService:
        return chance(0.5) ? QStringLiteral("Pôle emploi %1").arg(commune.name)
                           : QStringLiteral("DIRECCTE %1").arg(m_geo.region(commune.region)->name);
    case OrganiserType::LocalAuthority:
        return QStringLiteral("Mairie de %1").arg(commune.name);
    case OrganiserType::Association:
        return pick(m_random, associations);
    case OrganiserType::Other:
        return QStringLiteral("Collectif %1").arg(pick(m_random, lastNames));
    }
    return {};
}

QString DemoGenerator::title(
    EventType type, OrganiserType organiserType, const QString& organiser, const Commune& commune)
{
    switch (type) {
    case EventType::CompanyVisit:
        // Only companies open their own plant; others organise a visit of a local one.
        return organiserType == OrganiserType::Company
            ? QStringLiteral("Visite de l'usine %1").arg(organiser)
            : QStringLiteral("Visite d'entreprise à %1").arg(commune.name);
    case EventType::OpenDay:
        return QStringLiteral("Portes ouvertes — %1").arg(organiser);
    case EventType::Conference:
        return QStringLiteral("Conférence : %1").arg(pick(m_random, themes));
    case EventType::ForumFair:
        return QStringLiteral("Forum des métiers de l'industrie de %1").arg(commune.name);
    case EventType::Workshop:
        return QStringLiteral("Atelier découverte : %1").arg(pick(m_random, themes));
    case EventType::JobDating:
        return QStringLiteral("Job dating industrie — %1").arg(commune.name);
    case EventType::Exhibition:
        return QStringLiteral("Exposition sur %1").arg(pick(m_random, themes));
    case EventType::OnlineEvent:
        return QStringLiteral("Webinaire : %1").arg(pick(m_random, themes));
    case EventType::Other:
        return QStringLiteral("Rencontre avec %1").arg(organiser);
    }
    return {};
}

QString DemoGenerator::validSiret()
{
    QString digits;
    for (int i = 0; i < 13; ++i) {
        digits.append(QChar(u'0' + m_random.bounded(10)));
    }
    for (int check = 0; check < 10; ++check) {
        const QString candidate = digits + QChar(u'0' + check);
        if (LabelRules::isValidSiret(candidate)) {
            return candidate;
        }
    }
    return {};
}

Event DemoGenerator::next()
{
    ++m_counter;
    Event event;
    event.editionYear = m_edition.year;
    event.requestId = QStringLiteral("SI%1-%2").arg(m_edition.year).arg(m_counter, 6, 10, QLatin1Char('0'));
    event.type = weighted(m_random, eventTypeWeights);
    event.organiserType = weighted(m_random, organiserTypeWeights);
    event.online = event.type == EventType::OnlineEvent;

    const Commune& commune = pickCommune();
    event.organiserName = organiserName(event.organiserType, commune);
    event.title = title(event.type, event.organiserType, event.organiserName, commune);
    event.description
        = QStringLiteral("Présentation des savoir-faire et des métiers, échanges avec les équipes, "
                         "démonstrations. Organisé par %1.")
              .arg(event.organiserName);
    if (event.organiserType == OrganiserType::Company || chance(0.3)) {
        event.siret = validSiret();
    }
    const QString first = pick(m_random, firstNames);
    const QString last = pick(m_random, lastNames);
    event.contactName = QStringLiteral("%1 %2").arg(first, last);
    // Addresses are ASCII, as organisers' real ones are: "Émilie" writes "emilie".
    event.contactEmail
        = QStringLiteral("%1.%2@exemple.fr").arg(TextFold::folded(first), TextFold::folded(last));
    event.contactPhone = QStringLiteral("0%1 %2 %3 %4 %5")
                             .arg(bounded(1, 5))
                             .arg(bounded(10, 99))
                             .arg(bounded(10, 99))
                             .arg(bounded(10, 99))
                             .arg(bounded(10, 99));

    // Online events still name their organiser's commune, but have no address or point.
    event.postalCode = commune.postalCodes.value(m_random.bounded(int(commune.postalCodes.size())));
    event.commune = commune.name;
    event.inseeCode = commune.inseeCode;
    event.departement = commune.departement;
    event.region = commune.region;
    if (!event.online) {
        event.address = QStringLiteral("%1 %2").arg(bounded(1, 120)).arg(pick(m_random, streets));
        // Scatter around the commune centre by up to ~2 km.
        // Five decimals (about a metre), as the website's form gives them.
        event.latitude
            = std::round((commune.latitude + (m_random.generateDouble() - 0.5) * 0.036) * 1e5) / 1e5;
        event.longitude
            = std::round((commune.longitude + (m_random.generateDouble() - 0.5) * 0.05) * 1e5) / 1e5;
    }

    const TerritoryWindow window = m_edition.windowFor(event.departement);
    const int weekDays = int(window.weekStart.daysTo(window.weekEnd)) + 1;
    const QDate day = window.weekStart.addDays(m_random.bounded(weekDays));
    const int startHour = bounded(8, 16);
    event.startsAt = wallClock(day, QTime(startHour, chance(0.5) ? 0 : 30));
    const bool multiDay = chance(0.12) && day < window.weekEnd;
    event.endsAt
        = multiDay ? wallClock(day.addDays(1), QTime(17, 0)) : event.startsAt.addSecs(bounded(1, 4) * 3600);

    Audiences audiences;
    if (chance(0.55)) {
        audiences |= Audience::GeneralPublic;
    }
    if (chance(0.7)) {
        audiences |= Audience::YoungPeople;
    }
    if (chance(0.35) || event.type == EventType::JobDating) {
        audiences |= Audience::JobSeekers;
    }
    if (!audiences) {
        audiences = Audience::YoungPeople;
    }
    event.audiences = audiences;
    event.aimsToInformAboutIndustry = true;
    event.free = true;
    event.expectedParticipants = event.type == EventType::ForumFair ? bounded(150, 1500) : bounded(10, 150);

    // Requests arrive from January, faster near the deadline; about 5 % come after it.
    const QDate campaignStart = m_edition.requestDeadline.addDays(-63);
    const double shape = std::sqrt(m_random.generateDouble());
    QDate submitted = campaignStart.addDays(qint64(shape * 63));
    if (chance(0.05)) {
        submitted = m_edition.requestDeadline.addDays(bounded(1, 8));
    }
    event.submittedAt
        = QDateTime(submitted, QTime(bounded(7, 21), bounded(0, 59)), QTimeZone("Europe/Paris")).toUTC();

    const bool passes = chance(0.8);
    if (!passes) {
        introduceFailures(event);
    }
    assignStatus(event, passes);
    return event;
}

QDateTime DemoGenerator::decidedAt(const Event& event)
{
    if (event.status != EventStatus::Labelled && event.status != EventStatus::Refused) {
        return {};
    }
    static const QTimeZone paris("Europe/Paris");
    const QDate lastRequest = m_edition.requestDeadline.addDays(8);
    const QDate submitted = event.submittedAt.toTimeZone(paris).date();
    // Spread over the days left rather than piled up on the last one.
    const int daysLeft = int(std::clamp<qint64>(submitted.daysTo(lastRequest), 1, 21));
    QDate day = submitted.addDays(bounded(1, daysLeft));
    while (day.dayOfWeek() > 5) {
        day = day.addDays(1);
    }
    return QDateTime(day, QTime(bounded(9, 17), bounded(0, 59)), paris).toUTC();
}

void DemoGenerator::introduceFailures(Event& event)
{
    const int failures = chance(0.8) ? 1 : 2;
    for (int i = 0; i < failures; ++i) {
        switch (m_random.bounded(8)) {
        case 0: // starts the evening before the week
            event.startsAt
                = wallClock(m_edition.windowFor(event.departement).weekStart.addDays(-1), QTime(18, 0));
            break;
        case 1: // runs past the week
            event.endsAt = wallClock(m_edition.windowFor(event.departement).weekEnd.addDays(1), QTime(0, 30));
            break;
        case 2:
            event.audiences = Audiences();
            break;
        case 3:
            event.aimsToInformAboutIndustry = false;
            break;
        case 4:
            event.free = false;
            event.price = bounded(2, 25);
            break;
        case 5: // marked free, but a price was typed
            event.price = bounded(3, 15);
            break;
        case 6: // the form left these blank
            if (chance(0.5)) {
                event.audiences.reset();
            } else {
                event.free.reset();
            }
            break;
        default: // a week-long fair that began earlier
            event.startsAt
                = wallClock(m_edition.windowFor(event.departement).weekStart.addDays(-3), QTime(9, 0));
            break;
        }
    }
    if (chance(0.15) && !event.siret.isEmpty()) {
        event.siret[13] = QChar(u'0' + (event.siret.at(13).unicode() - u'0' + 1) % 10);
    }
}

void DemoGenerator::assignStatus(Event& event, bool passes)
{
    const double roll = m_random.generateDouble();
    if (passes) {
        event.status = roll < 0.5 ? EventStatus::Labelled
            : roll < 0.72         ? EventStatus::Submitted
            : roll < 0.92         ? EventStatus::InReview
            : roll < 0.97         ? EventStatus::InformationRequested
                                  : EventStatus::Withdrawn;
    } else {
        event.status = roll < 0.4 ? EventStatus::Refused
            : roll < 0.6          ? EventStatus::Submitted
            : roll < 0.8          ? EventStatus::InReview
            : roll < 0.95         ? EventStatus::InformationRequested
                                  : EventStatus::Withdrawn;
    }
}
