#pragma once

#include "app/core/ExportColumns.h"

#include <QDialog>

class ExportTemplateRepository;
class QComboBox;
class QDialogButtonBox;
class QListWidget;
class QPushButton;

// Before an export: the columns to write (CSV, XLSX, ODS, PDF), ticked and in order, and the
// saved templates to choose them from, save them as or delete.
class ExportDialog : public QDialog {
    Q_OBJECT

public:
    ExportDialog(ExportTemplateRepository& templates, bool mayKeepTemplates, QWidget* parent);

    // The ticked columns in the list's order.
    ExportColumns columns() const;
    void setColumns(const ExportColumns& columns);

private:
    // The store refused to read or change the templates: its words, in a box.
    void showStoreError(const QString& message);
    void initUi();
    void setupConnections();
    void reloadTemplates(const QString& current);
    void applyTemplate();
    void saveTemplate();
    void deleteTemplate();
    void move(int by);
    void updateButtons();

    ExportTemplateRepository& m_templates;
    const bool m_mayKeepTemplates;
    QListWidget* m_columns;
    QPushButton* m_up;
    QPushButton* m_down;
    QComboBox* m_template;
    QPushButton* m_save;
    QPushButton* m_delete;
    QDialogButtonBox* m_buttons;
};
