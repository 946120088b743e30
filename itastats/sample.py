"""The sample project "สล สุขดี มีคุณธรรม", for a newcomer's first click.

The files live in ``sample_data/`` at the repository root; an installed
wheel carries them inside the package, as ``itastats/sample_data/``
(pyproject.toml maps them there). Either way they are found relative to this
module's file, never the working folder, so it does not matter from where the
app or a script is started. ``sample_data/make_sample.py`` builds them
(deterministically).
"""
from __future__ import annotations

from pathlib import Path

from .criteria.project import ProjectInfo

__all__ = ["SAMPLE_FILES", "SURVEY_FILES", "ATTENDANCE_FILES", "HEADCOUNT_FILE", "STAFF_LIST_FILE", "LEARNING_FILES",
           "ACTIVITY_LOG_FILE", "COMMUNICATION_LOG_FILE", "PHOTO_FILES", "sample_dir", "sample_files",
           "sample_survey_files", "sample_attendance_files", "sample_headcount", "sample_staff_files", "sample_project_choices", "sample_learning_files",
           "sample_logs", "sample_photos", "sample_award_files", "sample_project", "sample_project_files"]

# in the order a page should show them: one file per layout (a)–(d), then counts
SAMPLE_FILES = (
    "01_approval_days_paired.xlsx",         # (a) paired: one row per document
    "02_service_minutes_independent.csv",   # (b) independent: two lists, cp874
    "03_cost_per_document_long.xlsx",       # (c) long: metric / period / value
    "04_aggregate.xlsx",                    # (d) aggregate: metric / unit / before / after
    "14_documents_returned.xlsx",           # (e) counts: documents returned for correction, X of N
)
SURVEY_FILES = (
    "05_satisfaction_google_forms.csv",     # 5.4.3: a Google Forms responses export
)
# 5.3.2: one training (15 Jan 2026) recorded three ways, the units' headcount, the pre/post test
ATTENDANCE_FILES = (
    "06_signin_sheet.xlsx",                 # paper sign-in sheet typed into Excel (morning, in the room)
    "07_zoom_participants.csv",             # Zoom participants report (morning, online), UTF-8 with BOM
    "08_teams_attendance.csv",              # Teams attendance report (afternoon), UTF-16, tab-separated
)
HEADCOUNT_FILE = "09_headcount.xlsx"        # units and their headcount, with a "รวม" row
STAFF_LIST_FILE = "13_staff_list.xlsx"     # the staff list (name, position, unit, e-mail) of all 82 staff
LEARNING_FILES = (
    "10_pre_post_test.xlsx",                # one sheet: pre-test and post-test scores of 20
)
# 5.3.1 and 5.2.1: the logs (the same rows as project.json's activity_log / communications)
ACTIVITY_LOG_FILE = "11_activity_log.xlsx"
COMMUNICATION_LOG_FILE = "12_communication_log.xlsx"
PHOTO_DIR = "photos"
PHOTO_FILES = (                             # photos of the activities, in sample_data/photos/
    "531_01_meeting.jpg",
    "531_02_training.jpg",
    "531_03_group.jpg",
    "531_04_poster.jpg",                    # stored on its side, EXIF Orientation = 6
)
PROJECT_FILE = "project.json"


def sample_dir() -> Path:
    """The folder holding the sample project: ``sample_data/`` inside the
    installed package (a wheel), else the one next to the package folder (a
    source checkout, where pyproject.toml maps it from).

    Raises
    ------
    FileNotFoundError
        When neither is there (an install without the sample data).
    """
    here = Path(__file__).resolve().parent
    candidates = (here / "sample_data", here.parent / "sample_data")
    for folder in candidates:
        if (folder / PROJECT_FILE).is_file():
            return folder
    raise FileNotFoundError("sample data folder not found: " + " or ".join(str(c) for c in candidates))


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


def _read(names) -> list[tuple[str, bytes]]:
    folder = sample_dir()
    return [(name, (folder / name).read_bytes()) for name in names]


