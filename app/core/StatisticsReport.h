#pragma once

#include "app/core/Edition.h"
#include "app/core/Statistics.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

// The dashboard's figures as text: the headline's comparisons with the previous edition, the
// per-région table (for the command line and the PDF report) and the JSON for scripts.
// Numbers follow the given locale (French: narrow no-break spaces, comma decimals).
class StatisticsReport {
    Q_DECLARE_TR_FUNCTIONS(StatisticsReport)

public:
    StatisticsReport(const Statistics& statistics, const Edition& edition,
        const QHash<QString, PreviousFigures>& previous, const QLocale& locale = QLocale());

    // "2 180, 91 % of 2017, −220"; "n/c" for the comparison when the previous figure is unknown.
    QString compared(qint64 current, std::optional<qint64> previous) const;
    // The headline figures, one line each, against the previous edition: the country's, or the
    // région's when the figures are of one région.
    QStringList headlineLines(const QString& regionCode = {}) const;
    // The previous edition's figures of the country (empty key), a région or a département (keys
    // as PreviousFigures::regionKey() says).
    PreviousFigures previousOf(const QString& key) const;
    // Header, one row per région, then the national total.
    QList<QStringList> regionTable() const;
    // The départements of one région, the same columns.
    QList<QStringList> departementTable(const QString& regionCode) const;
    // Rows as aligned columns, the first column to the left and the others to the right.
    static QString aligned(const QList<QStringList>& rows);
    // Plain numbers, never localised: { national, regions keyed by INSEE code, edition }.
    QJsonObject json(const QString& onlyRegion = {}) const;

    QString percent(std::optional<double> value) const;
    QString number(qint64 value) const { return m_locale.toString(value); }
    QString difference(qint64 value) const;
    static QString notKnown() { return tr("n/c"); }

    static std::optional<double> acceptanceRate(const TerritoryFigures& f);
    static std::optional<double> shareOf(const TerritoryFigures& f, const TerritoryFigures& national);
    static std::optional<double> per100k(const TerritoryFigures& f);

private:
    QStringList header() const;
    QStringList row(const TerritoryFigures& f, const QString& name, const QString& previousKey) const;

    const Statistics& m_statistics;
    const Edition& m_edition;
    const QHash<QString, PreviousFigures>& m_previous;
    QLocale m_locale;
};
