"""In-memory survey exports for tests/test_survey.py: the three shapes people
upload (Google Forms CSV, Microsoft Forms xlsx, a hand-made cp874 CSV).

Every builder returns the file's bytes and the known answers as numbers, so
a test can compute the expected statistics by hand (pandas) and hold them
against itastats.criteria.survey.
"""
from __future__ import annotations

import csv
import datetime as dt
import io

import numpy as np
from openpyxl import Workbook

TH_WORDS = {5: "มากที่สุด", 4: "มาก", 3: "ปานกลาง", 2: "น้อย", 1: "น้อยที่สุด"}
TH_SAT = {5: "พึงพอใจมากที่สุด", 4: "พึงพอใจมาก", 3: "พึงพอใจปานกลาง", 2: "พึงพอใจน้อย",
          1: "พึงพอใจน้อยที่สุด"}
EN_SAT = {5: "Very satisfied", 4: "Satisfied", 3: "Neutral", 2: "Dissatisfied", 1: "Very dissatisfied"}
EN_AGREE = {5: "Strongly agree", 4: "Agree", 3: "Neither agree nor disagree", 2: "Disagree",
            1: "Strongly disagree"}

# ---------------------------------------------------------------- Google Forms
GRID = "ความพึงพอใจต่อการให้บริการ"
GF_ITEMS = {  # column -> (dimension, item, words, scores)
    f"{GRID} [ความรวดเร็วในการให้บริการ]": [5, 4, 4, 3, 5, 5, 2, 4, 3, 5],
    f"{GRID} [ความสุภาพของเจ้าหน้าที่]": [5, 5, 4, 4, 4, 5, 3, 4, 4, 5],
    f"{GRID} [ความถูกต้องของเอกสาร]": [4, 4, 3, 3, 5, 4, 2, 5, 3, 4],
    "Online system [Ease of use]": [5, 4, 3, 4, 5, 4, 3, 4, 2, 5],
    "Online system [Speed]": [4, 4, 3, 5, 5, 3, 2, 4, 3, 4],
    "ความพึงพอใจโดยรวมต่อโครงการ": [5, 4, 4, 4, 5, 5, 2, 4, 3, 5],   # linear scale: numbers
}
GF_WORDS = {  # how each column writes its answers
    f"{GRID} [ความรวดเร็วในการให้บริการ]": TH_WORDS,
    f"{GRID} [ความสุภาพของเจ้าหน้าที่]": TH_SAT,
    f"{GRID} [ความถูกต้องของเอกสาร]": TH_WORDS,
    "Online system [Ease of use]": EN_SAT,
    "Online system [Speed]": EN_AGREE,
    "ความพึงพอใจโดยรวมต่อโครงการ": None,
}
GF_SEX = ["หญิง", "ชาย", "หญิง", "หญิง", "ชาย", "หญิง", "ชาย", "หญิง", "หญิง", "ชาย"]
GF_AGE = ["20-30 ปี", "31-40 ปี", "31-40 ปี", "41-50 ปี", "20-30 ปี", "31-40 ปี", "41-50 ปี",
          "31-40 ปี", "20-30 ปี", "51 ปีขึ้นไป"]
GF_UNIT = ["กองคลัง", "กองช่าง", "สำนักปลัด", "กองคลัง", "กองช่าง", "สำนักปลัด", "กองคลัง",
           "กองช่าง", "สำนักปลัด", "กองคลัง"]
GF_OPEN = ["อยากให้มีบริการออนไลน์มากขึ้น", "", "เจ้าหน้าที่บริการดีมาก ขอบคุณครับ", "",
           "ควรเพิ่มช่องทางการติดต่อทางโทรศัพท์", "", "รอนานเกินไปในช่วงเช้า", "",
           "<b>ไม่ควรแสดงเป็น HTML</b>", "-"]


def google_forms_csv(*, extra: dict | None = None) -> bytes:
    """A Google Forms responses CSV (UTF-8), answers as words, one linear scale."""
    header = ["Timestamp", "เพศ", "อายุ", "หน่วยงาน", *GF_ITEMS, "ข้อเสนอแนะเพิ่มเติม"]
    if extra:
        header += list(extra)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(header)
    for i in range(10):
        row = [f"2024/03/{i + 10} 10:{i:02d}:15 AM GMT+7", GF_SEX[i], GF_AGE[i], GF_UNIT[i]]
        for col, scores in GF_ITEMS.items():
            words = GF_WORDS[col]
            row.append(str(scores[i]) if words is None else words[scores[i]])
        row.append(GF_OPEN[i])
        if extra:
            row += [v[i] for v in extra.values()]
        w.writerow(row)
    return out.getvalue().encode("utf-8")


def google_scores() -> np.ndarray:
    """respondents × items, in column order."""
    return np.array(list(GF_ITEMS.values()), dtype=float).T


