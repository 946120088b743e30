"""Texts of the 5.4.4 page (the report to the supervisor and the evidence pack)."""

MESSAGES = {
    "nav.544": {"th": "5.4.4 รายงานผู้บังคับบัญชา", "en": "5.4.4 Report to the supervisor"},
    "p544.title": {"th": "5.4.4 รายงานผลต่อผู้บังคับบัญชา และชุดหลักฐาน",
                   "en": "5.4.4 Report to the supervisor, and the evidence pack"},
    "p544.subtitle": {
        "th": "กรอกหัวบันทึกข้อความครั้งเดียว ระบบเขียนเนื้อหาจากผลทุกหน้า (ตัวชี้วัด ผลเปรียบเทียบ การเข้าร่วม "
              "การเรียนรู้ ความพึงพอใจ) ตรวจทาน แก้ไขใน Word แล้วเสนอลงนาม",
        "en": "Fill in the memo's header once; its body is written from every page's results (KPIs, comparisons, "
              "participation, learning, satisfaction). Check it, edit it in Word, and send it for signature."},
    "p544.step1": {"th": "1. หัวบันทึกข้อความและผู้ลงนาม", "en": "1. The memo's header and signer"},
    "p544.step1_help": {"th": "บันทึกอัตโนมัติในโครงการ ช่องที่เว้นว่างใช้ค่าที่แสดงจางๆ",
                        "en": "Saved with the project; an empty field uses the grey example."},
    "p544.office": {"th": "ส่วนราชการ", "en": "Office (ส่วนราชการ)"},
    "p544.ref_no": {"th": "ที่", "en": "Document no. (ที่)"},
    "p544.subject": {"th": "เรื่อง", "en": "Subject (เรื่อง)"},
    "p544.subject_default": {"th": "รายงานผลการดำเนินโครงการ {name}", "en": "Report on the project {name}"},
    "p544.date": {"th": "วันที่", "en": "Date (วันที่)"},
    "p544.to": {"th": "เรียน", "en": "To (เรียน)"},
    "p544.signer_name": {"th": "ชื่อผู้ลงนาม", "en": "Signed by"},
    "p544.signer_position": {"th": "ตำแหน่งผู้ลงนาม", "en": "Signer's position"},
    "p544.step2": {"th": "2. เหตุผล ปัญหา อุปสรรค และข้อเสนอแนะ",
                   "en": "2. Reasons, problems and suggestions"},
    "p544.step2_help": {
        "th": "บันทึกอัตโนมัติในโครงการ และพิมพ์ลงในบันทึกข้อความ ช่องที่เว้นว่างจะเป็นบรรทัดจุดไข่ปลาให้กรอกใน Word",
        "en": "Saved with the project and printed in the memo; an empty field becomes a dotted line to fill in "
              "in Word."},
    "p544.reasons": {"th": "ตัวชี้วัดที่ยังไม่บรรลุเป้าหมาย", "en": "KPIs not met yet"},
    "p544.no_missed": {"th": "ตัวชี้วัดทุกตัวที่มีผลการดำเนินงานบรรลุเป้าหมายแล้ว ไม่ต้องระบุเหตุผล",
                       "en": "Every KPI with a result meets its target: no reason to give."},
    "p544.reason_for": {"th": "เหตุผล: {name} ({verdict})", "en": "Reason: {name} ({verdict})"},
    "p544.reason_placeholder": {"th": "เช่น ระบบเริ่มใช้งานเต็มรูปแบบเมื่อเดือนมีนาคม จึงยังวัดผลได้ไม่ครบปี",
                                "en": "e.g. the system was fully in use only from March, so a full year is "
                                      "not measured yet"},
    "p544.problems": {"th": "ปัญหา อุปสรรค และข้อเสนอแนะ (หนึ่งบรรทัดต่อหนึ่งข้อ)",
                      "en": "Problems, obstacles and suggestions (one a line)"},
    "p544.problems_placeholder": {
        "th": "เช่น บุคลากรบางส่วนยังไม่คุ้นเคยกับระบบ ควรจัดอบรมเพิ่มเติมสำหรับผู้เข้าใหม่",
        "en": "e.g. some staff are not used to the system yet; more training for newcomers is suggested"},
    "p544.step3": {"th": "3. บันทึกข้อความ", "en": "3. The memo"},
    "p544.download_docx": {"th": "ดาวน์โหลดบันทึกข้อความ (Word)", "en": "Download the memo (Word)"},
    "p544.docx_name": {"th": "บันทึกข้อความรายงานผล", "en": "report-memo"},
    "p544.docx_help": {
        "th": "ตัวอักษร TH Sarabun New 16 พอยต์ ถ้าเครื่องไม่มีแบบอักษรนี้ Word จะใช้แบบอักษรอื่นแทน "
              "ติดตั้ง TH Sarabun New (ฟรีจาก SIPA) เพื่อให้ตรงตามระเบียบงานสารบรรณ",
        "en": "Set in TH Sarabun New 16 pt; where that font is missing Word substitutes another. Install TH "
              "Sarabun New (free from SIPA) for the official look."},
    "p544.step4": {"th": "4. ชุดหลักฐาน (zip)", "en": "4. The evidence pack (zip)"},
    "p544.step4_help": {
        "th": "อินโฟกราฟิก ตาราง ภาพถ่าย และรายงาน เรียงตามข้อ 5.1.1–5.4.4 พร้อมไฟล์ README บอกว่าแต่ละไฟล์คืออะไร "
              "และยังขาดอะไร ทุกไฟล์มีรหัสตรวจสอบข้อมูลต้นทาง",
        "en": "Infographics, tables, photos and the report, in folders 5.1.1–5.4.4, with a README saying what "
              "each file is and what is still missing; every file carries a fingerprint of its input data."},
    "p544.make_pack_public": {"th": "สร้างชุดหลักฐาน (ฉบับเผยแพร่)", "en": "Make the evidence pack (public copy)"},
    "p544.make_pack_internal": {"th": "สร้างฉบับภายใน (มีรายชื่อและคะแนนรายบุคคล)",
                                "en": "Make the internal copy (with names and each person's scores)"},
    "p544.making": {"th": "กำลังสร้าง…", "en": "Making…"},
    "p544.download_pack_public": {"th": "ดาวน์โหลดชุดหลักฐานฉบับเผยแพร่ ({mb} MB)",
                                  "en": "Download the evidence pack, public copy ({mb} MB)"},
    "p544.download_pack_internal": {"th": "ดาวน์โหลดฉบับภายใน ห้ามเผยแพร่ ({mb} MB)",
                                    "en": "Download the internal copy, not to publish ({mb} MB)"},
    "p544.pack_name_public": {"th": "ชุดหลักฐาน ITA 5 - {name}", "en": "ITA 5 evidence - {name}"},
    "p544.pack_name_internal": {"th": "ชุดหลักฐาน ITA 5 - {name} (ฉบับภายใน ห้ามเผยแพร่)",
                                "en": "ITA 5 evidence - {name} (INTERNAL, not to publish)"},
    "p544.public_help": {
        "th": "ฉบับเผยแพร่ไม่มีชื่อ อีเมล หรือคะแนนรายบุคคลของผู้เข้าร่วมหรือผู้ตอบแบบสอบถาม "
              "จึงนำขึ้นเว็บไซต์หน่วยงานได้ (ชื่อคณะทำงานตามคำสั่งแต่งตั้งยังอยู่)",
        "en": "The public copy has no participant's or respondent's name, e-mail or individual score, so it can go "
              "on the agency's website (the working group's appointed names stay)."},
    "p544.internal_title": {"th": "ฉบับภายใน (ข้อมูลส่วนบุคคล)", "en": "Internal copy (personal data)"},
    "p544.internal_help": {
        "th": "ฉบับภายในมีรายชื่อผู้เข้าร่วมที่รวมกันและคะแนนรายบุคคล ใช้ตรวจสอบภายในหน่วยงานเท่านั้น "
              "ห้ามเผยแพร่ตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล",
        "en": "The internal copy holds the attendees' names merged and each person's scores: for checking inside the "
              "agency only; under the PDPA it must not be published."},
    "p544.present": {"th": "นำเสนอในห้องประชุม (เต็มจอ)", "en": "Present on the meeting-room screen"},
    "p544.memo_incomplete": {
        "th": "หัวบันทึกข้อความยังไม่ครบ: ยังไม่ได้กรอก {missing} บันทึกข้อความในชุดหลักฐานจะมีช่องว่าง "
              "(หรือใช้คำทั่วไป) ให้เติมด้วยมือ ขั้นต่อไป: กรอกช่องเหล่านี้ในข้อ 1 ด้านบน แล้วกดสร้างชุดหลักฐานอีกครั้ง",
        "en": "The memo header is not complete: {missing} not filled in. The memo in the pack will have blanks "
              "(or generic words) to fill in by hand. Next step: fill these in under 1 above, then make the pack "
              "again."},
    "p544.memo_complete": {"th": "หัวบันทึกข้อความครบแล้ว", "en": "The memo header is complete"},
}
