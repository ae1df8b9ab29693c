#pragma once

#include "app/export/ExportWriter.h"
#include "app/export/ZipEntry.h"

class QXmlStreamWriter;

// The requests as an OpenDocument spreadsheet (LibreOffice's own format), zipped with QuaZip:
// `mimetype` first and stored, the manifest, and content.xml with typed date, float and string
// cells, an autofilter on the header row, the header row frozen in settings.xml; text exactly as
// entered (a string cell is never a formula).
class OdsExport {
    Q_DECLARE_TR_FUNCTIONS(OdsExport)

public:
    static bool write(const QList<Event>& events, const ExportColumns& columns, QIODevice* device,
        const ExportWriter::Progress& progress);
    static QByteArray mimeType()
    {
        return QByteArrayLiteral("application/vnd.oasis.opendocument.spreadsheet");
    }

private:
    static QByteArray manifest();
    static QByteArray settings(const QString& sheet);
    // content.xml, deflated in pieces.
    static bool writeContent(const QList<Event>& events, const ExportColumns& columns,
        const ExportWriter::Progress& progress, QList<DeflatedPiece>* pieces);
    static void writeStyles(QXmlStreamWriter& xml, const ExportColumns& columns);
    static void writeCell(QXmlStreamWriter& xml, ExportColumns::Kind kind, const QString& cell);
};
