"""The project store on SQLite and on PostgreSQL.

PostgreSQL: ``eval "$(bash scripts/postgres.sh)"`` sets
ITASTATS_TEST_POSTGRES_URL; each test gets a schema of its own in that
database (its tables, Alembic's version table and all).  Without it the PostgreSQL half is skipped, except in
CI (``CI=true``), where it fails: CI must run both.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import os
import signal
import subprocess
import sys
import time
import uuid
import zipfile
from pathlib import Path

import pytest
import sqlalchemy as sa

from itastats.i18n import catalog
from itastats import sample
from itastats.read.problems import InputError, describe
from itastats.store import ConflictError, NotFound, ProjectRecord, SchemaTooNew, Store, data_dir, default_url, migrate
from itastats.store.archive import MANIFEST

ROOT = Path(__file__).resolve().parents[2]
CHILD = ROOT / "tests" / "store_child.py"
USER = "local"
UTC = dt.timezone.utc


# ---------------------------------------------------------------- backends
@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path):
    """A fresh, empty database of each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    admin_url = os.environ.get("ITASTATS_TEST_POSTGRES_URL")
    if not admin_url:
        why = 'no PostgreSQL: run eval "$(bash scripts/postgres.sh)" first'
        if os.environ.get("CI") == "true":
            pytest.fail(why + " (CI must test both databases)")
        pytest.skip(why)
    # a schema of its own (first on the search path): as fresh as a new database, and much faster to make
    schema = f"itastats_t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    try:
        yield sa.make_url(admin_url).update_query_dict({"options": f"-csearch_path={schema}"}) \
            .render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        admin.dispose()


@pytest.fixture
def store(url):
    s = Store(url)
    yield s
    s.close()


def child(url, action, user=USER, env=None, **args):
    """Start tests/store_child.py (a second app process)."""
    return subprocess.Popen([sys.executable, str(CHILD), url, user, action, json.dumps(args)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})})


def outcome(proc, timeout=60):
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, err
    return json.loads(out)


def wait_for(path: Path, proc, timeout=30.0):
    end = time.monotonic() + timeout
    while not path.exists():
        if proc.poll() is not None:
            raise AssertionError(f"child ended before pausing: {proc.communicate()}")
        if time.monotonic() > end:
            raise AssertionError("child did not reach the pause point")
        time.sleep(0.02)


def with_file(store, name="a.csv", data=b"before,after\n3,2\n", **create):
    rec = store.create_project(USER, name=create.pop("name", "P"), **create)
    return store.add_file(USER, rec.id, expected_version=rec.version, page="541", name=name, data=data)


def file_meta(rec: ProjectRecord):
    return [(f.page, f.name, f.size, f.sha256, f.uploaded_at) for f in rec.files]


PROFILE = {"name": "ลดเวลาอนุมัติ", "agency": "สำนักงาน ก", "budget": 120000.5,
           "kpis": [{"name": "เวลา", "op": "<=", "target": 3}]}
STATE = {"page": "541", "widgets": {"opt|a.csv|design": "paired", "info.n": [1, 2.5, None, True]}}


# ---------------------------------------------------------------- create, save, reopen
def test_create_add_file_and_reopen_in_a_new_process(store, url):
    rec = store.create_project(USER, name="ลดเวลาอนุมัติ", profile=PROFILE, state=STATE)
    assert rec.version == 1 and rec.owner == USER and len(rec.id) == 32
    assert (rec.name, rec.agency, rec.profile, rec.state, rec.files) == (
        "ลดเวลาอนุมัติ", "สำนักงาน ก", PROFILE, STATE, ())
    assert rec.created_at.tzinfo is not None and rec.created_at.utcoffset() == dt.timedelta(0)

    data = bytes(range(256)) * 4000 + "ไทย".encode("cp874")
    rec = store.add_file(USER, rec.id, expected_version=1, page="541", name="ข้อมูล.xlsx", data=data)
    assert rec.version == 2
    (f,) = rec.files
    assert (f.page, f.name, f.size, f.sha256) == ("541", "ข้อมูล.xlsx", len(data), hashlib.sha256(data).hexdigest())
    assert store.file_bytes(USER, rec.id, f.id) == data

    got = outcome(child(url, "dump", project_id=rec.id))
    assert base64.b64decode(got["files"][0]["data"]) == data
    assert got["files"][0]["sha256"] == f.sha256
    assert got["files"][0]["uploaded_at"] == f.uploaded_at.isoformat()
    assert (got["profile"], got["state"], got["version"], got["name"]) == (PROFILE, STATE, 2, rec.name)
    assert store.get(USER, rec.id) == rec


