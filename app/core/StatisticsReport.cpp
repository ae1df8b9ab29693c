#include "app/core/StatisticsReport.h"

#include <QJsonArray>

StatisticsReport::StatisticsReport(const Statistics& statistics, const Edition& edition,
    const QHash<QString, PreviousFigures>& previous, const QLocale& locale)
    : m_statistics(statistics)
    , m_edition(edition)
    , m_previous(previous)
    , m_locale(locale)
{
}

std::optional<double> StatisticsReport::acceptanceRate(const TerritoryFigures& f)
{
    const int decided = f.labelled + f.refused;
    return decided > 0 ? std::optional<double>(100.0 * f.labelled / decided) : std::nullopt;
}

std::optional<double> StatisticsReport::shareOf(const TerritoryFigures& f, const TerritoryFigures& national)
{
    return national.labelled > 0 ? std::optional<double>(100.0 * f.labelled / national.labelled)
                                 : std::nullopt;
}

std::optional<double> StatisticsReport::per100k(const TerritoryFigures& f)
{
    return f.population > 0 ? std::optional<double>(100000.0 * f.labelled / double(f.population))
                            : std::nullopt;
}

QString StatisticsReport::percent(std::optional<double> value) const
{
    return value ? tr("%1 %").arg(m_locale.toString(*value, 'f', 1)) : notKnown();
}

// A true minus sign, as printed figures use it; no sign for no difference.
QString StatisticsReport::difference(qint64 value) const
{
    const QString magnitude = m_locale.toString(value < 0 ? -value : value);
    return value < 0 ? QStringLiteral("\u2212") + magnitude
        : value > 0  ? QStringLiteral("+") + magnitude
                     : magnitude;
}

QString StatisticsReport::compared(qint64 current, std::optional<qint64> previous) const
{
    if (!previous) {
        return tr("%1 (%2: n/c)").arg(number(current)).arg(m_edition.year - 1);
    }
    const QString share
        = *previous > 0 ? m_locale.toString(100.0 * double(current) / double(*previous), 'f', 0) : notKnown();
    return tr("%1, %2 % of %3, %4")
        .arg(number(current), share)
        .arg(m_edition.year - 1)
        .arg(difference(current - *previous));
}

QStringList StatisticsReport::headlineLines(const QString& regionCode) const
{
    const TerritoryFigures& n = m_statistics.national;
    const PreviousFigures previous
        = previousOf(regionCode.isEmpty() ? QString() : PreviousFigures::regionKey(regionCode));
    const auto previousEvents = previous.events ? std::optional<qint64>(*previous.events) : std::nullopt;
    const std::optional<qint64> previousParticipants = previous.participants;
    QStringList lines;
    lines << tr("Requests received: %1").arg(number(n.received))
          << tr("Labelled events: %1").arg(compared(n.labelled, previousEvents))
          << tr("Refused: %1 · pending: %2 · information requested: %3 · withdrawn: %4")
                 .arg(number(n.refused), number(n.pending), number(n.informationRequested),
                     number(n.withdrawn))
          << tr("Expected participants of labelled events: %1")
                 .arg(compared(n.expectedParticipants, previousParticipants));
    if (n.actualReported > 0) {
        lines << tr("Actual participants (%n labelled event(s) reported): %1", nullptr, n.actualReported)
                     .arg(compared(n.actualParticipants, previousParticipants));
    } else {
        lines << tr("Actual participants: none reported yet");
    }
    return lines;
}

PreviousFigures StatisticsReport::previousOf(const QString& key) const
{
    if (key.isEmpty()) {
        return { m_edition.previousEvents,
            m_edition.previousParticipants ? std::optional<qint64>(*m_edition.previousParticipants)
                                           : std::nullopt };
    }
    return m_previous.value(key);
}

QStringList StatisticsReport::header() const
{
    const int previousYear = m_edition.year - 1;
    return { tr("Territory"), tr("Requests"), tr("Labelled"), tr("Refused"), tr("Pending"),
        tr("Acceptance rate"), tr("Expected participants"), tr("Actual participants"),
        tr("Share of labelled"), tr("Labelled per 100,000"), tr("Labelled %1").arg(previousYear),
        tr("Labelled vs %1").arg(previousYear), tr("Participants %1").arg(previousYear) };
}

