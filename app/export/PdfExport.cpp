#include "app/export/PdfExport.h"

#include "app/core/GeoReference.h"
#include "app/export/PdfCellText.h"
#include "app/export/PdfJoin.h"
#include "app/export/XlsxExport.h"

#include <QBuffer>
#include <QCollator>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <atomic>
#include <future>
#include <numeric>

#ifdef __GLIBC__
#include <malloc.h>
#endif

QString PdfExport::title(int editionYear)
{
    return tr("Semaine de l'industrie %1: requests").arg(editionYear);
}

QString PdfExport::exportedOn(const QDateTime& exportedAt)
{
    // The reader's wall clock, whatever zone the time was given in.
    const QDateTime local = exportedAt.toLocalTime();
    return tr("Exported on %1 at %2")
        .arg(QLocale().toString(local.date(), QLocale::LongFormat),
            local.time().toString(QStringLiteral("HH:mm")));
}

PdfExport::PdfExport(const ExportColumns& columns, int editionYear, const QDateTime& exportedAt)
    : m_columns(columns)
    , m_editionYear(editionYear)
    , m_exportedAt(exportedAt)
{
}

ExportColumns PdfExport::defaultColumns()
{
    using Column = ExportColumns::Column;
    return ExportColumns(
        { Column::RequestId, Column::StartsAt, Column::Title, Column::Commune, Column::OrganiserName });
}

QString PdfExport::regionName(const QString& code)
{
    const Region* region = GeoReference::embedded().region(code);
    return region ? region->name : tr("Région unknown");
}

QList<const Event*> PdfExport::sorted(const QList<Event>& events)
{
    // Each région's place among the names worked out once, and the requests left where they are:
    // the collator on each comparison and moving whole requests took 0.8 s of 100,000.
    QHash<QString, int> regions;
    QStringList names;
    QList<int> region(events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        auto known = regions.constFind(events.at(i).region);
        if (known == regions.cend()) {
            known = regions.insert(events.at(i).region, int(names.size()));
            names << regionName(events.at(i).region);
        }
        region[i] = *known;
    }
    const QCollator collator { QLocale(QLocale::French) };
    QList<int> byName(names.size());
    std::iota(byName.begin(), byName.end(), 0);
    std::stable_sort(byName.begin(), byName.end(),
        [&](int a, int b) { return collator.compare(names.at(a), names.at(b)) < 0; });
    // Régions of the same name share their rank: neither comes first.
    QList<int> rank(names.size());
    for (qsizetype r = 0; r < byName.size(); ++r) {
        const bool same = r > 0 && collator.compare(names.at(byName.at(r - 1)), names.at(byName.at(r))) == 0;
        rank[byName.at(r)] = same ? rank.at(byName.at(r - 1)) : int(r);
    }
    QList<qsizetype> order(events.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        if (region.at(a) != region.at(b)) {
            return rank.at(region.at(a)) < rank.at(region.at(b));
        }
        const Event& first = events.at(a);
        const Event& second = events.at(b);
        if (first.startsAt != second.startsAt) {
            return first.startsAt < second.startsAt;
        }
        return first.requestId < second.requestId;
    });
    QList<const Event*> result;
    result.reserve(order.size());
    for (const qsizetype i : order) {
        result << &events.at(i);
    }
    return result;
}

QList<PdfExport::Page> PdfExport::paginate(
    const QList<const Event*>& sorted, int linesPerPage, int headingLines)
{
    QList<Page> pages { Page() };
    int used = 0;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const QString& region = sorted.at(i)->region;
        const bool newRegion = i == 0 || sorted.at(i - 1)->region != region;
        // A heading needs a request under it on the same page.
        if (used + (newRegion ? headingLines + 1 : 1) > linesPerPage) {
            pages.append(Page());
            used = 0;
        }
        if (newRegion || used == 0) {
            pages.last().append({ region, -1 });
            used += headingLines;
        }
        pages.last().append({ region, i });
        ++used;
    }
    return pages;
}