def test_save_replaces_profile_or_state_and_mirrors_the_name(store):
    rec = store.create_project(USER, name="old", profile={"name": "old"}, state={"a": 1})
    rec = store.save(USER, rec.id, expected_version=1, state={"a": 2})
    assert (rec.version, rec.profile, rec.state, rec.name) == (2, {"name": "old"}, {"a": 2}, "old")
    rec = store.save(USER, rec.id, expected_version=2, profile={"name": "new", "agency": "กรม ข"})
    assert (rec.version, rec.state, rec.name, rec.agency) == (3, {"a": 2}, "new", "กรม ข")
    summary = store.list_projects(USER)[0]
    assert (summary.name, summary.agency, summary.version) == ("new", "กรม ข", 3)
    rec = store.save(USER, rec.id, expected_version=3)  # nothing given: still a write
    assert rec.version == 4 and rec.profile == {"name": "new", "agency": "กรม ข"}


def test_values_json_cannot_hold_are_refused(store):
    rec = store.create_project(USER, name="P")
    for bad in ({"when": dt.date(2025, 1, 1)}, {"x": float("nan")}, {"s": {1, 2}}, ["not", "a", "dict"]):
        with pytest.raises(TypeError):
            store.save(USER, rec.id, expected_version=1, state=bad)
        with pytest.raises(TypeError):
            store.create_project(USER, name="Q", profile=bad)
    with pytest.raises(TypeError):
        store.save(USER, rec.id, expected_version="1", state={})
    assert store.get(USER, rec.id).version == 1
    assert len(store.list_projects(USER)) == 1


def test_list_is_newest_change_first(store):
    a, b, c = (store.create_project(USER, name=n) for n in "abc")
    assert [p.name for p in store.list_projects(USER)] == ["c", "b", "a"]
    store.save(USER, a.id, expected_version=1, state={"x": 1})
    assert [p.name for p in store.list_projects(USER)] == ["a", "c", "b"]
    store.add_file(USER, b.id, expected_version=1, page="541", name="f", data=b"1")
    listed = store.list_projects(USER)
    assert [p.name for p in listed] == ["b", "a", "c"]
    assert [p.version for p in listed] == [2, 2, 1]
    assert listed[0].updated_at > listed[1].updated_at > listed[2].updated_at


def test_remove_file(store):
    rec = with_file(store)
    rec = store.add_file(USER, rec.id, expected_version=rec.version, page="541", name="b.csv", data=b"2")
    assert [f.name for f in rec.files] == ["a.csv", "b.csv"]
    first = rec.files[0]
    rec = store.remove_file(USER, rec.id, first.id, expected_version=rec.version)
    assert [f.name for f in rec.files] == ["b.csv"] and rec.version == 4
    with pytest.raises(NotFound):
        store.file_bytes(USER, rec.id, first.id)
    with pytest.raises(NotFound):  # already gone: nothing changes
        store.remove_file(USER, rec.id, first.id, expected_version=rec.version)
    assert store.get(USER, rec.id).version == 4
    rec = store.add_file(USER, rec.id, expected_version=4, page="541", name="c.csv", data=b"3")
    assert [f.name for f in rec.files] == ["b.csv", "c.csv"]


