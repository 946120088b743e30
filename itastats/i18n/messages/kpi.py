"""Messages of the project profile (:mod:`itastats.criteria.project`), the KPIs
(:mod:`itastats.criteria.kpi`, :mod:`itastats.render.scorecard`) and the evidence checklist
(:mod:`itastats.criteria.checklist`).

Parameters used in the texts: ``{field}`` (a profile field such as
``kpis[0].target``), ``{value}``, ``{maximum}``, ``{metric}`` (a metric's name
as in the file), ``{source}`` (a source key), ``{n}`` / ``{total}`` (counts),
``{missing}`` / ``{activities}`` (lists already in words), ``{op}``,
``{target}``, ``{value}``.
"""

_CHECKLIST_TITLES = {
    "5.1.1": ("รายละเอียดโครงการ: วัตถุประสงค์ กิจกรรม งบประมาณ ระยะเวลา และตัวชี้วัด",
              "Project details: objectives, activities, budget, period and KPIs"),
    "5.1.2": ("ผู้รับผิดชอบแต่ละกิจกรรมของโครงการ", "The person responsible for each activity"),
    "5.2.1": ("การสื่อสารโครงการให้บุคลากรในหน่วยงานรับทราบ", "Communicating the project to staff"),
    "5.3.1": ("การดำเนินกิจกรรมตามโครงการ", "Activities carried out"),
    "5.3.2": ("บุคลากรเข้าร่วมกิจกรรมและเกิดการเรียนรู้", "Staff took part and learned"),
    "5.4.1": ("ผลสำเร็จของโครงการเชิงสถิติ: ความรวดเร็ว ความคุ้มค่า การประหยัด",
              "Statistical results: speed, value for money, savings"),
    "5.4.2": ("รางวัล ประกาศเกียรติคุณ และคำชื่นชม", "Awards, certificates and thanks"),
    "5.4.3": ("ความพึงพอใจของผู้รับบริการและผู้มีส่วนได้ส่วนเสีย", "Satisfaction survey"),
    "5.4.4": ("การรายงานผลการดำเนินโครงการต่อผู้บังคับบัญชา", "Report to the supervisor"),
}

