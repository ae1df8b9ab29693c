#pragma once

#include "app/core/EventFilter.h"

#include <QObject>
#include <QStringList>

#include <utility>

// The one filter the queue, the statistics and the map all follow. It remembers itself between
// runs and can be saved under a name (QSettings).
class SharedFilter : public QObject {
    Q_OBJECT

public:
    explicit SharedFilter(QObject* parent = nullptr);
    ~SharedFilter() override;

    const EventFilter& filter() const { return m_filter; }
    void setFilter(const EventFilter& filter);

    // One line for the reader of a figure or a map: "Région: Bretagne · fails C4 (free)".
    QString describe() const { return describe(m_filter); }
    static QString describe(const EventFilter& filter);
    // The filter's parts that keep requests out, each removable on its own.
    enum class Part {
        Statuses,
        Region,
        Departement,
        Conditions,
        Area,
        EventType,
        OrganiserType,
        Late,
        Overdue,
        Assignee,
        SubmittedFrom,
        SubmittedTo,
        Text,
    };
    // The active parts in a few words each, in the order describe() gives them.
    QList<std::pair<Part, QString>> parts() const { return parts(m_filter); }
    static QList<std::pair<Part, QString>> parts(const EventFilter& filter);
    // Drops one part, the others kept (the cross of its chip).
    void remove(Part part);

    // Restores the filter of the previous run.
    void restore();
    static QStringList savedNames();
    void saveAs(const QString& name);
    bool loadSaved(const QString& name);
    static void removeSaved(const QString& name);

signals:
    void changed();

private:
    void remember();

    EventFilter m_filter;
    // Writing the settings file on every keystroke of a search would cost more than the search.
    class QTimer* m_rememberTimer;
};