# ---------------------------------------------------------------- concurrency
def test_stale_version_is_a_conflict(store):
    rec = with_file(store, state={"a": 1})
    store.save(USER, rec.id, expected_version=rec.version, state={"a": "theirs"})
    for write in (lambda: store.save(USER, rec.id, expected_version=rec.version, state={"a": "mine"}),
                  lambda: store.add_file(USER, rec.id, expected_version=rec.version, page="541", name="x", data=b""),
                  lambda: store.remove_file(USER, rec.id, rec.files[0].id, expected_version=rec.version)):
        with pytest.raises(ConflictError) as info:
            write()
        assert (info.value.project_id, info.value.expected, info.value.actual) == (rec.id, rec.version,
                                                                                 rec.version + 1)
    now = store.get(USER, rec.id)
    assert now.state == {"a": "theirs"} and now.version == rec.version + 1 and len(now.files) == 1


def test_two_processes_saving_at_once_one_wins_the_other_is_told(store, url, tmp_path):
    rec = store.create_project(USER, name="P", state={"by": "nobody"})
    marker = tmp_path / "a-paused"
    # A holds its transaction open (paused just before COMMIT) while B tries to save
    a = child(url, "save", project_id=rec.id, expected=1, state={"by": "A"},
              env={"ITASTATS_STORE_PAUSE_FILE": str(marker), "ITASTATS_STORE_PAUSE_SECONDS": "2"})
    wait_for(marker, a)
    b = child(url, "save", project_id=rec.id, expected=1, state={"by": "B"})
    assert outcome(a) == {"ok": 2}
    assert outcome(b) == {"conflict": 2}
    now = store.get(USER, rec.id)
    assert now.state == {"by": "A"} and now.version == 2


def test_many_processes_saving_at_the_same_moment(store, url):
    rec = store.create_project(USER, name="P")
    at = time.time() + 3.0
    procs = [child(url, "save", project_id=rec.id, expected=1, state={"by": i}, at=at) for i in range(4)]
    results = [outcome(p) for p in procs]
    winners = [i for i, r in enumerate(results) if "ok" in r]
    assert len(winners) == 1, results
    assert all(r == {"conflict": 2} for i, r in enumerate(results) if i != winners[0])
    assert store.get(USER, rec.id).state == {"by": winners[0]}


def test_several_processes_opening_a_new_database_at_once(url):
    at = time.time() + 2.0
    procs = [child(url, "open", open_at=at) for _ in range(4)]
    assert [outcome(p) for p in procs] == [{"ok": 0}] * 4  # all made or found the schema
    with Store(url) as store, store._engine.connect() as conn:
        assert migrate.current(conn) == migrate.head()


def test_another_process_sees_saves_at_once(store, url):
    rec = store.create_project(USER, name="P")
    other = Store(url)  # a second app process's store
    try:
        assert other.get(USER, rec.id).version == 1
        store.save(USER, rec.id, expected_version=1, state={"x": 1})
        assert other.get(USER, rec.id).state == {"x": 1}
        other.save(USER, rec.id, expected_version=2, state={"x": 2})
        assert store.get(USER, rec.id).state == {"x": 2}
    finally:
        other.close()


# ---------------------------------------------------------------- interrupted save
@pytest.mark.parametrize("action", ["save", "add_file", "remove_file", "delete"])
def test_a_save_killed_halfway_leaves_the_previous_state(store, url, tmp_path, action):
    rec = with_file(store, profile=PROFILE, state=STATE, data=b"x" * 100_000)
    before = store.get(USER, rec.id)
    args = {"save": dict(expected=rec.version, state={"half": "done"}, profile={"name": "half"}),
            "add_file": dict(expected=rec.version, name="big.bin", size=8 * 1024 * 1024),
            "remove_file": dict(expected=rec.version, file_id=rec.files[0].id),
            "delete": {}}[action]
    marker = tmp_path / "paused"
    proc = child(url, action, project_id=rec.id, env={"ITASTATS_STORE_PAUSE_FILE": str(marker)}, **args)
    try:
        wait_for(marker, proc)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate()
    assert proc.returncode == -signal.SIGKILL

    assert store.get(USER, rec.id) == before
    assert store.file_bytes(USER, rec.id, rec.files[0].id) == b"x" * 100_000
    assert [p.id for p in store.list_projects(USER)] == [rec.id]
    after = store.save(USER, rec.id, expected_version=before.version, state={"go": "on"})  # still usable
    assert after.version == before.version + 1
    assert outcome(child(url, "dump", project_id=rec.id))["state"] == {"go": "on"}


