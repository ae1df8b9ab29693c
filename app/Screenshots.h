#pragma once

#include <QCoreApplication>
#include <QString>

class MainWindow;

// Renders each main view of a window to PNG files (queue.png, event.png, statistics.png, map.png).
class Screenshots {
    Q_DECLARE_TR_FUNCTIONS(Screenshots)

public:
    static bool write(MainWindow& window, const QString& directory, QString* error);
};
