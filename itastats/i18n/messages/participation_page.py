"""Texts of the 5.3.2 page (attendance and learning) and the navigation."""

MESSAGES = {
    "nav.532": {"th": "5.3.2 การเข้าร่วมและการเรียนรู้", "en": "5.3.2 Participation and learning"},
    "p532.title": {"th": "5.3.2 บุคลากรเข้าร่วมและเกิดการเรียนรู้", "en": "5.3.2 Staff took part and learned"},
    "p532.subtitle": {
        "th": "อัปโหลดใบลงชื่อ รายงานผู้เข้าร่วมจาก Zoom หรือ Teams และแบบฟอร์มลงทะเบียนได้พร้อมกัน "
              "ระบบนับแต่ละคนเพียงครั้งเดียว เทียบกับจำนวนบุคลากรของแต่ละหน่วยงาน และเปรียบเทียบคะแนนก่อน\u2013หลังอบรม",
        "en": "Upload sign-in sheets, Zoom or Teams participant reports and check-in forms together: each person "
              "is counted once, against the headcount of each unit, and the pre/post test is compared."},
    "p532.step1": {"th": "1. รายชื่อผู้เข้าร่วม", "en": "1. Attendance records"},
    "p532.step1_help": {
        "th": "ใบลงชื่อที่พิมพ์ลง Excel, รายงาน Participants ของ Zoom, Attendance report ของ Teams, "
              "ผลแบบฟอร์มลงทะเบียน หรือรายชื่อธรรมดา ใช้ไฟล์ตามที่ดาวน์โหลดมาได้เลย ไม่ต้องแก้ไข",
        "en": "Sign-in sheets typed into Excel, Zoom participants reports, Teams attendance reports, check-in "
              "form responses or plain lists, as downloaded: no editing needed."},
    "p532.upload": {"th": "อัปโหลดไฟล์รายชื่อ (เลือกได้หลายไฟล์)", "en": "Upload attendance files (several at once)"},
    "p532.upload_help": {"th": "xlsx, xls, ods, csv, tsv หรือ txt ไฟล์ละไม่เกิน 200 MB",
                         "en": "xlsx, xls, ods, csv, tsv or txt, up to 200 MB each"},
    "p532.use_sample": {"th": "ใช้ข้อมูลตัวอย่าง", "en": "Use the sample data"},
    "p532.step2": {"th": "2. บุคลากรของแต่ละหน่วยงาน", "en": "2. Staff of each unit"},
    "p532.step2_help": {
        "th": "ตาราง หน่วยงาน | จำนวนบุคลากร เพื่อคิดร้อยละการเข้าร่วม (แถว \u201cรวม\u201d ไม่นับซ้ำ) "
              "และ/หรือ บัญชีรายชื่อบุคลากร (ชื่อ-สกุล | หน่วยงาน | อีเมล) ซึ่งบอกหน่วยงานของผู้ที่เข้าร่วมผ่าน "
              "Zoom/Teams ได้ด้วย",
        "en": "A table of unit | number of staff, for the participation rate (a \u201ctotal\u201d row is not counted "
              "twice), and/or the staff list (name | unit | e-mail), which also gives the unit of those who took part "
              "on Zoom/Teams."},
    "p532.upload_headcount": {"th": "อัปโหลดจำนวนบุคลากร หรือรายชื่อบุคลากร (เลือกได้หลายไฟล์)",
                              "en": "Upload the headcount or the staff list (several at once)"},
    "p532.unknown_title": {"th": "ผู้เข้าร่วมที่ยังไม่ทราบหน่วยงาน ({n} คน)",
                           "en": "Attendees whose unit is not known yet ({n})"},
    # the table also lists those already picked and outside guests: the title says both numbers
    "p532.unknown_title_all": {"th": "ผู้เข้าร่วมที่ยังไม่ทราบหน่วยงาน ({n} คน) · ในตาราง {total} คน",
                               "en": "Attendees whose unit is not known yet ({n}) · {total} in the table"},
    "p532.unknown_help": {
        "th": "รายงาน Zoom และ Teams ไม่มีหน่วยงาน ผู้ที่ไม่ได้ลงชื่อในใบลงชื่อจึงยังไม่ถูกนับในร้อยละการเข้าร่วม "
              "อัปโหลดรายชื่อบุคลากรในขั้นที่ 2 เพื่อจับคู่ด้วยอีเมลหรือชื่อ หรือเลือกหน่วยงานให้แต่ละคนด้านล่าง "
              "(เลือก \u201cไม่ใช่บุคลากร\u201d สำหรับบุคคลภายนอก) ระบบไม่นับผู้ที่ยังไม่ทราบหน่วยงานเป็นบุคลากรเอง",
        "en": "Zoom and Teams reports carry no unit, so people who did not also sign the sheet are not counted in the "
              "participation rate yet. Upload the staff list in step 2 to match them by e-mail or name, or pick each "
              "one's unit below (\u201cNot staff\u201d for outside guests). People whose unit is unknown are never "
              "counted as staff on their own."},
    "p532.col.pick_unit": {"th": "หน่วยงาน (เลือก)", "en": "Unit (pick)"},
    "p532.col.came_from": {"th": "มาจากไฟล์", "en": "From"},
    "p532.not_staff": {"th": "ไม่ใช่บุคลากร", "en": "Not staff"},
    "p532.assigned_note": {"th": "เลือกหน่วยงานแล้ว {n} คน · จากรายชื่อบุคลากร {m} คน · ไม่ใช่บุคลากร {g} คน",
                           "en": "Unit picked for {n} · from the staff list {m} · not staff {g}"},
    "p532.rate_counts": {
        "th": "ร้อยละคิดจากบุคลากรของหน่วยงานในไฟล์จำนวนบุคลากรเท่านั้น ไม่นับ{which}",
        "en": "The rate counts only staff of the headcount's units, not {which}."},
    "p532.rate_counts.unknown": {"th": "ผู้ที่ยังไม่ทราบหน่วยงาน {n} คน", "en": "the {n} whose unit is not known"},
    "p532.rate_counts.not_staff": {"th": "ผู้ที่ไม่ใช่บุคลากร {n} คน", "en": "{n} who are not staff"},
    "p532.rate_counts.outside": {"th": "ผู้เข้าร่วมจากหน่วยงานอื่น {n} คน", "en": "{n} from other units"},
    "p532.pick_none": {"th": "(ยังไม่เลือก)", "en": "(not picked)"},
    "p532.files_read": {"th": "ไฟล์ที่อ่านได้", "en": "Files read"},
    "p532.file_line": {"th": "{kind} · {n} แถว · {date}", "en": "{kind} · {n} rows · {date}"},
    "p532.kind.signin": {"th": "ใบลงชื่อ", "en": "Sign-in sheet"},
    "p532.kind.zoom": {"th": "รายงาน Zoom", "en": "Zoom report"},
    "p532.kind.teams": {"th": "รายงาน Teams", "en": "Teams report"},
    "p532.kind.forms": {"th": "แบบฟอร์มลงทะเบียน", "en": "Check-in form"},
    "p532.kind.list": {"th": "รายชื่อ", "en": "List"},
    "p532.session_name": {"th": "ชื่อรอบ/กิจกรรม", "en": "Session name"},
    "p532.session_help": {
        "th": "ไฟล์ของวันเดียวกันนับเป็นรอบเดียวกัน (เช่น ใบลงชื่อในห้อง + Zoom + Teams) "
              "ตั้งชื่อต่างกันถ้าเป็นคนละรอบ เว้นว่างไว้เพื่อใช้ชื่อที่อ่านได้จากไฟล์",
        "en": "Files of the same day count as one session (e.g. room sign-in + Zoom + Teams); give them "
              "different names if they were different sessions. Leave empty to use the name read from the file."},
    "p532.session_column": {"th": "รอบ/กิจกรรมอ่านจากคอลัมน์ในไฟล์", "en": "Sessions read from a column of the file"},
    "p532.fix_file": {"th": "แก้ไฟล์แล้วอัปโหลดใหม่ด้วยชื่อเดิม ไฟล์อื่นยังใช้ได้ตามปกติ",
                      "en": "Fix the file and upload it again under the same name; the other files still count."},
    "p532.reading": {"th": "กำลังอ่านรายชื่อ\u2026", "en": "Reading the records\u2026"},
    "p532.next_upload": {
        "th": "ขั้นต่อไป: อัปโหลดรายชื่อผู้เข้าร่วม หรือกด \u201cใช้ข้อมูลตัวอย่าง\u201d เพื่อดูตัวอย่างผลลัพธ์",
        "en": "Next: upload the attendance records, or press \u201cUse the sample data\u201d to see an example."},
    "p532.next_fix": {
        "th": "ยังไม่พบรายชื่อผู้เข้าร่วมในไฟล์ ตรวจสอบข้อความแจ้งเตือนด้านบน",
        "en": "No attendees found in the files yet; check the messages above."},
    "p532.step3": {"th": "3. ผลการเข้าร่วม", "en": "3. Participation"},
    "p532.part_attendance": {"th": "ขั้นที่ 1–3 การเข้าร่วม", "en": "Steps 1–3: participation"},
    "p532.part_learning": {"th": "ขั้นที่ 4 ผลการเรียนรู้ (ทดสอบก่อน–หลัง)", "en": "Step 4: learning (pre/post test)"},
    "p532.attendees": {"th": "ผู้เข้าร่วม (คน ไม่นับซ้ำ)", "en": "People (each counted once)"},
    "p532.records": {"th": "จาก {n} รายการในไฟล์", "en": "from {n} records in the files"},
    "p532.sessions": {"th": "จำนวนรอบ", "en": "Sessions"},
    "p532.rate": {"th": "ร้อยละการเข้าร่วม", "en": "Participation rate"},
    "p532.rate_of": {"th": "{n} จาก {total} คน", "en": "{n} of {total} staff"},
    "p532.no_headcount": {"th": "อัปโหลดจำนวนบุคลากรเพื่อคิดร้อยละ", "en": "Upload the headcount to get the rate"},
    "p532.online_hours": {"th": "ชั่วโมงออนไลน์รวม", "en": "Hours online in all"},
    "p532.online_people": {"th": "จาก Zoom/Teams {n} คน", "en": "from Zoom/Teams, {n} people"},
    "p532.by_unit": {"th": "แยกตามหน่วยงาน", "en": "By unit"},
    "p532.by_session": {"th": "แยกตามรอบ", "en": "By session"},
    "p532.col.unit": {"th": "หน่วยงาน", "en": "Unit"},
    "p532.col.attendees": {"th": "ผู้เข้าร่วม (คน)", "en": "Attendees"},
    "p532.col.headcount": {"th": "บุคลากร (คน)", "en": "Headcount"},
    "p532.col.rate": {"th": "ร้อยละ", "en": "Rate (%)"},
    "p532.col.session": {"th": "รอบ/กิจกรรม", "en": "Session"},
    "p532.col.date": {"th": "วันที่", "en": "Date"},
    "p532.col.hours": {"th": "ชั่วโมงออนไลน์", "en": "Hours online"},
    "p532.col.person": {"th": "ชื่อ", "en": "Name"},
    "p532.col.variants": {"th": "ชื่อที่เขียนต่างกัน", "en": "Spellings merged"},
    "p532.col.records": {"th": "รายการ", "en": "Records"},
    "p532.col.files": {"th": "ไฟล์", "en": "Files"},
    "p532.col.why": {"th": "เหตุผล", "en": "Why"},
    "p532.unknown_unit": {"th": "ไม่ระบุหน่วยงาน", "en": "Unit not given"},
    "p532.merges": {"th": "ชื่อที่รวมเป็นคนเดียวกัน ({n} คน)", "en": "Names counted as one person ({n})"},
    "p532.merges_help": {
        "th": "ระบบรวมรายชื่อที่อีเมลตรงกัน หรือชื่อตรงกันเมื่อตัดคำนำหน้า (นาย/นาง/นางสาว) ช่องว่าง "
              "และชื่อในวงเล็บของ Zoom ออก หากรวมผิด เลือกชื่อนั้นด้านล่างเพื่อแยกกลับ",
        "en": "Records are merged when their e-mail matches, or their name matches once titles (Mr/Mrs/Ms), "
              "spaces and Zoom's bracketed name are removed. If a merge is wrong, pick it below to undo it."},
    "p532.no_merges": {"th": "ไม่มีชื่อที่ต้องรวม", "en": "No names needed merging."},
    "p532.split": {"th": "แยกกลับ (ไม่ใช่คนเดียวกัน)", "en": "Undo these merges (not the same person)"},
    "p532.split_help": {"th": "ชื่อที่เลือกจะนับแยกตามการสะกดแต่ละแบบ",
                        "en": "Each spelling of a chosen name is counted as its own person."},
    "p532.problems": {"th": "แถวที่ไม่ได้นับและข้อสังเกต ({n})", "en": "Rows not counted, and notes ({n})"},
    "p532.infographic": {"th": "อินโฟกราฟิกการเข้าร่วม", "en": "Participation infographic"},
    "p532.step4": {"th": "4. ผลการเรียนรู้ (ทดสอบก่อน\u2013หลัง)", "en": "4. Learning (pre/post test)"},
    "p532.step4_help": {
        "th": "ไฟล์เดียวที่มีคะแนนก่อนและหลัง หรือสองไฟล์ (ก่อน / หลัง) ที่จับคู่กันด้วยชื่อ "
              "ใช้สถิติชุดเดียวกับหน้า 5.4.1 (paired t-test หรือ Wilcoxon signed-rank)",
        "en": "One file with both scores, or two files (pre / post) matched by name; the statistics are those "
              "of page 5.4.1 (paired t-test or Wilcoxon signed-rank)."},
    "p532.upload_tests": {"th": "อัปโหลดคะแนนทดสอบ", "en": "Upload the test scores"},
    "p532.upload_tests_help": {"th": "xlsx, xls, ods, csv, tsv หรือ txt", "en": "xlsx, xls, ods, csv, tsv or txt"},
    "p532.next_tests": {
        "th": "ขั้นต่อไป: อัปโหลดคะแนนทดสอบก่อนและหลังอบรม เพื่อแสดงว่าบุคลากรเกิดการเรียนรู้",
        "en": "Next: upload the pre-test and post-test scores, to show that staff learned."},
    "p532.max_score": {"th": "คะแนนเต็ม", "en": "Full marks"},
    "p532.max_score_help": {"th": "เว้นว่าง = อ่านจากหัวตาราง เช่น \u201c(20 คะแนน)\u201d",
                            "en": "Empty = read from the header, e.g. \u201c(20 points)\u201d"},
    "p532.max_score_read": {"th": "{n} (อ่านจากไฟล์)", "en": "{n} (read from the file)"},
    "p532.max_score_unknown": {"th": "ไม่ทราบ ใส่คะแนนเต็ม", "en": "not known: enter full marks"},
    "p532.threshold_none": {"th": "ไม่ใช้เกณฑ์ผ่าน", "en": "no pass mark"},
    "p532.threshold": {"th": "เกณฑ์ผ่าน (คะแนน)", "en": "Pass mark (points)"},
    "p532.threshold_help": {"th": "เว้นว่าง = ไม่ใช้เกณฑ์ผ่าน", "en": "Empty = no pass mark"},
    "p532.pre_post": {"th": "คะแนนเฉลี่ย ก่อน \u2192 หลัง", "en": "Mean score, pre \u2192 post"},
    "p532.paired_n": {"th": "ผู้ที่มีคะแนนทั้งสองครั้ง {n} คน", "en": "{n} people with both scores"},
    "p532.gain": {"th": "คะแนนเพิ่มขึ้นเฉลี่ย", "en": "Mean gain"},
    "p532.gain_pct": {"th": "เปลี่ยนแปลงร้อยละ {pct}", "en": "{pct}% change"},
    "p532.norm_gain": {"th": "ค่าความก้าวหน้าทางการเรียน (g)", "en": "Normalized gain (Hake)"},
    "p532.norm_gain_help": {"th": "สัดส่วนของคะแนนที่ยังขาดซึ่งได้เพิ่ม (เต็ม {max})",
                            "en": "share of the possible gain achieved (full marks {max})"},
    "p532.norm_gain_needs_max": {"th": "ใส่คะแนนเต็มเพื่อคำนวณ", "en": "enter full marks to compute it"},
    "p532.passed": {"th": "ผ่านเกณฑ์ ก่อน \u2192 หลัง", "en": "Passed, pre \u2192 post"},
    "p532.passed_help": {"th": "เกณฑ์ผ่าน {threshold} คะแนน", "en": "pass mark {threshold} points"},
    "p532.passed_needs_threshold": {"th": "ใส่เกณฑ์ผ่านเพื่อคำนวณ", "en": "enter a pass mark to compute it"},
    "p532.missing_post": {"th": "ไม่มีคะแนนหลังอบรม", "en": "no post-test score"},
    "p532.missing_pre": {"th": "ไม่มีคะแนนก่อนอบรม", "en": "no pre-test score"},
    "p532.left_out": {"th": "ผู้ที่ไม่ได้นำมาทดสอบ ({n})", "en": "Left out of the test ({n})"},
    "p532.infographic_learning": {"th": "อินโฟกราฟิกผลการเรียนรู้", "en": "Learning infographic"},
    "p532.next_done": {
        "th": "เสร็จแล้ว: ดาวน์โหลดอินโฟกราฟิกไปแนบเป็นหลักฐานข้อ 5.3.2 ผลการเข้าร่วมใช้เป็นตัวชี้วัดในหน้าแรกได้",
        "en": "Done: download the infographics for evidence item 5.3.2; the participation rate can be a KPI on "
              "the home page."},
}
