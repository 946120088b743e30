"""Where the store keeps its data: the data folder and the database URL."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Mapping

__all__ = ["data_dir", "default_url", "DATABASE_URL_ENV", "DATA_DIR_ENV"]

DATABASE_URL_ENV = "ITASTATS_DATABASE_URL"
DATA_DIR_ENV = "ITASTATS_DATA_DIR"
SECRETS_KEY = "database_url"
DB_FILE = "itastats.db"


def data_dir(env: Mapping[str, str] = os.environ) -> Path:
    """The folder for itastats' own data, created if missing.

    Parameters
    ----------
    env : mapping, optional
        The environment to read (``os.environ`` by default).

    Returns
    -------
    pathlib.Path
        ``$ITASTATS_DATA_DIR``, else ``$XDG_DATA_HOME/itastats``, else
        ``%LOCALAPPDATA%\\itastats`` on Windows, else
        ``~/.local/share/itastats``.

    Examples
    --------
    >>> import tempfile
    >>> d = tempfile.mkdtemp()
    >>> data_dir({"ITASTATS_DATA_DIR": d + "/x"}).name
    'x'
    """
    if env.get(DATA_DIR_ENV):
        folder = Path(env[DATA_DIR_ENV]).expanduser()
    elif env.get("XDG_DATA_HOME"):
        folder = Path(env["XDG_DATA_HOME"]).expanduser() / "itastats"
    elif os.name == "nt" and env.get("LOCALAPPDATA"):
        folder = Path(env["LOCALAPPDATA"]) / "itastats"
    else:
        folder = Path.home() / ".local" / "share" / "itastats"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_url(env: Mapping[str, str] = os.environ, secrets: Mapping[str, object] | None = None) -> str:
    """The database URL to use when none is given.

    Parameters
    ----------
    env : mapping, optional
        The environment (``os.environ`` by default).
    secrets : mapping, optional
        Streamlit secrets (the page passes ``st.secrets``); the key
        ``database_url`` is used.

    Returns
    -------
    str
        ``$ITASTATS_DATABASE_URL``, else ``secrets["database_url"]``, else a
        SQLite file ``itastats.db`` in :func:`data_dir`.

    Examples
    --------
    >>> default_url({"ITASTATS_DATABASE_URL": "postgresql+psycopg://h/db"})
    'postgresql+psycopg://h/db'
    """
    url = (env.get(DATABASE_URL_ENV) or "").strip()
    if not url and secrets is not None:
        url = str(secrets.get(SECRETS_KEY) or "").strip()
    if url:
        return url
    return "sqlite:///" + (data_dir(env) / DB_FILE).as_posix()
