"""The change log in words (itastats.store.changes)."""
from __future__ import annotations

import datetime as dt

from itastats.store.changes import describe, role_text, when
from itastats.store.records import Change

UTC = dt.timezone.utc
AT = dt.datetime(2026, 12, 31, 17, 30, tzinfo=UTC)          # 00:30 on 1 January 2027 in Bangkok


def change(action, **detail):
    return Change(AT, "somsri@agency.go.th", action, detail)


def test_the_time_is_bangkoks_and_the_year_buddhist_in_thai():
    assert when(AT, "th") == "1 ม.ค. 2570 เวลา 00:30 น."
    assert when(AT, "en") == "1 Jan 2027, 00:30"


def test_every_kind_of_change_in_thai_and_english():
    cases = [
        (change("created", how="new"), "สร้างโครงการ", "created the project"),
        (change("created", how="copy", source="โครงการเดิม"), "สร้างโดยทำสำเนาจาก \u201cโครงการเดิม\u201d",
         "made it as a copy of \u201cโครงการเดิม\u201d"),
        (change("created", how="import"), "สร้างจากไฟล์โครงการ (.zip)", "made it from a project file (.zip)"),
        (change("created", how="sample"), "สร้างโครงการตัวอย่าง", "created the sample project"),
        (change("profile", fields=["kpis", "name"]), "แก้ไขตัวชี้วัด, ชื่อโครงการ", "changed the KPIs, the name"),
        (change("profile", fields=["something_new"]), "แก้ไขรายละเอียดโครงการ", "changed the project profile"),
        (change("choices"), "เปลี่ยนตัวเลือกการวิเคราะห์", "changed the analysis choices"),
        (change("file_added", page="532h", name="อัตรากำลัง.xlsx"), "เพิ่มไฟล์ \u201cอัตรากำลัง.xlsx\u201d (5.3.2)",
         "added the file \u201cอัตรากำลัง.xlsx\u201d (5.3.2)"),
        (change("file_removed", page="541", name="a.csv"), "ลบไฟล์ \u201ca.csv\u201d (5.4.1)",
         "removed the file \u201ca.csv\u201d (5.4.1)"),
        (change("shared", email="b@x.go.th", role="editor"), "แชร์ให้ b@x.go.th (แก้ไขได้)",
         "shared it with b@x.go.th (editor)"),
        (change("unshared", email="b@x.go.th"), "ยกเลิกการแชร์ของ b@x.go.th", "took back b@x.go.th's access"),
        (change("from_the_future"), "แก้ไขโครงการ", "changed the project"),
    ]
    for c, th, en in cases:
        assert (describe(c, "th"), describe(c, "en")) == (th, en)
    assert [role_text(r, "th") for r in ("owner", "editor", "viewer")] == ["เจ้าของ", "แก้ไขได้", "ดูอย่างเดียว"]
