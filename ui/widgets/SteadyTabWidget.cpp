#include "ui/widgets/SteadyTabWidget.h"

#include <QEvent>
#include <QTabBar>

bool SteadyTabWidget::event(QEvent* event)
{
    if (event->type() == QEvent::LayoutRequest) {
        const Hints now = hints();
        if (now == m_laidOutFor) {
            return QWidget::event(event);
        }
        m_laidOutFor = now;
    }
    return QTabWidget::event(event);
}

SteadyTabWidget::Hints SteadyTabWidget::hints() const
{
    return { sizeHint(), minimumSizeHint(), tabBar()->sizeHint() };
}