MESSAGES: dict[str, dict[str, str]] = {
    # ---- profile validation (ProfileError.key; params: field, value, maximum)
    "profile.error.bad_value": {"th": "ค่าของ \u201c{field}\u201d ไม่ถูกต้อง กรุณาตรวจสอบและกรอกใหม่",
                                "en": "The value of \u201c{field}\u201d is not valid; please check it."},
    "profile.error.not_finite": {"th": "\u201c{field}\u201d ต้องเป็นตัวเลขที่ใช้คำนวณได้",
                                 "en": "\u201c{field}\u201d must be a usable number."},
    "profile.error.negative": {"th": "\u201c{field}\u201d ต้องไม่ติดลบ",
                               "en": "\u201c{field}\u201d cannot be negative."},
    "profile.error.not_positive": {"th": "\u201c{field}\u201d ต้องมากกว่าศูนย์",
                                   "en": "\u201c{field}\u201d must be more than zero."},
    "profile.error.too_large": {"th": "\u201c{field}\u201d ต้องไม่เกิน {maximum}",
                                "en": "\u201c{field}\u201d can be at most {maximum}."},
    "profile.error.bad_date": {"th": "\u201c{field}\u201d ไม่ใช่วันที่: {value}",
                               "en": "\u201c{field}\u201d is not a date: {value}"},
    "profile.error.bad_op": {"th": "เงื่อนไขเป้าหมาย \u201c{field}\u201d ต้องเป็น \u2265 (ไม่น้อยกว่า) "
                                   "หรือ \u2264 (ไม่เกิน) ไม่ใช่ {value}",
                             "en": "The target condition \u201c{field}\u201d must be \u2265 (at least) "
                                   "or \u2264 (at most), not {value}"},
    "profile.error.bad_source": {"th": "ตัวชี้วัด \u201c{field}\u201d ต้องระบุที่มาของค่าที่วัดได้",
                                 "en": "KPI \u201c{field}\u201d must say where its measured value comes from."},
    "profile.error.not_json": {"th": "ไฟล์ข้อมูลโครงการเสียหายหรือไม่ใช่ไฟล์ของโปรแกรมนี้ ({field})",
                               "en": "The project file is damaged or not from this program ({field})."},

    # ---- KPI targets
    "kpi.op.>=": {"th": "ไม่น้อยกว่า", "en": "at least"},
    "kpi.op.<=": {"th": "ไม่เกิน", "en": "at most"},

    # ---- KPI sources
    "kpi.source.manual": {"th": "กรอกค่าเอง", "en": "Typed in by hand"},
    "kpi.source.survey": {"th": "ผลแบบสอบถามความพึงพอใจ (5.4.3)", "en": "Satisfaction survey (5.4.3)"},
    "kpi.source.attendance": {"th": "ข้อมูลการเข้าร่วมกิจกรรม (5.3.2)", "en": "Attendance (5.3.2)"},
    "kpi.source.541.pct_reduction": {"th": "ร้อยละที่ลดลงของ{metric} (5.4.1)",
                                     "en": "% reduction in {metric} (5.4.1)"},
    "kpi.source.541.after": {"th": "{metric} หลังดำเนินโครงการ (5.4.1)",
                             "en": "{metric} after the project (5.4.1)"},
    "kpi.source.541.change": {"th": "{metric} เปลี่ยนไป หลัง \u2212 ก่อน (5.4.1)",
                              "en": "Change in {metric}, after \u2212 before (5.4.1)"},

    # ---- KPI statuses
    "kpi.status.achieved": {"th": "บรรลุเป้าหมาย", "en": "Achieved"},
    "kpi.status.not_achieved": {"th": "ยังไม่บรรลุเป้าหมาย", "en": "Not yet achieved"},
    "kpi.status.no_data": {"th": "ยังไม่มีข้อมูล", "en": "No data yet"},
    "kpi.status.no_target": {"th": "ยังไม่กำหนดเป้าหมาย", "en": "No target set"},

    # ---- why a KPI has no verdict, and what to do
    "kpi.error.no_data": {"th": "ยังไม่มีข้อมูลจากแหล่ง \u201c{source}\u201d เลือกแหล่งข้อมูลอื่นหรือกรอกค่าเอง",
                          "en": "No data from \u201c{source}\u201d yet; choose another source or type the value in."},
    "kpi.error.no_data_541": {
        "th": "ยังไม่มีผลของ \u201c{metric}\u201d อัปโหลดไฟล์ข้อมูลก่อน\u2013หลังในหน้า 5.4.1",
        "en": "No result for \u201c{metric}\u201d yet: upload the before/after file on page 5.4.1."},
    "kpi.error.no_data_survey": {
        "th": "ยังไม่มีผลแบบสอบถามความพึงพอใจ กรอกค่าเองไปก่อนได้",
        "en": "No satisfaction survey results yet; type the value in for now."},
    "kpi.error.no_data_attendance": {
        "th": "ยังไม่มีข้อมูลการเข้าร่วมกิจกรรม กรอกค่าเองไปก่อนได้",
        "en": "No attendance data yet; type the value in for now."},
    "kpi.error.no_manual_value": {
        "th": "ยังไม่ได้กรอกค่าที่วัดได้ กรอกในหน้าข้อมูลโครงการ",
        "en": "No measured value typed in yet: enter it on the project page."},
    "kpi.error.not_computable": {
        "th": "คำนวณค่าจากแหล่งนี้ไม่ได้ (เช่น ค่าก่อนเป็นศูนย์จึงคิดเป็นร้อยละไม่ได้) เลือกแหล่งข้อมูลอื่น",
        "en": "This source gives no value (e.g. a % change from a zero before-value); choose another source."},
    "kpi.error.no_target": {"th": "ยังไม่ได้กำหนดค่าเป้าหมาย กำหนดในหน้าข้อมูลโครงการ",
                            "en": "No target set yet: set it on the project page."},

    # ---- the scorecard figure
    "kpi.card.title": {"th": "ตัวชี้วัดความสำเร็จของโครงการ", "en": "Project KPIs"},
    "kpi.card.summary": {"th": "บรรลุเป้าหมาย {n} จาก {total} ตัวชี้วัด",
                         "en": "{n} of {total} KPIs achieved"},
    "kpi.card.target": {"th": "เป้าหมาย {op} {target}", "en": "Target {op} {target}"},
    "kpi.card.source": {"th": "ที่มา: {source}", "en": "Source: {source}"},
    "kpi.card.unnamed": {"th": "(ไม่มีชื่อตัวชี้วัด)", "en": "(KPI without a name)"},
    "kpi.card.empty": {"th": "ยังไม่ได้กำหนดตัวชี้วัด กำหนดได้ในหน้าข้อมูลโครงการ",
                       "en": "No KPIs yet: add them on the project page."},
    "kpi.card.measured": {"th": "ผลที่วัดได้", "en": "Measured"},
    "kpi.card.hover": {"th": "{name}<br>ผลที่วัดได้: {value}<br>{target}",
                       "en": "{name}<br>Measured: {value}<br>{target}"},

    # ---- the evidence checklist
    "checklist.title": {"th": "หลักฐานตามตัวชี้วัดที่ 5", "en": "Evidence for criterion 5"},
    "checklist.status.done": {"th": "ครบแล้ว", "en": "Done"},
    "checklist.status.partial": {"th": "ยังไม่ครบ", "en": "Partly done"},
    "checklist.status.missing": {"th": "ยังไม่มี", "en": "Missing"},
    "checklist.status.later": {"th": "ในรุ่นถัดไป", "en": "In a later version"},
    "checklist.open_page": {"th": "ไปที่หน้านี้", "en": "Open the page"},
    "checklist.list_sep": {"th": ", ", "en": ", "},
    "checklist.field.name": {"th": "ชื่อโครงการ", "en": "project name"},
    "checklist.field.objectives": {"th": "วัตถุประสงค์", "en": "objectives"},
    "checklist.field.activities": {"th": "กิจกรรม", "en": "activities"},
    "checklist.field.budget": {"th": "งบประมาณรวม", "en": "total budget"},
    "checklist.field.period": {"th": "ระยะเวลาดำเนินโครงการ", "en": "project period"},
    "checklist.field.kpis": {"th": "ตัวชี้วัด (KPI)", "en": "KPIs"},
    "checklist.detail.5.1.1.done": {"th": "กรอกครบทั้ง {total} รายการ",
                                    "en": "All {total} parts are filled in."},
    "checklist.detail.5.1.1.partial": {"th": "กรอกแล้ว {n} จาก {total} รายการ ยังขาด: {missing}",
                                       "en": "{n} of {total} parts filled in; still missing: {missing}."},
    "checklist.detail.5.1.1.missing": {
        "th": "ยังไม่ได้กรอกรายละเอียดโครงการ ({missing}) เริ่มที่หน้าข้อมูลโครงการ",
        "en": "The project details are not filled in yet ({missing}); start on the project page."},
    "checklist.detail.5.1.2.done": {"th": "ทุกกิจกรรมมีผู้รับผิดชอบ ({n} กิจกรรม)",
                                    "en": "Every activity has a person responsible ({n} activities)."},
    "checklist.detail.5.1.2.partial": {
        "th": "มีผู้รับผิดชอบ {n} จาก {total} กิจกรรม ยังขาด: {activities}",
        "en": "{n} of {total} activities have a person responsible; still missing: {activities}."},
    "checklist.detail.5.1.2.missing": {
        "th": "ยังไม่ได้ระบุผู้รับผิดชอบของกิจกรรมใดเลย ({total} กิจกรรม)",
        "en": "No activity names a person responsible yet ({total} activities)."},
    "checklist.detail.5.1.2.no_activities": {
        "th": "ยังไม่มีกิจกรรม เพิ่มกิจกรรมพร้อมชื่อและตำแหน่งผู้รับผิดชอบในหน้าข้อมูลโครงการ",
        "en": "No activities yet: add them with the responsible person's name and position on the project page."},
    "checklist.detail.5.4.1.done": {
        "th": "มีผลเปรียบเทียบก่อน\u2013หลัง {metrics} รายการ (ทดสอบทางสถิติ {tested} รายการ)",
        "en": "{metrics} before/after comparisons ({tested} with a significance test)."},
    "checklist.detail.5.4.1.partial": {
        "th": "อัปโหลดไฟล์แล้วแต่ยังไม่มีผลที่ทดสอบทางสถิติได้ ({metrics} รายการ) "
              "ตรวจสอบการกำหนดคอลัมน์และจำนวนข้อมูลในหน้า 5.4.1",
        "en": "Files are uploaded but nothing could be tested yet ({metrics} metrics); "
              "check the column mapping and the number of values on page 5.4.1."},
    "checklist.detail.5.4.1.missing": {
        "th": "ยังไม่มีข้อมูลก่อน\u2013หลัง อัปโหลดไฟล์ในหน้า 5.4.1",
        "en": "No before/after data yet: upload a file on page 5.4.1."},
    "checklist.detail.later": {"th": "หน้าสำหรับหลักฐานข้อนี้จะมีในรุ่นถัดไป",
                               "en": "The page for this item comes in a later version."},
    "checklist.warning.budget_over": {
        "th": "(งบประมาณของกิจกรรมรวม {activities_budget} บาท เกินงบประมาณโครงการ {project_cost} บาท)",
        "en": "(the activities' budgets add up to {activities_budget} baht, more than the project's "
              "{project_cost} baht)"},
    "checklist.warning.period_order": {
        "th": "(วันสิ้นสุดโครงการอยู่ก่อนวันเริ่มต้น)",
        "en": "(the project ends before it starts)"},
}

