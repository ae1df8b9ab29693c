#include "ui/widgets/ConditionsPanel.h"

#include "app/core/LabelRules.h"
#include "ui/widgets/OutcomeIcons.h"

#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

ConditionsPanel::ConditionsPanel(QWidget* parent)
    : QGroupBox(tr("Label conditions"), parent)
    , m_verdict(new QLabel(this))
{
    m_verdict->setObjectName(QStringLiteral("conditionsVerdict"));
    m_verdict->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    // The reasons scroll when the panel is short (1366×768) rather than being cut mid-sentence.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("conditionsScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(scroll);
    content->setBackgroundRole(QPalette::Window);
    auto* rows = new QGridLayout(content);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setColumnStretch(1, 1);
    for (const LabelRules::Rule& rule : LabelRules::table()) {
        auto* icon = new QLabel(content);
        auto* text = new QLabel(content);
        text->setObjectName(QStringLiteral("check-%1").arg(LabelRules::code(rule.check)));
        text->setWordWrap(true);
        text->setTextFormat(Qt::RichText);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        const int row = rows->rowCount();
        rows->addWidget(icon, row, 0, Qt::AlignTop);
        rows->addWidget(text, row, 1);
        m_rows.append(CheckRow { icon, text });
    }
    rows->setRowStretch(rows->rowCount(), 1);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);
}

void ConditionsPanel::clear()
{
    m_verdict->clear();
    for (const CheckRow& row : std::as_const(m_rows)) {
        row.icon->clear();
        row.text->clear();
    }
}

void ConditionsPanel::showReport(const RuleReport& report)
{
    const int failed = int(report.failedConditions().size());
    const int unknown = int(report.unknownConditions().size());
    m_verdict->setText(failed > 0
            ? tr("The request fails %n label condition(s): it can be labelled only by an override.", nullptr,
                  failed)
            : unknown > 0
            ? tr("%n label condition(s) cannot be checked: information is missing.", nullptr, unknown)
            : tr("Meets all four label conditions."));
    for (int i = 0; i < m_rows.size(); ++i) {
        const LabelRules::Rule& rule = LabelRules::table().at(i);
        const CheckResult& result = report.result(rule.check);
        const CheckRow& row = m_rows.at(i);
        row.icon->setPixmap(OutcomeIcons::icon(result.outcome).pixmap(20, 20));
        row.icon->setAccessibleName(OutcomeIcons::word(result.outcome));
        // Conditions carry their code (C1…); the flags are named by their title alone.
        const QString title = rule.isCondition
            ? QStringLiteral("%1 · %2").arg(LabelRules::code(result.check), LabelRules::title(result.check))
            : LabelRules::title(result.check);
        row.text->setText(QStringLiteral("<b>%1</b> — %2<br>%3")
                .arg(title.toHtmlEscaped(), OutcomeIcons::word(result.outcome),
                    result.reason.toHtmlEscaped()));
    }
}
