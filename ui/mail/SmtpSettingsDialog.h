#pragma once

#include "app/mail/SmtpSettings.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;

// The mail server's settings: address, sender, reply-to, user, and whether a server without TLS
// is accepted. The password is not kept here: it comes from the keyring, or is asked once per
// session when sending (PasswordStore).
class SmtpSettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SmtpSettingsDialog(const SmtpSettings& settings, QWidget* parent = nullptr);
    SmtpSettings settings() const;

private:
    QLineEdit* m_url;
    QLineEdit* m_from;
    QLineEdit* m_fromName;
    QLineEdit* m_replyTo;
    QLineEdit* m_user;
    QCheckBox* m_allowPlain;
};
