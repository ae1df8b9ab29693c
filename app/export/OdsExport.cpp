#include "app/export/OdsExport.h"

#include "app/core/DeviceWrite.h"

#include "app/export/ExportBatches.h"
#include "app/export/XlsxExport.h"
#include "app/export/ZipEntry.h"

#include <QBuffer>
#include <QFile>
#include <QXmlStreamWriter>

#include <quazip.h>

namespace {

const QString office = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString table = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString text = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString style = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString number = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0");
const QString fo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString version = QStringLiteral("1.3");

// Characters XML 1.0 cannot hold at all.
QString xmlSafe(const QString& value)
{
    QString result = value;
    result.removeIf(
        [](QChar c) { return c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n'); });
    return result;
}

// "A", "B", … "AB": a column as a range address names it.
QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
        name.prepend(QChar(u'A' + (c - 1) % 26));
    }
    return name;
}

} // namespace

bool OdsExport::write(const QList<Event>& events, const ExportColumns& columns, QIODevice* device,
    const ExportWriter::Progress& progress)
{
    QList<DeflatedPiece> content;
    if (!writeContent(events, columns, progress, &content)) {
        return false;
    }
    // Zipped in memory: QuaZip seeks back and closes its device, which a QSaveFile does not allow.
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate)) {
        return false;
    }
    // The mimetype first and uncompressed, so that its name can be read at a fixed offset.
    const bool written = addZipEntry(&zip, QStringLiteral("mimetype"), true, [](QIODevice* file) {
        return file->write(mimeType()) == mimeType().size();
    }) && addZipEntry(&zip, QStringLiteral("META-INF/manifest.xml"), false, [](QIODevice* file) {
        return file->write(manifest()) == manifest().size();
    }) && addZipEntry(&zip, QStringLiteral("settings.xml"), false, [](QIODevice* file) {
        const QByteArray xml = settings(tr("Requests"));
        return file->write(xml) == xml.size();
    }) && addDeflatedZipEntry(&zip, QStringLiteral("content.xml"), std::move(content));
    zip.close();
    return written && zip.getZipError() == 0 && writeAll(device, buffer.data());
}

QByteArray OdsExport::manifest()
{
    QByteArray result;
    QXmlStreamWriter xml(&result);
    const QString manifest = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
    xml.writeStartDocument();
    xml.writeNamespace(manifest, QStringLiteral("manifest"));
    xml.writeStartElement(manifest, QStringLiteral("manifest"));
    xml.writeAttribute(manifest, QStringLiteral("version"), version);
    xml.writeEmptyElement(manifest, QStringLiteral("file-entry"));
    xml.writeAttribute(manifest, QStringLiteral("full-path"), QStringLiteral("/"));
    xml.writeAttribute(manifest, QStringLiteral("version"), version);
    xml.writeAttribute(manifest, QStringLiteral("media-type"), QString::fromLatin1(mimeType()));
    xml.writeEmptyElement(manifest, QStringLiteral("file-entry"));
    xml.writeAttribute(manifest, QStringLiteral("full-path"), QStringLiteral("content.xml"));
    xml.writeAttribute(manifest, QStringLiteral("media-type"), QStringLiteral("text/xml"));
    xml.writeEmptyElement(manifest, QStringLiteral("file-entry"));
    xml.writeAttribute(manifest, QStringLiteral("full-path"), QStringLiteral("settings.xml"));
    xml.writeAttribute(manifest, QStringLiteral("media-type"), QStringLiteral("text/xml"));
    xml.writeEndDocument();
    return result;
}

