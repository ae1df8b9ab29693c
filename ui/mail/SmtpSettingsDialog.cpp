#include "ui/mail/SmtpSettingsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

SmtpSettingsDialog::SmtpSettingsDialog(const SmtpSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_url(new QLineEdit(settings.url, this))
    , m_from(new QLineEdit(settings.from, this))
    , m_fromName(new QLineEdit(settings.fromName, this))
    , m_replyTo(new QLineEdit(settings.replyTo, this))
    , m_user(new QLineEdit(settings.user, this))
    , m_allowPlain(new QCheckBox(tr("Accept a server &without TLS (a local relay only)"), this))
{
    setWindowTitle(tr("Mail server"));
    m_url->setPlaceholderText(QStringLiteral("smtp://smtp.example.gouv.fr:587"));
    m_url->setToolTip(tr("smtp:// uses STARTTLS, smtps:// TLS from the start"));
    m_allowPlain->setChecked(settings.allowPlain);
    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_url);
    form->addRow(tr("Sender &address:"), m_from);
    form->addRow(tr("Sender &name:"), m_fromName);
    form->addRow(tr("&Reply to:"), m_replyTo);
    form->addRow(tr("&User:"), m_user);
    form->addRow(QString(), m_allowPlain);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

SmtpSettings SmtpSettingsDialog::settings() const
{
    SmtpSettings settings;
    settings.url = m_url->text().trimmed();
    settings.from = m_from->text().trimmed();
    settings.fromName = m_fromName->text().trimmed();
    settings.replyTo = m_replyTo->text().trimmed();
    settings.user = m_user->text().trimmed();
    settings.allowPlain = m_allowPlain->isChecked();
    return settings;
}