def sample_attendance_files() -> list[tuple[str, bytes]]:
    """The three attendance records of the sample training (5.3.2) as ``(file name, bytes)``.

    Examples
    --------
    >>> [name for name, _ in sample_attendance_files()]
    ['06_signin_sheet.xlsx', '07_zoom_participants.csv', '08_teams_attendance.csv']
    """
    return _read(ATTENDANCE_FILES)


def sample_headcount() -> tuple[str, bytes]:
    """The sample headcount sheet (units and their staff) as ``(file name, bytes)``."""
    [item] = _read((HEADCOUNT_FILE,))
    return item


def sample_staff_files() -> list[tuple[str, bytes]]:
    """The sample's staff files (5.3.2): the headcount per unit and the staff
    list, which gives the unit of people who came only on Zoom or Teams.

    Examples
    --------
    >>> [name for name, _ in sample_staff_files()]
    ['09_headcount.xlsx', '13_staff_list.xlsx']
    """
    return _read((HEADCOUNT_FILE, STAFF_LIST_FILE))


def sample_learning_files() -> list[tuple[str, bytes]]:
    """The sample pre-test / post-test scores (5.3.2) as ``(file name, bytes)``."""
    return _read(LEARNING_FILES)


def sample_logs() -> dict[str, tuple[str, bytes]]:
    """The activity log (5.3.1) and the communication log (5.2.1).

    Returns
    -------
    dict
        ``{"activity": (file name, bytes), "communication": (file name, bytes)}``.
    """
    [activity, communication] = _read((ACTIVITY_LOG_FILE, COMMUNICATION_LOG_FILE))
    return {"activity": activity, "communication": communication}


AWARD_FILES = ("542_01_certificate.jpg",)     # 5.4.2: a photographed certificate, in photos/


def sample_award_files() -> list[tuple[str, bytes]]:
    """The files of the sample's awards register (5.4.2) as ``(file name, bytes)``."""
    folder = sample_dir() / "photos"
    return [(name, (folder / name).read_bytes()) for name in AWARD_FILES]


def sample_photos() -> list[tuple[str, bytes]]:
    """The sample activity photos (JPEG, with EXIF dates) as ``(file name, bytes)``.

    The names are the bare file names that project.json's activity log
    refers to (``"531_01_meeting.jpg"``), without the ``photos/`` folder.
    """
    folder = sample_dir() / PHOTO_DIR
    return [(name, (folder / name).read_bytes()) for name in PHOTO_FILES]


def sample_project() -> ProjectInfo:
    """The sample project's profile (name, agency, period, cost, cases...).

    Examples
    --------
    >>> sample_project().name
    'สล สุขดี มีคุณธรรม'
    """
    text = (sample_dir() / PROJECT_FILE).read_text(encoding="utf-8")
    return ProjectInfo.from_json(text)


def sample_project_files() -> dict[str, dict[str, bytes]]:
    """Every file of the sample project by page code, as the store holds them:
    the data files as they are, the photos (5.3.1) and award files (5.4.2) as the
    pages store an upload (upright, resized, re-encoded JPEG)."""
    from .criteria.activities import prepare_photo
    return {"541": dict(sample_files()), "543": dict(sample_survey_files()),
            "532": dict(sample_attendance_files()), "532h": dict(sample_staff_files()),
            "532t": dict(sample_learning_files()),
            "531": {n: prepare_photo(d, n).data for n, d in sample_photos()},
            "542": {n: prepare_photo(d, n).data for n, d in sample_award_files()}}


def sample_project_choices() -> dict[str, str]:
    """The choices the sample project starts with: the SHA-256 of each photo
    as it is in ``photos/`` (the store keeps an upright, resized copy), under
    the key :data:`itastats.criteria.evidence.SOURCE_HASH` ``<page>/<name>``."""
    from .criteria.evidence import SOURCE_HASH, sha256_hex
    return {f"{SOURCE_HASH}{page}/{name}": sha256_hex(data)
            for page, files in (("531", sample_photos()), ("542", sample_award_files())) for name, data in files}
