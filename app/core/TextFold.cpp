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

// The Latin letters French text uses (up to U+024F) and the typographic punctuation it uses
// (U+2000–U+206F: apostrophes, dashes, ellipsis), folded once: the bulk of a 100,000-request
// import goes through these tables instead of Unicode normalisation. No character of either
// range combines with its neighbours, so each folds on its own.
constexpr char16_t LatinEnd = 0x250;
constexpr char16_t PunctuationStart = 0x2000;
constexpr char16_t PunctuationEnd = 0x2070;
struct Tables {
    std::array<QString, LatinEnd> latin;
    std::array<QString, PunctuationEnd - PunctuationStart> punctuation;
};

const Tables& tables()
{
    static const Tables folded = [] {
        Tables t;
        for (char16_t code = 0; code < LatinEnd; ++code) {
            t.latin[code] = foldSlowly(QStringView(&code, 1));
        }
        for (char16_t code = PunctuationStart; code < PunctuationEnd; ++code) {
            t.punctuation[code - PunctuationStart] = foldSlowly(QStringView(&code, 1));
        }
        return t;
    }();
    return folded;
}

// The character's folding from the tables, or null when it must go the long way.
const QString* tableFold(const Tables& t, char16_t code)
{
    if (code < LatinEnd) {
        return &t.latin[code];
    }
    if (code >= PunctuationStart && code < PunctuationEnd) {
        return &t.punctuation[code - PunctuationStart];
    }
    return nullptr;
}

// From `text`'s start, appended to `result` a character at a time.
void appendCharByChar(QStringView text, const Tables& t, QString& result)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t code = text.at(i).unicode();
        if (code < 0x80) {
            result.append(QChar(code >= 'A' && code <= 'Z' ? code + ('a' - 'A') : code));
        } else if (const QString* fold = tableFold(t, code)) {
            result.append(*fold);
        } else {
            // Anything else (a combining accent typed apart, another script) the long way, from
            // here to the end, so that combining sequences stay together.
            result.append(foldSlowly(text.mid(i)));
            break;
        }
    }
}

// Written in place while each character folds to one: a 100,000-request bulk write folds half a
// million texts, and appending a character at a time cost more than the folding. Returns how
// many it wrote: the first that does not fold to one goes on a character at a time.
qsizetype foldInPlace(QStringView text, const Tables& t, QChar* out)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t code = text.at(i).unicode();
        if (code < 0x80) {
            out[i] = QChar(code >= 'A' && code <= 'Z' ? code + ('a' - 'A') : code);
            continue;
        }
        const QString* fold = tableFold(t, code);
        if (!fold || fold->size() != 1) {
            return i;
        }
        out[i] = fold->front();
    }
    return text.size();
}

} // namespace

void TextFold::appendFolded(QStringView text, QString& result)
{
    const Tables& t = tables();
    const qsizetype start = result.size();
    result.resize(start + text.size());
    const qsizetype done = foldInPlace(text, t, result.data() + start);
    if (done < text.size()) {
        result.truncate(start + done);
        appendCharByChar(text.mid(done), t, result);
    }
}

QString TextFold::folded(const QString& text)
{
    const Tables& t = tables();
    QString result(text.size(), Qt::Uninitialized);
    const qsizetype done = foldInPlace(text, t, result.data());
    if (done < text.size()) {
        result.truncate(done);
        appendCharByChar(QStringView(text).mid(done), t, result);
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