PdfExport::Geometry PdfExport::setUp(QPdfWriter* pdf)
{
    pdf->setPageSize(QPageSize(QPageSize::A4));
    pdf->setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    pdf->setResolution(300);
    Geometry g;
    g.body = QFont(QStringLiteral("DejaVu Sans"));
    g.body.setPointSizeF(7.5);
    g.bold = g.body;
    g.bold.setBold(true);
    g.title = g.bold;
    g.title.setPointSizeF(11);
    g.area = QRectF(QPointF(0, 0), pdf->pageLayout().paintRectPixels(pdf->resolution()).size());
    g.line = QFontMetricsF(g.body, pdf).height() * 1.25;
    g.top = QFontMetricsF(g.title, pdf).height() * 2.5;
    // Two lines at the foot for the page number.
    g.linesPerPage = int((g.area.height() - g.top - 2 * g.line) / g.line);
    return g;
}

int PdfExport::linesPerPage()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    return setUp(&pdf).linesPerPage;
}

bool PdfExport::write(
    const QList<Event>& events, QIODevice* device, const ExportWriter::Progress& progress) const
{
    const QList<const Event*> requests = sorted(events);
#ifdef __GLIBC__
    // Qt's writer compresses each page through a 10 MB buffer it takes and frees; glibc gave
    // it back to the system and took it again on every page (brk, page faults): a quarter of
    // the list's CPU time. Blocks up to 32 MB now come from the heap, and up to 64 MB of freed heap
    // is kept, for the rest of the process.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
#endif
    const QList<Page> pages = paginate(requests, linesPerPage(), headingLines);
    if (pages.size() < pagesInHalves) {
        qsizetype done = 0;
        return draw(requests, pages, 0, pages.size(), device,
            [&] { return ExportWriter::goOn(progress, ++done, requests.size()); });
    }
    // Most of the time is Qt's writer deflating each page and writing each glyph, on the thread
    // that paints: two writers, each with its own painter and fonts (Qt lets threads paint at once
    // on devices of their own), draw a half each, this thread the first; qpdf joins them.
    const qsizetype middle = pages.size() / 2;
    std::atomic<qsizetype> secondDone = 0;
    std::atomic<bool> stop = false;
    QByteArray second;
    std::future<bool> drawn = std::async(std::launch::async, [&] {
        QBuffer buffer(&second);
        buffer.open(QIODevice::WriteOnly);
        return draw(requests, pages, middle, pages.size(), &buffer, [&] {
            secondDone.fetch_add(1, std::memory_order_relaxed);
            return !stop.load(std::memory_order_relaxed);
        });
    });
    // The progress told here, of both halves.
    const ExportWriter::Progress both = [&](qsizetype done, qsizetype total) {
        return !progress || progress(done + secondDone.load(std::memory_order_relaxed), total);
    };
    QByteArray first;
    QBuffer buffer(&first);
    buffer.open(QIODevice::WriteOnly);
    qsizetype firstDone = 0;
    const bool firstDrawn = draw(requests, pages, 0, middle, &buffer,
        [&] { return ExportWriter::goOn(both, ++firstDone, requests.size()); });
    stop = !firstDrawn;
    return drawn.get() && firstDrawn && PdfJoin::join({ first, second }, device);
}

