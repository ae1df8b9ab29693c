#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSizeF>
#include <QStringList>

class QAbstractItemModel;
class QChart;
class QPainter;
class QRectF;

// The dashboard's files: tables to CSV and XLSX, charts to PNG and SVG, and the dated A4 PDF report
// (headline, per-région table, charts). Charts are drawn off screen at a fixed size, so a file does
// not depend on the window's.
class StatisticsExport {
    Q_DECLARE_TR_FUNCTIONS(StatisticsExport)

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

    // The models one after the other, a blank line between: figures as numbers (the models' sort
    // role) in the requests' CSV's conventions, "n/c" as text.
    static bool writeCsv(const QString& path, const QList<const QAbstractItemModel*>& models, int sortRole, QString* error);
    // One worksheet per model, figures as numbers (the models' sort role), percentages with a
    // percent format, and "n/c" as text.
    static bool writeXlsx(const QString& path, const QList<Sheet>& sheets, int sortRole, QString* error);
    // PNG or SVG by the file's suffix. Takes the chart.
    static bool writeChart(QChart* chart, const QString& path, QString* error);
    // Takes the charts.
    static bool writePdf(const QString& path, const Report& report, const QList<QChart*>& charts, QString* error);
    // The PDF's pages: the table's, then four charts to a page.
    static int pdfPageCount(qsizetype charts) { return 1 + int((charts + 3) / 4); }
    // The line at the foot of each page of the PDF, so that a printed page says what it belongs to.
    static QString pdfFooter(const QString& title, int page, int pages);
    // Draws the chart into `target`, off screen. Takes the chart.
    static void paintChart(QChart* chart, QPainter* painter, const QRectF& target);
};
