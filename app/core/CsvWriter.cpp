#include "app/core/CsvWriter.h"

#include "app/core/DeviceWrite.h"

#include <QIODevice>

#include <algorithm>

namespace {

constexpr qsizetype flushAt = 1 << 20;

bool startsFormula(QStringView cell)
{
    if (cell.isEmpty()) {
        return false;
    }
    const QChar first = cell.front();
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

// "-1,55" or "+33": a number, which a spreadsheet reads as one, never a formula.
bool isNumber(QStringView cell)
{
    qsizetype i = cell.front() == QLatin1Char('-') || cell.front() == QLatin1Char('+') ? 1 : 0;
    bool digits = false;
    bool decimal = false;
    for (; i < cell.size(); ++i) {
        const QChar ch = cell.at(i);
        if (ch.isDigit()) {
            digits = true;
        } else if ((ch == QLatin1Char(',') || ch == QLatin1Char('.')) && !decimal) {
            decimal = true;
        } else {
            return false;
        }
    }
    return digits;
}

} // namespace

CsvWriter::CsvWriter(QIODevice* device, Formulas formulas)
    : m_device(device)
    , m_formulas(formulas)
{
    m_buffer.reserve(flushAt + 65536);
    m_buffer.append("\xEF\xBB\xBF");
}

CsvWriter::~CsvWriter() { flush(); }

QString CsvWriter::neutralised(const QString& cell)
{
    return startsFormula(cell) && !isNumber(cell) ? QLatin1Char('\'') + cell : cell;
}

bool CsvWriter::isNeutralised(const QString& cell)
{
    return cell.size() > 1 && cell.front() == QLatin1Char('\'') && startsFormula(QStringView(cell).sliced(1))
        && !isNumber(QStringView(cell).sliced(1));
}

bool CsvWriter::isNeutralised(QByteArrayView utf8)
{
    return utf8.size() > 1 && utf8.front() == '\'' && isNeutralised(QString::fromUtf8(utf8));
}

void CsvWriter::writeRow(const QStringList& fields)
{
    appendRow(m_buffer, fields, m_formulas);
    if (m_buffer.size() >= flushAt) {
        flush();
    }
}

void CsvWriter::appendRow(QByteArray& out, const QStringList& fields, Formulas formulas)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            out.append(';');
        }
        const QString cell = formulas == Formulas::Neutralise ? neutralised(fields.at(i)) : fields.at(i);
        // LibreOffice's default options split on commas and tabs as well as on semicolons.
        const bool quote = std::any_of(cell.cbegin(), cell.cend(), [](QChar c) {
            return c == QLatin1Char(';') || c == QLatin1Char(',') || c == QLatin1Char('"')
                || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
        });
        if (quote) {
            QString escaped = cell;
            escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            out.append('"').append(escaped.toUtf8()).append('"');
        } else {
            out.append(cell.toUtf8());
        }
    }
    out.append("\r\n");
}

bool CsvWriter::flush()
{
    if (!m_buffer.isEmpty()) {
        m_ok = m_ok && writeAll(m_device, m_buffer);
        m_buffer.clear();
    }
    return m_ok;
}
