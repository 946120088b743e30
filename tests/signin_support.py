"""Sign-in for the browser tests: a real OpenID Connect provider on localhost
and app processes configured to sign in against it.

The provider is ``oidc-provider-mock`` (PyPI), a Flask app built on Authlib's
server side: it serves discovery, JWKS, authorization (a form where the test
types who signs in), token, userinfo and end-session endpoints, accepts any
client id and secret, and needs no network, no container and no binary, so
the test starts it in a thread of its own. (``pytest-iam`` would also do,
but it brings a whole identity server, Canaille, with its own database.)

Each app process gets a secrets.toml of its own (``--secrets.files``): the
``[auth]`` section Streamlit's ``st.login`` reads, with
``redirect_uri = "http://localhost:{port}/oauth2callback"`` (Streamlit puts
the process's port in), one ``cookie_secret`` for all of them, and an
``[access]`` allow-list.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from browser_support import ROOT, _free_port

COOKIE_SECRET = "itastats-browser-test-cookie-secret-0123456789"
DOMAIN = "agency.go.th"


@contextmanager
def oidc_provider():
    """The provider's base URL while it runs (stopped at the end)."""
    import oidc_provider_mock
    with oidc_provider_mock.run_server_in_thread(port=0) as server:
        yield f"http://localhost:{server.server_port}"


def add_user(provider: str, email: str, name: str) -> None:
    """Tell the provider who ``email`` is: the claims its ID token will carry."""
    body = json.dumps({"email": email, "email_verified": True, "name": name}).encode()
    req = urllib.request.Request(f"{provider}/users/{urllib.parse.quote(email)}", data=body, method="PUT",
                                 headers={"Content-Type": "application/json"})
    assert urllib.request.urlopen(req, timeout=10).status == 204


def write_secrets(folder: Path, provider: str, database_url: str | None = None) -> Path:
    lines = []
    if database_url:
        lines.append(f"database_url = {json.dumps(database_url)}")
    lines += [
        "[auth]",
        'redirect_uri = "http://localhost:{port}/oauth2callback"',
        f'cookie_secret = "{COOKIE_SECRET}"',
        'client_id = "itastats-test"',
        'client_secret = "itastats-test-secret"',
        f'server_metadata_url = "{provider}/.well-known/openid-configuration"',
        "[access]",
        f'allowed_domains = ["{DOMAIN}"]',
    ]
    path = folder / "secrets.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@contextmanager
def app_process(secrets: Path, data_dir: Path, port: int | None = None):
    """``streamlit run app.py`` with sign-in; its URL (http://localhost:PORT) while it runs."""
    port = port or _free_port()
    env = dict(os.environ, STREAMLIT_BROWSER_GATHER_USAGE_STATS="false", ITASTATS_DATA_DIR=str(data_dir),
               STREAMLIT_SERVER_COOKIE_SECRET=COOKIE_SECRET)       # the same on every process (not a CLI flag)
    env.pop("ITASTATS_DATABASE_URL", None)
    log = open(data_dir / f"streamlit-{port}.log", "wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1", "--secrets.files", str(secrets)],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://localhost:{port}"
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                if urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2).status == 200:
                    break
            except OSError:
                if proc.poll() is not None:
                    break
                time.sleep(0.3)
        else:
            raise RuntimeError("streamlit did not start")
        if proc.poll() is not None:
            raise RuntimeError("streamlit stopped: " + (data_dir / f"streamlit-{port}.log").read_text()[-2000:])
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def local_context(browser, **options):
    """A browser context that reaches this machine only: the provider's pages
    ask for a stylesheet from a CDN, which is refused here, never fetched."""
    context = browser.new_context(**options)
    context.route(re.compile(r"^(?!https?://(localhost|127\.0\.0\.1)[:/]).*"), lambda route: route.abort())
    return context


def sign_in(page, app: str, email: str, *, button: str = "ลงชื่อเข้าใช้") -> None:
    """Sign in as a person would: the app's button, the provider's form, back in the app."""
    page.goto(app + "/", wait_until="networkidle")
    page.get_by_role("button", name=button, exact=True).click()
    page.wait_for_url(re.compile(r".*/oauth2/authorize.*"), timeout=30_000)
    page.get_by_placeholder("sub").fill(email)
    page.get_by_role("button", name="Authorize").click()
    page.wait_for_url(re.compile(re.escape(app) + r"/.*"), timeout=30_000)
    page.get_by_text(email, exact=True).first.wait_for(timeout=60_000)


def without_sample(database_url: str, *users: str) -> None:
    """Mark the sample project as made (and deleted) for ``users``, as for
    people who have used the server before: their first page is light, so the
    browser test spends its time on what it checks."""
    import datetime as dt
    from itastats.store import Store
    from itastats.store.schema import store_meta
    with Store(database_url) as store, store._engine.begin() as conn:
        for user in users:
            conn.execute(store_meta.insert().values(key=f"sample_created:{user}",
                                                    value=dt.datetime.now(dt.timezone.utc).isoformat()))
