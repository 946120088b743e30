MESSAGES = {
    "nar.exact": {"th": "ค่า p แบบแม่นตรง", "en": "exact"},
    "nar.normal_approx": {"th": "ค่า p ประมาณด้วยการแจกแจงปกติ", "en": "normal approximation"},
    "nar.after_project": {"th": "หลังดำเนินโครงการ ", "en": "After the project, "},
    "nar.fell": {"th": "ลดลง", "en": "fell"},
    "nar.rose": {"th": "เพิ่มขึ้น", "en": "rose"},
    "nar.to_fell": {"th": "เหลือ", "en": "to"},
    "nar.to_rose": {"th": "เป็น", "en": "to"},
    "nar.pct": {"th": "({verb}ร้อยละ {pct})", "en": "({signed}%)"},
    "nar.join": {"th": " ", "en": ", "},
    "nar.end": {"th": "", "en": "."},
    "nar.change_mean": {
        "th": "{name}{verb}จากเฉลี่ย {before} {to} {after} {pct}",
        "en": "\u201c{name}\u201d {verb} from a mean of {before} {to} {after} {pct}",
    },
    "nar.change_aggregate": {
        "th": "{name}{verb}จาก {before} {to} {after} {pct}",
        "en": "\u201c{name}\u201d {verb} from {before} {to} {after} {pct}",
    },
    "nar.unchanged": {
        "th": "{name}ไม่เปลี่ยนแปลง (เฉลี่ย {value} ทั้งก่อนและหลัง)",
        "en": "\u201c{name}\u201d did not change (a mean of {value} before and after)",
    },
    "nar.no_numbers": {
        "th": "{name}: ไม่มีข้อมูลพอสำหรับเปรียบเทียบ",
        "en": "\u201c{name}\u201d: not enough data to compare",
    },
    "nar.significant": {
        "th": "แตกต่างกันอย่างมีนัยสำคัญทางสถิติที่ระดับ .05 ({stats})",
        "en": "a statistically significant difference at the .05 level ({stats}).",
    },
    "nar.not_significant": {
        "th": "ไม่แตกต่างกันอย่างมีนัยสำคัญทางสถิติ ({stats})",
        "en": "not a statistically significant difference ({stats}).",
    },
    "nar.reported_once": {
        "th": "ตัวเลขข้างต้นเป็นตัวเลขที่หน่วยงานรายงาน มีค่าก่อนและหลังอย่างละหนึ่งค่า จึงทดสอบนัยสำคัญทางสถิติไม่ได้ "
              "(การทดสอบต้องใช้ข้อมูลรายกรณี)",
        "en": "These are reported figures, one number before and one after, so no significance test is possible "
              "(a test needs case-level data).",
    },
    "nar.reconcile_agrees": {
        "th": "{reported} เป็นค่าเดียวกับ{tested}ที่ปัดเศษแล้ว (ข้อมูลรายกรณี: เฉลี่ย {tb} \u2192 {ta}) "
              "ซึ่งทดสอบทางสถิติแล้ว",
        "en": "\u201c{reported}\u201d is \u201c{tested}\u201d rounded (case-level data: a mean of {tb} \u2192 {ta}), "
              "which was tested.",
    },
    "nar.reconcile_differs": {
        "th": "{reported}ที่รายงานต่างจากค่าเฉลี่ยของ{tested}จากข้อมูลรายกรณี ({tb} \u2192 {ta}) "
              "ให้ใช้ผลจากข้อมูลรายกรณีซึ่งทดสอบทางสถิติแล้วเป็นหลัก",
        "en": "The reported \u201c{reported}\u201d differs from the case-level mean of \u201c{tested}\u201d "
              "({tb} \u2192 {ta}); rely on the case-level result, which was tested.",
    },
    "nar.aggregate_no_test": {
        "th": "ข้อมูลมีค่าก่อนและหลังอย่างละหนึ่งค่า จึงทดสอบนัยสำคัญทางสถิติไม่ได้ (การทดสอบต้องใช้ข้อมูลรายกรณี)",
        "en": "There is one number before and one after, so no significance test is possible (a test needs case-level data).",
    },
    "nar.no_test": {
        "th": "ทดสอบนัยสำคัญทางสถิติไม่ได้",
        "en": "No significance test could be computed.",
    },
    "nar.ci_mean": {
        "th": "ช่วงความเชื่อมั่น {level}% ของผลต่างค่าเฉลี่ย (หลัง − ก่อน): {low} ถึง {high} {unit}",
        "en": "{level}% confidence interval of the mean difference (after − before): {low} to {high} {unit}",
    },
    "nar.ci_shift": {
        "th": "ช่วงความเชื่อมั่น {level}% ของค่าประมาณ Hodges–Lehmann (หลัง − ก่อน): {low} ถึง {high} {unit}",
        "en": "{level}% confidence interval of the Hodges–Lehmann estimate (after − before): {low} to {high} {unit}",
    },
    "nar.effect": {
        "th": "ขนาดอิทธิพล {name} = {value} ({size})",
        "en": "Effect size {name} = {value} ({size})",
    },
    "effect.negligible": {"th": "น้อยมาก", "en": "negligible"},
    "effect.small": {"th": "เล็ก", "en": "small"},
    "effect.medium": {"th": "ปานกลาง", "en": "medium"},
    "effect.large": {"th": "ใหญ่", "en": "large"},
}