# ---------------------------------------------------------------- Microsoft Forms
MS_META_EN = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time"]
MS_META_TH = ["รหัส", "เวลาเริ่มต้น", "เวลาที่เสร็จสมบูรณ์", "อีเมล", "ชื่อ", "เวลาที่แก้ไขล่าสุด"]
MS_ITEMS = {
    "1.1 ความชัดเจนของขั้นตอน": [5, 4, 4, 5, 3, 4, 5, 4],
    "1.2 ระยะเวลาการให้บริการ": [4, 4, 3, 5, 3, 4, 5, None],   # one answer skipped
    "2.1 ความสุภาพของเจ้าหน้าที่": [5, 5, 4, 5, 4, 4, 5, 5],
    "2.2 ความรู้ของเจ้าหน้าที่": [5, 4, 4, 4, 3, 5, 5, 4],
}
MS_ROLE = ["ผู้บริหาร", "เจ้าหน้าที่", "เจ้าหน้าที่", "ประชาชน", "ประชาชน", "เจ้าหน้าที่",
           "ประชาชน", "ประชาชน"]


def microsoft_forms_xlsx(*, thai: bool = False) -> bytes:
    """A Microsoft Forms export opened in Excel: metadata columns then questions."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    meta = MS_META_TH if thai else MS_META_EN
    ws.append([*meta, "สถานภาพ", *MS_ITEMS, "ข้อเสนอแนะ"])
    start = dt.datetime(2024, 5, 1, 9, 0, 0)
    for i in range(8):
        row = [i + 1, start + dt.timedelta(hours=i), start + dt.timedelta(hours=i, minutes=4),
               "anonymous", None, None, MS_ROLE[i]]
        for scores in MS_ITEMS.values():
            s = scores[i]
            row.append(None if s is None else TH_SAT[s])
        row.append("ดีมาก" if i == 0 else None)
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def ms_scores() -> np.ndarray:
    return np.array([[np.nan if v is None else v for v in col] for col in MS_ITEMS.values()],
                    dtype=float).T


# ---------------------------------------------------------------- hand-made sheet
HM_HEADER = ["ลำดับ", "เพศ", "1.1 ความรวดเร็ว", "1.2 ขั้นตอนไม่ยุ่งยาก", "1.3 ความชัดเจน",
             "2.1 ความสุภาพ", "2.2 ความรู้ความสามารถ"]
HM_DIMS = ["ด้านกระบวนการ", "ด้านกระบวนการ", "ด้านกระบวนการ", "ด้านเจ้าหน้าที่", "ด้านเจ้าหน้าที่"]
HM_SCORES = [  # respondents × 5 items; None = not answered
    [5, 4, 5, 5, 4],
    [4, 4, 3, 4, 4],
    [3, 3, 4, 3, 3],
    [5, 5, 5, 5, 5],
    [4, 3, None, 4, 4],
    [2, 3, 2, 3, 2],
    [4, 4, 4, 5, 4],
    [5, 4, 4, 4, 5],
    [3, 2, 3, 3, 3],
    [4, 5, 4, 4, 5],
    [5, 5, 4, 5, 4],
    [3, 4, 3, 4, 3],
]
HM_SEX = ["ชาย", "หญิง", "หญิง", "ชาย", "หญิง", "ชาย", "หญิง", "หญิง", "ชาย", "หญิง", "หญิง", "ชาย"]


def handmade_cp874_csv() -> bytes:
    """Title row, ด้าน labels above the items, numbered items, a blank line, a
    numbered row with no answers, and ค่าเฉลี่ย / S.D. / รวม rows at the bottom."""
    lines = ["แบบสรุปผลการประเมินความพึงพอใจ โครงการพัฒนาระบบบริการ ประจำปีงบประมาณ 2567,,,,,,",
             ",,ด้านกระบวนการ,,,ด้านเจ้าหน้าที่,",
             ",".join(HM_HEADER)]
    for i, scores in enumerate(HM_SCORES):
        cells = ["" if s is None else str(s) for s in scores]
        lines.append(",".join([str(i + 1), HM_SEX[i], *cells]))
        if i == 5:
            lines.append(",,,,,,")                 # a fully blank line
    lines.append(f"{len(HM_SCORES) + 1},,,,,,")      # a respondent number with no answers
    m = np.array([[np.nan if s is None else s for s in r] for r in HM_SCORES], dtype=float)
    lines.append("ค่าเฉลี่ย,," + ",".join(f"{x:.2f}" for x in np.nanmean(m, axis=0)))
    lines.append("S.D.,," + ",".join(f"{x:.2f}" for x in np.nanstd(m, axis=0, ddof=1)))
    lines.append("รวม,," + ",".join(f"{x:.0f}" for x in np.nansum(m, axis=0)))
    return ("\r\n".join(lines) + "\r\n").encode("cp874")


def hm_scores() -> np.ndarray:
    return np.array([[np.nan if s is None else s for s in r] for r in HM_SCORES], dtype=float)
