// The queue's cells drawn with their texts' layouts kept look exactly as QStyledItemDelegate draws
// them, to the pixel: short and elided texts, icons, colours, alignments, a selected row, the
// current cell, right to left; the first time and from the kept layouts.

#include "ui/widgets/CachedTextDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>

class TestCachedTextDelegate : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void paintsAsTheStyledDelegate_data();
    void paintsAsTheStyledDelegate();
};

void TestCachedTextDelegate::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

void TestCachedTextDelegate::paintsAsTheStyledDelegate_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<bool>("focused");
    QTest::newRow("wide columns") << 260 << Qt::LeftToRight << true;
    QTest::newRow("narrow columns, texts elided") << 70 << Qt::LeftToRight << true;
    QTest::newRow("without the focus") << 120 << Qt::LeftToRight << false;
    QTest::newRow("right to left") << 90 << Qt::RightToLeft << true;
}

void TestCachedTextDelegate::paintsAsTheStyledDelegate()
{
    QFETCH(int, width);
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(bool, focused);
    QPixmap cross(16, 16);
    cross.fill(Qt::transparent);
    {
        QPainter painter(&cross);
        painter.setPen(QPen(Qt::darkRed, 2));
        painter.drawLine(2, 2, 13, 13);
        painter.drawLine(13, 2, 2, 13);
    }
    const QStringList texts = { QStringLiteral("2018-00042"),
        QStringLiteral("Visite de l'usine de production de composants aéronautiques"),
        QStringLiteral("Île-de-France"), QStringLiteral("26/03/2018 09:00 · 2 jours ouvrés restants"),
        QStringLiteral("Deux lignes\nde texte"), QStringLiteral("efficace, ﬁnal, œuvre"), QString() };
    QStandardItemModel model(int(texts.size()), 6);
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            auto* item = new QStandardItem(texts.at((row + column) % texts.size()));
            if (column == 0 && row % 2 == 0) {
                item->setIcon(QIcon(cross));
            }
            if (column == 2) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            if (column == 3 && row % 3 == 0) {
                item->setForeground(QColor(0xc6, 0x28, 0x28));
                item->setBackground(QColor(0xff, 0xeb, 0xee));
            }
            if (column == 5) {
                item->setText(QString());
                item->setIcon(QIcon(cross));
            }
            model.setItem(row, column, item);
        }
    }
    QTableView view;
    view.setLayoutDirection(direction);
    view.setModel(&model);
    view.setWordWrap(false);
    view.setAlternatingRowColors(true);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.verticalHeader()->hide();
    view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 8);
    for (int column = 0; column < model.columnCount(); ++column) {
        view.horizontalHeader()->resizeSection(column, width);
    }
    view.resize(6 * width + 30, 260);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setCurrentIndex(model.index(3, 1));
    if (focused) {
        view.setFocus();
    } else {
        view.clearFocus();
    }
    const QImage styled = view.grab().toImage();

    CachedTextDelegate delegate;
    view.setItemDelegate(&delegate);
    const QImage laidOut = view.grab().toImage();
    const QImage kept = view.grab().toImage();
    QCOMPARE(laidOut, styled);
    QCOMPARE(kept, styled);
}

QTEST_MAIN(TestCachedTextDelegate)
#include "tst_cachedtextdelegate.moc"
