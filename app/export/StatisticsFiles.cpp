#include "app/export/StatisticsFiles.h"

#include "app/core/CsvWriter.h"
#include "app/core/StatisticsReport.h"
#include "app/export/XlsxWorkbook.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <optional>
#include <xlsxwriter.h>

namespace {

// A figure as a number, or nothing when the cell is text: the territory's name or "n/c".
std::optional<double> figure(const QModelIndex& index, int sortRole)
{
    const QVariant value = index.data(sortRole);
    if (index.column() == 0 || value.typeId() == QMetaType::QString
        || index.data().toString() == StatisticsReport::notKnown()) {
        return std::nullopt;
    }
    return value.toDouble();
}

// A column of percentages, as the table shows them ("54,5 %").
bool isPercent(const QAbstractItemModel* model, int column)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString().endsWith(QLatin1Char('%'))) {
            return true;
        }
    }
    return false;
}

// As the requests' CSV writes numbers: no grouping, a decimal comma, the table's precision.
QString csvNumber(double value, bool percent)
{
    QString text = QString::number(value, 'f', percent ? 1 : 2);
    while (text.endsWith(QLatin1Char('0'))) {
        text.chop(1);
    }
    if (text.endsWith(QLatin1Char('.'))) {
        text.chop(1);
    }
    return text.replace(QLatin1Char('.'), QLatin1Char(','));
}

} // namespace

bool StatisticsFiles::writeCsv(
    const QString& path, const QList<const QAbstractItemModel*>& models, int sortRole, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    {
        // Figures as numbers, so that spreadsheets add them up; percentages in columns marked (%).
        CsvWriter csv(&file, CsvWriter::Formulas::Neutralise);
        for (qsizetype m = 0; m < models.size(); ++m) {
            const QAbstractItemModel* model = models.at(m);
            if (m > 0) {
                csv.writeRow({});
            }
            QStringList header;
            QList<bool> percent;
            for (int column = 0; column < model->columnCount(); ++column) {
                percent << isPercent(model, column);
                const QString name = model->headerData(column, Qt::Horizontal).toString();
                header << (percent.last() ? tr("%1 (%)").arg(name) : name);
            }
            csv.writeRow(header);
            for (int row = 0; row < model->rowCount(); ++row) {
                QStringList fields;
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex index = model->index(row, column);
                    const std::optional<double> value = figure(index, sortRole);
                    fields << (value ? csvNumber(*value, percent.at(column)) : index.data().toString());
                }
                csv.writeRow(fields);
            }
        }
        if (!csv.flush()) {
            *error = cannotWrite(path, file.errorString());
            return false;
        }
    }
    if (!file.commit()) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    return true;
}

bool StatisticsFiles::writeXlsx(const QString& path, const QList<Sheet>& sheets, int sortRole, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    XlsxWorkbook book(false);
    lxw_workbook* workbook = book.get();
    lxw_format* bold = workbook ? workbook_add_format(workbook) : nullptr;
    lxw_format* percentFormat = workbook ? workbook_add_format(workbook) : nullptr;
    if (bold && percentFormat) {
        format_set_bold(bold);
        format_set_num_format(percentFormat, "0.0%");
    }
    for (const Sheet& sheet : sheets) {
        lxw_worksheet* worksheet = bold && percentFormat ? book.addSheet(sheet.name.left(31)) : nullptr;
        if (!worksheet) {
            break; // closeTo() says why
        }
        const QAbstractItemModel* model = sheet.model;
        for (int column = 0; column < model->columnCount(); ++column) {
            book.check(worksheet_write_string(worksheet, 0, lxw_col_t(column),
                model->headerData(column, Qt::Horizontal).toString().toUtf8().constData(), bold));
        }
        for (int column = 0; column < model->columnCount(); ++column) {
            const bool percent = isPercent(model, column);
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row, column);
                const auto r = lxw_row_t(row + 1);
                const auto c = lxw_col_t(column);
                if (const std::optional<double> value = figure(index, sortRole); !value) {
                    book.check(worksheet_write_string(
                        worksheet, r, c, index.data().toString().toUtf8().constData(), nullptr));
                } else if (percent) {
                    book.check(worksheet_write_number(worksheet, r, c, *value / 100, percentFormat));
                } else {
                    book.check(worksheet_write_number(worksheet, r, c, *value, nullptr));
                }
            }
        }
        book.check(worksheet_set_column(worksheet, 0, 0, 28, nullptr));
    }
    if (QString reason; !book.closeTo(&file, &reason)) {
        *error = cannotWrite(path, reason);
        return false;
    }
    if (!file.commit()) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    return true;
}

bool StatisticsFiles::writeChart(const Chart& chart, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    bool drawn = false;
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(ChartSize.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), ChartSize));
        svg.setTitle(chart.title);
        QPainter painter;
        if (painter.begin(&svg)) {
            chart.paint(&painter, QRectF(QPointF(0, 0), ChartSize));
            drawn = painter.end();
        }
    } else {
        QImage image((ChartSize * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            chart.paint(&painter, QRectF(QPointF(0, 0), ChartSize * 2));
        }
        drawn = image.save(&file, "PNG");
    }
    if (!drawn || !file.commit()) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    return true;
}

