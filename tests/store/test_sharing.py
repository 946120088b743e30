"""Sharing a project, the change log and each user's last project, on SQLite
and PostgreSQL (the ``url`` fixture of test_store.py), and the schema
upgrade that brings them to a database in use."""
from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest
import sqlalchemy as sa

from itastats.store import AllowList, NotAllowed, NotFound, Store, migrate, normalise_email
from itastats.store import store as store_module

from test_store import child, outcome, store, url  # noqa: F401  (fixtures)

A, B, C = "somsri@agency.go.th", "somchai@agency.go.th", "outsider@gmail.com"
UTC = dt.timezone.utc


def project_of_a(store):
    rec = store.create_project(A, name="ลดเวลาอนุมัติ", profile={"name": "ลดเวลาอนุมัติ"})
    return store.add_file(A, rec.id, expected_version=rec.version, page="541", name="เวลา.csv",
                          data=b"before,after\n3,2\n")


def unchanged(store, rec):
    now = store.get(A, rec.id)
    return (now.version, now.profile, now.state, [f.id for f in now.files]) == (
        rec.version, rec.profile, rec.state, [f.id for f in rec.files])


def test_a_project_is_private_until_shared(store):
    rec = project_of_a(store)
    for user in (B, C):
        assert store.list_projects(user) == []
        with pytest.raises(NotFound):
            store.get(user, rec.id)
        with pytest.raises(NotFound):
            store.file_bytes(user, rec.id, rec.files[0].id)
        with pytest.raises(NotFound):
            store.members(user, rec.id)
        with pytest.raises(NotFound):
            store.changes(user, rec.id)
        with pytest.raises(NotFound):
            store.share(user, rec.id, user, "editor")
        with pytest.raises(NotFound):
            store.remember_project(user, rec.id)
        assert store.last_project(user) is None


def test_a_viewer_may_look_present_and_download_but_not_change(store):
    rec = project_of_a(store)
    store.share(A, rec.id, "SomChai@Agency.go.th ", "viewer")          # the address as typed
    [line] = store.list_projects(B)
    assert (line.id, line.role, line.owner) == (rec.id, "viewer", A)
    seen = store.get(B, rec.id)
    assert seen.role == "viewer" and not seen.can_write and store.get(A, rec.id).role == "owner"
    assert store.file_bytes(B, rec.id, rec.files[0].id) == b"before,after\n3,2\n"
    assert b"manifest.json" in store.export_project(B, rec.id)
    copy = store.duplicate(B, rec.id, name="สำเนาของฉัน")                # a copy is B's own
    assert store.get(B, copy.id).role == "owner" and store.members(B, copy.id) == []
    with pytest.raises(NotFound):
        store.get(A, copy.id)
    for call in (lambda: store.save(B, rec.id, expected_version=rec.version, state={"x": 1}),
                 lambda: store.save(B, rec.id, expected_version=rec.version, profile={"name": "ของฉัน"}),
                 lambda: store.add_file(B, rec.id, expected_version=rec.version, page="541", name="x", data=b"1"),
                 lambda: store.remove_file(B, rec.id, rec.files[0].id, expected_version=rec.version),
                 lambda: store.delete(B, rec.id),
                 lambda: store.share(B, rec.id, C, "viewer"),
                 lambda: store.unshare(B, rec.id, B)):
        with pytest.raises(NotAllowed) as info:
            call()
        assert info.value.role == "viewer"
    assert unchanged(store, rec)
    assert [m.email for m in store.members(A, rec.id)] == [B]


def test_an_editor_may_change_it_but_not_share_or_delete_it(store):
    rec = project_of_a(store)
    store.share(A, rec.id, B, "editor")
    rec = store.save(B, rec.id, expected_version=rec.version, profile={"name": "ลดเวลาอนุมัติ 2569"})
    rec = store.add_file(B, rec.id, expected_version=rec.version, page="543", name="แบบสอบถาม.csv", data=b"q\n1\n")
    rec = store.remove_file(B, rec.id, rec.files[0].id, expected_version=rec.version)
    assert store.get(A, rec.id).name == "ลดเวลาอนุมัติ 2569" and [f.name for f in rec.files] == ["แบบสอบถาม.csv"]
    for call in (lambda: store.delete(B, rec.id), lambda: store.share(B, rec.id, C, "viewer"),
                 lambda: store.unshare(B, rec.id, B)):
        with pytest.raises(NotAllowed):
            call()
    store.share(A, rec.id, B, "viewer")                       # sharing again changes the role
    assert [(m.email, m.role) for m in store.members(A, rec.id)] == [(B, "viewer")]
    with pytest.raises(NotAllowed):
        store.save(B, rec.id, expected_version=rec.version, state={"x": 1})


