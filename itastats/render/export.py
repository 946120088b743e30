"""PNG export through kaleido and a real Chromium, with the app's own Thai font.

What this module guarantees
---------------------------
* **The browser is found, never downloaded.**  ``BROWSER_PATH`` when set
  (and then only that), otherwise ``chromium``, ``chromium-browser``,
  ``google-chrome``... on ``PATH``, otherwise where choreographer (kaleido's
  browser driver) looks on this system: Chrome or Edge through the Windows
  registry and Program Files, the ``/Applications`` bundles on macOS, the
  usual ``/usr/bin`` names on Linux.  :func:`browser_path` returns None when
  there is none, and every export then raises :class:`ExportError` with
  :func:`no_browser_key` (how to get a browser on *this* system) *before*
  anything is started (a kaleido server whose browser cannot start makes
  the next export wait forever).
* **Sarabun in every PNG.**  At the first export a ``fonts.conf`` is written
  to a cache directory (``$XDG_CACHE_HOME/itastats`` or ``~/.cache/itastats``,
  else the temp directory).  It ``<include>``s ``/etc/fonts/fonts.conf`` and
  adds the folder of TTFs of the ``fontpkg-sarabun`` package.  The browser is
  started with ``FONTCONFIG_FILE`` pointing at it (in the browser's own
  environment; this process's environment is left alone).  The file is named
  by its content, so two installations of itastats of one user (a checkout's
  venv and a pipx install, say) never rewrite each other's file while a
  browser of the other is starting.
* **One warm browser.**  A private kaleido instance lives on its own thread
  with its own event loop; the first export starts it (~2–4 s), later ones
  reuse it (~0.2–0.5 s).  :func:`to_png_batch` renders many figures in one go.
* **One export at a time.**  A process-wide lock is held around every
  export: Streamlit serves each session on its own thread, and kaleido is
  not thread-safe (without the lock one user can get another user's image).
* **A time limit on everything.**  Waiting for the lock, starting the
  browser and rendering are each bounded; when a limit passes, the browser
  is stopped (it is restarted at the next export) and :class:`ExportError`
  says what happened, instead of blocking the page forever.

Public API::

    browser_path() -> str | None
    to_png(fig, *, width, height, scale=1, timeout=60) -> bytes
    to_png_batch(items, *, timeout=None) -> list[bytes]
    export_status() -> dict
    fontconfig_file() -> str | None
    shutdown() -> None
    png_size(data) -> (width, height)
"""
from __future__ import annotations

import asyncio
import atexit
import concurrent.futures
import hashlib
import html
import logging
import os
import platform
import shutil
import signal
import struct
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from ..i18n.catalog import t

__all__ = ["ExportError", "browser_path", "installed_browser", "no_browser_key", "to_png", "to_png_batch", "export_status",
           "fontconfig_file", "sarabun_dir", "shutdown", "png_size", "BROWSER_NAMES",
           "CHROMIUM_FLAGS"]

_log = logging.getLogger(__name__)

BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
# kaleido/choreographer already pass --no-sandbox (we run as root in
# containers) and --disable-gpu; the network stays closed.
CHROMIUM_FLAGS = ("--no-sandbox", "--disable-gpu", "--disable-background-networking")
STARTUP_TIMEOUT = 30.0     # seconds for a cold browser to come up
MAX_SIDE = 10_000          # px, after scaling
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class ExportError(RuntimeError):
    """An export that could not be made; ``key``/``params`` give the words."""

    def __init__(self, key: str, **params: Any):
        super().__init__(f"{key}: {t(key, 'en', **params)}")
        self.key = key
        self.params = params

    def message(self, lang: str = "th") -> str:
        return t(self.key, lang, **self.params)


# ---------------------------------------------------------------------------
# Finding the browser and the font
# ---------------------------------------------------------------------------

def _is_exe(path: str | os.PathLike) -> bool:
    p = Path(path)
    return p.is_file() and os.access(p, os.X_OK)


