#include "ui/stats/PreviousFiguresDialog.h"

#include "app/core/GeoReference.h"
#include "app/core/PreviousFiguresCsv.h"
#include "ui/common/FileDialogs.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { Code, Name, Events, Participants };

} // namespace

PreviousFiguresDialog::PreviousFiguresDialog(int previousYear, const QHash<QString, PreviousFigures>& figures,
    const GeoReference& geo, QWidget* parent)
    : QDialog(parent)
    , m_geo(geo)
{
    initUi(previousYear);
    setupConnections();
    fill(figures);
}

void PreviousFiguresDialog::initUi(int previousYear)
{
    setObjectName(QStringLiteral("previousFiguresDialog"));
    setWindowTitle(tr("Figures of the %1 edition").arg(previousYear));
    auto* help
        = new QLabel(tr("Events and participants of %1 per région and département, where they are known. "
                        "Leave a cell empty when the figure is not known: the statistics then say “n/c”.")
                         .arg(previousYear),
            this);
    help->setWordWrap(true);
    m_table = new QTableWidget(int(m_geo.regions().size() + m_geo.departements().size()), 4, this);
    m_table->setObjectName(QStringLiteral("previousFiguresTable"));
    m_table->setHorizontalHeaderLabels({ tr("Code"), tr("Territory"), tr("Events"), tr("Participants") });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    int row = 0;
    const auto addRow = [&](const QString& code, const QString& name, bool bold) {
        auto* codeItem = new QTableWidgetItem(code);
        auto* nameItem = new QTableWidgetItem(name);
        for (QTableWidgetItem* item : { codeItem, nameItem }) {
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            QFont font = item->font();
            font.setBold(bold);
            item->setFont(font);
        }
        m_table->setItem(row, Code, codeItem);
        m_table->setItem(row, Name, nameItem);
        m_table->setItem(row, Events, new QTableWidgetItem);
        m_table->setItem(row, Participants, new QTableWidgetItem);
        ++row;
    };
    for (const Region& region : m_geo.regions()) {
        addRow(PreviousFigures::regionKey(region.code), tr("Région %1").arg(region.name), true);
    }
    for (const Departement& departement : m_geo.departements()) {
        addRow(departement.code, departement.name, false);
    }
    m_import = new QPushButton(tr("&Import CSV…"), this);
    m_import->setObjectName(QStringLiteral("importPreviousCsv"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_table);
    layout->addWidget(m_buttons);
    resize(640, 720);
}

void PreviousFiguresDialog::setupConnections()
{
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreviousFiguresDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &PreviousFiguresDialog::chooseCsv);
}

void PreviousFiguresDialog::fill(const QHash<QString, PreviousFigures>& figures)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const PreviousFigures previous = figures.value(m_table->item(row, Code)->text());
        m_table->item(row, Events)->setText(previous.events ? QString::number(*previous.events) : QString());
        m_table->item(row, Participants)
            ->setText(previous.participants ? QString::number(*previous.participants) : QString());
    }
}

bool PreviousFiguresDialog::importCsv(const QString& text, QString* error)
{
    QHash<QString, PreviousFigures> figures;
    if (!PreviousFiguresCsv::parse(text, m_geo, &figures, error)) {
        return false;
    }
    fill(figures);
    return true;
}

void PreviousFiguresDialog::chooseCsv()
{
    const QString path = FileDialogs::openFileName(this, FileDialogs::Kind::PreviousFigures,
        tr("Import the previous edition's figures"), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    QString error;
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
    } else if (importCsv(QString::fromUtf8(file.readAll()), &error)) {
        return;
    }
    QMessageBox::warning(
        this, tr("Import the previous edition's figures"), tr("%1 cannot be imported: %2").arg(path, error));
}

void PreviousFiguresDialog::accept()
{
    QHash<QString, PreviousFigures> figures;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        PreviousFigures previous;
        for (int column : { Events, Participants }) {
            const QString text = m_table->item(row, column)->text().simplified().remove(QLatin1Char(' '));
            if (text.isEmpty()) {
                continue;
            }
            bool ok = false;
            const qint64 value = text.toLongLong(&ok);
            if (!ok || value < 0) {
                m_table->setCurrentCell(row, column);
                QMessageBox::warning(this, windowTitle(),
                    tr("“%1” is not a whole number (%2).")
                        .arg(m_table->item(row, column)->text(), m_table->item(row, Name)->text()));
                return;
            }
            if (column == Events) {
                previous.events = int(value);
            } else {
                previous.participants = value;
            }
        }
        if (previous.events || previous.participants) {
            figures.insert(m_table->item(row, Code)->text(), previous);
        }
    }
    m_figures = figures;
    QDialog::accept();
}
