"""User text stays text in every spreadsheet the app writes.

openpyxl stores any string that starts with ``=`` as a formula, and Excel or
LibreOffice read a csv field that starts with ``= + - @``, a tab or a carriage
return as one ("formula injection": ``=HYPERLINK("http://…","คลิก")`` typed as a
project objective would become a live link).  :func:`text_only` turns every
such cell of a workbook into a plain string with Excel's quote prefix (the
hidden apostrophe), so it shows exactly as typed and stays text when edited;
:func:`csv_field` does the same for a csv field.  Every workbook writer of
:mod:`itastats.outputs` saves through :func:`save`.
"""
from __future__ import annotations

import io
from typing import Any

__all__ = ["FORMULA_START", "text_only", "save", "csv_field", "starts_formula"]

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def starts_formula(value: Any) -> bool:
    """Whether ``value`` is text a spreadsheet could read as a formula."""
    return isinstance(value, str) and value.startswith(FORMULA_START)


def text_only(wb) -> None:
    """Make every formula-like string cell of ``wb`` a quoted plain string (in place)."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if starts_formula(cell.value) or cell.data_type == "f":
                    cell.data_type = "s"
                    cell.quotePrefix = True


def save(wb) -> bytes:
    """The workbook as xlsx bytes, with no cell that is a formula."""
    text_only(wb)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def csv_field(value: Any) -> Any:
    """A csv field that no spreadsheet reads as a formula: text starting with
    ``= + - @``, a tab or a carriage return gets a leading apostrophe (numbers
    stay numbers)."""
    return "'" + value if starts_formula(value) else value
