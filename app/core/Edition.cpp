#include "app/core/Edition.h"

TerritoryWindow Edition::windowFor(const QString& departement) const
{
    for (const TerritoryWindow& window : territoryWindows) {
        if (window.departement == departement) {
            return window;
        }
    }
    return { departement, weekStart, weekEnd };
}
