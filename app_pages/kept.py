"""What a session made once and uses again: analyses, figures, PNGs, files.

A rerun (a widget changed, the user came back to a page) must not compute
again what it computed before with the same inputs.  Everything here is kept
in the session (the data are the user's), in small buckets that forget the
oldest entry first:

- ``analysis``: a result, keyed on the SHA-256 of its input files and the
  options it was computed with (:func:`digest`, :func:`files_key`);
- ``figure``: a figure built from a result, keyed on the result object (the
  entry holds it, so its ``id`` cannot be reused while the entry lives) and
  the figure's own parameters (language, size, ...);
- ``png``: a figure's PNG and its preview, keyed on the figure object;
- ``file``: bytes of a download (a workbook, a memo).

Layout only: nothing here computes; callers pass the function that does.
Streamlit's ``st.cache_data`` is not used for these: it hashes its arguments
(a 160 MB attendance file on every rerun) and returns a copy of the result
(a pickle round trip) on every call, and a figure cannot be kept by identity.
"""
from __future__ import annotations

import hashlib
from collections import OrderedDict
from typing import Any, Callable, Hashable, Mapping, TypeVar

import streamlit as st

T = TypeVar("T")

LIMITS = {"analysis": 32, "figure": 48, "png": 12, "file": 8}
_STATE = "_kept"
_SHA = "_kept_sha"
_SHA_LIMIT = 128


def digest(data: bytes) -> str:
    """SHA-256 (hex) of ``data``, computed once per bytes object of the session."""
    seen = st.session_state.get(_SHA)
    if seen is None:
        seen = st.session_state[_SHA] = OrderedDict()
    hit = seen.get(id(data))
    if hit is not None and hit[0] is data:
        seen.move_to_end(id(data))
        return hit[1]
    value = hashlib.sha256(data).hexdigest()
    seen[id(data)] = (data, value)          # the entry holds the bytes: their id stays theirs
    while len(seen) > _SHA_LIMIT:
        seen.popitem(last=False)
    return value


def files_key(files: Mapping[str, bytes]) -> tuple[tuple[str, str], ...]:
    """``((name, sha256), ...)`` of a page's files, in their order."""
    return tuple((name, digest(data)) for name, data in files.items())


def bucket(kind: str) -> OrderedDict:
    """The session's bucket of ``kind`` (a plain dict: a deferred download may use it
    from another thread, where there is no session state)."""
    buckets = st.session_state.get(_STATE)
    if buckets is None:
        buckets = st.session_state[_STATE] = {}
    if kind not in buckets:
        buckets[kind] = OrderedDict()
    return buckets[kind]


def put(store: OrderedDict, key: Hashable, value: Any, limit: int) -> None:
    store[key] = value
    store.move_to_end(key)
    while len(store) > limit:
        store.popitem(last=False)


def kept(kind: str, key: Hashable, make: Callable[[], T]) -> T:
    """``make()`` the first time ``key`` is asked for in this session, the same
    object afterwards (an exception is not kept: the next run tries again)."""
    store = bucket(kind)
    if key in store:
        store.move_to_end(key)
        return store[key]
    value = make()
    put(store, key, value, LIMITS.get(kind, 16))
    return value


def same(a: Any, b: Any) -> bool:
    """``a`` is ``b``, or both are tuples of the same objects."""
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(a) == len(b) and all(x is y for x, y in zip(a, b))
    return a is b


def ident(of: Any) -> Hashable:
    """The identity of a result (or of a tuple of results) in a key."""
    return tuple(map(id, of)) if isinstance(of, tuple) else id(of)


def figure(of: Any, key: Hashable, make: Callable[[], T]) -> T:
    """The figure ``make()`` builds from the result ``of`` (or a tuple of
    results), built once per result and ``key``."""
    full = (ident(of), key)
    store = bucket("figure")
    hit = store.get(full)
    if hit is not None and same(hit[0], of):
        store.move_to_end(full)
        return hit[1]
    fig = make()
    put(store, full, (of, fig), LIMITS["figure"])
    return fig
