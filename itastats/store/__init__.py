"""The project store: saved projects, their uploads and choices, in a database.

An embedded SQLite file in the data folder by default (no set-up step), or
PostgreSQL when a URL is configured (``ITASTATS_DATABASE_URL`` or the
Streamlit secret ``database_url``), for one dashboard serving many users
from several processes.  The schema is created and upgraded by Alembic
(:mod:`itastats.store.migrate`) when a :class:`Store` opens.

Examples
--------
>>> import tempfile
>>> from itastats.store import Store
>>> with Store(f"sqlite:///{tempfile.mkdtemp()}/itastats.db") as store:
...     rec = store.create_project("local", name="Demo")
...     rec = store.add_file("local", rec.id, expected_version=rec.version, page="541",
...                          name="a.csv", data=b"before,after\\n3,2\\n")
...     store.file_bytes("local", rec.id, rec.files[0].id)
b'before,after\\n3,2\\n'
"""
from .archive import FORMAT, FORMAT_VERSION
from .config import data_dir, default_url
from .migrate import SchemaTooNew
from .access import AllowList, normalise_email
from .records import (Change, ConflictError, Member, NotAllowed, NotFound, ProjectRecord, ProjectSummary, StoredFile,
                      StoreError)
from .store import Store

__all__ = ["Store", "ProjectRecord", "ProjectSummary", "StoredFile", "Member", "Change", "StoreError",
           "ConflictError", "NotFound", "NotAllowed", "SchemaTooNew", "AllowList", "normalise_email",
           "default_url", "data_dir", "FORMAT", "FORMAT_VERSION"]