QByteArray OdsExport::settings(const QString& sheet)
{
    // The view settings LibreOffice writes for View ▸ Freeze Cells ▸ Freeze First Row.
    QByteArray result;
    QXmlStreamWriter xml(&result);
    const QString config = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:config:1.0");
    xml.writeStartDocument();
    xml.writeNamespace(office, QStringLiteral("office"));
    xml.writeNamespace(config, QStringLiteral("config"));
    xml.writeStartElement(office, QStringLiteral("document-settings"));
    xml.writeAttribute(office, QStringLiteral("version"), version);
    xml.writeStartElement(office, QStringLiteral("settings"));
    const auto set = [&](const QString& name) {
        xml.writeStartElement(config, QStringLiteral("config-item-set"));
        xml.writeAttribute(config, QStringLiteral("name"), name);
    };
    const auto item = [&](const QString& name, const QString& type, const QString& value) {
        xml.writeStartElement(config, QStringLiteral("config-item"));
        xml.writeAttribute(config, QStringLiteral("name"), name);
        xml.writeAttribute(config, QStringLiteral("type"), type);
        xml.writeCharacters(value);
        xml.writeEndElement();
    };
    set(QStringLiteral("ooo:view-settings"));
    xml.writeStartElement(config, QStringLiteral("config-item-map-indexed"));
    xml.writeAttribute(config, QStringLiteral("name"), QStringLiteral("Views"));
    xml.writeStartElement(config, QStringLiteral("config-item-map-entry"));
    item(QStringLiteral("ViewId"), QStringLiteral("string"), QStringLiteral("view1"));
    xml.writeStartElement(config, QStringLiteral("config-item-map-named"));
    xml.writeAttribute(config, QStringLiteral("name"), QStringLiteral("Tables"));
    xml.writeStartElement(config, QStringLiteral("config-item-map-entry"));
    xml.writeAttribute(config, QStringLiteral("name"), sheet);
    item(QStringLiteral("HorizontalSplitMode"), QStringLiteral("short"), QStringLiteral("0"));
    item(QStringLiteral("VerticalSplitMode"), QStringLiteral("short"), QStringLiteral("2"));
    item(QStringLiteral("HorizontalSplitPosition"), QStringLiteral("int"), QStringLiteral("0"));
    item(QStringLiteral("VerticalSplitPosition"), QStringLiteral("int"), QStringLiteral("1"));
    item(QStringLiteral("ActiveSplitRange"), QStringLiteral("short"), QStringLiteral("2"));
    item(QStringLiteral("PositionBottom"), QStringLiteral("int"), QStringLiteral("1"));
    xml.writeEndElement(); // config-item-map-entry
    xml.writeEndElement(); // Tables
    item(QStringLiteral("ActiveTable"), QStringLiteral("string"), sheet);
    xml.writeEndDocument();
    return result;
}

