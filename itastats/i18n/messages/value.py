"""Messages of :mod:`itastats.criteria.value`: value for money (คุ้มค่า) and savings (ประหยัด).

Parameters used in the texts: ``{metric}`` (a metric's name as in the file),
``{unit}`` (its unit as in the file), ``{p}`` (a formatted p-value),
``{years}`` / ``{months}`` (payback).
"""

_KIND = {
    "seconds": ("วินาที", "seconds", "3,600", "÷"),
    "minutes": ("นาที", "minutes", "60", "÷"),
    "hours": ("ชั่วโมง", "hours", "", ""),
    "days": ("วัน", "days", "", "×"),
}
_BASIS = {
    "per_case": ("เรื่อง", "case"),
    "per_month": ("เดือน", "month"),
    "per_year": ("ปี", "year"),
}

MESSAGES: dict[str, dict[str, str]] = {
    # ---- page texts
    "value.title": {"th": "ความคุ้มค่าและการประหยัด", "en": "Value for money and savings"},
    "value.section.time": {"th": "มูลค่าของเวลาที่ประหยัดได้", "en": "Value of the time saved"},
    "value.section.cost": {"th": "ค่าใช้จ่ายที่ประหยัดได้", "en": "Savings"},
    "value.section.return": {"th": "ความคุ้มค่าเมื่อเทียบกับงบประมาณโครงการ",
                             "en": "Return against the project's cost"},
    "value.label.formula": {"th": "สูตร", "en": "Formula"},
    "value.label.inputs": {"th": "ข้อมูลที่ใช้คำนวณ", "en": "Inputs"},
    "value.label.worked": {"th": "วิธีคำนวณ", "en": "Worked out"},
    "value.option.none": {"th": "(ไม่ใช้)", "en": "(none)"},
    "value.field.cases_per_year": {"th": "จำนวนเรื่องที่ดำเนินการต่อปี", "en": "Cases a year"},
    "value.field.cases_per_year.help": {
        "th": "จำนวนเอกสาร/คำขอ/ผู้รับบริการที่ดำเนินการในหนึ่งปี",
        "en": "Documents, requests or clients handled in one year"},
    "value.field.staff_cost_per_hour": {"th": "ค่าตอบแทนบุคลากรต่อชั่วโมง (บาท)",
                                        "en": "Staff cost per hour (baht)"},
    "value.field.staff_cost_per_hour.help": {
        "th": "เงินเดือนรวมค่าตอบแทนต่อเดือน ÷ ชั่วโมงทำงานต่อเดือน (ประมาณ 140 ชั่วโมง) "
              "เช่น 35,000 ÷ 140 = 250 บาท",
        "en": "Monthly pay ÷ working hours a month (about 140), e.g. 35,000 ÷ 140 = 250 baht"},
    "value.field.project_cost": {"th": "งบประมาณโครงการ (บาท)", "en": "Project cost (baht)"},
    "value.field.project_cost.help": {
        "th": "ค่าใช้จ่ายทั้งหมดของโครงการ เช่น ค่าระบบ อุปกรณ์ และการอบรม",
        "en": "Everything the project cost: software, equipment, training"},
    "value.field.hours_per_day": {"th": "ชั่วโมงทำงานต่อวัน", "en": "Working hours a day"},
    "value.field.hours_per_day.help": {
        "th": "ใช้แปลงเวลาที่วัดเป็นวันให้เป็นชั่วโมง (ราชการ 08:30–16:30 หักพักกลางวัน = 7 ชั่วโมง)",
        "en": "Turns a time in days into hours (civil service 08:30–16:30 less lunch = 7 hours)"},
    "value.field.time_metric": {"th": "ตัวชี้วัดด้านเวลา", "en": "Time metric"},
    "value.field.time_metric.help": {
        "th": "ตัวชี้วัดที่มีหน่วยเป็นเวลา (นาที ชั่วโมง วัน) ใช้คำนวณมูลค่าของเวลาที่ประหยัดได้",
        "en": "A metric in minutes, hours or days, used for the value of the time saved"},
    "value.field.cost_metric": {"th": "ตัวชี้วัดด้านค่าใช้จ่าย", "en": "Cost metric"},
    "value.field.cost_metric.help": {
        "th": "ตัวชี้วัดที่มีหน่วยเป็นบาท (ต่อเรื่อง ต่อเดือน หรือต่อปี) ใช้คำนวณค่าใช้จ่ายที่ประหยัดได้",
        "en": "A metric in baht (per case, per month or per year), used for the savings"},

    # ---- items (labels of the derived figures)
    "value.item.time_saved_per_case": {"th": "เวลาที่ลดลงต่อเรื่อง", "en": "Time saved per case"},
    "value.item.hours_saved_per_year": {"th": "ชั่วโมงที่ประหยัดได้ต่อปี", "en": "Hours saved per year"},
    "value.item.time_value_per_year": {"th": "มูลค่าของเวลาที่ประหยัดได้ต่อปี",
                                       "en": "Value of time saved per year"},
    "value.item.cost_saved_per_case": {"th": "ค่าใช้จ่ายที่ลดลงต่อเรื่อง", "en": "Cost saved per case"},
    "value.item.savings_per_year": {"th": "ค่าใช้จ่ายที่ประหยัดได้ต่อปี", "en": "Savings per year"},
    "value.item.yearly_benefit": {"th": "ผลประโยชน์รวมต่อปี", "en": "Total benefit per year"},
    "value.item.benefit_cost_ratio": {"th": "อัตราส่วนผลประโยชน์ต่อต้นทุน (B/C)",
                                      "en": "Benefit-cost ratio (B/C)"},
    "value.item.roi": {"th": "ผลตอบแทนจากการลงทุน (ROI)", "en": "Return on investment (ROI)"},
    "value.item.payback_years": {"th": "ระยะเวลาคืนทุน", "en": "Payback period"},
    "value.item.payback_months": {"th": "ระยะเวลาคืนทุน (เดือน)", "en": "Payback period (months)"},

    # ---- inputs
    "value.input.time_before": {"th": "เวลาเฉลี่ยก่อนดำเนินโครงการ ({metric})",
                                "en": "Mean time before ({metric})"},
    "value.input.time_after": {"th": "เวลาเฉลี่ยหลังดำเนินโครงการ ({metric})",
                               "en": "Mean time after ({metric})"},
    "value.input.cost_before": {"th": "ค่าใช้จ่ายเฉลี่ยก่อนดำเนินโครงการ ({metric})",
                                "en": "Mean cost before ({metric})"},
    "value.input.cost_after": {"th": "ค่าใช้จ่ายเฉลี่ยหลังดำเนินโครงการ ({metric})",
                               "en": "Mean cost after ({metric})"},
    "value.input.cases_per_year": {"th": "จำนวนเรื่องที่ดำเนินการต่อปี", "en": "Cases a year"},
    "value.input.staff_cost_per_hour": {"th": "ค่าตอบแทนบุคลากรต่อชั่วโมง", "en": "Staff cost per hour"},
    "value.input.project_cost": {"th": "งบประมาณโครงการ", "en": "Project cost"},
    "value.input.hours_per_day": {"th": "ชั่วโมงทำงานต่อวัน", "en": "Working hours a day"},
    "value.input.minutes_per_hour": {"th": "จำนวนนาทีต่อชั่วโมง", "en": "Minutes in an hour"},
    "value.input.seconds_per_hour": {"th": "จำนวนวินาทีต่อชั่วโมง", "en": "Seconds in an hour"},
    "value.input.months_per_year": {"th": "จำนวนเดือนต่อปี", "en": "Months in a year"},

    # ---- units
    "value.unit.baht": {"th": "บาท", "en": "baht"},
    "value.unit.hours": {"th": "ชั่วโมง", "en": "hours"},
    "value.unit.minutes": {"th": "นาที", "en": "minutes"},
    "value.unit.seconds": {"th": "วินาที", "en": "seconds"},
    "value.unit.days": {"th": "วัน", "en": "days"},
    "value.unit.years": {"th": "ปี", "en": "years"},
    "value.unit.months": {"th": "เดือน", "en": "months"},
    "value.unit.times": {"th": "เท่า", "en": "times"},
    "value.unit.percent": {"th": "%", "en": "%"},
    "value.unit.baht_per_case": {"th": "บาท/เรื่อง", "en": "baht/case"},
    "value.unit.baht_per_month": {"th": "บาท/เดือน", "en": "baht/month"},
    "value.unit.baht_per_year": {"th": "บาท/ปี", "en": "baht/year"},
    "value.unit.baht_per_hour": {"th": "บาท/ชั่วโมง", "en": "baht/hour"},
    "value.unit.hours_per_case": {"th": "ชั่วโมง/เรื่อง", "en": "hours/case"},
    "value.unit.hours_per_year": {"th": "ชั่วโมง/ปี", "en": "hours/year"},
    "value.unit.hours_per_day": {"th": "ชั่วโมง/วัน", "en": "hours/day"},
    "value.unit.cases_per_year": {"th": "เรื่อง/ปี", "en": "cases/year"},
    "value.unit.minutes_per_hour": {"th": "นาที/ชั่วโมง", "en": "minutes/hour"},
    "value.unit.seconds_per_hour": {"th": "วินาที/ชั่วโมง", "en": "seconds/hour"},
    "value.unit.months_per_year": {"th": "เดือน/ปี", "en": "months/year"},

    # ---- formulas
    "value.formula.time_saved_per_case": {
        "th": "เวลาที่ลดลงต่อเรื่อง (ชั่วโมง) = เวลาเฉลี่ยก่อน − เวลาเฉลี่ยหลัง แปลงเป็นชั่วโมง",
        "en": "Time saved per case (hours) = mean time before − mean time after, in hours"},
    "value.formula.hours_saved_per_year": {
        "th": "ชั่วโมงที่ประหยัดได้ต่อปี = เวลาที่ลดลงต่อเรื่อง × จำนวนเรื่องต่อปี",
        "en": "Hours saved per year = time saved per case × cases a year"},
    "value.formula.hours_saved_per_year.per_case": {
        "th": "ชั่วโมงที่ประหยัดได้ต่อปี = เวลาที่ลดลงต่อเรื่อง × จำนวนเรื่องต่อปี",
        "en": "Hours saved per year = time saved per case × cases a year"},
    "value.formula.time_value_per_year": {
        "th": "มูลค่าของเวลาที่ประหยัดได้ต่อปี = ชั่วโมงที่ประหยัดได้ต่อปี × ค่าตอบแทนบุคลากรต่อชั่วโมง",
        "en": "Value of time saved per year = hours saved per year × staff cost per hour"},
    "value.formula.cost_saved_per_case": {
        "th": "ค่าใช้จ่ายที่ลดลงต่อเรื่อง = ค่าใช้จ่ายเฉลี่ยต่อเรื่องก่อน − ค่าใช้จ่ายเฉลี่ยต่อเรื่องหลัง",
        "en": "Cost saved per case = mean cost per case before − mean cost per case after"},
    "value.formula.savings_per_year.per_case": {
        "th": "ค่าใช้จ่ายที่ประหยัดได้ต่อปี = ค่าใช้จ่ายที่ลดลงต่อเรื่อง × จำนวนเรื่องต่อปี",
        "en": "Savings per year = cost saved per case × cases a year"},
    "value.formula.savings_per_year.per_month": {
        "th": "ค่าใช้จ่ายที่ประหยัดได้ต่อปี = (ค่าใช้จ่ายต่อเดือนก่อน − ค่าใช้จ่ายต่อเดือนหลัง) × 12",
        "en": "Savings per year = (cost per month before − cost per month after) × 12"},
    "value.formula.savings_per_year.per_year": {
        "th": "ค่าใช้จ่ายที่ประหยัดได้ต่อปี = ค่าใช้จ่ายต่อปีก่อน − ค่าใช้จ่ายต่อปีหลัง",
        "en": "Savings per year = cost per year before − cost per year after"},
    "value.formula.yearly_benefit.both": {
        "th": "ผลประโยชน์รวมต่อปี = มูลค่าของเวลาที่ประหยัดได้ต่อปี + ค่าใช้จ่ายที่ประหยัดได้ต่อปี",
        "en": "Total benefit per year = value of time saved per year + savings per year"},
    "value.formula.yearly_benefit.time_only": {
        "th": "ผลประโยชน์รวมต่อปี = มูลค่าของเวลาที่ประหยัดได้ต่อปี (ไม่มีข้อมูลค่าใช้จ่ายที่ประหยัดได้)",
        "en": "Total benefit per year = value of time saved per year (no savings data)"},
    "value.formula.yearly_benefit.cost_only": {
        "th": "ผลประโยชน์รวมต่อปี = ค่าใช้จ่ายที่ประหยัดได้ต่อปี (ไม่มีข้อมูลมูลค่าของเวลา)",
        "en": "Total benefit per year = savings per year (no time-value data)"},
    "value.formula.benefit_cost_ratio": {
        "th": "อัตราส่วนผลประโยชน์ต่อต้นทุน = ผลประโยชน์รวมต่อปี ÷ งบประมาณโครงการ",
        "en": "Benefit-cost ratio = total benefit per year ÷ project cost"},
    "value.formula.roi": {
        "th": "ผลตอบแทนจากการลงทุน (%) = (ผลประโยชน์รวมต่อปี − งบประมาณโครงการ) ÷ งบประมาณโครงการ × 100",
        "en": "Return on investment (%) = (total benefit per year − project cost) ÷ project cost × 100"},
    "value.formula.payback_years": {
        "th": "ระยะเวลาคืนทุน (ปี) = งบประมาณโครงการ ÷ ผลประโยชน์รวมต่อปี",
        "en": "Payback period (years) = project cost ÷ total benefit per year"},
    "value.formula.payback_months": {
        "th": "ระยะเวลาคืนทุน (เดือน) = งบประมาณโครงการ ÷ ผลประโยชน์รวมต่อปี × 12",
        "en": "Payback period (months) = project cost ÷ total benefit per year × 12"},

    # ---- payback in words
    "value.payback.months": {"th": "{months} เดือน", "en": "{months} months"},
    "value.payback.one_year_months": {"th": "1 ปี {months} เดือน", "en": "1 year {months} months"},
    "value.payback.years_months": {"th": "{years} ปี {months} เดือน", "en": "{years} years {months} months"},

    # ---- errors (the figure is not computed)
    "value.error.no_time_metric": {
        "th": "ไม่ได้เลือกตัวชี้วัดด้านเวลา จึงคำนวณมูลค่าของเวลาที่ประหยัดได้ไม่ได้",
        "en": "No time metric is chosen, so the value of the time saved cannot be computed."},
    "value.error.no_cost_metric": {
        "th": "ไม่ได้เลือกตัวชี้วัดด้านค่าใช้จ่าย (บาท) จึงคำนวณค่าใช้จ่ายที่ประหยัดได้ไม่ได้",
        "en": "No cost metric (baht) is chosen, so the savings cannot be computed."},
    "value.error.metric_not_found": {
        "th": "ไม่พบตัวชี้วัด \u201c{metric}\u201d ในข้อมูล",
        "en": "There is no metric \u201c{metric}\u201d in the data."},
    "value.error.unknown_time_unit": {
        "th": "ไม่รู้จักหน่วยเวลา \u201c{unit}\u201d ของตัวชี้วัด \u201c{metric}\u201d "
              "(ใช้ได้: วินาที นาที ชั่วโมง วัน) กรุณาแก้หน่วยในไฟล์หรือเลือกตัวชี้วัดอื่น",
        "en": "The time unit \u201c{unit}\u201d of metric \u201c{metric}\u201d is not known "
              "(use seconds, minutes, hours or days); fix the unit or choose another metric."},
    "value.error.no_time_unit": {
        "th": "ตัวชี้วัด \u201c{metric}\u201d ไม่ได้ระบุหน่วยเวลา (นาที ชั่วโมง หรือ วัน) "
              "จึงแปลงเป็นชั่วโมงไม่ได้",
        "en": "Metric \u201c{metric}\u201d has no time unit (minutes, hours or days), "
              "so it cannot be turned into hours."},
    "value.error.not_baht": {
        "th": "ตัวชี้วัด \u201c{metric}\u201d ไม่ได้มีหน่วยเป็นบาท (หน่วยในไฟล์: \u201c{unit}\u201d) "
              "จึงใช้คำนวณค่าใช้จ่ายที่ประหยัดได้ไม่ได้",
        "en": "Metric \u201c{metric}\u201d is not in baht (unit in the file: \u201c{unit}\u201d), "
              "so it cannot give the savings."},
    "value.error.no_change": {
        "th": "ตัวชี้วัด \u201c{metric}\u201d ไม่มีค่าเฉลี่ยก่อนและหลังที่ใช้คำนวณได้",
        "en": "Metric \u201c{metric}\u201d has no usable mean before and after."},
    "value.error.hours_per_day": {
        "th": "กรุณาระบุชั่วโมงทำงานต่อวัน (มากกว่า 0 และไม่เกิน 24) เพื่อแปลงเวลาจากวันเป็นชั่วโมง",
        "en": "Enter the working hours a day (more than 0, at most 24) to turn days into hours."},
    "value.error.cases_per_year": {
        "th": "กรุณาระบุจำนวนเรื่องที่ดำเนินการต่อปี (มากกว่า 0)",
        "en": "Enter the number of cases a year (more than 0)."},
    "value.error.staff_cost_per_hour": {
        "th": "กรุณาระบุค่าตอบแทนบุคลากรต่อชั่วโมง (มากกว่า 0 บาท)",
        "en": "Enter the staff cost per hour (more than 0 baht)."},
    "value.error.project_cost": {
        "th": "กรุณาระบุงบประมาณโครงการ (มากกว่า 0 บาท)",
        "en": "Enter the project cost (more than 0 baht)."},
    "value.error.no_benefit": {
        "th": "คำนวณผลประโยชน์ต่อปีไม่ได้ เพราะไม่มีทั้งมูลค่าของเวลาที่ประหยัดได้และค่าใช้จ่ายที่ประหยัดได้",
        "en": "The yearly benefit cannot be computed: there is neither a value of time saved nor savings."},
    "value.error.no_payback": {
        "th": "ผลประโยชน์ต่อปีไม่มากกว่าศูนย์ จึงไม่มีระยะเวลาคืนทุน",
        "en": "The yearly benefit is not above zero, so there is no payback period."},
    "value.error.not_finite": {
        "th": "ผลการคำนวณไม่ใช่ตัวเลขที่ใช้ได้ (ค่าที่ป้อนใหญ่หรือเล็กเกินไป)",
        "en": "The result is not a usable number (an input is too large or too small)."},

    # ---- notes (cautions next to the figures)
    "value.note.aggregate_no_test": {
        "th": "ตัวชี้วัด \u201c{metric}\u201d มีค่าก่อนและหลังอย่างละหนึ่งค่า จึงทดสอบนัยสำคัญทางสถิติไม่ได้ "
              "ตัวเลขที่คำนวณได้อ้างอิงจากค่าสรุปที่หน่วยงานรายงาน",
        "en": "Metric \u201c{metric}\u201d has one number before and one after, so no significance test "
              "is possible; the figures rest on the summary the office reported."},
    "value.note.not_significant": {
        "th": "การเปลี่ยนแปลงของ \u201c{metric}\u201d ไม่แตกต่างกันอย่างมีนัยสำคัญทางสถิติ ({p}) "
              "ควรระมัดระวังในการอ้างตัวเลขที่คำนวณจากตัวชี้วัดนี้",
        "en": "The change in \u201c{metric}\u201d is not statistically significant ({p}); "
              "be careful when quoting figures built on it."},
    "value.note.time_increased": {
        "th": "เวลาของ \u201c{metric}\u201d เพิ่มขึ้นหลังดำเนินโครงการ มูลค่าของเวลาที่ประหยัดได้จึงติดลบ",
        "en": "The time of \u201c{metric}\u201d went up after the project, so the value of time saved is negative."},
    "value.note.cost_increased": {
        "th": "ค่าใช้จ่ายของ \u201c{metric}\u201d เพิ่มขึ้นหลังดำเนินโครงการ ค่าใช้จ่ายที่ประหยัดได้จึงติดลบ",
        "en": "The cost of \u201c{metric}\u201d went up after the project, so the savings are negative."},
    "value.note.days_elapsed": {
        "th": "\u201c{metric}\u201d วัดเป็นวัน ซึ่งมักเป็นระยะเวลารอคอย ไม่ใช่เวลาทำงานจริงของเจ้าหน้าที่ "
              "การคูณด้วยชั่วโมงทำงานต่อวันอาจทำให้มูลค่าของเวลาสูงเกินจริง "
              "หากมีเวลาทำงานต่อเรื่อง (นาทีหรือชั่วโมง) ควรใช้ตัวชี้วัดนั้นแทน",
        "en": "\u201c{metric}\u201d is measured in days, which is usually waiting time rather than staff "
              "working time; multiplying by working hours a day may overstate the value of time. "
              "Use a working-time metric (minutes or hours) if there is one."},
    "value.note.benefit_time_only": {
        "th": "ผลประโยชน์ต่อปีคิดจากมูลค่าของเวลาที่ประหยัดได้เท่านั้น (ไม่มีค่าใช้จ่ายที่ประหยัดได้)",
        "en": "The yearly benefit counts only the value of time saved (no savings)."},
    "value.note.benefit_cost_only": {
        "th": "ผลประโยชน์ต่อปีคิดจากค่าใช้จ่ายที่ประหยัดได้เท่านั้น (ไม่มีมูลค่าของเวลา)",
        "en": "The yearly benefit counts only the savings (no value of time)."},
}

