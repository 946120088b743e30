"""Messages of itastats.criteria.learning: pre-test and post-test scores (5.3.2)."""

MESSAGES = {
    # --- reading a score sheet ----------------------------------------------
    "learning.no_score_column": {
        "th": "ไม่พบคอลัมน์คะแนน ในชีตนี้ (หัวคอลัมน์ที่อ่านได้: {columns}) ตั้งชื่อหัวคอลัมน์เช่น "
              "\u201cคะแนนก่อนเรียน\u201d และ \u201cคะแนนหลังเรียน\u201d หรือ \u201cPre-test\u201d / \u201cPost-test\u201d แล้วอัปโหลดอีกครั้ง",
        "en": "No score column was found in this sheet (headers read: {columns}). Name the columns e.g. "
              "\u201cคะแนนก่อนเรียน\u201d and \u201cคะแนนหลังเรียน\u201d, or \u201cPre-test\u201d / \u201cPost-test\u201d, then upload it again.",
    },
    "learning.no_header": {
        "th": "ไม่พบแถวหัวตารางในชีตนี้ (ดูใน {rows} แถวแรก) ต้องมีหัวคอลัมน์ชื่อผู้สอบและคะแนน",
        "en": "No header row was found in this sheet (looked in the first {rows} rows); it needs headers for the names and the scores.",
    },
    "learning.not_a_score": {
        "th": "\u201c{value}\u201d ไม่ใช่คะแนน จึงไม่นำมาคำนวณ",
        "en": "\u201c{value}\u201d is not a score, so it is left out.",
    },
    "learning.negative_score": {
        "th": "คะแนน {value} ติดลบ จึงไม่นำมาคำนวณ",
        "en": "The score {value} is negative, so it is left out.",
    },
    "learning.above_max": {
        "th": "คะแนน {value} สูงกว่าคะแนนเต็ม {max} จึงไม่นำมาคำนวณ",
        "en": "The score {value} is above full marks ({max}), so it is left out.",
    },
    "learning.max_differs": {
        "th": "คะแนนเต็มของแบบทดสอบก่อนเรียน ({pre}) และหลังเรียน ({post}) ไม่เท่ากัน จึงใช้ {used} "
              "ตรวจสอบแล้วระบุคะแนนเต็มเองหากไม่ถูกต้อง",
        "en": "Full marks differ between the pre-test ({pre}) and the post-test ({post}); {used} is used. "
              "Check, and set full marks yourself if this is wrong.",
    },
    "learning.several_columns": {
        "th": "พบคอลัมน์คะแนนของแบบทดสอบเดียวกันหลายคอลัมน์ ({columns}) จึงใช้ \u201c{used}\u201d",
        "en": "Several score columns were found for one test ({columns}); \u201c{used}\u201d is used.",
    },
    "learning.side.pre": {"th": "ก่อนเรียน", "en": "pre-test"},
    "learning.side.post": {"th": "หลังเรียน", "en": "post-test"},
    "learning.side_from_sheet.pre": {
        "th": "หัวคอลัมน์ \u201c{column}\u201d ไม่ได้บอกว่าเป็นก่อนหรือหลังเรียน จึงถือเป็นคะแนนก่อนเรียนตามชื่อชีตหรือชื่อไฟล์",
        "en": "The header \u201c{column}\u201d does not say pre or post, so it is taken as the pre-test score from the sheet or file name.",
    },
    "learning.side_from_sheet.post": {
        "th": "หัวคอลัมน์ \u201c{column}\u201d ไม่ได้บอกว่าเป็นก่อนหรือหลังเรียน จึงถือเป็นคะแนนหลังเรียนตามชื่อชีตหรือชื่อไฟล์",
        "en": "The header \u201c{column}\u201d does not say pre or post, so it is taken as the post-test score from the sheet or file name.",
    },
    "learning.side_assumed.pre": {
        "th": "ไม่ทราบว่าคะแนนในคอลัมน์ \u201c{column}\u201d เป็นก่อนหรือหลังเรียน จึงถือเป็นคะแนนก่อนเรียนตามลำดับที่อัปโหลด "
              "ตรวจสอบแล้วเลือกเองหากไม่ถูกต้อง",
        "en": "It is not said whether the scores in \u201c{column}\u201d are pre- or post-test, so they are taken as "
              "the pre-test scores from the upload order. Check, and choose yourself if wrong.",
    },
    "learning.side_assumed.post": {
        "th": "ไม่ทราบว่าคะแนนในคอลัมน์ \u201c{column}\u201d เป็นก่อนหรือหลังเรียน จึงถือเป็นคะแนนหลังเรียนตามลำดับที่อัปโหลด "
              "ตรวจสอบแล้วเลือกเองหากไม่ถูกต้อง",
        "en": "It is not said whether the scores in \u201c{column}\u201d are pre- or post-test, so they are taken as "
              "the post-test scores from the upload order. Check, and choose yourself if wrong.",
    },
    "learning.no_name": {
        "th": "แถวนี้ไม่มีชื่อผู้สอบ จึงจับคู่คะแนนก่อนและหลังเรียนไม่ได้",
        "en": "This row has no name, so its pre- and post-test scores cannot be matched.",
    },
    "learning.duplicate_person": {
        "th": "\u201c{name}\u201d มีคะแนนมากกว่าหนึ่งแถว (แถวแรกคือแถว {first}) จึงใช้เฉพาะแถวแรก",
        "en": "\u201c{name}\u201d has more than one row of scores (the first is row {first}); only the first is used.",
    },
    # --- putting sheets together ----------------------------------------------
    "learning.no_sheets": {
        "th": "ยังไม่มีไฟล์คะแนน อัปโหลดคะแนนก่อนและหลังเรียน",
        "en": "No score file yet: upload the pre-test and post-test scores.",
    },
    "learning.need_both.pre": {
        "th": "มีแต่คะแนนก่อนเรียน อัปโหลดคะแนนหลังเรียนด้วยเพื่อเปรียบเทียบ",
        "en": "Only pre-test scores were given; upload the post-test scores too to compare.",
    },
    "learning.need_both.post": {
        "th": "มีแต่คะแนนหลังเรียน อัปโหลดคะแนนก่อนเรียนด้วยเพื่อเปรียบเทียบ",
        "en": "Only post-test scores were given; upload the pre-test scores too to compare.",
    },
    "learning.cannot_match": {
        "th": "จับคู่คะแนนก่อนและหลังเรียนไม่ได้ เพราะไฟล์ \u201c{file}\u201d ไม่มีคอลัมน์ชื่อหรือรหัสผู้สอบ",
        "en": "The pre- and post-test scores cannot be matched: \u201c{file}\u201d has no column of names or IDs.",
    },
    "learning.matched_by_id": {
        "th": "จับคู่คะแนนก่อนและหลังเรียนด้วยคอลัมน์ \u201c{column}\u201d",
        "en": "Pre- and post-test scores were matched by the column \u201c{column}\u201d.",
    },
    "learning.matched_by_name": {
        "th": "จับคู่คะแนนก่อนและหลังเรียนด้วยชื่อ-สกุล (ไม่สนใจคำนำหน้าชื่อและช่องว่าง)",
        "en": "Pre- and post-test scores were matched by name (titles and spaces ignored).",
    },
    # --- names of the metric and of KPI sources -------------------------------
    "learning.src.post_mean": {"th": "คะแนนเฉลี่ยหลังเรียน (5.3.2)", "en": "Mean post-test score (5.3.2)"},
    "learning.src.gain_pct": {"th": "ร้อยละที่คะแนนเฉลี่ยเพิ่มขึ้นหลังเรียน (5.3.2)",
                              "en": "Percentage rise of the mean score after training (5.3.2)"},
    "learning.src.passed_post_pct": {"th": "ร้อยละผู้ผ่านเกณฑ์หลังเรียน (5.3.2)",
                                     "en": "Percentage passing the post-test (5.3.2)"},
}
