"""Messages of itastats.stats.compare: why a test was chosen, why a test could
not be computed, and the two drop reasons that analysis.py does not define
(values that are not finite, per side)."""

MESSAGES = {
    # --- why the headline test was chosen (Comparison.reason) -------------
    "reason.user_choice": {
        "th": "ใช้ {test} ตามที่ผู้ใช้เลือก",
        "en": "{test}, as chosen by the user.",
    },
    "reason.no_test": {
        "th": "ทดสอบนัยสำคัญทางสถิติไม่ได้ จึงแสดงเฉพาะค่าสถิติเชิงพรรณนา",
        "en": "No significance test is possible, so only descriptive statistics are shown.",
    },
    "reason.paired.large_sample": {
        "th": "มีข้อมูล {n} คู่ (ตั้งแต่ 30 คู่ขึ้นไป) จึงใช้ {test} ได้โดยไม่ต้องกังวลเรื่องรูปแบบการแจกแจง",
        "en": "There are {n} pairs (30 or more), so the {test} can be used whatever the shape of the data.",
    },
    "reason.paired.normal": {
        "th": "ผลต่างก่อน–หลังแจกแจงแบบปกติ (Shapiro-Wilk, {p}) จึงใช้ {test}",
        "en": "The before–after differences look normally distributed (Shapiro-Wilk, {p}), so the {test} is used.",
    },
    "reason.paired.not_normal": {
        "th": "ผลต่างก่อน–หลังไม่แจกแจงแบบปกติ (Shapiro-Wilk, {p}) และมีข้อมูลเพียง {n} คู่ จึงใช้ {test}",
        "en": "The before–after differences are not normally distributed (Shapiro-Wilk, {p}) and there are only {n} pairs, so the {test} is used.",
    },
    "reason.paired.too_few_for_shapiro": {
        "th": "มีข้อมูลเพียง {n} คู่ น้อยเกินกว่าจะตรวจการแจกแจงแบบปกติได้ จึงใช้ {test}",
        "en": "With only {n} pairs the shape of the data cannot be checked, so the {test} is used.",
    },
    "reason.paired.constant_differences": {
        "th": "ผลต่างก่อน–หลังเท่ากันทุกคู่ จึงคำนวณ t-test ไม่ได้ และใช้ {test} แทน",
        "en": "Every pair changed by exactly the same amount, so a t-test cannot be computed; the {test} is used instead.",
    },
    "reason.independent.large_sample": {
        "th": "ทั้งสองกลุ่มมีข้อมูลตั้งแต่ 30 ค่าขึ้นไป (ก่อน {n_before} ค่า หลัง {n_after} ค่า) จึงใช้ {test} ได้โดยไม่ต้องกังวลเรื่องรูปแบบการแจกแจง",
        "en": "Both groups have 30 or more values ({n_before} before, {n_after} after), so the {test} can be used whatever the shape of the data.",
    },
    "reason.independent.normal": {
        "th": "ข้อมูลทั้งสองกลุ่มแจกแจงแบบปกติ (Shapiro-Wilk: ก่อน {p_before}, หลัง {p_after}) จึงใช้ {test}",
        "en": "Both groups look normally distributed (Shapiro-Wilk: before {p_before}, after {p_after}), so the {test} is used.",
    },
    "reason.independent.not_normal": {
        "th": "ข้อมูลอย่างน้อยหนึ่งกลุ่มไม่แจกแจงแบบปกติ (Shapiro-Wilk: ก่อน {p_before}, หลัง {p_after}) และมีข้อมูลไม่ถึงกลุ่มละ 30 ค่า (ก่อน {n_before} ค่า หลัง {n_after} ค่า) จึงใช้ {test}",
        "en": "At least one group is not normally distributed (Shapiro-Wilk: before {p_before}, after {p_after}) and the groups do not both have 30 values ({n_before} before, {n_after} after), so the {test} is used.",
    },
    "reason.independent.too_few_for_shapiro": {
        "th": "มีกลุ่มที่มีข้อมูลไม่ถึง 3 ค่า (ก่อน {n_before} ค่า หลัง {n_after} ค่า) จึงตรวจการแจกแจงแบบปกติไม่ได้ และใช้ {test}",
        "en": "A group has fewer than 3 values ({n_before} before, {n_after} after), so the shape of the data cannot be checked; the {test} is used.",
    },
    "reason.independent.constant_group": {
        "th": "มีกลุ่มที่ทุกค่าเท่ากันหมด จึงตรวจการแจกแจงแบบปกติไม่ได้ และใช้ {test} (ก่อน {n_before} ค่า หลัง {n_after} ค่า)",
        "en": "All values in one group are the same, so the shape of the data cannot be checked; the {test} is used ({n_before} before, {n_after} after).",
    },
    "reason.independent.too_large_for_shapiro": {
        "th": "กลุ่มหนึ่งมีข้อมูลเกิน 5,000 ค่า ตรวจการแจกแจงแบบปกติด้วย Shapiro-Wilk ไม่ได้ และอีกกลุ่มมีไม่ถึง 30 ค่า (ก่อน {n_before} ค่า หลัง {n_after} ค่า) จึงใช้ {test}",
        "en": "One group has more than 5,000 values (too many for Shapiro-Wilk) and the other fewer than 30 ({n_before} before, {n_after} after), so the {test} is used.",
    },
    "reason.independent.constant_groups": {
        "th": "ค่าภายในกลุ่มก่อนและภายในกลุ่มหลังเท่ากันหมดทั้งกลุ่ม จึงคำนวณ t-test ไม่ได้ และใช้ {test} แทน (ก่อน {n_before} ค่า หลัง {n_after} ค่า)",
        "en": "Every value within the before group, and within the after group, is the same, so a t-test cannot be computed; the {test} is used instead ({n_before} before, {n_after} after).",
    },
    # --- why no test, or one test, could not be computed (error keys) -----
    "compare.too_few_pairs": {
        "th": "มีข้อมูลที่ครบทั้งค่าก่อนและค่าหลังไม่ถึง 2 คู่ จึงทดสอบนัยสำคัญทางสถิติไม่ได้ แสดงได้เฉพาะค่าสถิติเชิงพรรณนา",
        "en": "Fewer than 2 cases have both a before and an after value, so no significance test is possible; only descriptive statistics are shown.",
    },
    "compare.too_few_values": {
        "th": "กลุ่มก่อนหรือกลุ่มหลังมีข้อมูลไม่ถึง 2 ค่า จึงทดสอบนัยสำคัญทางสถิติไม่ได้ แสดงได้เฉพาะค่าสถิติเชิงพรรณนา",
        "en": "The before or the after group has fewer than 2 values, so no significance test is possible; only descriptive statistics are shown.",
    },
    "compare.no_change": {
        "th": "ค่าก่อนและหลังเท่ากันทุกคู่ ไม่มีการเปลี่ยนแปลง จึงไม่มีความแตกต่างให้ทดสอบ",
        "en": "Before and after are equal in every pair: nothing changed, so there is no difference to test.",
    },
    "compare.all_identical": {
        "th": "ทุกค่าทั้งก่อนและหลังเท่ากันหมด ไม่มีความแตกต่างให้ทดสอบ",
        "en": "Every value, before and after, is the same: there is no difference to test.",
    },
    "compare.constant_differences": {
        "th": "ผลต่างก่อน–หลังเท่ากันทุกคู่ (ไม่มีความแปรปรวน) จึงคำนวณ paired t-test ไม่ได้",
        "en": "Every pair changed by exactly the same amount (no variation), so the paired t-test cannot be computed.",
    },
    "compare.constant_groups": {
        "th": "ค่าภายในแต่ละกลุ่มเท่ากันหมด (ไม่มีความแปรปรวน) จึงคำนวณ Welch t-test ไม่ได้",
        "en": "The values within each group are all the same (no variation), so the Welch t-test cannot be computed.",
    },
    "compare.values_too_large": {
        "th": "มีค่าที่ใหญ่เกินกว่าจะคำนวณทางสถิติได้อย่างถูกต้อง (เกิน 10¹⁵⁰) กรุณาตรวจสอบข้อมูล",
        "en": "Some values are too large to compute with correctly (beyond 10¹⁵⁰); please check the data.",
    },
    # --- drop reasons not defined in messages/analysis.py -----------------
    "dropped.not_finite_before": {
        "th": "ค่า \u201cก่อน\u201d ไม่ใช่ตัวเลขจำกัด (เช่น อนันต์) จึงไม่นำแถวนี้มาคำนวณ",
        "en": "The \u201cbefore\u201d value is not a finite number (e.g. infinite), so this row was left out.",
    },
    "dropped.not_finite_after": {
        "th": "ค่า \u201cหลัง\u201d ไม่ใช่ตัวเลขจำกัด (เช่น อนันต์) จึงไม่นำแถวนี้มาคำนวณ",
        "en": "The \u201cafter\u201d value is not a finite number (e.g. infinite), so this row was left out.",
    },
}