def test_the_owner_takes_access_back(store):
    rec = project_of_a(store)
    store.share(A, rec.id, B, "editor")
    store.remember_project(B, rec.id)
    assert store.last_project(B) == rec.id
    assert store.unshare(A, rec.id, B) is True
    assert store.unshare(A, rec.id, B) is False
    assert store.list_projects(B) == [] and store.last_project(B) is None
    with pytest.raises(NotFound):
        store.get(B, rec.id)
    with pytest.raises(NotFound):
        store.file_bytes(B, rec.id, rec.files[0].id)


def test_sharing_refuses_what_is_not_an_address_or_a_role(store):
    rec = project_of_a(store)
    for email in ("", "somchai", "a@b", "two@x.com, three@y.com", "a @x.com"):
        with pytest.raises(ValueError):
            store.share(A, rec.id, email, "viewer")
    with pytest.raises(ValueError):
        store.share(A, rec.id, B, "owner")
    with pytest.raises(ValueError):
        store.share(A, rec.id, A.upper(), "editor")            # the owner has it already
    assert store.members(A, rec.id) == []


def test_the_list_shows_own_and_shared_projects_newest_change_first(store):
    mine = store.create_project(B, name="ของ B")
    theirs = project_of_a(store)
    other = store.create_project(C, name="ของ C")
    store.share(A, theirs.id, B, "viewer")
    assert [(p.id, p.role) for p in store.list_projects(B)] == [(theirs.id, "viewer"), (mine.id, "owner")]
    store.save(B, mine.id, expected_version=mine.version, state={"x": 1})
    assert [p.id for p in store.list_projects(B)] == [mine.id, theirs.id]
    assert other.id not in {p.id for p in store.list_projects(B)}
    assert [p.id for p in store.list_projects(A)] == [theirs.id]


def test_the_change_log_says_who_changed_what_and_when(store, monkeypatch):
    start = dt.datetime.now(UTC)
    rec = project_of_a(store)
    store.share(A, rec.id, B, "editor")
    rec = store.save(B, rec.id, expected_version=rec.version, profile={"name": "ลดเวลา", "agency": "กรม ก"})
    rec = store.save(B, rec.id, expected_version=rec.version, profile={"name": "ลดเวลา", "agency": "กรม ก",
                                                                       "objectives": ["เร็วขึ้น"]})
    rec = store.save(B, rec.id, expected_version=rec.version, state={"widgets": {"opt|a": 1}})   # first values
    rec = store.save(B, rec.id, expected_version=rec.version, state={"widgets": {"opt|a": 1}, "page": "x"})
    assert store.changes(A, rec.id, limit=1)[0].action == "profile"                # are no change a person made
    rec = store.save(B, rec.id, expected_version=rec.version, state={"widgets": {"opt|a": 2, "opt|b": 1}})
    rec = store.remove_file(A, rec.id, rec.files[0].id, expected_version=rec.version)
    store.unshare(A, rec.id, B)
    log = store.changes(A, rec.id)
    assert [(c.user, c.action) for c in log] == [
        (A, "unshared"), (A, "file_removed"), (B, "choices"), (B, "profile"), (A, "shared"), (A, "file_added"),
        (A, "created")]
    assert log[3].detail == {"fields": ["agency", "name", "objectives"]}        # two saves, one line
    assert log[1].detail == {"page": "541", "name": "เวลา.csv"} and log[4].detail == {"email": B, "role": "editor"}
    assert all(start <= c.at <= dt.datetime.now(UTC) for c in log)
    assert [c.at for c in log] == sorted((c.at for c in log), reverse=True)
    assert len(store.changes(A, rec.id, limit=2)) == 2

    monkeypatch.setattr(store_module, "FOLD_CHANGES", dt.timedelta(0))       # past the folding window
    rec = store.save(A, rec.id, expected_version=rec.version, profile={"name": "ลดเวลา"})
    rec = store.save(A, rec.id, expected_version=rec.version, profile={"name": "ลดเวลา ๒"})
    assert [c.action for c in store.changes(A, rec.id, limit=3)] == ["profile", "profile", "unshared"]


def test_a_new_session_gets_the_users_own_last_project_never_another_users(store):
    assert store.last_project(B) is None
    theirs = project_of_a(store)
    assert store.last_project(B) is None                      # A's newest project is not B's
    first = store.create_project(B, name="แรก")
    second = store.create_project(B, name="สอง")
    assert store.last_project(B) == second.id                 # nothing opened yet: the newest own
    store.remember_project(B, first.id)
    assert store.last_project(B) == first.id and store.last_project(A) == theirs.id
    store.share(A, theirs.id, B, "viewer")
    store.remember_project(B, theirs.id)
    assert store.last_project(B) == theirs.id                 # B opened it, and may
    store.delete(B, first.id)
    store.unshare(A, theirs.id, B)
    assert store.last_project(B) == second.id


