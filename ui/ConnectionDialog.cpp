#include "ui/ConnectionDialog.h"

#include "db/Database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>

ConnectionDialog::ConnectionDialog(const QString& currentUrl, QWidget* parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Shared store"));
    m_host->setObjectName(QStringLiteral("connectionHost"));
    m_database->setObjectName(QStringLiteral("connectionDatabase"));
    m_user->setObjectName(QStringLiteral("connectionUser"));
    m_host->setPlaceholderText(tr("server name, or a socket folder such as /run/postgresql"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    const QUrl url(currentUrl);
    if (Database::isPostgresqlUrl(currentUrl)) {
        const QString socket = QUrlQuery(url).queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
        m_host->setText(socket.isEmpty() ? url.host() : socket);
        m_port->setValue(url.port(5432));
        m_database->setText(url.path().mid(1));
        m_user->setText(url.userName());
    }
    auto* form = new QFormLayout(this);
    auto* explanation
        = new QLabel(tr("Several reviewers share one PostgreSQL database. The password is asked when "
                        "connecting and is not kept after the session."),
            this);
    explanation->setWordWrap(true);
    form->addRow(explanation);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* field : { m_host, m_database, m_user }) {
        connect(field, &QLineEdit::textChanged, this, &ConnectionDialog::updateOk);
    }
    updateOk();
}

void ConnectionDialog::updateOk()
{
    m_ok->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty()
        && !m_user->text().trimmed().isEmpty());
}

QString ConnectionDialog::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user->text().trimmed());
    url.setPort(m_port->value());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    const QString host = m_host->text().trimmed();
    if (host.startsWith(QLatin1Char('/'))) {
        url.setHost(QStringLiteral("localhost"));
        url.setQuery(QStringLiteral("host=") + host);
    } else {
        url.setHost(host);
    }
    return url.toString();
}