QString StatisticsFiles::pdfFooter(const QString& title, int page, int pages)
{
    return tr("%1 · page %2 of %3").arg(title).arg(page).arg(pages);
}

bool StatisticsFiles::writePdf(
    const QString& path, const Report& report, const QList<Chart>& charts, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    QPdfWriter writer(&file);
    writer.setTitle(report.title);
    writer.setCreator(QStringLiteral("semaine-admin"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
        QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    writer.setResolution(150);
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    const QLocale locale;
    const int pages = pdfPageCount(charts.size());
    QFont footerFont = painter.font();
    footerFont.setPointSizeF(7);
    const qreal footerHeight = QFontMetricsF(footerFont, &writer).height() * 1.5;
    const QRectF area(0, 0, page.width(), page.height() - footerHeight);
    const auto footer = [&](int number) {
        painter.setFont(footerFont);
        painter.drawText(QRectF(0, area.height(), area.width(), footerHeight),
            Qt::AlignRight | Qt::AlignBottom, pdfFooter(report.title, number, pages));
    };

    // Page 1: title, date, filter, headline and the per-région table.
    QFont font = painter.font();
    font.setPointSizeF(14);
    font.setBold(true);
    painter.setFont(font);
    qreal y = 0;
    const auto line = [&](const QString& text, qreal pointSize, bool bold) {
        QFont f = painter.font();
        f.setPointSizeF(pointSize);
        f.setBold(bold);
        painter.setFont(f);
        const QRectF box
            = painter.boundingRect(QRectF(0, y, area.width(), area.height()), Qt::TextWordWrap, text);
        painter.drawText(box, Qt::TextWordWrap, text);
        y += box.height() + painter.fontMetrics().height() * 0.2;
    };
    line(report.title, 14, true);
    line(tr("Report of %1 · %2")
             .arg(locale.toString(QDate::currentDate(), QLocale::LongFormat), report.filter),
        8, false);
    y += 6;
    for (const QString& text : report.headline) {
        line(text, 9, false);
    }
    y += 10;
    if (!report.table.isEmpty()) {
        QFont small = painter.font();
        small.setPointSizeF(6.5);
        painter.setFont(small);
        // Measured in bold, as the header and the total are drawn; headers wrap between words.
        QFont bold = small;
        bold.setBold(true);
        const QFontMetricsF metrics(bold, &writer);
        QList<qreal> widths(report.table.first().size(), 0);
        for (qsizetype r = 0; r < report.table.size(); ++r) {
            const QStringList& row = report.table.at(r);
            for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i) {
                qreal advance = metrics.horizontalAdvance(row.at(i));
                if (r == 0) {
                    advance = 0;
                    for (const QString& word : row.at(i).split(QLatin1Char(' '))) {
                        advance = std::max(advance, metrics.horizontalAdvance(word));
                    }
                }
                widths[i] = std::max(widths[i], advance + 8);
            }
        }
        qreal total = 0;
        for (qreal w : widths) {
            total += w;
        }
        const qreal scale = total > area.width() ? area.width() / total : 1.0;
        const qreal rowHeight = metrics.height() * 1.35;
        for (qsizetype r = 0; r < report.table.size(); ++r) {
            const QStringList& row = report.table.at(r);
            const qreal height = r == 0 ? rowHeight * 3 : rowHeight;
            QFont f = small;
            f.setBold(r == 0 || r == report.table.size() - 1);
            painter.setFont(f);
            if (r % 2 == 1) {
                painter.fillRect(QRectF(0, y, total * scale, height), QColor(240, 240, 240));
            }
            qreal x = 0;
            for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i) {
                const QRectF cell(x + 2, y, widths.at(i) * scale - 4, height);
                painter.drawText(cell,
                    Qt::AlignVCenter | (i == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::TextWordWrap,
                    row.at(i));
                x += widths.at(i) * scale;
            }
            y += height;
        }
    }

    footer(1);

    // Then the charts, four to a page under the report's title and filter.
    const qreal gap = 12;
    QFont headingFont = painter.font();
    headingFont.setPointSizeF(8);
    headingFont.setBold(true);
    const qreal headingHeight = QFontMetricsF(headingFont, &writer).height() * 1.6;
    const QSizeF cell((area.width() - gap) / 2, (area.height() - headingHeight - gap) / 2);
    for (qsizetype i = 0; i < charts.size(); ++i) {
        if (i % 4 == 0) {
            if (!writer.newPage()) {
                *error = cannotWrite(path, file.errorString());
                return false;
            }
            painter.setFont(headingFont);
            painter.drawText(QRectF(0, 0, area.width(), headingHeight), Qt::AlignLeft | Qt::AlignTop,
                painter.fontMetrics().elidedText(
                    tr("%1 · %2").arg(report.title, report.filter), Qt::ElideRight, int(area.width())));
            footer(2 + int(i / 4));
        }
        const QPointF at(
            (i % 2) * (cell.width() + gap), headingHeight + ((i % 4) / 2) * (cell.height() + gap));
        charts.at(i).paint(&painter, QRectF(at, cell));
    }
    if (!painter.end() || !file.commit()) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    return true;
}

QString StatisticsFiles::cannotWrite(const QString& path, const QString& reason)
{
    return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
}
