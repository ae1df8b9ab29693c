#pragma once

#include <QCache>
#include <QFont>
#include <QSize>
#include <QString>
#include <QStyledItemDelegate>
#include <QTextLayout>

#include <memory>

// QStyledItemDelegate's cells, drawn the same, with each text's layout kept: a view repaints the
// same texts again and again (every repaint of a row paints its région, its status, its dates), and
// Fusion lays each one out three times a paint (its size, its elision, then its drawing). Only
// under Fusion, single lines and not while editing: anything else is QStyledItemDelegate's own.
class CachedTextDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit CachedTextDelegate(QObject* parent = nullptr);
    ~CachedTextDelegate() override;

    void paint(
        QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    // A text as the style draws it in a rectangle of `size`: laid out (elided when too long), and
    // its place from the rectangle's top left.
    struct Laid {
        std::unique_ptr<QTextLayout> layout;
        QPointF offset;
    };
    struct Key {
        QString text;
        QSize size;
        int options; // alignment, elision, direction
        bool operator==(const Key& other) const
        {
            return text == other.text && size == other.size && options == other.options;
        }
        friend size_t qHash(const Key& key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.text, key.size.width(), key.size.height(), key.options);
        }
    };

    static bool isCached(const QStyleOptionViewItem& option, const QStyle* style);
    const Laid& laidOut(const QStyleOptionViewItem& option, const QSize& size) const;

    // About three screens of cells.
    mutable QCache<Key, Laid> m_laid { 1024 };
    mutable QFont m_font; // of the texts laid out
};
