#pragma once

#include "ui/map/BasemapSettings.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

// Edits the tiled basemap's settings; OK only when they are usable.
class BasemapDialog : public QDialog {
    Q_OBJECT

public:
    explicit BasemapDialog(const BasemapSettings& settings, QWidget* parent = nullptr);

    BasemapSettings settings() const;

private:
    void validate();

    QCheckBox* m_enabled;
    QLineEdit* m_tileHost;
    QLineEdit* m_userAgent;
    QLineEdit* m_cacheDirectory;
    QLabel* m_problem;
    class QDialogButtonBox* m_buttons;
};