bool PdfExport::draw(const QList<const Event*>& requests, const QList<Page>& pages, qsizetype first,
    qsizetype end, QIODevice* device, const std::function<bool()>& next) const
{
    QPdfWriter pdf(device);
    pdf.setTitle(title(m_editionYear));
    pdf.setCreator(QStringLiteral("semaine-admin"));
    const Geometry geometry = setUp(&pdf);
    const auto& [area, body, bold, titleFont, line, top, linesPerPage] = geometry;
    QPainter painter;
    if (!painter.begin(&pdf)) {
        return false;
    }

    // The columns share the width as the workbook's widths do, each at least as wide as its
    // name in bold.
    const QList<ExportColumns::Column>& chosen = m_columns.columns();
    QList<qreal> lefts;
    qreal total = 0;
    for (const ExportColumns::Column column : chosen) {
        lefts << total;
        total += std::max(XlsxExport::width(column), double(RequestColumns::displayName(column).size() + 3));
    }
    const qreal scale = area.width() / total;
    const auto cellRect = [&](int c, qreal y) {
        const qreal left = lefts.at(c) * scale;
        const qreal right = c + 1 < chosen.size() ? lefts.at(c + 1) * scale : area.width();
        return QRectF(left, y, right - left - line * 0.3, line);
    };
    // The requests' cells, measured once: where each column starts and how wide it is, and the
    // baseline of a line of the body font, centred in its line as Qt::AlignVCenter would.
    QList<QRectF> columnBoxes;
    for (int c = 0; c < chosen.size(); ++c) {
        columnBoxes << cellRect(c, 0);
    }
    const QFontMetricsF bodyMetrics(body, &pdf);
    const qreal baseline = (line - bodyMetrics.height()) / 2 + bodyMetrics.ascent();
    PdfCellText cellText(body, &pdf);
    const QString heading = title(m_editionYear);
    const QString exported = exportedOn(m_exportedAt);
    QStringList names;
    for (const ExportColumns::Column column : chosen) {
        names << RequestColumns::displayName(column);
    }
    for (qsizetype p = first; p < end; ++p) {
        if (p > first && !pdf.newPage()) {
            return false;
        }
        // Two lines that never wrap: the title, then when it was exported.
        painter.setFont(titleFont);
        const qreal titleHeight = painter.fontMetrics().height();
        painter.drawText(QRectF(0, 0, area.width(), titleHeight), Qt::AlignLeft | Qt::AlignTop, heading);
        painter.setFont(body);
        painter.drawText(QRectF(0, titleHeight, area.width(), line), Qt::AlignLeft | Qt::AlignTop, exported);
        painter.drawText(QRectF(0, area.height() - line, area.width(), line), Qt::AlignCenter,
            tr("page %1 / %2").arg(p + 1).arg(pages.size()));
        qreal y = top;
        for (const Line& item : pages.at(p)) {
            if (item.event < 0) {
                cellText.draw(&painter);
                const bool continued
                    = p > 0 && !pages.at(p - 1).isEmpty() && pages.at(p - 1).last().region == item.region;
                painter.setFont(bold);
                painter.drawText(QRectF(0, y, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                    continued ? tr("%1 (continued)").arg(regionName(item.region)) : regionName(item.region));
                y += line * (headingLines - 1);
                for (int c = 0; c < chosen.size(); ++c) {
                    const QRectF rect = cellRect(c, y);
                    painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
                        painter.fontMetrics().elidedText(names.at(c), Qt::ElideRight, int(rect.width())));
                }
                painter.drawLine(QPointF(0, y + line), QPointF(area.width(), y + line));
                painter.setFont(body);
                y += line;
                continue;
            }
            const QStringList cells = m_columns.readableCells(*requests.at(item.event));
            for (int c = 0; c < chosen.size(); ++c) {
                QString cell = cells.at(c);
                cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
                // At the baseline, as a rectangle centres a single line.
                const QPointF origin(columnBoxes.at(c).left(), y + baseline);
                if (!cellText.add(cell, origin, columnBoxes.at(c).width())) {
                    // After the cells before it, so that the page reads in order.
                    cellText.draw(&painter);
                    painter.drawText(
                        origin, bodyMetrics.elidedText(cell, Qt::ElideRight, columnBoxes.at(c).width()));
                }
            }
            y += line;
            if (!next()) {
                painter.end();
                return false;
            }
        }
        // The page's requests from the last heading on, as one run.
        cellText.draw(&painter);
    }
    return painter.end();
}
