#include "ui/io/ExportDialog.h"

#include "db/ExportTemplateRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

ExportDialog::ExportDialog(ExportTemplateRepository& templates, bool mayKeepTemplates, QWidget* parent)
    : QDialog(parent)
    , m_templates(templates)
    , m_mayKeepTemplates(mayKeepTemplates)
    , m_columns(new QListWidget(this))
    , m_up(new QPushButton(tr("Up"), this))
    , m_down(new QPushButton(tr("Down"), this))
    , m_template(new QComboBox(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    initUi();
    setupConnections();
    setColumns(ExportColumns());
    reloadTemplates({});
}

void ExportDialog::initUi()
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export the current list"));
    m_columns->setObjectName(QStringLiteral("exportColumns"));
    m_up->setObjectName(QStringLiteral("exportColumnUp"));
    m_down->setObjectName(QStringLiteral("exportColumnDown"));
    m_template->setObjectName(QStringLiteral("exportTemplate"));
    m_template->setEditable(true);
    m_template->setInsertPolicy(QComboBox::NoInsert);
    m_template->lineEdit()->setPlaceholderText(tr("Template name"));
    m_save->setObjectName(QStringLiteral("saveExportTemplate"));
    m_delete->setObjectName(QStringLiteral("deleteExportTemplate"));
    auto* templateRow = new QHBoxLayout;
    templateRow->addWidget(m_template, 1);
    templateRow->addWidget(m_save);
    templateRow->addWidget(m_delete);
    auto* moveButtons = new QVBoxLayout;
    moveButtons->addWidget(m_up);
    moveButtons->addWidget(m_down);
    moveButtons->addStretch();
    auto* columnsRow = new QHBoxLayout;
    columnsRow->addWidget(m_columns, 1);
    columnsRow->addLayout(moveButtons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Template:"), this));
    layout->addLayout(templateRow);
    layout->addWidget(new QLabel(tr("Columns of the CSV, XLSX, ODS and PDF files, in this order:"), this));
    layout->addLayout(columnsRow);
    layout->addWidget(m_buttons);
}

void ExportDialog::setupConnections()
{
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_template, &QComboBox::textActivated, this, &ExportDialog::applyTemplate);
    connect(m_template, &QComboBox::editTextChanged, this, &ExportDialog::updateButtons);
    connect(m_save, &QPushButton::clicked, this, &ExportDialog::saveTemplate);
    connect(m_delete, &QPushButton::clicked, this, &ExportDialog::deleteTemplate);
    connect(m_columns, &QListWidget::itemChanged, this, &ExportDialog::updateButtons);
    connect(m_columns, &QListWidget::currentRowChanged, this, &ExportDialog::updateButtons);
}

ExportColumns ExportDialog::columns() const
{
    QList<ExportColumns::Column> chosen;
    for (int row = 0; row < m_columns->count(); ++row) {
        if (m_columns->item(row)->checkState() == Qt::Checked) {
            chosen << ExportColumns::Column(m_columns->item(row)->data(Qt::UserRole).toInt());
        }
    }
    return ExportColumns(chosen);
}

void ExportDialog::setColumns(const ExportColumns& columns)
{
    // The chosen columns first, in their order, then the others unticked in the documented order.
    QList<ExportColumns::Column> order = columns.columns();
    const ExportColumns all;
    for (const ExportColumns::Column column : all.columns()) {
        if (!order.contains(column)) {
            order << column;
        }
    }
    const QSignalBlocker blocker(m_columns);
    m_columns->clear();
    for (const ExportColumns::Column column : order) {
        auto* item = new QListWidgetItem(RequestColumns::displayName(column), m_columns);
        item->setToolTip(RequestColumns::key(column));
        item->setData(Qt::UserRole, int(column));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(columns.columns().contains(column) ? Qt::Checked : Qt::Unchecked);
    }
    m_columns->setCurrentRow(0);
    // Wide enough for the longest name without a horizontal scroll bar.
    m_columns->setMinimumWidth(m_columns->sizeHintForColumn(0) + 2 * m_columns->frameWidth()
        + m_columns->verticalScrollBar()->sizeHint().width());
    updateButtons();
}

void ExportDialog::reloadTemplates(const QString& current)
{
    const QSignalBlocker blocker(m_template);
    m_template->clear();
    const StoreResult<QStringList> names = m_templates.names();
    if (!names) {
        showStoreError(names.message);
    }
    m_template->addItems(names.value_or({}));
    m_template->setCurrentIndex(m_template->findText(current));
    m_template->setEditText(current);
    updateButtons();
}

void ExportDialog::applyTemplate()
{
    const StoreResult<std::optional<ExportColumns>> found = m_templates.find(m_template->currentText());
    if (!found) {
        showStoreError(found.message);
    } else if (*found) {
        setColumns(**found);
    }
}

void ExportDialog::saveTemplate()
{
    const QString name = m_template->currentText().trimmed();
    if (const WriteResult saved = m_templates.save(name, columns()); !saved) {
        QMessageBox::warning(this, tr("Template not saved"),
            tr("The template “%1” could not be saved.").arg(name) + QLatin1Char('\n') + saved.message);
        return;
    }
    reloadTemplates(name);
}

void ExportDialog::deleteTemplate()
{
    if (const StoreResult<bool> removed = m_templates.remove(m_template->currentText()); !removed) {
        showStoreError(removed.message);
    }
    reloadTemplates({});
}

void ExportDialog::move(int by)
{
    const int row = m_columns->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_columns->count()) {
        return;
    }
    QListWidgetItem* item = m_columns->takeItem(row);
    m_columns->insertItem(to, item);
    m_columns->setCurrentRow(to);
}

void ExportDialog::updateButtons()
{
    const int row = m_columns->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_columns->count());
    const bool chosen = !columns().columns().isEmpty();
    const QString name = m_template->currentText().trimmed();
    m_save->setEnabled(m_mayKeepTemplates && chosen && !name.isEmpty());
    m_delete->setEnabled(m_mayKeepTemplates && m_template->findText(name) >= 0);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(chosen);
}

void ExportDialog::showStoreError(const QString& message)
{
    QMessageBox::warning(
        this, tr("Export templates"), tr("The export templates cannot be read or changed: %1").arg(message));
}
