"""A year of attendance in one file, counted two ways: by itastats (Arrow
reader, names cleaned as arrays, people grouped by integer codes) and by a
plain loop over the records written below, straight from the rules in
itastats.criteria.attendance's docstring (people by e-mail, else by
person_key; a name with two e-mails is that many people; units and names the
most frequent, ties first seen).  The file has thousands of distinct written
names (titles, spaces, tabs, no-break spaces, zero-width marks, Thai marks out
of order, Zoom "(...)", guests, e-mails in upper case or with "mailto:"), so
the array paths are the ones taken.  No timing is asserted here: speed is
measured by benchmarks/bench_attendance.py.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import math
import random
import re
from collections import Counter

import pytest

from itastats.criteria import attendance as A
from itastats.read.names import clean_space, display_name, person_key, unit_key

FILE = "attendance_2568.csv"
FIRST = ["สมชาย", "สมหญิง", "มาลี", "วิชัย", "พรทิพย์", "ประเสริฐ", "อรุณี", "ธนพล", "กาญจนา", "สุรชัย", "John", "Ann"]
LAST = ["ใจดี", "รักดี", "ศรีสุข", "มั่นคง", "ปู่ทอง", "กุ่มดี", "Smith", "O'Neil"]
TITLES = ["", "", "นาย", "นางสาว", "น.ส. ", "นาง", "ดร.", "ว่าที่ร้อยตรี ดร.", "Mr. ", "MRS.", "dr ", "Miss "]
SPACES = [" ", " ", "  ", "\xa0", "\t", " \u200b"]
TAILS = [""] * 12 + [" (Guest)", " (ภายนอก)", " (Somchai J.)", "(แขก)"]
UNITS = ["กองคลัง", "กอง คลัง", "กองการเจ้าหน้าที่", "IT Center", "it  center", "สำนักงานเลขานุการกรม", ""]
SESSIONS = [f"อบรมหลักสูตรที่ {k}/2568" for k in range(1, 13)] + ["อบรมหลักสูตรที่  1/2568", ""]
BARE = {"นาย", "นาง", "นางสาว", "น.ส.", "นส.", "ดร.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr."}
GUEST = re.compile(r"\((?:guest|external|ผู้เยี่ยมชม|แขก|ภายนอก|บุคคลภายนอก)\)\s*$", re.IGNORECASE)


def make_rows(n_rows: int = 20000, n_people: int = 2500, seed: int = 13) -> list[list[str]]:
    rng = random.Random(seed)
    home = [rng.choice(UNITS) for _ in range(n_people)]
    rows = []
    for _ in range(n_rows):
        i = rng.randrange(n_people)
        first, last = FIRST[i % len(FIRST)] + (str(i // 96) if i >= 96 else ""), LAST[(i // len(FIRST)) % len(LAST)]
        name = rng.choice(TITLES) + first + rng.choice(SPACES) + last + rng.choice(TAILS)
        if rng.random() < 0.05:
            name = " " + name.replace("\u0e39\u0e48", "\u0e48\u0e39") + "  "      # ปู่ with its marks swapped
        r = rng.random()
        email = "" if r < 0.55 else f"p{i}@moi.go.th" if r < 0.95 else f"p{i}.b@moi.go.th"  # some names: 2 e-mails
        if email and rng.random() < 0.1:
            email = "MAILTO:" + email.upper()
        if rng.random() < 0.003:
            name = rng.choice(["นาย", "Mr.", ""])                                # a title alone is no name
        unit = home[i] if rng.random() < 0.9 else rng.choice(UNITS)
        day = dt.date(2024, 10, 1) + dt.timedelta(days=rng.randrange(12) * 7)
        minutes = rng.choice(["", "", "30", "45", "120"])
        rows.append([name, email, unit, day.isoformat(), rng.choice(SESSIONS), minutes])
    return rows


def to_csv(rows) -> bytes:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["ชื่อ-สกุล", "อีเมล", "หน่วยงาน", "วันที่", "หลักสูตร", "ระยะเวลา (นาที)"])
    w.writerows(rows)
    return out.getvalue().encode("utf-8")


def expected(rows):
    """The summary counted record by record."""
    recs = []
    for name, email, unit, day, session, minutes in rows:
        text = clean_space(name)
        if text.lower() in BARE:
            text = ""
        em = clean_space(email).lower()
        em = em[7:] if em.startswith("mailto:") else em
        em = em if "@" in em and " " not in em else ""
        if not text and not em:
            continue                                   # no name, no e-mail: not a record
        recs.append({"text": text, "pk": person_key(text), "disp": display_name(text), "email": em,
                     "unit": clean_space(unit), "session": clean_space(session) or FILE[:-4],
                     "date": dt.date.fromisoformat(day), "minutes": float(minutes) if minutes else None})
    emails_of: dict[str, list[str]] = {}
    for r in recs:
        if r["pk"] and r["email"] and r["email"] not in emails_of.setdefault(r["pk"], []):
            emails_of[r["pk"]].append(r["email"])
    for r in recs:
        ems = emails_of.get(r["pk"], [])
        if r["email"]:
            r["who"] = ("e", r["email"])
        elif len(ems) >= 2:
            r["who"] = ("a", r["pk"])
        elif ems:
            r["who"] = ("e", ems[0])
        else:
            r["who"] = ("p", r["pk"])
    people: dict[tuple, list[dict]] = {}
    for r in recs:
        people.setdefault(r["who"], []).append(r)

    def most(values):                                  # most frequent, ties first seen
        counts = Counter(v for v in values if v)
        return max(counts, key=lambda v: (counts[v], -values.index(v))) if counts else ""

    unit_counts = Counter(r["unit"] for r in recs)
    shown_unit = {}
    for u in dict.fromkeys(r["unit"] for r in recs):
        k = unit_key(u)
        if k and (k not in shown_unit or unit_counts[u] > unit_counts[shown_unit[k]]):
            shown_unit[k] = u
    out_people, merges = [], []
    for (kind, key), rs in people.items():
        variants = list(dict.fromkeys(r["text"] + (f" <{r['email']}>" if r["email"] else "") for r in rs))
        disps, ems = [r["disp"] for r in rs], [r["email"] for r in rs]
        name = most(disps) or most(ems)
        uk = most([unit_key(r["unit"]) for r in rs])
        guest = any(GUEST.search(r["text"]) for r in rs)
        mins = [r["minutes"] for r in rs if r["minutes"] is not None]
        status = A.GUEST if guest and not uk else A.STAFF if uk else A.UNASSIGNED
        out_people.append({"key": key, "name": name, "email": most(ems), "unit": shown_unit.get(uk, ""),
                           "sessions": len({(r["session"], r["date"]) for r in rs}),
                           "minutes": sum(mins) if mins else None, "records": len(rs), "status": status,
                           "uk": uk})
        if len(variants) >= 2:
            merges.append((key, name, tuple(variants), len(rs), (FILE,)))
    sessions = {}
    for r in recs:
        s = sessions.setdefault((r["session"], r["date"]), [set(), []])
        s[0].add(r["who"])
        if r["minutes"] is not None:
            s[1].append(r["minutes"])
    session_rows = sorted(((name, date, len(who), sum(m) if m else None, (FILE,))
                           for (name, date), (who, m) in sessions.items()), key=lambda s: (s[1], s[0]))
    staff = Counter(p["uk"] for p in out_people if p["status"] != A.GUEST)
    by_unit = [(shown_unit[k], c) for k, c in sorted(((k, c) for k, c in staff.items() if k), key=lambda kc: -kc[1])]
    by_unit += [(A.UNKNOWN_UNIT, staff[""])] if staff[""] else []
    not_staff = sum(p["status"] == A.GUEST for p in out_people)
    by_unit += [(A.NOT_STAFF, not_staff)] if not_staff else []
    ambiguous = sorted(pk for pk, ems in emails_of.items() if len(ems) >= 2)
    return {"records": len(recs), "people": out_people, "merges": merges, "sessions": session_rows,
            "by_unit": by_unit, "not_staff": not_staff, "ambiguous": ambiguous,
            "unknown": sum(p["status"] == A.UNASSIGNED for p in out_people)}


@pytest.fixture(scope="module")
def case():
    rows = make_rows()
    info, frame = A.read_attendance(to_csv(rows), FILE)
    return rows, info, frame, A.summarize([(info, frame)]), expected(rows)


def test_the_array_paths_are_taken(case):
    rows, info, frame, result, want = case
    assert frame["name"].nunique() > A._MANY                 # thousands of distinct written names
    assert info.kind == A.LIST and info.records == want["records"] < len(rows)


def test_people_are_the_people_counted_by_hand(case):
    _, _, _, result, want = case
    assert result.records == want["records"]
    assert result.attendees == len(want["people"])
    got = result.people
    for col in ("key", "name", "email", "unit", "sessions", "records", "status"):
        assert got[col].tolist() == [p[col] for p in want["people"]], col
    minutes = [None if math.isnan(m) else m for m in got["minutes"]]
    assert minutes == [p["minutes"] for p in want["people"]]
    assert result.unknown_unit == want["unknown"] and result.not_staff == want["not_staff"]
    assert result.guests >= result.not_staff > 0


def test_sessions_units_and_merges_are_the_ones_counted_by_hand(case):
    _, _, _, result, want = case
    assert [(s.name, s.date, s.attendees, s.minutes, s.files) for s in result.sessions] == want["sessions"]
    assert [(u.unit, u.attendees) for u in result.by_unit] == want["by_unit"]
    assert [(m.key, m.name, m.variants, m.records, m.files) for m in result.merges] == want["merges"]
    assert len(result.merges) > 1000                          # titles and spaces: most people written several ways
    same_name = sorted(p.params["name"] for p in result.problems
                       if p.key in ("attendance.same_name_no_email", "attendance.same_name_different_emails"))
    assert len(same_name) == len(want["ambiguous"]) > 0


def test_split_undoes_a_merge_and_assign_picks_a_unit(case):
    _, info, frame, result, want = case
    merge = result.merges[0]
    again = A.summarize([(info, frame)], split=[merge.key], assign={result.people["key"][1]: "กองคลัง"})
    assert again.attendees == result.attendees + len(merge.variants) - 1
    keys = again.people["key"].tolist()
    assert [k for k in keys if k.startswith(merge.key + "|")] == [f"{merge.key}|{v}" for v in merge.variants]
    assert merge.key not in [m.key for m in again.merges]
    picked = again.people.set_index("key").loc[result.people["key"][1]]
    assert again.assigned == 1 and picked["unit_from"] == "picked"
    assert unit_key(picked["unit"]) == unit_key("กองคลัง")    # shown as the files write that unit most
