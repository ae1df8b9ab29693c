#include "app/core/CsvWriter.h"

#include "app/core/DeviceWrite.h"

#include <QIODevice>
#include <QStringEncoder>

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
    // Each cell encoded where it goes in `out`, without a QByteArray of its own (a fifth of an
    // export's time went to those).
    QStringEncoder utf8(QStringEncoder::Utf8);
    const auto append = [&](QStringView text) {
        const qsizetype at = out.size();
        out.resize(at + utf8.requiredSpace(text.size()));
        out.truncate(utf8.appendToBuffer(out.data() + at, text) - out.constData());
    };
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            out.append(';');
        }
        const QString& field = fields.at(i);
        const bool neutralise = formulas == Formulas::Neutralise && startsFormula(field) && !isNumber(field);
        // LibreOffice's default options split on commas and tabs as well as on semicolons.
        const bool quote = std::any_of(field.cbegin(), field.cend(), [](QChar c) {
            return c == QLatin1Char(';') || c == QLatin1Char(',') || c == QLatin1Char('"')
                || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
        });
        if (quote) {
            out.append('"');
        }
        if (neutralise) {
            out.append('\'');
        }
        if (quote && field.contains(QLatin1Char('"'))) {
            append(QString(field).replace(QLatin1Char('"'), QStringLiteral("\"\"")));
        } else {
            append(field);
        }
        if (quote) {
            out.append('"');
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