def browser_path() -> str | None:
    """The browser to export with, or None.

    ``BROWSER_PATH`` wins when set: if it does not name an executable file
    the answer is None (the person who set it meant that browser).  Else the
    first of :data:`BROWSER_NAMES` found on ``PATH`` (Debian's ``chromium``
    first), else :func:`installed_browser`.
    """
    env = os.environ.get("BROWSER_PATH")
    if env:
        return str(Path(env)) if _is_exe(env) else None
    for name in BROWSER_NAMES:
        found = shutil.which(name)
        if found and _is_exe(found):
            return found
    return installed_browser()


def installed_browser() -> str | None:
    """A Chromium-based browser where choreographer (kaleido's browser
    driver) looks for one on this system: the Windows registry's Chrome, Edge,
    Chromium... and their Program Files folders; the ``/Applications`` bundles
    on macOS; ``/usr/bin/chromium``, ``google-chrome``... on Linux.  Never
    choreographer's own downloaded copy (``skip_local``): nothing here
    downloads a browser, and only a browser the machine has is used."""
    try:
        from choreographer.browsers.chromium import Chromium
        found = Chromium.find_browser(skip_local=True)
    except Exception:  # noqa: BLE001 - a search that fails finds nothing
        return None
    return str(found) if found and _is_exe(found) else None


def no_browser_key(system: str | None = None) -> str:
    """The message that says how to get a browser on ``system``
    (``platform.system()`` by default: "Windows", "Darwin", "Linux"...)."""
    system = platform.system() if system is None else system
    return {"Windows": "export.error.no_browser_windows",
            "Darwin": "export.error.no_browser_macos"}.get(system, "export.error.no_browser")


def sarabun_dir() -> Path | None:
    """The folder holding the Sarabun TTFs of the fontpkg-sarabun package."""
    try:
        import fontpkg
        path = Path(fontpkg.path("Sarabun")).parent
        if path.is_dir():
            return path
    except Exception:  # noqa: BLE001 - try the package's files directly
        pass
    try:
        from importlib import resources
        path = Path(str(resources.files("fontpkg_sarabun") / "files"))
        if path.is_dir() and any(path.glob("Sarabun-*.ttf")):
            return path
    except Exception:  # noqa: BLE001
        pass
    return None


def _cache_dir() -> Path:
    candidates = []
    if os.environ.get("XDG_CACHE_HOME"):
        candidates.append(Path(os.environ["XDG_CACHE_HOME"]) / "itastats")
    candidates.append(Path.home() / ".cache" / "itastats")
    uid = os.getuid() if hasattr(os, "getuid") else "user"
    candidates.append(Path(tempfile.gettempdir()) / f"itastats-{uid}")
    for c in candidates:
        try:
            c.mkdir(parents=True, exist_ok=True)
            probe = c / ".write-test"
            probe.write_text("ok")
            probe.unlink()
            return c
        except OSError:
            continue
    return Path(tempfile.mkdtemp(prefix="itastats-"))


_FONTS_LOCK = threading.Lock()
_fonts_conf: Path | None = None

SYSTEM_FONTS_CONF = "/etc/fonts/fonts.conf"


def _fonts_conf_text(font_dir: Path | None, cache: Path) -> str:
    esc = lambda p: html.escape(str(p), quote=False)  # noqa: E731
    lines = ['<?xml version="1.0"?>',
             '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
             "<!-- written by itastats: the system's fonts plus the app's own Sarabun -->",
             "<fontconfig>"]
    if Path(SYSTEM_FONTS_CONF).exists():
        lines.append(f'  <include ignore_missing="yes">{esc(SYSTEM_FONTS_CONF)}</include>')
    if font_dir is not None:
        lines.append(f"  <dir>{esc(font_dir)}</dir>")
    lines.append(f"  <cachedir>{esc(cache)}</cachedir>")
    lines.append("</fontconfig>")
    return "\n".join(lines) + "\n"


