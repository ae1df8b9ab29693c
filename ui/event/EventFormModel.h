#pragma once

#include "app/core/Edition.h"
#include "app/core/Event.h"
#include "app/core/LabelLoss.h"
#include "app/core/RequestColumns.h"
#include "app/core/RuleReport.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QVariant>

class GeoReference;
class QUndoStack;
struct Commune;

// The event form's state, without any widget: the request as stored and as edited, a message for
// each field that is not valid, the label rules worked out again on every change, undo/redo of
// the edits and whether anything is unsaved. The form's widgets only show it and pass edits on.
class EventFormModel : public QObject {
    Q_OBJECT

public:
    // The fields RequestColumns says are edited. Values as RequestColumns gives them, but for the
    // audiences' ticks, false when not given; numbers and dates are QString as typed, so that a
    // half-typed value is never lost ("dd/MM/yyyy HH:mm" for dates).
    using Field = RequestColumns::Column;
    static QList<Field> allFields();
    static QString label(Field field);

    explicit EventFormModel(const GeoReference& geo, QObject* parent = nullptr);

    // A request typed in by hand: this edition's, submitted now.
    static Event blankRequest(const Edition& edition);

    // Starts editing: no undo history, nothing unsaved.
    void load(const Event& event, const Edition& edition, const QDate& today);
    // After a save: the stored request is the one given, and nothing is unsaved.
    void markSaved(const Event& saved);

    const Event& stored() const { return m_stored; }
    const Event& edited() const { return m_event; }
    const Edition& edition() const { return m_edition; }
    bool isNew() const { return m_event.id == 0; }
    bool isDirty() const;
    QUndoStack* undoStack() const { return m_undo; }

    QVariant value(Field field) const;
    // One undo step; typing in a text field continues the same step.
    void setValue(Field field, const QVariant& value);
    // The communes of the postal code as typed (several for some codes, none for an unknown one).
    QList<const Commune*> communeChoices() const;
    // Fills the commune, its INSEE code, département, région and centre point, as one undo step.
    void chooseCommune(const QString& inseeCode);

    // Empty when the field is valid.
    QString message(Field field) const { return m_messages.value(field); }
    bool isValid() const { return m_messages.isEmpty(); }
    // What to fix before the request can be saved, one "field: message" line each.
    QStringList problems() const;

    const RuleReport& report() const { return m_report; }
    QDate decisionDueDate() const;
    // What saving the edit costs a labelled request: one that no longer passes a condition goes
    // back to review when saved.
    LabelLoss labelLoss() const;

signals:
    void valueChanged(EventFormModel::Field field);
    // Messages, report or unsaved state changed.
    void stateChanged();

private:
    class Edit;

    void apply(Field field, const QVariant& value);
    void typeText(Field field, const QString& text);
    static bool isTyped(Field field);
    void update();
    void validate();

    const GeoReference& m_geo;
    QUndoStack* m_undo;
    Edition m_edition;
    QDate m_today;
    Event m_stored;
    Event m_event;
    RuleReport m_storedReport;
    RuleReport m_report;
    QHash<Field, QString> m_typed; // numbers and dates as typed
    QHash<Field, QString> m_messages;
};
