#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSizeF>
#include <QStringList>

#include <functional>

class QAbstractItemModel;
class QPainter;
class QRectF;

// The dashboard's files: tables to CSV and XLSX, charts to PNG and SVG, and the dated A4 PDF report
// (headline, per-région table, charts). Each file is written through a QSaveFile: a failed write
// leaves the previous file, or none, and the error names the file. Charts are drawn at a fixed
// size, so a file does not depend on the window's.
class StatisticsFiles {
    Q_DECLARE_TR_FUNCTIONS(StatisticsFiles)

public:
    static constexpr QSizeF ChartSize { 900, 600 };

    struct Sheet {
        QString name;
        const QAbstractItemModel* model;
    };
    struct Report {
        QString title;
        QString filter; // which filter the figures follow
        QStringList headline;
        QList<QStringList> table; // header first
    };
    // A chart as the widgets draw it (Qt Charts stays on their side): its file name without the
    // suffix, its title, and how to draw it, laid out at ChartSize, into a rectangle.
    struct Chart {
        QString name;
        QString title;
        std::function<void(QPainter* painter, const QRectF& target)> paint;
    };

    // The models one after the other, a blank line between: figures as numbers (the models' sort
    // role) in the requests' CSV's conventions, "n/c" as text.
    static bool writeCsv(
        const QString& path, const QList<const QAbstractItemModel*>& models, int sortRole, QString* error);
    // One worksheet per model, figures as numbers (the models' sort role), percentages with a
    // percent format, and "n/c" as text.
    static bool writeXlsx(const QString& path, const QList<Sheet>& sheets, int sortRole, QString* error);
    // PNG or SVG by the file's suffix.
    static bool writeChart(const Chart& chart, const QString& path, QString* error);
    static bool writePdf(
        const QString& path, const Report& report, const QList<Chart>& charts, QString* error);
    // The PDF's pages: the table's, then four charts to a page.
    static int pdfPageCount(qsizetype charts) { return 1 + int((charts + 3) / 4); }
    // The line at the foot of each page of the PDF, so that a printed page says what it belongs to.
    static QString pdfFooter(const QString& title, int page, int pages);

private:
    // "Cannot write PATH: REASON", as every file of the dashboard says it.
    static QString cannotWrite(const QString& path, const QString& reason);
};