def fontconfig_file() -> str | None:
    """Write (once) and return the project-local ``fonts.conf``.

    None when no Sarabun was found and no system configuration exists
    (then the browser keeps its own defaults).
    """
    global _fonts_conf
    with _FONTS_LOCK:
        if _fonts_conf is not None and _fonts_conf.exists():
            return str(_fonts_conf)
        font_dir = sarabun_dir()
        if font_dir is None and not Path(SYSTEM_FONTS_CONF).exists():
            return None
        base = _cache_dir()
        cache = base / "fontconfig-cache"
        cache.mkdir(parents=True, exist_ok=True)
        text = _fonts_conf_text(font_dir, cache)
        conf = base / f"fonts-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:12]}.conf"
        try:
            if not conf.exists() or conf.read_text(encoding="utf-8") != text:
                tmp = conf.with_suffix(f".{os.getpid()}.tmp")
                tmp.write_text(text, encoding="utf-8")
                os.replace(tmp, conf)
        except OSError as exc:
            _log.warning("could not write %s: %s", conf, exc)
            return None
        _fonts_conf = conf
        return str(conf)


def _browser_env() -> dict[str, str]:
    env = os.environ.copy()
    conf = fontconfig_file()
    if conf:
        env["FONTCONFIG_FILE"] = conf
    return env


# ---------------------------------------------------------------------------
# The warm browser
# ---------------------------------------------------------------------------

def _chromium_class():
    from choreographer.browsers.chromium import Chromium

    class _ItastatsChromium(Chromium):
        """Chromium with the house flags and the app's fontconfig."""

        def get_cli(self):
            cli = list(super().get_cli())
            for flag in CHROMIUM_FLAGS:
                if flag not in cli:
                    cli.append(flag)
            return _idle_priority(cli)

        def get_env(self):
            return _browser_env()

    return _ItastatsChromium


def _idle_priority(cli: list[str]) -> list[str]:
    """The PNG browser at idle CPU priority (Linux ``SCHED_IDLE``, kept by every
    process and thread it starts): people clicking in the dashboard (its server,
    their own browser) come first.  Starting it takes ~2.5 s of CPU and landed on
    the first pages a person opened (the warm-up starts 2 s after a server's first
    page).  A PNG that nothing else competes with is made as fast as before.
    (A nice value would not hold: Chromium sets its own, -8 for its main process.)"""
    chrt = shutil.which("chrt") if platform.system() == "Linux" else None
    return [chrt, "--idle", "0", *cli] if chrt else cli