def test_deleting_a_shared_project_takes_its_members_and_log_with_it(store):
    rec = project_of_a(store)
    store.share(A, rec.id, B, "viewer")
    store.remember_project(B, rec.id)
    store.delete(A, rec.id)
    assert store.list_projects(B) == [] and store.last_project(B) is None
    with store._engine.connect() as conn:
        for table in ("project_members", "project_changes", "project_files"):
            assert conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one() == 0


def test_another_process_sees_a_share_at_once(store, url):
    rec = project_of_a(store)
    assert outcome(child(url, "open", user=B)) == {"ok": 0}
    store.share(A, rec.id, B, "viewer")
    assert outcome(child(url, "open", user=B)) == {"ok": 1}
    got = outcome(child(url, "dump", user=B, project_id=rec.id))
    assert got["owner"] == A and got["files"][0]["name"] == "เวลา.csv"


# ---------------------------------------------------------------- the upgrade of a database in use
def test_a_database_of_the_previous_schema_gets_sharing_without_losing_data(url):
    """A database at revision 0002 (what itastats wrote before sharing), with
    projects of two owners, files and the sample flag, is upgraded in place."""
    migrate.upgrade(url, "0002")
    engine = sa.create_engine(url)
    pg = engine.dialect.name == "postgresql"
    projects = sa.table("projects", *(sa.column(c) for c in (
        "id", "name", "agency", "owner", "created_at", "updated_at", "version", "profile", "state")))
    files = sa.table("project_files", *(sa.column(c) for c in (
        "id", "project_id", "seq", "page", "name", "size", "sha256", "uploaded_at", "data")))
    meta = sa.table("store_meta", sa.column("key"), sa.column("value"))
    when = dt.datetime(2025, 11, 2, 14, 5, 0, 123456, tzinfo=UTC)
    stamp = when if pg else when.replace(tzinfo=None)
    blobs = {"f1": "ก่อน,หลัง\n5,3\n".encode("cp874"), "f2": bytes(range(256)) * 300, "f3": b"x,y\n1,2\n"}
    with engine.begin() as conn:
        assert "project_members" not in sa.inspect(conn).get_table_names()
        for pid, owner, version in (("p1", "local", 7), ("p2", A, 3)):
            conn.execute(projects.insert().values(
                id=pid, name=f"โครงการ {pid}", agency="กรม ก", owner=owner, created_at=stamp, updated_at=stamp,
                version=version, profile=json.dumps({"name": f"โครงการ {pid}"}, ensure_ascii=False),
                state=json.dumps({"widgets": {"opt|a": 1}})))
        for seq, (fid, data) in enumerate(blobs.items(), start=1):
            conn.execute(files.insert().values(
                id=fid, project_id="p1" if fid != "f3" else "p2", seq=seq, page="541", name=f"{fid}.csv",
                size=len(data), sha256=hashlib.sha256(data).hexdigest(), uploaded_at=stamp, data=data))
        conn.execute(meta.insert().values(key=f"sample_created:{A}", value=when.isoformat()))
    engine.dispose()

    with Store(url) as store:
        with store._engine.connect() as conn:
            assert migrate.current(conn) == migrate.head() == "0004"
        p1, p2 = store.get("local", "p1"), store.get(A, "p2")
        assert (p1.owner, p1.version, p1.profile, p1.state, p1.created_at, p1.updated_at) == (
            "local", 7, {"name": "โครงการ p1"}, {"widgets": {"opt|a": 1}}, when, when)
        assert (p2.owner, p2.version, p2.role) == (A, 3, "owner")
        for rec in (p1, p2):
            for f in rec.files:
                assert store.file_bytes(rec.owner, rec.id, f.id) == blobs[f.id]
                assert f.sha256 == hashlib.sha256(blobs[f.id]).hexdigest() and f.uploaded_at == when
        assert [p.id for p in store.list_projects(B)] == []                  # still private
        with pytest.raises(NotFound):
            store.get(A, "p1")
        assert store.changes(A, "p2") == [] and store.members(A, "p2") == []
        assert store.ensure_sample(A) is None                                # the flag survived
        store.share(A, "p2", B, "editor")                                    # and the new parts work
        rec = store.save(B, "p2", expected_version=3, state={"widgets": {"opt|a": 2}})
        assert rec.version == 4 and [c.action for c in store.changes(A, "p2")] == ["choices", "shared"]
    with Store(url) as store:                                                # opening again: nothing lost
        assert [(p.id, p.role) for p in store.list_projects(B)] == [("p2", "editor")]


