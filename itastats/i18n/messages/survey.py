"""Messages of itastats.criteria.survey (criterion 5.4.3): level words, criteria and
their citations, Cronbach's alpha words, group-comparison sentences, and the
problems found in a survey file."""

MESSAGES = {
    # --- level words ---------------------------------------------------------
    "survey.level.5": {"th": "มากที่สุด", "en": "very high"},
    "survey.level.4": {"th": "มาก", "en": "high"},
    "survey.level.3": {"th": "ปานกลาง", "en": "moderate"},
    "survey.level.2": {"th": "น้อย", "en": "low"},
    "survey.level.1": {"th": "น้อยที่สุด", "en": "very low"},
    "survey.level.none": {"th": "\u2014", "en": "\u2014"},
    # --- criteria --------------------------------------------------------------
    "survey.criteria.best.name": {
        "th": "เกณฑ์ช่วงชั้น 0.80 (Best, 1977)",
        "en": "0.80 class intervals (Best, 1977)",
    },
    "survey.criteria.half.name": {
        "th": "เกณฑ์ช่วงชั้น 0.50",
        "en": "0.50 class intervals",
    },
    "survey.criteria.best.citation": {
        "th": "เกณฑ์การแปลความหมายค่าเฉลี่ย (ช่วงชั้นเท่ากัน 0.80): 4.21–5.00 มากที่สุด, 3.41–4.20 มาก, "
              "2.61–3.40 ปานกลาง, 1.81–2.60 น้อย, 1.00–1.80 น้อยที่สุด "
              "ตัดสินจากค่าเฉลี่ยที่ปัดเป็นทศนิยม 2 ตำแหน่ง "
              "อ้างอิง: Best, J. W. (1977). Research in Education (3rd ed.). Englewood Cliffs, NJ: Prentice-Hall.",
        "en": "Interpretation of means (equal class intervals of 0.80): 4.21–5.00 very high, 3.41–4.20 high, "
              "2.61–3.40 moderate, 1.81–2.60 low, 1.00–1.80 very low, judged on the mean rounded to "
              "2 decimals. Source: Best, J. W. (1977). Research in Education (3rd ed.). "
              "Englewood Cliffs, NJ: Prentice-Hall.",
    },
    "survey.criteria.half.citation": {
        "th": "เกณฑ์การแปลความหมายค่าเฉลี่ย (เกณฑ์ช่วงชั้น 0.50 ที่ใช้กันทั่วไปในงานวิจัยไทย): "
              "4.51–5.00 มากที่สุด, 3.51–4.50 มาก, 2.51–3.50 ปานกลาง, 1.51–2.50 น้อย, "
              "1.00–1.50 น้อยที่สุด ตัดสินจากค่าเฉลี่ยที่ปัดเป็นทศนิยม 2 ตำแหน่ง",
        "en": "Interpretation of means (the 0.50-interval criteria common in Thai research): "
              "4.51–5.00 very high, 3.51–4.50 high, 2.51–3.50 moderate, 1.51–2.50 low, "
              "1.00–1.50 very low, judged on the mean rounded to 2 decimals.",
    },
    # --- Cronbach's alpha ---------------------------------------------------------
    "survey.alpha.word.excellent": {
        "th": "ความเชื่อมั่นระดับดีเยี่ยม (α ≥ .90; George & Mallery, 2003)",
        "en": "Excellent reliability (α ≥ .90; George & Mallery, 2003)",
    },
    "survey.alpha.word.good": {
        "th": "ความเชื่อมั่นระดับดี (α ≥ .80; George & Mallery, 2003)",
        "en": "Good reliability (α ≥ .80; George & Mallery, 2003)",
    },
    "survey.alpha.word.acceptable": {
        "th": "ความเชื่อมั่นระดับยอมรับได้ (α ≥ .70; George & Mallery, 2003)",
        "en": "Acceptable reliability (α ≥ .70; George & Mallery, 2003)",
    },
    "survey.alpha.word.questionable": {
        "th": "ความเชื่อมั่นระดับพอใช้ (α ≥ .60; George & Mallery, 2003)",
        "en": "Questionable reliability (α ≥ .60; George & Mallery, 2003)",
    },
    "survey.alpha.word.poor": {
        "th": "ความเชื่อมั่นต่ำ (α < .60; George & Mallery, 2003) ข้อคำถามอาจวัดคนละเรื่องกัน",
        "en": "Poor reliability (α < .60; George & Mallery, 2003): the items may not measure one thing.",
    },
    "survey.alpha.word.none": {
        "th": "คำนวณค่าความเชื่อมั่นไม่ได้",
        "en": "Reliability cannot be computed.",
    },
    "survey.alpha.citation": {
        "th": "อ้างอิง: George, D., & Mallery, P. (2003). SPSS for Windows step by step: A simple guide and reference. "
              "11.0 update (4th ed.). Boston: Allyn & Bacon.",
        "en": "George, D., & Mallery, P. (2003). SPSS for Windows step by step: A simple guide and reference. "
              "11.0 update (4th ed.). Boston: Allyn & Bacon.",
    },
    "survey.alpha.too_few_items": {
        "th": "ต้องมีข้อคำถามอย่างน้อย 2 ข้อจึงคำนวณค่าสัมประสิทธิ์แอลฟาของครอนบาคได้",
        "en": "Cronbach's alpha needs at least 2 items.",
    },
    "survey.alpha.too_few_rows": {
        "th": "มีผู้ตอบครบทุกข้อน้อยกว่า 2 คน จึงคำนวณค่าสัมประสิทธิ์แอลฟาของครอนบาคไม่ได้",
        "en": "Fewer than 2 respondents answered every item, so Cronbach's alpha cannot be computed.",
    },
    "survey.alpha.no_variance": {
        "th": "คะแนนรวมของผู้ตอบทุกคนเท่ากัน (ไม่มีความแปรปรวน) จึงคำนวณค่าสัมประสิทธิ์แอลฟาของครอนบาคไม่ได้",
        "en": "Every respondent has the same total score (no variance), so Cronbach's alpha cannot be computed.",
    },
    # --- group comparisons --------------------------------------------------------
    "survey.groups.significant": {
        "th": "ความพึงพอใจของผู้ตอบที่มี{by}ต่างกัน แตกต่างกันอย่างมีนัยสำคัญทางสถิติที่ระดับ .05 ({test}, {p})",
        "en": "Satisfaction differs by {by}, a statistically significant difference at the .05 level ({test}, {p}).",
    },
    "survey.groups.not_significant": {
        "th": "ความพึงพอใจของผู้ตอบที่มี{by}ต่างกัน ไม่แตกต่างกันอย่างมีนัยสำคัญทางสถิติที่ระดับ .05 ({test}, {p})",
        "en": "Satisfaction does not differ significantly by {by} at the .05 level ({test}, {p}).",
    },
    "survey.groups.sentence_error": {
        "th": "เปรียบเทียบความพึงพอใจตาม{by}ไม่ได้: {why}",
        "en": "Satisfaction cannot be compared by {by}: {why}",
    },
    "survey.groups.too_few": {
        "th": "มีกลุ่มที่มีผู้ตอบอย่างน้อย 2 คนไม่ถึง 2 กลุ่ม",
        "en": "fewer than 2 groups have at least 2 respondents.",
    },
    "survey.groups.no_variance": {
        "th": "ผู้ตอบทุกคนมีคะแนนเท่ากัน",
        "en": "every respondent has the same score.",
    },
    "survey.groups.small_left_out": {
        "th": "การเปรียบเทียบตาม{by} ไม่รวมกลุ่มที่มีผู้ตอบน้อยกว่า 2 คน: {groups}",
        "en": "The comparison by {by} leaves out groups with fewer than 2 respondents: {groups}",
    },
    # --- problems in the file -------------------------------------------------------
    "survey.no_items": {
        "th": "ไม่พบคอลัมน์ข้อคำถามแบบมาตรประมาณค่า (คำตอบเป็นคะแนน 1–5 หรือคำ เช่น มากที่สุด … น้อยที่สุด) "
              "กรุณากำหนดว่าคอลัมน์ใดเป็นข้อคำถาม",
        "en": "No rating-scale item was found (answers as scores 1–5 or words such as "
              "\u201cVery satisfied\u201d … \u201cVery dissatisfied\u201d). Mark which columns are items.",
    },
    "survey.all_blank": {
        "th": "พบข้อคำถามแต่ไม่มีคำตอบเลยแม้แต่ข้อเดียว",
        "en": "Items were found but not one of them has an answer.",
    },
    "survey.other_scale": {
        "th": "คอลัมน์ \u201c{column}\u201d ใช้มาตรวัด {scale} คะแนน โปรแกรมวิเคราะห์ได้เฉพาะมาตรประมาณค่า 5 ระดับ (1–5) "
              "กรุณาแปลงคะแนนเป็น 5 ระดับ หรือกำหนดให้คอลัมน์นี้เป็น \u201cไม่ใช้\u201d",
        "en": "Column \u201c{column}\u201d uses a {scale} scale. Only 5-point rating scales (1–5) are analysed: "
              "convert the scores to 5 points or mark the column \u201cnot used\u201d.",
    },
    "survey.column_other_scale": {
        "th": "คอลัมน์นี้เป็นคะแนน {scale} ไม่ใช่มาตรประมาณค่า 5 ระดับ จึงไม่นำมาคิด",
        "en": "This column holds {scale} scores, not a 5-point rating scale, so it is left out.",
    },
    "survey.out_of_scale": {
        "th": "มีคำตอบ {n} ค่าที่อยู่นอกช่วง 1–5 หรือไม่ใช่จำนวนเต็ม ({values}) จึงไม่นำมาคิด",
        "en": "{n} answers are outside 1–5 or not whole numbers ({values}) and are left out.",
    },
    "survey.unknown_words": {
        "th": "มีคำตอบ {n} ค่าที่โปรแกรมไม่รู้จัก ({words}) ยังไม่นำมาคิดจนกว่าจะกำหนดคะแนนให้ (โปรแกรมไม่เดาเอง)",
        "en": "{n} answers are words the app does not know ({words}); they are left out until you give "
              "them a score (the app never guesses).",
    },
    "survey.blank_respondents": {
        "th": "ไม่นับ {n} แถวที่ไม่ได้ตอบข้อคำถามเลย (แถว {rows})",
        "en": "{n} rows with no item answered are not counted (rows {rows}).",
    },
}
