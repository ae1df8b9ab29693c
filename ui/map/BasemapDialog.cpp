#include "ui/map/BasemapDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

BasemapDialog::BasemapDialog(const BasemapSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_enabled(new QCheckBox(tr("Show a tiled basemap under the régions (needs the network)"), this))
    , m_tileHost(new QLineEdit(settings.tileHost, this))
    , m_userAgent(new QLineEdit(settings.userAgent, this))
    , m_cacheDirectory(new QLineEdit(settings.cacheDirectory, this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Map basemap"));
    setObjectName(QStringLiteral("basemapDialog"));
    m_enabled->setObjectName(QStringLiteral("basemapEnabled"));
    m_enabled->setChecked(settings.enabled);
    m_tileHost->setObjectName(QStringLiteral("basemapTileHost"));
    m_cacheDirectory->setPlaceholderText(tr("Qt's default cache"));
    m_problem->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(m_enabled);
    form->addRow(tr("Tile server:"), m_tileHost);
    form->addRow(tr("User agent:"), m_userAgent);
    form->addRow(tr("Cache folder:"), m_cacheDirectory);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : { m_tileHost, m_userAgent, m_cacheDirectory }) {
        connect(edit, &QLineEdit::textChanged, this, &BasemapDialog::validate);
    }
    validate();
}

BasemapSettings BasemapDialog::settings() const
{
    BasemapSettings settings;
    settings.enabled = m_enabled->isChecked();
    settings.tileHost = m_tileHost->text().trimmed();
    settings.userAgent = m_userAgent->text().trimmed();
    settings.cacheDirectory = m_cacheDirectory->text().trimmed();
    return settings;
}

void BasemapDialog::validate()
{
    const QString problem = settings().problem();
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
