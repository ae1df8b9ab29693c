#pragma once

#include "app/core/Statistics.h"

#include <QDialog>

class GeoReference;
class QTableWidget;

// The previous edition's figures of each région and département, typed in or imported from a CSV
// file (PreviousFiguresCsv). An empty cell is unknown: the dashboard says "n/c" for it.
class PreviousFiguresDialog : public QDialog {
    Q_OBJECT

public:
    PreviousFiguresDialog(int previousYear, const QHash<QString, PreviousFigures>& figures,
        const GeoReference& geo, QWidget* parent = nullptr);

    // The figures typed in; only valid after accept().
    const QHash<QString, PreviousFigures>& figures() const { return m_figures; }
    // Fills the table from a CSV file's text; false with a message when it cannot be read.
    bool importCsv(const QString& text, QString* error);

    void accept() override;

private:
    void initUi(int previousYear);
    void setupConnections();
    void fill(const QHash<QString, PreviousFigures>& figures);
    void chooseCsv();

    const GeoReference& m_geo;
    QHash<QString, PreviousFigures> m_figures;
    QTableWidget* m_table = nullptr;
    class QPushButton* m_import = nullptr;
    class QDialogButtonBox* m_buttons = nullptr;
};
