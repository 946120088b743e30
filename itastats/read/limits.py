"""How large one upload may be (:class:`Limits`): plain numbers, so that what
only stores or checks files (the project store, an archive) needs no reader."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """What one upload may be; larger input is refused with a clear message.

    Attributes
    ----------
    max_bytes : int
        Size of the uploaded file (50 MB).
    max_unzipped_bytes : int
        Sum of the uncompressed sizes of an xlsx/ods zip's members, read from
        the central directory before anything is inflated (300 MB).
    max_ratio : float
        Largest compression ratio of one zip member of at least
        ``ratio_min_bytes`` uncompressed; real sheets compress 5-20 times,
        a zip bomb a thousand times.
    ratio_min_bytes : int
        Members smaller than this are not ratio-checked (1 MB).
    max_members : int
        Number of files inside a zip.
    max_rows, max_columns, max_sheets : int
        Size of the grid of one sheet and number of sheets.
    header_scan_rows : int
        How many rows from the top are searched for the header.
    xml_prolog_bytes : int
        How far into each XML part a ``DOCTYPE`` is looked for before the
        root element must have started (64 KB).
    """
    max_bytes: int = 50 * 1024 * 1024
    max_unzipped_bytes: int = 300 * 1024 * 1024
    max_ratio: float = 200.0
    ratio_min_bytes: int = 1024 * 1024
    max_members: int = 10_000
    max_rows: int = 1_000_000
    max_columns: int = 1_000
    max_sheets: int = 200
    header_scan_rows: int = 30
    xml_prolog_bytes: int = 64 * 1024


DEFAULT_LIMITS = Limits()
