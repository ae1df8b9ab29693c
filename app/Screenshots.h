#pragma once

#include <QCoreApplication>
#include <QString>

class MainWindow;

// Renders each main view of a window at 1366×768 to PNG files (queue.png, event.png, statistics.png,
// map.png), then the statistics' charts tab (charts.png, campaign-pace.png).
class Screenshots {
    Q_DECLARE_TR_FUNCTIONS(Screenshots)

public:
    static bool write(MainWindow& window, const QString& directory, QString* error);
};
