#pragma once

#include <QGeoCoordinate>
#include <QtMath>

#include <algorithm>
#include <cmath>

// Web Mercator units (0…1 across the world, y downwards), as the map projects coordinates: a
// pan or zoom moves and scales them, so points are projected once and placed by two numbers.
namespace WebMercator {

inline double x(double longitude) { return (longitude + 180.0) / 360.0; }

inline double y(double latitude)
{
    const double phi = qDegreesToRadians(std::clamp(latitude, -85.0, 85.0));
    return (1.0 - std::log(std::tan(phi) + 1.0 / std::cos(phi)) / M_PI) / 2.0;
}

inline QGeoCoordinate coordinate(double x, double y)
{
    return QGeoCoordinate(qRadiansToDegrees(std::atan(std::sinh(M_PI * (1.0 - 2.0 * y)))), x * 360.0 - 180.0);
}

} // namespace WebMercator
