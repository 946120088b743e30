"""Opening a database: one SQLAlchemy engine per store, set up per dialect.

SQLite gets foreign keys, WAL (readers never wait for a writer), a busy
timeout (a writer waits up to 30 s for another process's write instead of
failing) and SQLAlchemy-controlled ``BEGIN``: writes start with
``BEGIN IMMEDIATE`` so that two processes never both read a version and
then fail to upgrade their lock.  PostgreSQL gets ``pool_pre_ping`` (a
restarted server does not break the next request).
"""
from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine, make_url

__all__ = ["make_engine", "writer", "reader", "normalise_url", "BUSY_TIMEOUT_S"]

BUSY_TIMEOUT_S = 30
_BEGIN = "itastats_begin"


def normalise_url(url: str) -> sa.URL:
    """Parse ``url``; a bare ``postgresql://`` or ``postgres://`` uses psycopg 3.

    Raises
    ------
    ValueError
        When the URL cannot be parsed or names an unsupported database.
    """
    if not isinstance(url, str) or not url.strip():
        raise ValueError("the database URL is empty")
    try:
        parsed = make_url(url.strip())
    except sa.exc.ArgumentError as exc:
        raise ValueError(f"not a database URL: {exc}") from None
    backend = parsed.get_backend_name()
    if backend in ("postgresql", "postgres"):
        if parsed.drivername in ("postgresql", "postgres"):
            parsed = parsed.set(drivername="postgresql+psycopg")
    elif backend != "sqlite":
        raise ValueError(f"unsupported database {backend!r}: use sqlite or postgresql")
    return parsed


def make_engine(url: str) -> Engine:
    """An engine for ``url`` (SQLite or PostgreSQL), ready for the store.

    A SQLite file's folder is created if missing.
    """
    parsed = normalise_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:" and not parsed.database.startswith("file:"):
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_S})
        sa.event.listen(engine, "connect", _sqlite_connect)
        sa.event.listen(engine, "begin", _sqlite_begin)
        return engine
    return sa.create_engine(parsed, pool_pre_ping=True)


def _sqlite_connect(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself (below)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
        cursor.execute("PRAGMA journal_mode=WAL")
    finally:
        cursor.close()


def _sqlite_begin(conn) -> None:
    conn.exec_driver_sql(conn.get_execution_options().get(_BEGIN, "BEGIN"))


def writer(engine: Engine) -> Engine:
    """The same engine (and pool) for write transactions."""
    if engine.dialect.name == "sqlite":
        return engine.execution_options(**{_BEGIN: "BEGIN IMMEDIATE"})
    return engine


def reader(engine: Engine) -> Engine:
    """The same engine (and pool) for reads that must see one snapshot."""
    if engine.dialect.name == "postgresql":
        return engine.execution_options(isolation_level="REPEATABLE READ")
    return engine  # SQLite's read transaction is a snapshot already
