#include "ui/widgets/CachedTextDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>

#include <utility>

namespace {

// One line as wide as the rectangle, at its top: how the style lays a view item's text out.
std::unique_ptr<QTextLayout> lineOf(
    const QString& text, const QFont& font, const QTextOption& option, int width)
{
    auto layout = std::make_unique<QTextLayout>(text, font);
    // Without it the layout frees its glyphs after the layout and after each drawing, and shapes
    // the text anew for every paint (a quarter of a région change's instructions).
    layout->setCacheEnabled(true);
    layout->setTextOption(option);
    layout->beginLayout();
    QTextLine line = layout->createLine();
    line.setLineWidth(width);
    line.setPosition(QPointF(0, 0));
    layout->endLayout();
    return layout;
}

} // namespace

CachedTextDelegate::CachedTextDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

CachedTextDelegate::~CachedTextDelegate() = default;

bool CachedTextDelegate::isCached(const QStyleOptionViewItem& option, const QStyle* style)
{
    // The layout below is that of Fusion's item text (QCommonStyle's). The text's rectangle is the
    // cell's whatever the text when the decoration shows as selected (tables).
    return qstrcmp(style->metaObject()->className(), "QFusionStyle") == 0 && option.showDecorationSelected
        && !(option.features & QStyleOptionViewItem::WrapText) && !(option.state & QStyle::State_Editing)
        && !option.text.contains(QChar::LineSeparator);
}

void CachedTextDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QWidget* widget = cell.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    if (cell.text.isEmpty() || !isCached(cell, style)) {
        // What QStyledItemDelegate::paint does, without asking the model for the cell's data again
        // (the condition columns' icons: half the cells of a row).
        style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
        return;
    }
    // The style draws the rest (background, check, icon, focus) as ever, without measuring the
    // text; the text is drawn here where and as the style draws it.
    QString text = std::exchange(cell.text, QString());
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect
        = style->subElementRect(QStyle::SE_ItemViewItemText, &cell, widget).adjusted(margin, 0, -margin, 0);
    cell.text = std::move(text);
    const Laid& laid = laidOut(cell, textRect.size());
    QPalette::ColorGroup group = cell.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(cell.state & QStyle::State_Active)) {
        group = QPalette::Inactive;
    }
    painter->save();
    painter->setClipRect(cell.rect, Qt::IntersectClip);
    painter->setPen(cell.palette.color(
        group, cell.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    laid.layout->draw(painter, textRect.topLeft() + laid.offset);
    painter->restore();
}

const CachedTextDelegate::Laid& CachedTextDelegate::laidOut(
    const QStyleOptionViewItem& cell, const QSize& size) const
{
    if (cell.font != m_font) {
        m_laid.clear();
        m_font = cell.font;
    }
    const Key key { cell.text, size,
        int(cell.displayAlignment) | int(cell.textElideMode) << 16 | int(cell.direction) << 20 };
    if (const Laid* found = m_laid.object(key)) {
        return *found;
    }
    QTextOption option;
    option.setWrapMode(QTextOption::ManualWrap);
    option.setTextDirection(cell.direction);
    option.setAlignment(QStyle::visualAlignment(cell.direction, cell.displayAlignment));
    auto* laid = new Laid { lineOf(cell.text, cell.font, option, size.width()), {} };
    // Placed as the style places it: by the whole text's line, before any elision.
    const QRect placed = QStyle::alignedRect(Qt::LayoutDirectionAuto, cell.displayAlignment,
        laid->layout->boundingRect().size().toSize(), QRect(QPoint(0, 0), size));
    laid->offset = QPointF(0, placed.top());
    if (laid->layout->lineAt(0).naturalTextWidth() > size.width()) {
        laid->layout = lineOf(QFontMetrics(cell.font).elidedText(cell.text, cell.textElideMode, size.width()),
            cell.font, option, size.width());
    }
    m_laid.insert(key, laid);
    return *laid;
}
