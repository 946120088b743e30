"""The sample project "สล สุขดี มีคุณธรรม", for a newcomer's first click.

The files live in ``sample_data/`` at the repository root, next to the
``itastats/`` package folder, and are found relative to this module's file,
so it does not matter from which folder the app or a script is started.
``sample_data/make_sample.py`` builds them (deterministically).
"""
from __future__ import annotations

from pathlib import Path

from .project import ProjectInfo

__all__ = ["SAMPLE_FILES", "SURVEY_FILES", "sample_dir", "sample_files", "sample_survey_files",
           "sample_project"]

# in the order a page should show them: one file per layout (a)–(d)
SAMPLE_FILES = (
    "01_approval_days_paired.xlsx",         # (a) paired: one row per document
    "02_service_minutes_independent.csv",   # (b) independent: two lists, cp874
    "03_cost_per_document_long.xlsx",       # (c) long: metric / period / value
    "04_aggregate.xlsx",                    # (d) aggregate: metric / unit / before / after
)
SURVEY_FILES = (
    "05_satisfaction_google_forms.csv",     # 5.4.3: a Google Forms responses export
)
PROJECT_FILE = "project.json"


def sample_dir() -> Path:
    """The folder holding the sample project.

    Raises
    ------
    FileNotFoundError
        When the folder is not there (an install without the sample data).
    """
    folder = Path(__file__).resolve().parent.parent / "sample_data"
    if not folder.is_dir():
        raise FileNotFoundError(f"sample data folder not found: {folder}")
    return folder


def sample_files() -> list[tuple[str, bytes]]:
    """Every sample data file as ``(file name, bytes)``, in order.

    The bytes are exactly what an upload of the file would give, so the
    sample goes through the same reading path as a user's own file.

    Examples
    --------
    >>> [name for name, _ in sample_files()][0]
    '01_approval_days_paired.xlsx'
    """
    folder = sample_dir()
    return [(name, (folder / name).read_bytes()) for name in SAMPLE_FILES]


def sample_survey_files() -> list[tuple[str, bytes]]:
    """The sample satisfaction survey (5.4.3) as ``(file name, bytes)``."""
    folder = sample_dir()
    return [(name, (folder / name).read_bytes()) for name in SURVEY_FILES]


def sample_project() -> ProjectInfo:
    """The sample project's profile (name, agency, period, cost, cases...).

    Examples
    --------
    >>> sample_project().name
    'สล สุขดี มีคุณธรรม'
    """
    text = (sample_dir() / PROJECT_FILE).read_text(encoding="utf-8")
    return ProjectInfo.from_json(text)
