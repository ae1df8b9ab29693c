#pragma once

#include <QDialog>

class QComboBox;
class QPushButton;

// Asks who takes requests in charge: a user name typed or chosen among the colleagues the store
// knows, completed as it is typed.
class AssignDialog : public QDialog {
    Q_OBJECT

public:
    AssignDialog(const QString& title, const QString& explanation, const QStringList& colleagues,
        const QString& current, QWidget* parent = nullptr);

    QString name() const;

private:
    QComboBox* m_name;
    QPushButton* m_ok;
};
