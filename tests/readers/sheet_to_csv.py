#!/usr/bin/env python3
"""Reads an XLSX (openpyxl) or ODS (odfpy) export as an office suite does and writes its first
sheet as the application's import CSV (UTF-8 with BOM, ';', French dates and decimal commas).

usage: sheet_to_csv.py SHEET OUT.csv TYPES.csv
TYPES.csv gets, cell by cell, what the reader found: n (number), d (date and time), s (text) or
nothing for an empty cell, so that the caller checks that numbers are numbers and dates dates.
Exit status 77 when the reading module is missing."""

import datetime
import sys


def number_text(value):
    text = repr(float(value))
    if text.endswith('.0'):
        text = text[:-2]
    return text.replace('.', ',')


def typed(value):
    if value is None or value == '':
        return '', ''
    if isinstance(value, datetime.datetime):
        # A day fraction in XLSX: to the nearest second.
        value = (value + datetime.timedelta(microseconds=500000)).replace(microsecond=0)
        return value.strftime('%d/%m/%Y %H:%M:%S' if value.second else '%d/%m/%Y %H:%M'), 'd'
    if isinstance(value, bool):
        return str(value), 's'
    if isinstance(value, (int, float)):
        return number_text(value), 'n'
    return str(value), 's'


def read_xlsx(path):
    try:
        import openpyxl
    except ImportError:
        print('python3-openpyxl is not installed', file=sys.stderr)
        sys.exit(77)
    sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    return [[typed(v) for v in row] for row in sheet.iter_rows(values_only=True)]


def odf_text(element):
    from odf.element import Element
    parts = []
    for node in element.childNodes:
        if node.nodeType == Element.TEXT_NODE:
            parts.append(str(node.data))
        elif node.qname[1] == 'line-break':
            parts.append('\n')
        elif node.qname[1] == 's':
            parts.append(' ' * int(node.getAttribute('c') or 1))
        elif node.qname[1] == 'tab':
            parts.append('\t')
        else:
            parts.append(odf_text(node))
    return ''.join(parts)


def read_ods(path):
    try:
        from odf import opendocument, table, text
        from odf.namespaces import OFFICENS, TABLENS
    except ImportError:
        print('python3-odf is not installed', file=sys.stderr)
        sys.exit(77)
    document = opendocument.load(path)
    sheet = document.spreadsheet.getElementsByType(table.Table)[0]
    # The attributes by their namespaces: odfpy's getAttribute('valuetype') works out every allowed
    # attribute's name again on each call, a third of the reading of a 2,000-row sheet.
    rows = []
    for row in sheet.getElementsByType(table.TableRow):
        cells = []
        for cell in row.getElementsByType(table.TableCell):
            kind = cell.getAttrNS(OFFICENS, 'value-type')
            repeat = int(cell.getAttrNS(TABLENS, 'number-columns-repeated') or 1)
            if kind == 'float':
                value = typed(float(cell.getAttrNS(OFFICENS, 'value')))
            elif kind == 'date':
                value = typed(datetime.datetime.fromisoformat(cell.getAttrNS(OFFICENS, 'date-value')))
            elif kind == 'string':
                value = ('\n'.join(odf_text(p) for p in cell.getElementsByType(text.P)), 's')
            else:
                value = ('', '')
            cells.extend([value] * repeat)
        rows.append(cells)
    return rows


def csv_field(field):
    if any(c in field for c in ';,"\t\r\n'):
        return '"' + field.replace('"', '""') + '"'
    return field


def main():
    path, out, types = sys.argv[1:4]
    rows = read_xlsx(path) if path.endswith('.xlsx') else read_ods(path)
    with open(out, 'w', encoding='utf-8-sig', newline='') as values, open(types, 'w', encoding='utf-8', newline='') as kinds:
        for row in rows:
            values.write(';'.join(csv_field(v) for v, _ in row) + '\r\n')
            kinds.write(';'.join(k for _, k in row) + '\r\n')


main()
