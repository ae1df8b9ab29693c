#include "app/export/OdsExport.h"

#include "app/core/DeviceWrite.h"

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
    }) && addZipEntry(&zip, QStringLiteral("content.xml"), false, [&](QIODevice* file) {
        return writeContent(events, columns, file, progress);
    });
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
    xml.writeStartElement(office, QStringLiteral("automatic-styles"));
    // 27/03/2018 09:00, as the CSV writes it.
    xml.writeStartElement(number, QStringLiteral("date-style"));
    xml.writeAttribute(style, QStringLiteral("name"), QStringLiteral("N1"));
    const auto part = [&](const QString& name) {
        xml.writeEmptyElement(number, name);
        xml.writeAttribute(number, QStringLiteral("style"), QStringLiteral("long"));
    };
    const auto separator
        = [&](const QString& value) { xml.writeTextElement(number, QStringLiteral("text"), value); };
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
    xml.writeStartElement(style, QStringLiteral("style"));
    xml.writeAttribute(style, QStringLiteral("name"), QStringLiteral("date"));
    xml.writeAttribute(style, QStringLiteral("family"), QStringLiteral("table-cell"));
    xml.writeAttribute(style, QStringLiteral("data-style-name"), QStringLiteral("N1"));
    xml.writeEndElement();
    xml.writeStartElement(style, QStringLiteral("style"));
    xml.writeAttribute(style, QStringLiteral("name"), QStringLiteral("header"));
    xml.writeAttribute(style, QStringLiteral("family"), QStringLiteral("table-cell"));
    xml.writeEmptyElement(style, QStringLiteral("text-properties"));
    xml.writeAttribute(fo, QStringLiteral("font-weight"), QStringLiteral("bold"));
    xml.writeEndElement();
    // The same widths as the workbook's, a character taken as 0.2 cm.
    for (int c = 0; c < columns.columns().size(); ++c) {
        xml.writeStartElement(style, QStringLiteral("style"));
        xml.writeAttribute(style, QStringLiteral("name"), QStringLiteral("co%1").arg(c));
        xml.writeAttribute(style, QStringLiteral("family"), QStringLiteral("table-column"));
        xml.writeEmptyElement(style, QStringLiteral("table-column-properties"));
        xml.writeAttribute(style, QStringLiteral("column-width"),
            QStringLiteral("%1cm").arg(XlsxExport::width(columns.columns().at(c)) * 0.2, 0, 'f', 1));
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void OdsExport::writeCell(QXmlStreamWriter& xml, ExportColumns::Kind kind, const QString& cell)
{
    if (cell.isEmpty()) {
        xml.writeEmptyElement(table, QStringLiteral("table-cell"));
        return;
    }
    xml.writeStartElement(table, QStringLiteral("table-cell"));
    QString shown = cell;
    switch (kind) {
    case ExportColumns::Kind::Number:
        xml.writeAttribute(office, QStringLiteral("value-type"), QStringLiteral("float"));
        xml.writeAttribute(office, QStringLiteral("value"),
            QString::number(ExportColumns::number(cell), 'g', QLocale::FloatingPointShortest));
        break;
    case ExportColumns::Kind::DateTime:
        xml.writeAttribute(table, QStringLiteral("style-name"), QStringLiteral("date"));
        xml.writeAttribute(office, QStringLiteral("value-type"), QStringLiteral("date"));
        xml.writeAttribute(office, QStringLiteral("date-value"),
            ExportColumns::dateTime(cell).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")));
        break;
    case ExportColumns::Kind::Text:
        xml.writeAttribute(office, QStringLiteral("value-type"), QStringLiteral("string"));
        shown = xmlSafe(cell);
        break;
    }
    // A paragraph per line: a line feed inside text:p is only a space.
    xml.writeStartElement(text, QStringLiteral("p"));
    const QStringList lines = shown.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0) {
            xml.writeEmptyElement(text, QStringLiteral("line-break"));
        }
        xml.writeCharacters(lines.at(i));
    }
    xml.writeEndElement();
    xml.writeEndElement();
}

bool OdsExport::writeContent(const QList<Event>& events, const ExportColumns& columns, QIODevice* device,
    const ExportWriter::Progress& progress)
{
    // The XML gathered in slices of a megabyte: QXmlStreamWriter writes each piece as it comes,
    // and each write to the zip entry goes through the compressor.
    QBuffer slice;
    slice.open(QIODevice::WriteOnly);
    const auto pass = [&] {
        const bool passed = device->write(slice.data()) == slice.size();
        slice.buffer().clear();
        slice.seek(0);
        return passed;
    };
    QXmlStreamWriter xml(&slice);
    xml.writeStartDocument();
    for (const auto& [uri, prefix] :
        { std::pair { office, "office" }, std::pair { table, "table" }, std::pair { text, "text" },
            std::pair { style, "style" }, std::pair { number, "number" }, std::pair { fo, "fo" } }) {
        xml.writeNamespace(uri, QLatin1String(prefix));
    }
    xml.writeStartElement(office, QStringLiteral("document-content"));
    xml.writeAttribute(office, QStringLiteral("version"), version);
    writeStyles(xml, columns);
    xml.writeStartElement(office, QStringLiteral("body"));
    xml.writeStartElement(office, QStringLiteral("spreadsheet"));
    const QString sheet = tr("Requests");
    xml.writeStartElement(table, QStringLiteral("table"));
    xml.writeAttribute(table, QStringLiteral("name"), sheet);
    const QList<ExportColumns::Column>& chosen = columns.columns();
    for (int c = 0; c < chosen.size(); ++c) {
        xml.writeEmptyElement(table, QStringLiteral("table-column"));
        xml.writeAttribute(table, QStringLiteral("style-name"), QStringLiteral("co%1").arg(c));
    }
    xml.writeStartElement(table, QStringLiteral("table-header-rows"));
    xml.writeStartElement(table, QStringLiteral("table-row"));
    for (const ExportColumns::Column column : chosen) {
        xml.writeStartElement(table, QStringLiteral("table-cell"));
        xml.writeAttribute(table, QStringLiteral("style-name"), QStringLiteral("header"));
        xml.writeAttribute(office, QStringLiteral("value-type"), QStringLiteral("string"));
        xml.writeTextElement(text, QStringLiteral("p"), RequestColumns::key(column));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QStringList cells = columns.readableCells(events.at(i));
        xml.writeStartElement(table, QStringLiteral("table-row"));
        for (int c = 0; c < chosen.size(); ++c) {
            writeCell(xml, ExportColumns::kind(chosen.at(c)), cells.at(c));
        }
        xml.writeEndElement();
        if (!ExportWriter::goOn(progress, i + 1, events.size()) || (slice.size() > (1 << 20) && !pass())) {
            return false;
        }
    }
    xml.writeEndElement(); // table
    // The autofilter's buttons on the header row.
    xml.writeStartElement(table, QStringLiteral("database-ranges"));
    xml.writeEmptyElement(table, QStringLiteral("database-range"));
    xml.writeAttribute(table, QStringLiteral("name"), QStringLiteral("__Anonymous_Sheet_DB__0"));
    xml.writeAttribute(table, QStringLiteral("target-range-address"),
        QStringLiteral("'%1'.A1:'%1'.%2%3")
            .arg(sheet, columnName(int(chosen.size()) - 1))
            .arg(events.size() + 1));
    xml.writeAttribute(table, QStringLiteral("display-filter-buttons"), QStringLiteral("true"));
    xml.writeEndDocument();
    return !xml.hasError() && pass();
}
