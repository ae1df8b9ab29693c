#pragma once

#include <QString>

// Case and accents folded away, so that "ile" finds "Île-de-France" and "Élancourt" sorts with
// the e's: the queue's search and its text sort keys both use it.
namespace TextFold {
QString folded(const QString& text);
// The same, appended to `result`: a longer text built of folded pieces is written once.
void appendFolded(QStringView text, QString& result);
// Whether two titles probably name the same event: one contains the other once folded, or
// they share at least half of their words of three letters or more.
bool similar(const QString& a, const QString& b);
}
