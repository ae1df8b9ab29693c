#pragma once

#include <QSize>
#include <QTabWidget>

// A tab widget that lays its tabs and pages out again only when one of them asks for another size.
// QTabWidget does it, and repaints itself with every page, on each layout request; a label of a
// page sends one whenever its text changes, so a decision's new counts repainted the whole window.
class SteadyTabWidget : public QTabWidget {
    Q_OBJECT

public:
    using QTabWidget::QTabWidget;

protected:
    bool event(QEvent* event) override;

private:
    // What QTabWidget's layout follows, apart from its own size (a resize lays it out anyway).
    struct Hints {
        QSize size;
        QSize minimum;
        QSize tabs;
        bool operator==(const Hints& other) const
        {
            return size == other.size && minimum == other.minimum && tabs == other.tabs;
        }
    };
    Hints hints() const;

    Hints m_laidOutFor;
};
