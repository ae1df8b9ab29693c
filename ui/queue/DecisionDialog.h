#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

// Asks the reviewer for the text a decision needs (a refusal reason, a justification…),
// prefilled when there is a standard text; OK stays disabled while the text is empty.
class DecisionDialog : public QDialog {
    Q_OBJECT

public:
    DecisionDialog(const QString& title, const QString& explanation, const QString& prefilled,
        const QString& okText, QWidget* parent = nullptr);

    QString text() const;
    // OK also with an empty text (a bulk refusal whose own sentences suffice).
    void setTextOptional(bool optional);

private:
    QLabel* m_explanation;
    QPlainTextEdit* m_text;
    QPushButton* m_ok;
    bool m_optional = false;
};
