#pragma once

#include "app/export/ExportWriter.h"

#include <QFont>
#include <QRectF>

class QPdfWriter;

// The requests as an A4 PDF to read and print: grouped by région, then by start date, one line
// per request in the chosen columns, headed with the edition and the export date on every page,
// "page 3 / 12" at the foot.
class PdfExport {
    Q_DECLARE_TR_FUNCTIONS(PdfExport)

public:
    // What a page line holds: a région's heading (with the columns' names under it) or a request.
    struct Line {
        QString region; // the région's code, on every line
        qsizetype event = -1; // in the sorted list; -1 for a heading
    };
    using Page = QList<Line>;

    PdfExport(const ExportColumns& columns, int editionYear, const QDateTime& exportedAt);

    // The identifier, the start, the title, the commune and the organiser: what fits on a line.
    static ExportColumns defaultColumns();
    // By région name, then start, then request id: the requests themselves, in `events`.
    static QList<const Event*> sorted(const QList<Event>& events);
    static QString regionName(const QString& code);
    // The two lines atop every page: the title, then the export's date and time in local time.
    static QString title(int editionYear);
    static QString exportedOn(const QDateTime& exportedAt);
    // The sorted requests cut into pages of `linesPerPage` lines; a heading takes `headingLines`
    // lines, is repeated when a région goes on over a page and never ends a page.
    static QList<Page> paginate(const QList<const Event*>& sorted, int linesPerPage, int headingLines);

    // The lines of a page and of a heading, as write() lays them out.
    static int linesPerPage();
    static constexpr int headingLines = 3; // the région's name, a gap, the columns' names

    // A list of this many pages or more is drawn in two halves on two threads, then joined. Below
    // it one writer takes about a tenth of a second, and the second writer and the join would add
    // some 15 ms of CPU, a tenth of it, to save a few tens of milliseconds no one would see.
    static constexpr qsizetype pagesInHalves = 40;

    bool write(const QList<Event>& events, QIODevice* device, const ExportWriter::Progress& progress) const;

private:
    // The page, the fonts and the line height every page uses.
    struct Geometry {
        QRectF area;
        QFont body;
        QFont bold;
        QFont title;
        qreal line = 0;
        qreal top = 0;
        int linesPerPage = 0;
    };
    static Geometry setUp(QPdfWriter* pdf);
    // Pages [first, end) of `pages` into `device`, numbered among all of them; `next` is called
    // after each request and stops the drawing when it returns false.
    bool draw(const QList<const Event*>& requests, const QList<Page>& pages, qsizetype first, qsizetype end,
        QIODevice* device, const std::function<bool()>& next) const;

    ExportColumns m_columns;
    int m_editionYear;
    QDateTime m_exportedAt;
};
