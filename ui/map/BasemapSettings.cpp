#include "ui/map/BasemapSettings.h"

#include <QSettings>
#include <QUrl>

BasemapSettings BasemapSettings::load()
{
    const QSettings settings;
    BasemapSettings basemap;
    basemap.enabled = settings.value(QStringLiteral("map/basemap"), basemap.enabled).toBool();
    basemap.tileHost = settings.value(QStringLiteral("map/tileHost"), basemap.tileHost).toString();
    basemap.userAgent = settings.value(QStringLiteral("map/userAgent"), basemap.userAgent).toString();
    basemap.cacheDirectory
        = settings.value(QStringLiteral("map/cacheDirectory"), basemap.cacheDirectory).toString();
    return basemap;
}

void BasemapSettings::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("map/basemap"), enabled);
    settings.setValue(QStringLiteral("map/tileHost"), tileHost);
    settings.setValue(QStringLiteral("map/userAgent"), userAgent);
    settings.setValue(QStringLiteral("map/cacheDirectory"), cacheDirectory);
}

QString BasemapSettings::problem() const
{
    const QUrl url(tileHost, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        return tr("The tile server “%1” is not an http or https address.").arg(tileHost);
    }
    if (!tileHost.endsWith(QLatin1Char('/'))) {
        return tr("The tile server “%1” must end with “/”: the tiles’ z/x/y.png follow it.").arg(tileHost);
    }
    if (userAgent.trimmed().isEmpty()) {
        return tr("Tile servers ask for a user agent naming the application.");
    }
    return {};
}
