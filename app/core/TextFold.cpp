#include "app/core/TextFold.h"

QString TextFold::folded(const QString& text)
{
    // Plain ASCII (most titles, every request id and postal code) needs no decomposition.
    bool ascii = true;
    for (const QChar ch : text) {
        if (ch.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        return text.toLower();
    }
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (ch.category() != QChar::Mark_NonSpacing) {
            result.append(ch.toCaseFolded());
        }
    }
    return result;
}
