#include "ui/event/PendingUpdatesBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

PendingUpdatesBar::PendingUpdatesBar(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("pendingUpdates"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    m_title->setObjectName(QStringLiteral("pendingUpdatesTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_layout->addWidget(m_title);
    hide();
}

void PendingUpdatesBar::setUpdates(const QList<PendingUpdate>& updates, bool mayChange)
{
    // Later: this may run from one of the buttons' own clicks.
    if (m_items) {
        m_items->hide();
        m_items->deleteLater();
    }
    m_items = new QWidget(this);
    // The bar reads before the form's fields, and so does the tab order.
    QWidget* previous = this;
    m_layout->addWidget(m_items);
    auto* items = new QVBoxLayout(m_items);
    items->setContentsMargins(0, 0, 0, 0);
    m_title->setText(tr("%n change(s) from an import are waiting", nullptr, int(updates.size())));
    const QLocale locale;
    for (const PendingUpdate& update : updates) {
        const QString when = locale.toString(update.createdAt.toLocalTime(), QLocale::ShortFormat);
        auto* heading
            = new QLabel(tr("%1, imported by %2 from %3:").arg(when, update.who, update.source), m_items);
        auto* changes = new QLabel(update.changes, m_items);
        changes->setObjectName(QStringLiteral("pendingUpdateChanges"));
        changes->setTextFormat(Qt::PlainText);
        changes->setWordWrap(true);
        changes->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto* accept = new QPushButton(tr("Accept"), m_items);
        accept->setObjectName(QStringLiteral("acceptPendingUpdate"));
        accept->setAccessibleName(tr("Accept the change imported on %1").arg(when));
        auto* dismiss = new QPushButton(tr("Dismiss…"), m_items);
        dismiss->setObjectName(QStringLiteral("dismissPendingUpdate"));
        dismiss->setAccessibleName(tr("Dismiss the change imported on %1").arg(when));
        for (QPushButton* button : { accept, dismiss }) {
            setTabOrder(previous, button);
            previous = button;
            button->setEnabled(mayChange);
            button->setAutoDefault(false);
            if (!mayChange) {
                button->setToolTip(tr("Your role may not change this request."));
            }
        }
        const qint64 id = update.id;
        connect(accept, &QPushButton::clicked, this, [this, id] { emit acceptRequested(id); });
        connect(dismiss, &QPushButton::clicked, this, [this, id] { emit dismissRequested(id); });
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(accept);
        buttons->addWidget(dismiss);
        buttons->addStretch();
        items->addWidget(heading);
        items->addWidget(changes);
        items->addLayout(buttons);
    }
    // Now rather than at the next turn of the event loop, as a layout would.
    m_items->show();
    setVisible(!updates.isEmpty());
}
