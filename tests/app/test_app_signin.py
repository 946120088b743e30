"""AppTest of every page on a server with sign-in configured (an ``[auth]``
section and an allow-list in the secrets), with ``st.user`` set as Streamlit's
own st.login sets it: a signed-in user of an allowed domain, a user who is
signed in but not allowed, a visitor not signed in, and a viewer of a shared
project. (The real sign-in through an OpenID Connect provider is in
tests/browser/test_browser_signin.py.)"""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from itastats.store import Store, default_url

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 120
A, B, OUTSIDER = "somsri@agency.go.th", "somchai@agency.go.th", "someone@gmail.com"
SECRETS = {
    "auth": {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "a-long-random-test-secret-0123",
             "client_id": "itastats", "client_secret": "not-used-here",
             "server_metadata_url": "http://localhost:9/.well-known/openid-configuration"},
    "access": {"allowed_domains": ["agency.go.th"]},
}
PAGES = ["app_pages/home.py", "app_pages/project.py", "app_pages/communication_521.py",
         "app_pages/activities_531.py", "app_pages/participation_532.py", "app_pages/compare_541.py",
         "app_pages/awards_542.py", "app_pages/survey_543.py", "app_pages/report_544.py", "app_pages/present.py"]
TITLES = {"app_pages/home.py": "itastats: หลักฐานเชิงสถิติ", "app_pages/project.py": "5.1",
          "app_pages/communication_521.py": "5.2.1", "app_pages/activities_531.py": "5.3.1",
          "app_pages/participation_532.py": "5.3.2", "app_pages/compare_541.py": "5.4.1",
          "app_pages/awards_542.py": "5.4.2", "app_pages/survey_543.py": "5.4.3", "app_pages/report_544.py": "5.4.4"}


def visit(user: dict, page: str | None = None, project: str | None = None, lang: str = "th") -> AppTest:
    """A new session of ``user`` opening ``page`` (a link to it, with ``?project=``)."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.secrets = {k: dict(v) for k, v in SECRETS.items()}
    at.user = dict(user)
    if project:
        at.query_params["project"] = project
    if lang != "th":
        at.session_state["lang"] = lang
    if page:
        at.switch_page(page)              # before the first run: the link's page, whatever the app registers
    at.run()
    assert not at.exception, at.exception
    return at


def signed_in(email: str) -> dict:
    return {"is_logged_in": True, "email": email, "email_verified": True, "name": email.split("@")[0]}


def words(at: AppTest) -> str:
    kinds = ("title", "header", "subheader", "markdown", "caption", "info", "warning", "error", "success")
    parts = [str(e.value) for kind in kinds for e in getattr(at, kind)]
    parts += [b.label for b in at.button] + [b.label for b in at.get("download_button")]
    parts += [str(e.value) for kind in ("markdown", "caption") for e in getattr(at.sidebar, kind)]
    return plain("\n".join(parts))


def plain(markdown: str) -> str:
    """Markdown's backslash escapes and entities off: the text as seen."""
    return html.unescape(re.sub(r"\\(.)", r"\1", markdown))


def a_project_of_a() -> str:
    store = Store(default_url())
    rec = store.create_project(A, name="ลดเวลาอนุมัติของสมศรี", profile={"name": "ลดเวลาอนุมัติของสมศรี", "activities": [
        {"title": "ประชุมคณะทำงาน", "responsible": "นายสมชาย", "email": "Somchai@Agency.go.th"}]})
    store.add_file(A, rec.id, expected_version=rec.version, page="541", name="เวลาของสมศรี.csv",
                   data="ก่อน,หลัง\n5,3\n6,2\n7,3\n5,2\n".encode())
    return rec.id


@pytest.mark.parametrize("page", PAGES)
def test_every_page_for_a_signed_in_user_and_for_one_not_allowed(page):
    at = visit(signed_in("Somsri@Agency.GO.TH"), page)                 # the address as the provider gives it
    body = words(at)
    if page in TITLES:
        assert any(TITLES[page] in t.value for t in at.title), [t.value for t in at.title]
    assert A in body and "ออกจากระบบ" in body                          # who is signed in, and the way out
    assert "โหมดผู้ใช้คนเดียว" not in body
    assert not re.findall(r"\b(?:auth|share|chg|role|ws|home)\.[a-z_.]+\b", body)   # no raw message key
    store = Store(default_url())
    assert [p.owner for p in store.list_projects(A)] == [A]               # the sample, as A's own, lower case
    assert at.query_params["project"] == store.list_projects(A)[0].id

    mine = a_project_of_a()
    no = visit(signed_in(OUTSIDER), page, project=mine)
    body = words(no)
    assert "บัญชีนี้ยังไม่ได้รับอนุญาต" in body and OUTSIDER in body and "ออกจากระบบ" in body
    assert not any(TITLES.get(page, "§") in t.value for t in no.title)    # nothing of the page
    assert "ลดเวลาอนุมัติของสมศรี" not in body and "สล สุขดี" not in body   # nothing of anyone's project
    assert "project_id" not in no.session_state and store.list_projects(OUTSIDER) == []


def test_a_visitor_not_signed_in_sees_only_the_sign_in_page_in_thai_and_english():
    mine = a_project_of_a()
    for lang, title, button in (("th", "ลงชื่อเข้าใช้ itastats", "ลงชื่อเข้าใช้"),
                                ("en", "Sign in to itastats", "Sign in")):
        at = visit({"is_logged_in": False}, "app_pages/compare_541.py", project=mine, lang=lang)
        assert [t.value for t in at.title] == [title]
        assert [b.label for b in at.button] == [button]
        assert "ลดเวลาอนุมัติของสมศรี" not in words(at) and "project_id" not in at.session_state