class _Engine:
    """One kaleido browser on a private thread and event loop."""

    def __init__(self, path: str):
        self.path = path
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self._run, name="itastats-png", daemon=True)
        self.kaleido = None
        self.started = False

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        try:
            self.loop.run_forever()
        finally:
            try:
                self.loop.close()
            except Exception:  # noqa: BLE001
                pass

    async def _open(self) -> BaseException | None:
        """Start the browser; a failure is returned, not raised (so that it
        is never an unretrieved task exception after a timeout)."""
        try:
            import kaleido
            # mathjax=False: no CDN script on a closed network; plotly.js comes from plotly.py
            self.kaleido = kaleido.Kaleido(path=self.path, browser_cls=_chromium_class(), n=1,
                                           mathjax=False, timeout=None)
            await self.kaleido.open()
        except BaseException as exc:  # noqa: BLE001 - reported by start()
            return exc
        return None

    def start(self, timeout: float) -> None:
        self.thread.start()
        fut = asyncio.run_coroutine_threadsafe(self._open(), self.loop)
        try:
            failure = fut.result(timeout)
        except concurrent.futures.TimeoutError:
            fut.cancel()
            self.kill()
            raise ExportError("export.error.browser_start", path=self.path, seconds=_secs(timeout),
                              detail="timeout") from None
        if failure is not None:
            self.kill()
            raise ExportError("export.error.browser_start", path=self.path, seconds=_secs(timeout),
                              detail=_short(failure)) from failure
        self.started = True

    def alive(self) -> bool:
        if not (self.started and self.thread.is_alive() and self.kaleido is not None):
            return False
        proc = getattr(self.kaleido, "subprocess", None)
        return proc is not None and proc.poll() is None

    async def _render(self, jobs: Sequence[tuple[dict, dict]]) -> list[bytes]:
        out = []
        for fig, opts in jobs:
            out.append(await self.kaleido.calc_fig(fig, opts=opts))
        return out

    def render(self, jobs: Sequence[tuple[dict, dict]], timeout: float) -> list[bytes]:
        fut = asyncio.run_coroutine_threadsafe(self._render(jobs), self.loop)
        try:
            return fut.result(timeout)
        except concurrent.futures.TimeoutError:
            fut.cancel()
            raise

    def close(self, timeout: float = 10.0) -> None:
        """Close the browser politely; kill it when that does not work in time."""
        if self.kaleido is not None and self.thread.is_alive():
            fut = asyncio.run_coroutine_threadsafe(self.kaleido.close(), self.loop)
            try:
                fut.result(timeout)
            except Exception:  # noqa: BLE001
                fut.cancel()
        self.kill()

    def kill(self) -> None:
        """Stop the browser process group we started and the private loop."""
        proc = getattr(self.kaleido, "subprocess", None) if self.kaleido is not None else None
        if proc is not None and proc.poll() is None:
            try:
                if not hasattr(os, "killpg"):         # Windows: no process groups to signal
                    raise OSError("no killpg")
                os.killpg(proc.pid, signal.SIGKILL)   # our wrapper leads its own session
            except (ProcessLookupError, PermissionError, OSError):
                try:
                    proc.kill()
                except Exception:  # noqa: BLE001
                    pass
            try:
                proc.wait(5)
            except Exception:  # noqa: BLE001
                pass
        impl = getattr(self.kaleido, "_browser_impl", None) if self.kaleido is not None else None
        if impl is not None:
            try:
                impl.clean()
            except Exception:  # noqa: BLE001
                pass
        if self.thread.is_alive():
            loop = self.loop

            def _cancel_all_then_stop() -> None:
                for task in asyncio.all_tasks(loop):
                    task.cancel()
                loop.call_later(0.2, loop.stop)       # let the cancellations run first
            try:
                loop.call_soon_threadsafe(_cancel_all_then_stop)
            except RuntimeError:                      # the loop is already closed
                pass
            self.thread.join(3)                       # a daemon thread: never wait longer
        self.started = False


_LOCK = threading.Lock()       # held around every export, process-wide
_engine: _Engine | None = None
_stats = {"starts": 0, "exports": 0, "last_start_seconds": None, "last_render_seconds": None}


def _secs(x: float) -> str:
    return f"{x:g}"


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:200]


def _acquire(deadline: float, timeout: float) -> None:
    if not _LOCK.acquire(timeout=max(0.0, deadline - time.monotonic())):
        raise ExportError("export.error.busy", seconds=_secs(timeout))


def _ensure_engine(deadline: float) -> _Engine:
    """The warm engine, started if needed.  Caller holds the lock."""
    global _engine
    path = browser_path()                      # check BEFORE starting anything
    if _engine is not None and _engine.alive() and _engine.path == path:
        return _engine
    if _engine is not None:                    # dead, or BROWSER_PATH changed
        _engine.close(timeout=5)
        _engine = None
    if path is None:
        raise ExportError(no_browser_key())
    limit = max(0.001, min(STARTUP_TIMEOUT, deadline - time.monotonic()))
    engine = _Engine(path)
    t0 = time.perf_counter()
    engine.start(limit)                        # raises ExportError, leaves nothing running
    _stats["starts"] += 1
    _stats["last_start_seconds"] = time.perf_counter() - t0
    _engine = engine
    return engine


