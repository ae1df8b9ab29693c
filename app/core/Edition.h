#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// A territory that holds its week on other dates (La Réunion in 2018).
struct TerritoryWindow {
    QString departement;
    QDate weekStart;
    QDate weekEnd;
};

// One year's Semaine de l'industrie: its dates, deadline and the previous edition's figures.
// Editions are rows of the store, never constants of the code.
struct Edition {
    int year = 0;
    QDate weekStart;
    QDate weekEnd;
    QDate requestDeadline; // last day (Europe/Paris) on which a request is on time
    int decisionDelayWorkingDays = 0;
    std::optional<int> previousEvents;
    std::optional<int> previousParticipants;
    QList<TerritoryWindow> territoryWindows;

    bool isValid() const
    {
        return year > 0 && weekStart.isValid() && weekEnd.isValid() && weekStart <= weekEnd;
    }
    // The week as seen by the given département: its own window, or the national one.
    TerritoryWindow windowFor(const QString& departement) const;
};