# ---------------------------------------------------------------- duplicate, delete
def test_duplicate_is_an_independent_copy(store):
    rec = with_file(store, name="ลดเวลา 2568", profile={**PROFILE, "name": "ลดเวลา 2568"}, state=STATE)
    copy = store.duplicate(USER, rec.id, name="ลดเวลา 2569")
    assert copy.id != rec.id and copy.version == 1 and copy.name == "ลดเวลา 2569"
    assert copy.profile == {**PROFILE, "name": "ลดเวลา 2569"} and copy.agency == PROFILE["agency"]
    assert copy.state == STATE and file_meta(copy) == file_meta(rec)
    assert {f.id for f in copy.files}.isdisjoint(f.id for f in rec.files)
    assert store.file_bytes(USER, copy.id, copy.files[0].id) == store.file_bytes(USER, rec.id, rec.files[0].id)

    copy = store.save(USER, copy.id, expected_version=1, state={"changed": True}, profile={"name": "x"})
    copy = store.remove_file(USER, copy.id, copy.files[0].id, expected_version=copy.version)
    assert store.get(USER, rec.id) == rec
    store.delete(USER, rec.id)
    assert store.get(USER, copy.id) == copy


def test_delete(store):
    keep = store.create_project(USER, name="keep")
    rec = with_file(store)
    store.delete(USER, rec.id)
    with pytest.raises(NotFound):
        store.get(USER, rec.id)
    with pytest.raises(NotFound):
        store.file_bytes(USER, rec.id, rec.files[0].id)
    with pytest.raises(NotFound):
        store.delete(USER, rec.id)
    assert [p.id for p in store.list_projects(USER)] == [keep.id]
    with store._engine.connect() as conn:  # the files went with it
        assert conn.exec_driver_sql("SELECT count(*) FROM project_files").scalar_one() == 0


def test_another_users_project_is_not_found(store):
    rec = with_file(store)
    other = "somchai@agency.go.th"
    assert store.list_projects(other) == []
    for call in (lambda: store.get(other, rec.id),
                 lambda: store.save(other, rec.id, expected_version=rec.version, state={"x": 1}),
                 lambda: store.add_file(other, rec.id, expected_version=rec.version, page="541", name="x", data=b""),
                 lambda: store.remove_file(other, rec.id, rec.files[0].id, expected_version=rec.version),
                 lambda: store.file_bytes(other, rec.id, rec.files[0].id),
                 lambda: store.duplicate(other, rec.id, name="mine now"),
                 lambda: store.export_project(other, rec.id),
                 lambda: store.delete(other, rec.id)):
        with pytest.raises(NotFound):
            call()
    assert store.get(USER, rec.id) == rec
    assert store.list_projects(other) == []
    with pytest.raises(NotFound):
        store.get(USER, "no-such-project")


# ---------------------------------------------------------------- export / import
def test_export_import_round_trip(store):
    rec = with_file(store, name="แบบ ก.xlsx", data=b"PK\x03\x04 not really" * 100,
                    profile=PROFILE, state=STATE)
    rec = store.add_file(USER, rec.id, expected_version=rec.version, page="543", name="a/b:c.csv",
                         data="ก่อน,หลัง\n".encode("utf-8-sig"))
    data = store.export_project(USER, rec.id)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        manifest = json.loads(zf.read(MANIFEST))
    assert manifest["format"] == "itastats-project" and manifest["format_version"] == 1
    assert [f["name"] for f in manifest["files"]] == ["แบบ ก.xlsx", "a/b:c.csv"]

    other = "colleague"
    new = store.import_project(other, data, filename="project.zip")
    assert new.id != rec.id and new.owner == other and new.version == 1
    assert (new.name, new.agency, new.profile, new.state) == (rec.name, rec.agency, rec.profile, rec.state)
    assert file_meta(new) == file_meta(rec)
    for a, b in zip(rec.files, new.files):
        assert store.file_bytes(other, new.id, b.id) == store.file_bytes(USER, rec.id, a.id)
    again = store.import_project(USER, data)  # twice: two projects, nothing overwritten
    assert again.id != rec.id and len(store.list_projects(USER)) == 2
    assert store.get(USER, rec.id) == rec


