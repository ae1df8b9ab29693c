#pragma once

#include "app/core/ImportParser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

// The columns of the tabular exports (CSV, XLSX, ODS, PDF), chosen and in order, with the kind
// of value each holds so that spreadsheets get real dates and numbers.
class ExportColumns {
    Q_DECLARE_TR_FUNCTIONS(ExportColumns)

public:
    using Column = RequestColumns::Column;
    enum class Kind {
        Text,
        Number,
        DateTime, // a wall-clock time of Paris or of the territory
    };

    // Every column RequestColumns says is exported, in its order.
    ExportColumns();
    explicit ExportColumns(const QList<Column>& columns);
    // Columns by their keys ("titre,date_debut"); nothing, with `error` saying which key, when one is unknown
    // or repeated.
    static std::optional<ExportColumns> fromKeys(const QStringList& keys, QString* error);

    const QList<Column>& columns() const { return m_columns; }
    QStringList keys() const;

    // From the column's RequestColumns type.
    static Kind kind(Column column);
    // The chosen cells of ImportParser::record(), in the chosen order; only those are written
    // (a wall-clock time of Paris costs a time-zone look-up per request).
    QStringList cells(const Event& event) const;
    // The same for people: the codes of the types by their names in the current language (the
    // spreadsheets and the PDF; the CSV stays in the import format).
    QStringList readableCells(const Event& event) const;
    // The value of a Number cell (decimal comma) and of a DateTime cell ("27/03/2018 09:00[:30]"),
    // the latter's wall-clock time in a UTC QDateTime.
    static double number(const QString& cell);
    static QDateTime dateTime(const QString& cell);

private:
    QList<Column> m_columns;
};
