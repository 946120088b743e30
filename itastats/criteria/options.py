"""What the user corrected for one 5.4.1 sheet (:class:`SheetOptions`): plain
values, so that the choices can be read and compared (home's summary key,
:func:`itastats.criteria.evidence.used_choices`) without the reader."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SheetOptions:
    """What the user corrected for one sheet (None: let itastats guess)."""
    include: bool = True
    header_row: int | None = None                     # 1-based, as Excel shows it
    layout: str | None = None                         # layouts.PAIRED / INDEPENDENT / LONG / AGGREGATE
    roles: tuple[tuple[str, str], ...] | None = None  # (column, role) for every column
    design: str | None = None                         # "paired" | "independent"
    methods: tuple[tuple[str, str], ...] = ()         # (metric name, "auto"|"parametric"|"rank"|a count test)
    alternative: str = "two-sided"
    kind: str | None = None                           # what the numbers are: read.counts.KINDS (None: recognise)
    kinds: tuple[tuple[str, str], ...] = ()           # (metric name, kind) for single aggregate rows

    def method_for(self, metric: str) -> str:
        return dict(self.methods).get(metric, "auto")
