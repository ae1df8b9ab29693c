#pragma once

#include <QString>

// Case and accents folded away, so that "ile" finds "Île-de-France" and "Élancourt" sorts with
// the e's: the queue's search and its text sort keys both use it.
namespace TextFold {
QString folded(const QString& text);
}
