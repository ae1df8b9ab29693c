#pragma once

#include <QWidget>

class SharedFilter;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

// The controls of the shared filter: each change applies at once; a filter can be saved by name.
class FilterBar : public QWidget {
    Q_OBJECT

public:
    explicit FilterBar(SharedFilter* filter, QWidget* parent = nullptr);

    // Where the count of shown requests goes, at the end of the first line.
    void setCountWidget(QWidget* widget);
    // The colleagues the assignee filter offers besides "me" and "nobody".
    void setAssignees(const QStringList& names);

private:
    void initUi();
    void setupConnections();
    void fillDepartements();
    void applyControls();
    void showFilter();
    void refreshSaved();
    void saveFilter();
    void deleteSaved();

    SharedFilter* m_filter;
    bool m_updating = false;
    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_region;
    QComboBox* m_departement;
    QComboBox* m_conditions;
    QComboBox* m_eventType;
    QComboBox* m_organiserType;
    QComboBox* m_late;
    QComboBox* m_overdue;
    QComboBox* m_assignee;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_saved;
    QPushButton* m_save;
    QPushButton* m_delete;
    QPushButton* m_reset;
    class QHBoxLayout* m_firstLine = nullptr;
};