void OdsExport::writeStyles(QXmlStreamWriter& xml, const ExportColumns& columns)
{
    xml.writeStartElement(u"office:automatic-styles");
    // 27/03/2018 09:00, as the CSV writes it.
    xml.writeStartElement(u"number:date-style");
    xml.writeAttribute(u"style:name", QStringLiteral("N1"));
    const auto part = [&](const QString& name) {
        xml.writeEmptyElement(number, name);
        xml.writeAttribute(u"number:style", QStringLiteral("long"));
    };
    const auto separator = [&](const QString& value) { xml.writeTextElement(u"number:text", value); };
    part(QStringLiteral("day"));
    separator(QStringLiteral("/"));
    part(QStringLiteral("month"));
    separator(QStringLiteral("/"));
    part(QStringLiteral("year"));
    separator(QStringLiteral(" "));
    part(QStringLiteral("hours"));
    separator(QStringLiteral(":"));
    part(QStringLiteral("minutes"));
    xml.writeEndElement();
    xml.writeStartElement(u"style:style");
    xml.writeAttribute(u"style:name", QStringLiteral("date"));
    xml.writeAttribute(u"style:family", QStringLiteral("table-cell"));
    xml.writeAttribute(u"style:data-style-name", QStringLiteral("N1"));
    xml.writeEndElement();
    xml.writeStartElement(u"style:style");
    xml.writeAttribute(u"style:name", QStringLiteral("header"));
    xml.writeAttribute(u"style:family", QStringLiteral("table-cell"));
    xml.writeEmptyElement(u"style:text-properties");
    xml.writeAttribute(u"fo:font-weight", QStringLiteral("bold"));
    xml.writeEndElement();
    // The same widths as the workbook's, a character taken as 0.2 cm.
    for (int c = 0; c < columns.columns().size(); ++c) {
        xml.writeStartElement(u"style:style");
        xml.writeAttribute(u"style:name", QStringLiteral("co%1").arg(c));
        xml.writeAttribute(u"style:family", QStringLiteral("table-column"));
        xml.writeEmptyElement(u"style:table-column-properties");
        xml.writeAttribute(u"style:column-width",
            QStringLiteral("%1cm").arg(XlsxExport::width(columns.columns().at(c)) * 0.2, 0, 'f', 1));
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void OdsExport::writeCell(QXmlStreamWriter& xml, ExportColumns::Kind kind, const QString& cell)
{
    if (cell.isEmpty()) {
        xml.writeEmptyElement(u"table:table-cell");
        return;
    }
    xml.writeStartElement(u"table:table-cell");
    QString shown = cell;
    switch (kind) {
    case ExportColumns::Kind::Number:
        xml.writeAttribute(u"office:value-type", QStringLiteral("float"));
        xml.writeAttribute(u"office:value",
            QString::number(ExportColumns::number(cell), 'g', QLocale::FloatingPointShortest));
        break;
    case ExportColumns::Kind::DateTime:
        xml.writeAttribute(u"table:style-name", QStringLiteral("date"));
        xml.writeAttribute(u"office:value-type", QStringLiteral("date"));
        xml.writeAttribute(u"office:date-value",
            ExportColumns::dateTime(cell).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")));
        break;
    case ExportColumns::Kind::Text:
        xml.writeAttribute(u"office:value-type", QStringLiteral("string"));
        shown = xmlSafe(cell);
        break;
    }
    // A paragraph per line: a line feed inside text:p is only a space.
    xml.writeStartElement(u"text:p");
    const QStringList lines = shown.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0) {
            xml.writeEmptyElement(u"text:line-break");
        }
        xml.writeCharacters(lines.at(i));
    }
    xml.writeEndElement();
    xml.writeEndElement();
}

bool OdsExport::writeContent(const QList<Event>& events, const ExportColumns& columns,
    const ExportWriter::Progress& progress, QList<DeflatedPiece>* pieces)
{
    // The XML gathered in strings: written to a device, QXmlStreamWriter encodes and writes each
    // small piece on its own, which took most of the time. Qualified names ("table:table-row")
    // spare it a look-up of the namespace at every element and attribute. Its declaration for a
    // string leaves out the encoding, which the file states.
    QString slice = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    const auto pass = [&](bool last) {
        std::optional<DeflatedPiece> piece = deflatePiece(slice.toUtf8(), last);
        slice.truncate(0);
        if (piece) {
            pieces->append(std::move(*piece));
        }
        return piece.has_value();
    };
    QXmlStreamWriter xml(&slice);
    for (const auto& [uri, prefix] :
        { std::pair { office, "office" }, std::pair { table, "table" }, std::pair { text, "text" },
            std::pair { style, "style" }, std::pair { number, "number" }, std::pair { fo, "fo" } }) {
        xml.writeNamespace(uri, QLatin1String(prefix));
    }
    xml.writeStartElement(u"office:document-content");
    xml.writeAttribute(u"office:version", version);
    writeStyles(xml, columns);
    xml.writeStartElement(u"office:body");
    xml.writeStartElement(u"office:spreadsheet");
    const QString sheet = tr("Requests");
    xml.writeStartElement(u"table:table");
    xml.writeAttribute(u"table:name", sheet);
    const QList<ExportColumns::Column>& chosen = columns.columns();
    for (int c = 0; c < chosen.size(); ++c) {
        xml.writeEmptyElement(u"table:table-column");
        xml.writeAttribute(u"table:style-name", QStringLiteral("co%1").arg(c));
    }
    xml.writeStartElement(u"table:table-header-rows");
    xml.writeStartElement(u"table:table-row");
    for (const ExportColumns::Column column : chosen) {
        xml.writeStartElement(u"table:table-cell");
        xml.writeAttribute(u"table:style-name", QStringLiteral("header"));
        xml.writeAttribute(u"office:value-type", QStringLiteral("string"));
        xml.writeTextElement(u"text:p", RequestColumns::key(column));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    // Each batch of rows its own fragment, written and compressed on another thread; the
    // qualified names need no namespace declared in the fragment.
    const auto rows = [&](qsizetype first, qsizetype end) {
        QString fragment;
        QXmlStreamWriter rowsXml(&fragment);
        for (qsizetype i = first; i < end; ++i) {
            const QStringList cells = columns.readableCells(events.at(i));
            rowsXml.writeStartElement(u"table:table-row");
            for (int c = 0; c < chosen.size(); ++c) {
                writeCell(rowsXml, ExportColumns::kind(chosen.at(c)), cells.at(c));
            }
            rowsXml.writeEndElement();
        }
        return deflatePiece(fragment.toUtf8(), false);
    };
    const bool rowsWritten = pass(false)
        && ExportBatches::run(events.size(), rows, [&](std::optional<DeflatedPiece>& piece, qsizetype end) {
               if (!piece) {
                   return false;
               }
               pieces->append(std::move(*piece));
               return ExportWriter::goOn(progress, end, events.size());
           });
    if (!rowsWritten) {
        return false;
    }
    xml.writeEndElement(); // table
    // The autofilter's buttons on the header row.
    xml.writeStartElement(u"table:database-ranges");
    xml.writeEmptyElement(u"table:database-range");
    xml.writeAttribute(u"table:name", QStringLiteral("__Anonymous_Sheet_DB__0"));
    xml.writeAttribute(u"table:target-range-address",
        QStringLiteral("'%1'.A1:'%1'.%2%3")
            .arg(sheet, columnName(int(chosen.size()) - 1))
            .arg(events.size() + 1));
    xml.writeAttribute(u"table:display-filter-buttons", QStringLiteral("true"));
    xml.writeEndDocument();
    return !xml.hasError() && pass(true);
}