# time units per case / month / year, and the formulas that turn them into hours
for _kind, (_th, _en, _factor, _op) in _KIND.items():
    for _basis, (_bth, _ben) in _BASIS.items():
        MESSAGES[f"value.unit.{_kind}_{_basis}"] = {"th": f"{_th}/{_bth}", "en": f"{_en}/{_ben}"}
    _conv_th = f" ({_th})" + (f" {_op} {_factor}" if _factor else
                              " × ชั่วโมงทำงานต่อวัน" if _op else "")
    _conv_en = f" ({_en})" + (f" {_op} {_factor}" if _factor else
                              " × working hours a day" if _op else "")
    MESSAGES[f"value.formula.time_saved_per_case.{_kind}"] = {
        "th": f"เวลาที่ลดลงต่อเรื่อง (ชั่วโมง) = (เวลาเฉลี่ยก่อน − เวลาเฉลี่ยหลัง){_conv_th}",
        "en": f"Time saved per case (hours) = (mean time before − mean time after){_conv_en}",
    }
    MESSAGES[f"value.formula.hours_saved_per_year.per_year.{_kind}"] = {
        "th": f"ชั่วโมงที่ประหยัดได้ต่อปี = (เวลาต่อปีก่อน − เวลาต่อปีหลัง){_conv_th}",
        "en": f"Hours saved per year = (time per year before − time per year after){_conv_en}",
    }
    MESSAGES[f"value.formula.hours_saved_per_year.per_month.{_kind}"] = {
        "th": f"ชั่วโมงที่ประหยัดได้ต่อปี = (เวลาต่อเดือนก่อน − เวลาต่อเดือนหลัง){_conv_th} × 12",
        "en": f"Hours saved per year = (time per month before − time per month after){_conv_en} × 12",
    }
