#pragma once

#include <QWidget>

class SharedFilter;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

// The controls of the shared filter: each change applies at once; a filter can be saved by name.
// The search field and the three most used criteria sit in the bar, the others in a "More filters"
// panel; each active criterion shows as a chip whose cross removes it. Nothing is cut at 1366 px.
class FilterBar : public QWidget {
    Q_OBJECT

public:
    explicit FilterBar(SharedFilter* filter, QWidget* parent = nullptr);

    // Where the count of shown requests goes, at the end of the chips' line.
    void setCountWidget(QWidget* widget);
    // The colleagues the assignee filter offers besides "me" and "nobody".
    void setAssignees(const QStringList& names);
    // Puts the cursor in the search field, its text selected (Ctrl+F).
    void focusSearch();

signals:
    // Down or Enter in the search field: the reviewer goes on to the results.
    void searchLeft();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void initUi();
    void setupConnections();
    void fillDepartements();
    void applyControls();
    void showFilter();
    void refreshSaved();
    void showChips();
    void showMoreFilters();
    void saveFilter();
    void deleteSaved(const QString& name);

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
    class QToolButton* m_more;
    QWidget* m_morePanel;
    QPushButton* m_saved;
    QPushButton* m_reset;
    class QScrollArea* m_chipsArea;
    QWidget* m_chips;
    class QHBoxLayout* m_chipsLine = nullptr;
};