# ---------------------------------------------------------------- addresses and the allow-list
def test_addresses_are_lower_case_and_checked():
    assert normalise_email(" Somchai@Agency.GO.TH\n") == "somchai@agency.go.th"
    for bad in ("", "somchai", "a@b", "a@@b.com", "a b@x.com", "<a@x.com>", "a@x.com;b@y.com", None, 3, "x" * 200 + "@a.co"):
        with pytest.raises(ValueError):
            normalise_email(bad)


def test_the_allow_list_takes_domains_and_addresses():
    assert AllowList.from_settings(None).open and AllowList.from_settings({}).allows(C)
    allow = AllowList.from_settings({"allowed_domains": ["Agency.go.th", "@moph.go.th"],
                                     "allowed_emails": "Consultant@Gmail.com"})
    assert allow.allows(A) and allow.allows("DOCTOR@moph.go.th") and allow.allows("consultant@gmail.com")
    assert not allow.allows(C) and not allow.allows("a@sub.agency.go.th") and not allow.allows("a@agency.go.th.evil.com")
    assert not allow.allows("") and not allow.allows("agency.go.th")
    for bad in ({"allowed_domains": ["not a domain"]}, {"allowed_emails": ["nobody"]}, {"allowed_emails": [3]}):
        with pytest.raises(ValueError):
            AllowList.from_settings(bad)


# ---------------------------------------------------------------- kept summaries (a cache of what home shows)
def test_a_kept_summary_is_seen_only_by_those_who_may_open_its_project(store):
    rec = project_of_a(store)
    log = store.changes(A, rec.id)
    k1, k2 = hashlib.sha256(b"one").hexdigest(), hashlib.sha256(b"two").hexdigest()
    assert store.summary(A, rec.id, k1) is None
    store.keep_summary(A, rec.id, k1, '{"ก": 1}')
    assert store.summary(A, rec.id, k1) == '{"ก": 1}'
    assert store.summary(A, rec.id, k2) is None                       # another key: nothing
    assert unchanged(store, rec) and store.changes(A, rec.id) == log   # a cache: no version, no log line
    for who in (B, C):                                                 # not shared with them
        with pytest.raises(NotFound):
            store.summary(who, rec.id, k1)
        with pytest.raises(NotFound):
            store.keep_summary(who, rec.id, k2, "x")
    store.share(A, rec.id, B, "viewer")
    assert store.summary(B, rec.id, k1) == '{"ก": 1}'                 # a viewer sees what the owner sees
    store.keep_summary(B, rec.id, k2, "two")
    assert store.summary(A, rec.id, k2) == "two"
    other = store.create_project(A, name="อื่น")
    assert store.summary(A, other.id, k1) is None                      # per project
    with pytest.raises(ValueError):
        store.keep_summary(A, rec.id, "not a sha256", "x")


def test_kept_summaries_are_not_exported_are_not_copied_and_go_with_their_project(store):
    rec = project_of_a(store)
    key = hashlib.sha256(b"k").hexdigest()
    store.keep_summary(A, rec.id, key, "SECRET-SUMMARY")
    assert b"SECRET-SUMMARY" not in store.export_project(A, rec.id)
    copy = store.duplicate(A, rec.id, name="สำเนา")
    assert store.summary(A, copy.id, key) is None
    imported = store.import_project(A, store.export_project(A, rec.id))
    assert store.summary(A, imported.id, key) is None
    store.delete(A, rec.id)
    with store._engine.connect() as conn:
        left = conn.exec_driver_sql("SELECT project_id FROM project_summaries").fetchall()
    assert rec.id not in {r[0] for r in left}


def test_only_the_newest_summaries_of_a_project_are_kept(store):
    rec = project_of_a(store)
    keys = [hashlib.sha256(str(i).encode()).hexdigest() for i in range(store_module.SUMMARIES_KEPT + 2)]
    for i, key in enumerate(keys):
        store.keep_summary(A, rec.id, key, str(i))
    kept = [store.summary(A, rec.id, key) for key in keys]
    n = store_module.SUMMARIES_KEPT
    assert kept == [None] * (len(keys) - n) + [str(i) for i in range(len(keys) - n, len(keys))]
    store.keep_summary(A, rec.id, keys[-1], "again")                    # the same key: replaced
    assert store.summary(A, rec.id, keys[-1]) == "again"