def test_named_providers_each_get_a_button():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    auth = {k: v for k, v in SECRETS["auth"].items() if k in ("redirect_uri", "cookie_secret")}
    auth["microsoft"] = {"client_id": "x", "client_secret": "y", "server_metadata_url": "https://login.example/x"}
    auth["google"] = {"client_id": "x", "client_secret": "y", "server_metadata_url": "https://accounts.example/x"}
    at.secrets = {"auth": auth}
    at.user = {"is_logged_in": False}
    at.run()
    assert [b.label for b in at.button] == ["ลงชื่อเข้าใช้ด้วย Microsoft", "ลงชื่อเข้าใช้ด้วย Google"]


def test_no_allow_list_lets_everyone_signed_in_in_and_an_unverified_address_is_refused():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.secrets = {"auth": dict(SECRETS["auth"])}
    at.user = signed_in(OUTSIDER)
    at.run()
    assert not at.exception and OUTSIDER in words(at) and at.query_params.get("project")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.secrets = {k: dict(v) for k, v in SECRETS.items()}
    at.user = {**signed_in(A), "email_verified": False}
    at.run()
    assert "ยังไม่ได้ยืนยันอีเมล" in words(at) and "project_id" not in at.session_state
    at.user = {"is_logged_in": True, "name": "no address"}
    at.run()
    assert "ไม่ได้ส่งอีเมลมาให้ระบบ" in words(at)


def test_another_users_link_says_not_found_or_not_shared_and_shows_nothing_of_it():
    mine = a_project_of_a()
    for lang, text in (("th", "ไม่ได้แชร์ให้ท่าน"), ("en", "not shared with you")):
        at = visit(signed_in(B), project=mine)
        if lang == "en":
            at.session_state["lang"] = "en"
            at.query_params["project"] = mine
            at.run()
        body = words(at)
        assert text in body
        assert "ลดเวลาอนุมัติของสมศรี" not in body and "เวลาของสมศรี.csv" not in body
        assert at.query_params["project"] != mine and at.session_state["project_id"] != mine
        assert all(p.owner == B for p in Store(default_url()).list_projects(B))


def change_rows(table: str) -> list[list[str]]:
    """The cells of a Markdown table (the change log), unescaped; the header first."""
    import re
    lines = [line for line in table.splitlines() if not set(line) <= set("|- ")]
    return [[re.sub(r"\\(.)", r"\1", cell).strip() for cell in re.split(r"(?<!\\)\|", line)[1:-1]]
            for line in lines]


def test_the_owner_shares_with_a_roster_email_and_a_viewer_can_look_but_not_change():
    mine = a_project_of_a()
    owner = visit(signed_in(A), project=mine)
    box = owner.selectbox(key="share.email")
    assert box.options == [B]                                            # the 5.1.2 roster's e-mail, lower case
    box.set_value(B).run()
    owner.button(key="share.add").click().run()
    assert not owner.exception, owner.exception
    assert any(B in plain(s.value) for s in owner.success)
    store = Store(default_url())
    assert [(m.email, m.role) for m in store.members(A, mine)] == [(B, "viewer")]
    [log] = [m.value for m in owner.markdown if m.value.startswith("| เมื่อ | ผู้แก้ไข |")]       # the change log
    assert change_rows(log)[1][1:] == [f"{A} (ท่าน)", f"แชร์ให้ {B} (ดูอย่างเดียว)"]

    viewer = visit(signed_in(B), "app_pages/compare_541.py", project=mine)
    assert "ดูอย่างเดียว" in words(viewer)                                  # the banner
    assert viewer.session_state["files"] == {"เวลาของสมศรี.csv": "ก่อน,หลัง\n5,3\n6,2\n7,3\n5,2\n".encode()}
    assert viewer.button(key="use_sample").disabled
    assert all(b.disabled for b in viewer.button if b.label == "นำออก")
    assert viewer.file_uploader(key="uploader").disabled
    before = store.get(A, mine)
    for key in [k for k in viewer.session_state.keys() if str(k).startswith("check|")]:
        viewer.session_state[key] = True                 # the viewer opens "check how it was read"
    viewer.run()
    design = next(r for r in viewer.radio if r.key and r.key.endswith("|design"))
    design.set_value("independent").run()                                 # a choice to look at the data otherwise
    assert not viewer.exception and design.value == "independent"
    viewer.session_state["project"] = {**viewer.session_state["project"], "name": "ของสมชายแล้ว"}
    viewer.switch_page("app_pages/project.py").run()
    assert viewer.text_input(key="proj.name").disabled
    after = store.get(A, mine)
    assert (after.version, after.name, [f.name for f in after.files]) == (
        before.version, before.name, [f.name for f in before.files])     # nothing was saved
    home = visit(signed_in(B), project=mine)
    assert not [b for b in home.button if b.key and b.key.startswith("share.")]   # no sharing for a viewer
    assert [b.disabled for b in home.button if b.key == f"del|{mine}"] == [True]

    owner.button(key=f"share.revoke|{B}").click().run()                   # the owner takes it back
    assert store.members(A, mine) == []
    viewer.switch_page("app_pages/home.py").run()                         # B's open session loses it at once
    assert "ไม่ได้แชร์ให้ท่าน" in words(viewer) and viewer.session_state["project_id"] != mine
