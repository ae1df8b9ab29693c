#pragma once

#include <QEvent>
#include <QObject>
#include <QWidget>

// The paint events a widget receives while this lives: how often it drew itself. For the bench
// and the tests alike.
class PaintCount : public QObject {
public:
    explicit PaintCount(QWidget* widget) { widget->installEventFilter(this); }
    int count() const { return m_count; }

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        m_count += event->type() == QEvent::Paint ? 1 : 0;
        return false;
    }

private:
    int m_count = 0;
};
