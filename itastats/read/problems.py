"""Problems found in a user's input, carried as message keys.

A :class:`Problem` names where it is (file, sheet, 1-based row as Excel shows
it, column header) and what is wrong (a message key in the catalog plus
parameters).  Pages and the command line turn it into words with
:func:`describe`.  :class:`InputError` is raised for input the
user must fix before anything can be computed (an empty file, a zip bomb...).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Mapping

from ..i18n.catalog import DEFAULT_LANG, t

ERROR = "error"      # the file or sheet cannot be used
WARNING = "warning"  # a row or cell was left out; the rest goes on
INFO = "info"        # something the app decided that the user may want to know


@dataclass(frozen=True)
class Problem:
    key: str
    params: Mapping[str, Any] = field(default_factory=dict)
    file: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    severity: str = WARNING

    def at(self, **where: Any) -> "Problem":
        """A copy with location fields filled in (file=, sheet=, row=, column=)."""
        return replace(self, **where)

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "params": dict(self.params), "file": self.file,
                "sheet": self.sheet, "row": self.row, "column": self.column,
                "severity": self.severity}


class InputError(Exception):
    """Input the user must fix; carries the :class:`Problem` that says why."""

    def __init__(self, problem: Problem):
        super().__init__(problem.key)
        self.problem = problem


def where(problem: Problem, lang: str = DEFAULT_LANG) -> str:
    """"ไฟล์ a.xlsx ชีต "A" แถว 5 คอลัมน์ "ก่อน"" – the location part only."""
    parts = []
    if problem.file:
        parts.append(t("where.file", lang, file=problem.file))
    if problem.sheet:
        parts.append(t("where.sheet", lang, sheet=problem.sheet))
    if problem.row is not None:
        parts.append(t("where.row", lang, row=problem.row))
    if problem.column:
        parts.append(t("where.column", lang, column=problem.column))
    return t("where.sep", lang).join(parts)


def describe(problem: Problem, lang: str = DEFAULT_LANG) -> str:
    """The whole message: location, then what is wrong."""
    params = dict(problem.params)
    text = t(problem.key, lang, **params)
    loc = where(problem, lang)
    return f"{loc}: {text}" if loc else text
