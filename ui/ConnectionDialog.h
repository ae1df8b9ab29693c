#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;
class QSpinBox;

// Where the shared PostgreSQL store is: server, port, database and user, as a postgresql:// URL.
// The password is not asked here: it is asked when connecting, and never written to the settings.
class ConnectionDialog : public QDialog {
    Q_OBJECT

public:
    explicit ConnectionDialog(const QString& currentUrl, QWidget* parent = nullptr);

    QString url() const;

private:
    void updateOk();

    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QPushButton* m_ok = nullptr;
};