QStringList StatisticsReport::row(
    const TerritoryFigures& f, const QString& name, const QString& previousKey) const
{
    const PreviousFigures previous = previousOf(previousKey);
    const std::optional<double> density = per100k(f);
    QString versus = notKnown();
    if (previous.events && *previous.events > 0) {
        versus = tr("%1 % (%2)")
                     .arg(m_locale.toString(100.0 * f.labelled / *previous.events, 'f', 0),
                         difference(f.labelled - *previous.events));
    }
    return { name, number(f.received), number(f.labelled), number(f.refused), number(f.pending),
        percent(acceptanceRate(f)), number(f.expectedParticipants),
        f.actualReported > 0 ? number(f.actualParticipants) : notKnown(),
        percent(shareOf(f, m_statistics.national)),
        density ? m_locale.toString(*density, 'f', 2) : notKnown(),
        previous.events ? number(*previous.events) : notKnown(), versus,
        previous.participants ? number(*previous.participants) : notKnown() };
}

QList<QStringList> StatisticsReport::regionTable() const
{
    QList<QStringList> rows { header() };
    for (const TerritoryFigures& region : m_statistics.regions) {
        rows << row(region, region.name, PreviousFigures::regionKey(region.code));
    }
    rows << row(m_statistics.national, tr("France (total)"), QString());
    return rows;
}

QList<QStringList> StatisticsReport::departementTable(const QString& regionCode) const
{
    QList<QStringList> rows { header() };
    for (const TerritoryFigures& departement : m_statistics.departements.value(regionCode)) {
        rows << row(departement, tr("%1 %2").arg(departement.code, departement.name), departement.code);
    }
    return rows;
}

QString StatisticsReport::aligned(const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i) {
                widths.append(0);
            }
            widths[i] = std::max(widths[i], row.at(i).size());
        }
    }
    QStringList lines;
    for (const QStringList& row : rows) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i) {
            cells << (i == 0 ? row.at(i).leftJustified(widths.at(i))
                             : row.at(i).rightJustified(widths.at(i)));
        }
        lines << cells.join(QStringLiteral("  "));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

namespace {

QJsonObject figuresJson(const TerritoryFigures& f)
{
    QJsonObject o;
    o.insert(QStringLiteral("received"), f.received);
    o.insert(QStringLiteral("labelled"), f.labelled);
    o.insert(QStringLiteral("refused"), f.refused);
    o.insert(QStringLiteral("pending"), f.pending);
    o.insert(QStringLiteral("info_requested"), f.informationRequested);
    o.insert(QStringLiteral("withdrawn"), f.withdrawn);
    o.insert(QStringLiteral("expected_participants"), f.expectedParticipants);
    o.insert(QStringLiteral("actual_participants"), f.actualParticipants);
    o.insert(QStringLiteral("actual_reported"), f.actualReported);
    o.insert(QStringLiteral("population"), f.population);
    return o;
}

QJsonObject previousJson(const PreviousFigures& previous)
{
    QJsonObject o;
    o.insert(QStringLiteral("events"), previous.events ? QJsonValue(*previous.events) : QJsonValue());
    o.insert(QStringLiteral("participants"),
        previous.participants ? QJsonValue(*previous.participants) : QJsonValue());
    return o;
}

} // namespace

QJsonObject StatisticsReport::json(const QString& onlyRegion) const
{
    QJsonObject national = figuresJson(m_statistics.national);
    national.insert(QStringLiteral("previous_edition"), previousJson(previousOf(QString())));
    QJsonObject regions;
    for (const TerritoryFigures& region : m_statistics.regions) {
        if (!onlyRegion.isEmpty() && region.code != onlyRegion) {
            continue;
        }
        QJsonObject o = figuresJson(region);
        o.insert(QStringLiteral("name"), region.name);
        o.insert(QStringLiteral("previous_edition"),
            previousJson(previousOf(PreviousFigures::regionKey(region.code))));
        regions.insert(region.code, o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("edition"), m_edition.year);
    if (!onlyRegion.isEmpty()) {
        root.insert(
            QStringLiteral("region_filter"), onlyRegion); // "national" holds the région's figures then
    }
    root.insert(QStringLiteral("national"), national);
    root.insert(QStringLiteral("regions"), regions);
    return root;
}
