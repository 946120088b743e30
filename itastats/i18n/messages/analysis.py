MESSAGES = {
    "analysis.cannot_pair": {
        "th": "จับคู่ก่อน–หลังไม่ได้ เพราะจำนวนค่าไม่เท่ากัน (ก่อน {n_before} ค่า หลัง {n_after} ค่า) จึงเปรียบเทียบแบบสองกลุ่มอิสระ",
        "en": "Cannot pair before and after: the counts differ ({n_before} before, {n_after} after), so the two lists are compared as independent groups.",
    },
    "analysis.design_set_paired": {
        "th": "เปรียบเทียบแบบจับคู่ (กรณีเดียวกันวัดก่อนและหลัง) ตามที่เลือก",
        "en": "Compared as paired data (the same cases measured before and after), as chosen.",
    },
    "analysis.design_set_independent": {
        "th": "เปรียบเทียบแบบสองกลุ่มอิสระ (คนละกรณีก่อนและหลัง) ตามที่เลือก",
        "en": "Compared as two independent groups (different cases before and after), as chosen.",
    },
    "dropped.missing_before": {
        "th": "ไม่มีค่า \u201cก่อน\u201d จึงไม่นำแถวนี้มาคำนวณ",
        "en": "No \u201cbefore\u201d value, so this row was left out.",
    },
    "dropped.missing_after": {
        "th": "ไม่มีค่า \u201cหลัง\u201d จึงไม่นำแถวนี้มาคำนวณ",
        "en": "No \u201cafter\u201d value, so this row was left out.",
    },
    "dropped.missing_both": {
        "th": "ไม่มีทั้งค่าก่อนและหลัง จึงไม่นำแถวนี้มาคำนวณ",
        "en": "Neither a before nor an after value, so this row was left out.",
    },
}