for _code, (_th, _en) in _CHECKLIST_TITLES.items():
    MESSAGES[f"checklist.title.{_code}"] = {"th": _th, "en": _en}

MESSAGES.update({
    "checklist.detail.5.4.3.done": {
        "th": "ผลแบบสอบถาม {respondents} คน {items} ข้อ ความพึงพอใจร้อยละ {pct}",
        "en": "Survey of {respondents} respondents, {items} items: satisfaction {pct}%"},
    "checklist.detail.5.4.3.partial": {
        "th": "อัปโหลดไฟล์แล้ว {files} ไฟล์ แต่ยังไม่พบข้อคำถามแบบมาตรประมาณค่า เปิดหน้า 5.4.3 เพื่อตรวจสอบ",
        "en": "{files} file(s) uploaded but no rating-scale items found yet: open page 5.4.3 to check"},
    "checklist.detail.5.4.3.missing": {
        "th": "ยังไม่มีผลแบบสอบถามความพึงพอใจ อัปโหลดไฟล์จาก Google Forms หรือ Microsoft Forms ได้ที่หน้า 5.4.3",
        "en": "No satisfaction survey yet: upload the Google Forms or Microsoft Forms export on page 5.4.3"},
    "kpi.src.survey_pct": {"th": "ร้อยละความพึงพอใจ (5.4.3)", "en": "Satisfaction percentage (5.4.3)"},
    "kpi.src.survey_mean": {"th": "ค่าเฉลี่ยความพึงพอใจภาพรวม (5.4.3)", "en": "Overall satisfaction mean (5.4.3)"},
    "checklist.detail.5.2.1.done": {
        "th": "บันทึกการสื่อสาร {n} ครั้ง เข้าถึงผู้รับรวม {people} คน-ครั้ง",
        "en": "{n} communications logged, reaching {people} person-times in all"},
    "checklist.detail.5.2.1.partial": {
        "th": "บันทึกแล้ว {total} รายการ มีวันที่และเรื่องครบ {n} รายการ เติมให้ครบในหน้า 5.2.1",
        "en": "{total} entries, {n} with a date and a subject: complete them on page 5.2.1"},
    "checklist.detail.5.2.1.missing": {
        "th": "ยังไม่มีบันทึกการสื่อสารถึงบุคลากร เพิ่มหรืออัปโหลดได้ที่หน้า 5.2.1",
        "en": "No communication to staff logged yet: add or upload it on page 5.2.1"},
    "checklist.detail.5.3.1.done": {
        "th": "บันทึกกิจกรรม {n} ครั้ง ผู้เข้าร่วมรวม {people} คน-ครั้ง พร้อมภาพ {photos} ภาพ",
        "en": "{n} activities logged, {people} person-times taking part in all, {photos} photos"},
    "checklist.detail.5.3.1.partial": {
        "th": "บันทึกแล้ว {total} รายการ (มีวันที่และชื่อกิจกรรมครบ {n} รายการ ภาพ {photos} ภาพ) "
              "เติมวันที่ ชื่อกิจกรรม และภาพถ่ายในหน้า 5.3.1",
        "en": "{total} entries ({n} with a date and a title, {photos} photos): add the missing dates, "
              "titles and photos on page 5.3.1"},
    "checklist.detail.5.3.1.missing": {
        "th": "ยังไม่มีบันทึกการดำเนินกิจกรรม เพิ่มหรืออัปโหลดพร้อมภาพถ่ายได้ที่หน้า 5.3.1",
        "en": "No activities logged yet: add or upload them with photos on page 5.3.1"},
    "checklist.detail.5.3.2.done": {
        "th": "บุคลากรเข้าร่วม {staff} จาก {headcount} คน ร้อยละ {rate} (ผู้เข้าร่วมทั้งหมด {attendees} คน) "
              "ผลทดสอบก่อน\u2013หลัง {paired} คน",
        "en": "{staff} of {headcount} staff took part, {rate}% ({attendees} people in all); pre/post test of "
              "{paired} people"},
    "checklist.detail.5.3.2.done_no_rate": {
        "th": "ผู้เข้าร่วม {attendees} คน (ยังไม่มีจำนวนบุคลากร) ผลทดสอบก่อน\u2013หลัง {paired} คน",
        "en": "{attendees} people took part (no headcount yet); pre/post test of {paired} people"},
    "checklist.detail.5.3.2.no_learning": {
        "th": "มีข้อมูลผู้เข้าร่วม {attendees} คนแล้ว ยังขาดผลทดสอบก่อน\u2013หลัง อัปโหลดได้ที่หน้า 5.3.2",
        "en": "Attendance of {attendees} people is in; the pre/post test is missing: upload it on page 5.3.2"},
    "checklist.detail.5.3.2.no_attendance": {
        "th": "มีผลทดสอบก่อน\u2013หลัง {paired} คนแล้ว ยังขาดรายชื่อผู้เข้าร่วม อัปโหลดได้ที่หน้า 5.3.2",
        "en": "The pre/post test of {paired} people is in; attendance is missing: upload it on page 5.3.2"},
    "checklist.detail.5.3.2.unread": {
        "th": "อัปโหลดไฟล์แล้ว {files} ไฟล์ แต่ยังอ่านรายชื่อหรือคะแนนไม่ได้ เปิดหน้า 5.3.2 เพื่อตรวจสอบ",
        "en": "{files} file(s) uploaded but no names or scores could be read yet: open page 5.3.2 to check"},
    "checklist.detail.5.3.2.missing": {
        "th": "ยังไม่มีข้อมูลผู้เข้าร่วมและผลการเรียนรู้ อัปโหลดใบลงชื่อ รายงาน Zoom/Teams และคะแนนทดสอบได้ที่หน้า 5.3.2",
        "en": "No attendance or learning data yet: upload sign-in sheets, Zoom/Teams reports and test scores "
              "on page 5.3.2"},
    "kpi.source.learning": {"th": "ผลทดสอบก่อน\u2013หลัง (5.3.2)", "en": "Pre/post test (5.3.2)"},
    "kpi.error.no_data_learning": {
        "th": "ยังไม่มีผลทดสอบก่อน\u2013หลัง อัปโหลดได้ที่หน้า 5.3.2",
        "en": "No pre/post test results yet: upload them on page 5.3.2."},
    "checklist.detail.5.4.2.done": {
        "th": "ทะเบียนรางวัลและคำชื่นชม {n} รายการ แนบไฟล์ {files} ไฟล์",
        "en": "{n} awards, certificates, thanks or news items registered, {files} files attached"},
    "checklist.detail.5.4.2.partial": {
        "th": "บันทึกแล้ว {total} รายการ มีวันที่และชื่อรายการครบ {n} รายการ เติมให้ครบในหน้า 5.4.2",
        "en": "{total} entries, {n} with a date and a title: complete them on page 5.4.2"},
    "checklist.detail.5.4.2.missing": {
        "th": "ยังไม่มีรางวัล เกียรติบัตร หนังสือขอบคุณ หรือข่าวเผยแพร่ บันทึกได้ที่หน้า 5.4.2",
        "en": "No awards, certificates, thank-you letters or news yet: register them on page 5.4.2"},
    "checklist.detail.5.4.4.done": {
        "th": "หัวบันทึกข้อความและผู้ลงนามครบแล้ว ดาวน์โหลดรายงานและชุดหลักฐานได้ที่หน้า 5.4.4",
        "en": "The memo's header and signer are complete: download the report and the evidence pack on page 5.4.4"},
    "checklist.detail.5.4.4.partial": {
        "th": "กรอกหัวบันทึกข้อความแล้ว {n} จาก {total} ช่อง ยังขาด: {missing}",
        "en": "{n} of {total} memo fields filled in; still missing: {missing}"},
    "checklist.detail.5.4.4.missing": {
        "th": "ยังไม่ได้กรอกหัวบันทึกข้อความรายงานผู้บังคับบัญชา กรอกครั้งเดียวที่หน้า 5.4.4 แล้วดาวน์โหลดได้ทันที",
        "en": "The report memo's header is not filled in yet: fill it in once on page 5.4.4, then download"},
    "checklist.field.office": {"th": "ส่วนราชการ", "en": "office"},
    "checklist.field.subject": {"th": "เรื่อง", "en": "subject"},
    "checklist.field.to": {"th": "เรียน", "en": "addressee"},
    "checklist.field.signer_name": {"th": "ชื่อผู้ลงนาม", "en": "signer's name"},
    "checklist.field.signer_position": {"th": "ตำแหน่งผู้ลงนาม", "en": "signer's position"},
})