def _rezip(data: bytes, manifest=None, member=None) -> bytes:
    """A copy of an exported project with its manifest or a member changed."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info)
            if info.filename == MANIFEST and manifest is not None:
                content = manifest(json.loads(content))
                if content is None:  # leave the manifest out
                    continue
                content = content if isinstance(content, bytes) else json.dumps(content).encode()
            elif info.filename != MANIFEST and member is not None:
                content = member(content)
            dst.writestr(info.filename, content)
    return out.getvalue()


def _corrupt_member(data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = next(i for i in zf.infolist() if i.filename != MANIFEST)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra) + 5
    return data[:start] + bytes(b ^ 0xFF for b in data[start:start + 20]) + data[start + 20:]


def _bomb(_data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(MANIFEST, json.dumps({"format": "itastats-project", "format_version": 1,
                                          "project": {"name": "b"}, "files": []}))
        zf.writestr("files/001_zeros.csv", b"0" * (30 * 1024 * 1024))
    return out.getvalue()


BAD_IMPORTS = {
    "not a zip": (lambda d: "ชื่อ,ค่า\nก,1\n".encode("cp874"), "store.import.not_zip"),
    "empty": (lambda d: b"", "store.import.not_zip"),
    "truncated": (lambda d: d[: len(d) // 2], "store.import.damaged"),
    "corrupted member": (_corrupt_member, "store.import.damaged"),
    "zip bomb": (_bomb, "store.import.zip_bomb"),
    "no manifest": (lambda d: _rezip(d, manifest=lambda m: None), "store.import.no_manifest"),
    "manifest not JSON": (lambda d: _rezip(d, manifest=lambda m: b"{not json"), "store.import.bad_manifest"),
    "not our format": (lambda d: _rezip(d, manifest=lambda m: {**m, "format": "other"}), "store.import.bad_manifest"),
    "bad file entry": (lambda d: _rezip(d, manifest=lambda m: {**m, "files": [{**m["files"][0], "size": "1"}]}),
                       "store.import.bad_manifest"),
    "newer format": (lambda d: _rezip(d, manifest=lambda m: {**m, "format_version": 99, "itastats_version": "9.0"}),
                     "store.import.newer_version"),
    "missing file": (lambda d: _rezip(d, manifest=lambda m: {
        **m, "files": [*m["files"], {**m["files"][0], "path": "files/999_gone.csv", "name": "gone.csv"}]}),
        "store.import.missing_file"),
    "sha mismatch": (lambda d: _rezip(d, member=lambda b: b[:-1] + bytes([b[-1] ^ 1])), "store.import.sha_mismatch"),
}


@pytest.mark.parametrize("kind", list(BAD_IMPORTS))
def test_a_bad_project_file_is_refused_and_changes_nothing(store, kind):
    rec = with_file(store, data=b"before,after\n3,2\n" * 10, profile=PROFILE, state=STATE)
    good = store.export_project(USER, rec.id)
    make, key = BAD_IMPORTS[kind]
    listed = store.list_projects(USER)
    with pytest.raises(InputError) as info:
        store.import_project(USER, make(good), filename="ของเพื่อน.zip")
    problem = info.value.problem
    assert (problem.key, problem.severity, problem.file) == (key, "error", "ของเพื่อน.zip")
    assert catalog.has(key)
    for lang in ("th", "en"):
        text = describe(problem, lang)
        assert "ของเพื่อน.zip" in text and key not in text and "{" not in text
    assert store.list_projects(USER) == listed
    assert store.get(USER, rec.id) == rec


def test_newer_format_message_says_update_first(store):
    rec = store.create_project(USER, name="P")
    data = _rezip(store.export_project(USER, rec.id), manifest=lambda m: {**m, "format_version": 2,
                                                                          "itastats_version": "0.9"})
    with pytest.raises(InputError) as info:
        store.import_project(USER, data)
    assert "update" in describe(info.value.problem, "en").lower()
    assert "0.9" in describe(info.value.problem, "th")


# ---------------------------------------------------------------- schema migration
def test_a_database_of_the_first_schema_is_upgraded_without_losing_data(url):
    migrate.upgrade(url, "0001")
    engine = sa.create_engine(url)
    pg = engine.dialect.name == "postgresql"
    old_projects = sa.table("projects", *(sa.column(c) for c in (
        "id", "name", "agency", "created_at", "updated_at", "profile", "state")))
    old_files = sa.table("project_files", *(sa.column(c) for c in (
        "id", "project_id", "seq", "page", "name", "size", "uploaded_at", "data")))
    when = dt.datetime(2025, 3, 15, 9, 30, 12, 345678, tzinfo=UTC)
    stamp = when if pg else when.replace(tzinfo=None)
    blobs = {"f1": b"first file", "f2": bytes(range(256)) * 100, "f3": "ก่อน,หลัง".encode("cp874")}
    with engine.begin() as conn:
        assert "owner" not in {c["name"] for c in sa.inspect(conn).get_columns("projects")}
        for pid, name in (("p1", "โครงการเก่า"), ("p2", "old two")):
            conn.execute(old_projects.insert().values(
                id=pid, name=name, agency="กรม ก", created_at=stamp, updated_at=stamp,
                profile=json.dumps({"name": name}, ensure_ascii=False), state=json.dumps({"page": "541"})))
        for seq, (fid, data) in enumerate(blobs.items(), start=1):
            conn.execute(old_files.insert().values(id=fid, project_id="p1" if fid != "f3" else "p2", seq=seq,
                                                   page="541", name=f"{fid}.csv", size=len(data),
                                                   uploaded_at=stamp, data=data))
    engine.dispose()

    with Store(url) as store:
        with store._engine.connect() as conn:
            assert migrate.current(conn) == migrate.head()
        assert {p.id for p in store.list_projects("local")} == {"p1", "p2"}
        p1 = store.get("local", "p1")
        assert (p1.name, p1.agency, p1.owner, p1.version, p1.profile, p1.state) == (
            "โครงการเก่า", "กรม ก", "local", 1, {"name": "โครงการเก่า"}, {"page": "541"})
        assert p1.created_at == when and p1.updated_at == when
        assert [f.id for f in p1.files] == ["f1", "f2"]
        for pid in ("p1", "p2"):
            for f in store.get("local", pid).files:
                assert store.file_bytes("local", pid, f.id) == blobs[f.id]
                assert f.sha256 == hashlib.sha256(blobs[f.id]).hexdigest() and f.uploaded_at == when
        rec = store.save("local", "p1", expected_version=1, state={"after": "upgrade"})  # and it works on
        assert rec.version == 2
        assert store.ensure_sample("local") is not None
    with Store(url) as store:  # opening again: nothing to do, nothing lost
        assert len(store.list_projects("local")) == 3


def test_a_database_from_a_newer_itastats_is_not_touched(url):
    Store(url).close()
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    engine.dispose()
    with pytest.raises(SchemaTooNew):
        Store(url)


def test_the_revisions_read_from_the_files_are_alembics():
    """The start-up check reads the revision files without Alembic: it must know
    the same revisions and the same head as Alembic does."""
    scripts = migrate._scripts()
    assert migrate.head() == scripts.get_current_head()
    assert migrate.known_revisions() == {s.revision for s in scripts.walk_revisions()}


def test_current_reads_what_alembic_reads(url):
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        assert migrate.current(conn) is None                       # an empty database
    migrate.upgrade(url, "0002")
    from alembic.runtime.migration import MigrationContext
    with engine.connect() as conn:
        assert migrate.current(conn) == "0002" == MigrationContext.configure(conn).get_current_revision()
    engine.dispose()


def test_a_database_at_the_newest_schema_opens_without_alembic_and_an_old_one_is_upgraded(url):
    """Alembic is imported only when there is something to upgrade (it is slow to import)."""
    code = ("import sys, json; from itastats.store import Store, migrate\n"
            "s = Store(sys.argv[1])\n"
            "with s._engine.connect() as c: rev = migrate.current(c)\n"
            "s.close(); print(json.dumps(['alembic' in sys.modules, rev]))")

    def opened() -> list:
        out = subprocess.run([sys.executable, "-c", code, url], cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, out.stderr
        return json.loads(out.stdout.strip().splitlines()[-1])
    migrate.upgrade(url, "0002")
    assert opened() == [True, migrate.head()]            # upgraded: Alembic did it
    assert opened() == [False, migrate.head()]           # at the newest: no Alembic
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    engine.dispose()
    with pytest.raises(SchemaTooNew):                    # still refused without Alembic
        Store(url)


# ---------------------------------------------------------------- the sample project
def test_ensure_sample_runs_once(store):
    rec = store.ensure_sample(USER)
    assert rec is not None and rec.name == "สล สุขดี มีคุณธรรม"
    assert rec.profile == sample.sample_project().to_dict()
    groups = [("541", sample.sample_files()), ("543", sample.sample_survey_files()),
              ("532", sample.sample_attendance_files()), ("532h", sample.sample_staff_files()),
              ("532t", sample.sample_learning_files())]
    expected = [(page, name, data) for page, files in groups for name, data in files]
    photos = [f for f in rec.files if f.page == "531"]
    data_files = [f for f in rec.files if f.page not in ("531", "542")]
    assert [(f.page, f.name) for f in data_files] == [(p, n) for p, n, _ in expected]
    assert [store.file_bytes(USER, rec.id, f.id) for f in data_files] == [d for *_, d in expected]
    assert [f.name for f in rec.files if f.page == "542"] == [n for n, _ in sample.sample_award_files()]
    # the photos are stored as the 5.3.1 page stores an upload: turned upright, re-encoded
    assert sorted(f.name for f in photos) == sorted(n for n, _ in sample.sample_photos())
    assert {p for e in rec.profile["activity_log"] for p in e["photos"]} <= {f.name for f in photos}
    assert store.ensure_sample(USER) is None
    store.delete(USER, rec.id)
    assert store.ensure_sample(USER) is None  # deleted on purpose: not brought back
    assert store.list_projects(USER) == []


def test_store_opens_a_database_it_made_again(url):
    with Store(url) as s:
        rec = s.create_project(USER, name="P", state={"k": "v"})
    with Store(url) as s:
        assert s.get(USER, rec.id).state == {"k": "v"}


# ---------------------------------------------------------------- where the data lives
def test_default_url_and_data_dir(tmp_path):
    env = {"ITASTATS_DATA_DIR": str(tmp_path / "d")}
    assert default_url(env) == f"sqlite:///{(tmp_path / 'd' / 'itastats.db').as_posix()}"
    assert (tmp_path / "d").is_dir()
    assert default_url({**env, "ITASTATS_DATABASE_URL": "postgresql+psycopg://h/x"},
                       secrets={"database_url": "sqlite:///s.db"}) == "postgresql+psycopg://h/x"
    assert default_url(env, secrets={"database_url": "sqlite:///s.db"}) == "sqlite:///s.db"
    assert default_url(env, secrets={}).endswith("/d/itastats.db")
    assert data_dir({"XDG_DATA_HOME": str(tmp_path / "xdg")}) == tmp_path / "xdg" / "itastats"
    assert data_dir({"ITASTATS_DATA_DIR": str(tmp_path / "a"), "XDG_DATA_HOME": str(tmp_path / "b")}) \
        == tmp_path / "a"


def test_store_without_a_url_uses_the_data_folder():
    with Store() as s:  # conftest points ITASTATS_DATA_DIR at a temp folder
        s.create_project(USER, name="P")
        assert s.url == default_url()
    assert (data_dir() / "itastats.db").is_file()


def test_the_store_never_imports_streamlit():
    code = "import sys, itastats.store; print('streamlit' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
