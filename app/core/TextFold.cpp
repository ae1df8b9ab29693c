#include "app/core/TextFold.h"

#include <QRegularExpression>
#include <QSet>

#include <array>

namespace {

// Decomposes, drops the accents, folds the case.
QString foldSlowly(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (ch.category() != QChar::Mark_NonSpacing) {
            result.append(ch.toCaseFolded());
        }
    }
    return result;
}

// The Latin letters French text uses (up to U+024F), folded once: the bulk of a 100,000-request
// import goes through this table instead of Unicode normalisation.
constexpr char16_t TableEnd = 0x250;
const std::array<QString, TableEnd>& latinTable()
{
    static const std::array<QString, TableEnd> table = [] {
        std::array<QString, TableEnd> folded;
        for (char16_t code = 0; code < TableEnd; ++code) {
            folded[code] = foldSlowly(QStringView(&code, 1));
        }
        return folded;
    }();
    return table;
}

// From `text`'s start, appended to `result` a character at a time.
void appendFolded(QStringView text, QString& result)
{
    const std::array<QString, TableEnd>& table = latinTable();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t code = text.at(i).unicode();
        if (code < 0x80) {
            result.append(QChar(code >= 'A' && code <= 'Z' ? code + ('a' - 'A') : code));
        } else if (code < TableEnd) {
            result.append(table[code]);
        } else {
            // Anything else (a combining accent typed apart, another script) the long way, from
            // here to the end, so that combining sequences stay together.
            result.append(foldSlowly(text.mid(i)));
            break;
        }
    }
}

} // namespace

QString TextFold::folded(const QString& text)
{
    // Written in place while each character folds to one: a 100,000-request bulk write folds half
    // a million texts, and appending a character at a time cost more than the folding. The first
    // one that does not goes on the long way.
    const std::array<QString, TableEnd>& table = latinTable();
    QString result(text.size(), Qt::Uninitialized);
    QChar* out = result.data();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t code = text.at(i).unicode();
        if (code < 0x80) {
            out[i] = QChar(code >= 'A' && code <= 'Z' ? code + ('a' - 'A') : code);
        } else if (code < TableEnd && table[code].size() == 1) {
            out[i] = table[code].front();
        } else {
            result.truncate(i);
            appendFolded(QStringView(text).mid(i), result);
            break;
        }
    }
    return result;
}

namespace {

QSet<QString> words(const QString& folded)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
    QSet<QString> result;
    for (const QString& word : folded.split(separators, Qt::SkipEmptyParts)) {
        if (word.size() >= 3) {
            result.insert(word);
        }
    }
    return result;
}

} // namespace

bool TextFold::similar(const QString& a, const QString& b)
{
    const QString left = folded(a.simplified());
    const QString right = folded(b.simplified());
    if (left.isEmpty() || right.isEmpty()) {
        return false;
    }
    if (left.contains(right) || right.contains(left)) {
        return true;
    }
    const QSet<QString> leftWords = words(left);
    const QSet<QString> rightWords = words(right);
    const qsizetype shared = QSet<QString>(leftWords).intersect(rightWords).size();
    const qsizetype all = QSet<QString>(leftWords).unite(rightWords).size();
    return all > 0 && shared * 2 >= all;
}
