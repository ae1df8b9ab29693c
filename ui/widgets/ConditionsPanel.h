#pragma once

#include "app/core/RuleReport.h"

#include <QGroupBox>
#include <QList>

class QLabel;

// A request's label conditions and flags in plain words: a verdict, then each check with its
// icon, its result and the reason naming the values.
class ConditionsPanel : public QGroupBox {
    Q_OBJECT

public:
    explicit ConditionsPanel(QWidget* parent = nullptr);

    void showReport(const RuleReport& report);
    void clear();

private:
    struct CheckRow {
        QLabel* icon;
        QLabel* text;
    };
    QLabel* m_verdict;
    QList<CheckRow> m_rows; // one per rule, in the table's order
};