def _as_fig_dict(fig: Any) -> dict:
    if hasattr(fig, "to_dict") and callable(fig.to_dict):
        return fig.to_dict()
    if isinstance(fig, Mapping) and ("data" in fig or "layout" in fig):
        return dict(fig)
    raise ExportError("export.error.not_figure", got=type(fig).__name__)


def _opts(width: Any, height: Any, scale: Any) -> dict:
    try:
        w, h, sc = int(width), int(height), float(scale)
        ok = w == float(width) and h == float(height) and w > 0 and h > 0 and sc > 0 \
            and round(w * sc) <= MAX_SIDE and round(h * sc) <= MAX_SIDE
    except (TypeError, ValueError, OverflowError):
        ok = False
    if not ok:
        raise ExportError("export.error.bad_size", width=width, height=height, scale=scale, limit=MAX_SIDE)
    return {"format": "png", "width": w, "height": h, "scale": sc}


def png_size(data: bytes) -> tuple[int, int]:
    """(width, height) from a PNG's IHDR chunk; ValueError when not a PNG."""
    if len(data) < 24 or data[:8] != PNG_SIGNATURE or data[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    return struct.unpack(">II", data[16:24])


def _export(jobs: list[tuple[dict, dict]], timeout: float) -> list[bytes]:
    global _engine
    if timeout is None or not timeout > 0:
        raise ValueError("timeout must be a positive number of seconds")
    deadline = time.monotonic() + timeout
    if browser_path() is None:                 # fail fast, before the lock and any server
        raise ExportError(no_browser_key())
    _acquire(deadline, timeout)
    try:
        engine = _ensure_engine(deadline)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise ExportError("export.error.timeout", seconds=_secs(timeout))
        t0 = time.perf_counter()
        try:
            images = engine.render(jobs, remaining)
        except concurrent.futures.TimeoutError:
            engine.kill()                      # a stuck browser is not reused
            _engine = None
            raise ExportError("export.error.timeout", seconds=_secs(timeout)) from None
        except ExportError:
            raise
        except Exception as exc:  # noqa: BLE001 - kaleido/JS/browser failures
            if not engine.alive():
                engine.kill()
                _engine = None
            raise ExportError("export.error.render", detail=_short(exc)) from exc
        _stats["last_render_seconds"] = time.perf_counter() - t0
        _stats["exports"] += len(images)
    finally:
        _LOCK.release()
    for img, (_, opts) in zip(images, jobs):
        if not isinstance(img, (bytes, bytearray)) or img[:8] != PNG_SIGNATURE:
            raise ExportError("export.error.render", detail="the browser did not return a PNG")
    return [bytes(i) for i in images]


def to_png(fig: Any, *, width: int, height: int, scale: float = 1, timeout: float = 60) -> bytes:
    """Render ``fig`` to PNG bytes of exactly ``width × scale`` by ``height × scale`` px.

    Parameters
    ----------
    fig : go.Figure or figure dict
    width, height : int
        CSS pixels of the figure.
    scale : float
        Device pixel ratio (2 gives a sharper image of twice the size).
    timeout : float
        Seconds for the whole call: waiting for another export, starting
        the browser when it is cold (itself at most 30 s), rendering.

    Raises
    ------
    ExportError
        :func:`no_browser_key` (no browser: nothing was started),
        ``export.error.browser_start``, ``export.error.timeout``,
        ``export.error.busy``, ``export.error.render``, ``export.error.bad_size``.
    """
    return _export([(_as_fig_dict(fig), _opts(width, height, scale))], timeout)[0]


def _job(item: Any) -> tuple[dict, dict]:
    if isinstance(item, Mapping) and "fig" in item:
        return _as_fig_dict(item["fig"]), _opts(item.get("width"), item.get("height"), item.get("scale", 1))
    if isinstance(item, (tuple, list)) and len(item) in (3, 4):
        fig, w, h, *rest = item
        return _as_fig_dict(fig), _opts(w, h, rest[0] if rest else 1)
    raise ExportError("export.error.not_figure", got=type(item).__name__)


def to_png_batch(items: Iterable[Any], *, timeout: float | None = None) -> list[bytes]:
    """Render many figures with one warm browser, in order.

    ``items``: ``(fig, width, height)`` or ``(fig, width, height, scale)``
    tuples, or dicts ``{"fig", "width", "height", "scale"}``.  The default
    ``timeout`` is 30 s plus 15 s per figure.  All-or-nothing: the first
    failure raises :class:`ExportError`.
    """
    jobs = [_job(i) for i in items]
    if not jobs:
        return []
    if timeout is None:
        timeout = 30.0 + 15.0 * len(jobs)
    return _export(jobs, timeout)


_warming: threading.Thread | None = None


def warm(delay: float = 0.0) -> bool:
    """Start the warm browser in the background, once per process, so that the
    first PNG a person asks for does not wait for Chromium to start (2–3 s).

    Nothing is started when no browser is found; a failure to start is not
    raised here: it comes back, with its message, at the first real export.
    Returns whether a warm-up was started by this call.
    """
    global _warming
    if _warming is not None or browser_path() is None:
        return False

    def work() -> None:
        time.sleep(delay)
        if not _LOCK.acquire(blocking=False):          # an export is starting the browser already
            return
        try:
            _ensure_engine(time.monotonic() + STARTUP_TIMEOUT)
        except Exception:  # noqa: BLE001 - shown at the first real export
            pass
        finally:
            _LOCK.release()
    _warming = threading.Thread(target=work, name="itastats-png-warm", daemon=True)
    _warming.start()
    return True


def shutdown() -> None:
    """Close the warm browser (it restarts at the next export)."""
    global _engine
    with _LOCK:
        if _engine is not None:
            _engine.close()
            _engine = None


def _at_exit() -> None:
    """Do not leave a browser behind when the process ends."""
    eng = _engine
    if eng is not None:
        # killing it on purpose makes choreographer's watchdog log a warning
        logging.getLogger("choreographer").setLevel(logging.ERROR)
        try:
            eng.kill()
        except Exception:  # noqa: BLE001
            pass


atexit.register(_at_exit)


def export_status() -> dict[str, Any]:
    """What the page needs to say about PNG export.

    Keys: ``browser_found``, ``browser_path``, ``browser_path_env`` (the
    BROWSER_PATH value or None), ``browser_path_env_invalid``, ``fonts_ok``
    (Sarabun found and the fonts.conf written), ``font_dir``,
    ``fonts_conf``, ``warm`` (a browser is running), ``message_key`` (what to
    tell the user: ``export.status.ready`` / :func:`no_browser_key` /
    ``export.error.browser_path_invalid`` / ``export.status.fonts_missing``),
    ``message_params``, and the counters ``starts``, ``exports``,
    ``last_start_seconds``, ``last_render_seconds``.
    """
    path = browser_path()
    env = os.environ.get("BROWSER_PATH") or None
    font_dir = sarabun_dir()
    conf = fontconfig_file()
    fonts_ok = bool(font_dir and conf)
    if env and path is None:
        key, params = "export.error.browser_path_invalid", {"path": env}
    elif path is None:
        key, params = no_browser_key(), {}
    elif not fonts_ok:
        key, params = "export.status.fonts_missing", {}
    else:
        key, params = "export.status.ready", {"path": path}
    eng = _engine
    return {
        "browser_found": path is not None,
        "browser_path": path,
        "browser_path_env": env,
        "browser_path_env_invalid": bool(env and path is None),
        "fonts_ok": fonts_ok,
        "font_dir": str(font_dir) if font_dir else None,
        "fonts_conf": conf,
        "warm": bool(eng is not None and eng.alive()),
        "message_key": key,
        "message_params": params,
        **_stats,
    }
