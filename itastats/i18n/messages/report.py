"""Messages of the report to the supervisor (:mod:`itastats.outputs.report`, criterion 5.4.4):
a Thai government memo (บันทึกข้อความ) and its English version.

Parameters used in the texts: ``{name}`` (project), ``{who}`` (unit and
agency), ``{start}`` / ``{end}`` (dates in words), ``{amount}`` (baht),
``{list}`` (a list already in words), ``{no}`` (the section number),
``{n}`` / ``{met}`` / ``{k}`` (counts), ``{value}`` / ``{target}`` /
``{op}`` (a KPI), ``{verdict}``, ``{attendees}``, ``{headcount}``,
``{rate}``, ``{pre}`` / ``{post}`` / ``{gain}`` / ``{pct}`` / ``{max}``,
``{sig}`` (a significance phrase), ``{mean}`` / ``{sd}`` / ``{level}``,
``{title}`` / ``{source}`` / ``{date}`` (an award), ``{code}``.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # ---- the form
    "report.title": {"th": "บันทึกข้อความ", "en": "Memorandum"},
    "report.label.office": {"th": "ส่วนราชการ", "en": "Office"},
    "report.label.ref": {"th": "ที่", "en": "Ref."},
    "report.label.date": {"th": "วันที่", "en": "Date"},
    "report.label.subject": {"th": "เรื่อง", "en": "Subject"},
    "report.label.to": {"th": "เรียน", "en": "To"},
    "report.label.attachments": {"th": "สิ่งที่ส่งมาด้วย", "en": "Attachments"},
    "report.default.subject": {"th": "รายงานผลการดำเนินโครงการ {name}",
                               "en": "Report on the results of the project \u201c{name}\u201d"},
    "report.default.to": {"th": "หัวหน้าส่วนราชการ", "en": "Head of the agency"},
    "report.no_name": {"th": "(ยังไม่ได้ระบุชื่อโครงการ)", "en": "(project name not given)"},
    "report.blank_name": {"th": "(.................................................)",
                          "en": "(.................................................)"},
    "report.blank_position": {"th": "ตำแหน่ง ...................................",
                              "en": "Position ..................................."},
    "report.closing": {"th": "จึงเรียนมาเพื่อโปรดทราบ", "en": "For your information."},
    "report.and": {"th": "และ", "en": "and"},

    # ---- opening
    "report.intro": {"th": "ตามที่{who}ได้ดำเนินโครงการ {name}{period}{budget}{objectives} นั้น",
                     "en": "The project \u201c{name}\u201d was carried out{who}{period}{budget}{objectives}."},
    "report.intro.who": {"th": " {who} ", "en": " by {who}"},
    "report.intro.period": {"th": " ระหว่างวันที่ {start} ถึงวันที่ {end}", "en": " from {start} to {end}"},
    "report.intro.from": {"th": " ตั้งแต่วันที่ {start}", "en": " from {start}"},
    "report.intro.until": {"th": " จนถึงวันที่ {end}", "en": " until {end}"},
    "report.intro.budget": {"th": " งบประมาณทั้งสิ้น {amount} บาท", "en": ", with a budget of {amount} baht"},
    "report.intro.objectives": {"th": " โดยมีวัตถุประสงค์{sep}{list}", "en": ", with the objectives:{sep}{list}"},
    "report.intro.now": {"th": "ในการนี้ ขอรายงานผลการดำเนินโครงการดังกล่าว ดังนี้",
                         "en": "The results of the project are as follows."},

    # ---- 1. KPIs
    "report.kpi.head": {"th": "{no}. ผลการดำเนินงานตามตัวชี้วัด โครงการกำหนดตัวชี้วัดไว้ {n} ตัวชี้วัด "
                              "บรรลุเป้าหมาย {met} ตัวชี้วัด{rest} ดังนี้",
                        "en": "{no}. Key performance indicators: the project set {n} KPI(s); {met} achieved "
                              "the target{rest}:"},
    "report.kpi.rest_not_met": {"th": " ยังไม่บรรลุเป้าหมาย {k} ตัวชี้วัด", "en": ", {k} not yet achieved"},
    "report.kpi.rest_no_data": {"th": " ยังไม่มีผลการดำเนินงาน {k} ตัวชี้วัด", "en": ", {k} without a result yet"},
    "report.kpi.item": {"th": "{no} {name} เป้าหมาย{target} ผลการดำเนินงาน{value} {verdict}",
                        "en": "{no} {name}: target {target}, result {value}: {verdict}."},
    "report.kpi.item_no_value": {"th": "{no} {name} เป้าหมาย{target} ยังไม่มีผลการดำเนินงาน",
                                 "en": "{no} {name}: target {target}; no result yet."},
    "report.kpi.item_no_target": {"th": "{no} {name} ผลการดำเนินงาน{value} (ยังไม่ได้กำหนดเป้าหมาย)",
                                  "en": "{no} {name}: result {value} (no target set)."},
    "report.kpi.item_nothing": {"th": "{no} {name} ยังไม่ได้กำหนดเป้าหมายและยังไม่มีผลการดำเนินงาน",
                                "en": "{no} {name}: no target and no result yet."},
    "report.pct_value": {"th": "ร้อยละ {value}", "en": "{value}%"},
    "report.kpi.reason": {"th": "เหตุผลที่ยังไม่บรรลุเป้าหมาย {reason}",
                          "en": "Why the target is not met yet: {reason}"},
    "report.kpi.reason_blank": {"th": "(ระบุเหตุผล) ..................................................",
                                "en": "(give the reason) .................................................."},

    # ---- 2. 5.4.1
    "report.541.head": {"th": "{no}. ผลสำเร็จของโครงการเชิงสถิติ จากการเปรียบเทียบข้อมูลก่อนและหลังดำเนินโครงการ "
                              "จำนวน {n} รายการ ผลที่สำคัญ ดังนี้",
                        "en": "{no}. Statistical results: {n} measure(s) compared before and after the project; "
                              "the main results:"},
    "report.541.more": {"th": "สำหรับผลการเปรียบเทียบอีก {k} รายการ ปรากฏรายละเอียดตามสิ่งที่ส่งมาด้วย",
                        "en": "The other {k} comparison(s) are in the attachments."},

    # ---- value for money (5.4.1), one paragraph: each figure with its formula and numbers
    "report.value": {"th": "{no}. {intro} {items}{notes}", "en": "{no}. {intro} {items}.{notes}"},
    "report.value.intro": {"th": "ความคุ้มค่าและการประหยัดของโครงการ คำนวณจากผลการเปรียบเทียบ{metrics}{inputs} "
                                 "ได้ผลดังนี้",
                           "en": "Value for money and savings, computed from the comparison of{metrics}{inputs}:"},
    "report.value.metrics": {"th": " {list}", "en": " {list}"},
    "report.value.inputs": {"th": " โดยใช้{list}", "en": " with {list}"},
    "report.value.input": {"th": "{label} {value} {unit}", "en": "{label} {value} {unit}"},
    "report.value.item": {"th": "{label} = {worked}", "en": "{label} = {worked}"},

    # ---- 3. participation and learning
    "report.532.head": {"th": "{no}. การเข้าร่วมกิจกรรมและการเรียนรู้ของบุคลากร",
                        "en": "{no}. Staff participation and learning"},
    "report.532.rate": {"th": "{no} บุคลากรเข้าร่วมกิจกรรมของโครงการ {staff} คน (นับไม่ซ้ำคน) "
                              "จากบุคลากรทั้งหมด {headcount} คน คิดเป็นร้อยละ {rate}{others}{target}",
                        "en": "{no} {staff} staff took part in the project's activities (each person "
                              "counted once) out of {headcount}, a participation rate of {rate}%{others}{target}."},
    "report.532.others": {"th": " (ผู้เข้าร่วมทั้งหมด {attendees} คน ไม่นับผู้ที่ไม่ใช่บุคลากรหรือยังไม่ทราบหน่วยงาน "
                                "{n} คน)",
                          "en": " ({attendees} people took part in all; {n} who are not staff or whose unit is "
                                "not known are not counted)"},
    "report.532.no_rate": {"th": "{no} มีผู้เข้าร่วมกิจกรรมของโครงการ {attendees} คน (นับไม่ซ้ำคน) "
                                 "ยังไม่มีข้อมูลจำนวนบุคลากรทั้งหมด จึงยังไม่ได้คำนวณร้อยละการเข้าร่วม",
                           "en": "{no} {attendees} people took part in the project's activities (each person "
                                 "counted once); without the staff headcount the participation rate is not "
                                 "computed yet."},
    "report.target.met": {"th": " ซึ่งบรรลุเป้าหมายที่กำหนดไว้{target}",
                          "en": ", achieving the target of {target}"},
    "report.target.not_met": {"th": " ซึ่งยังไม่บรรลุเป้าหมายที่กำหนดไว้{target}",
                              "en": ", not yet achieving the target of {target}"},
    "report.learning": {"th": "{no} ผลการทดสอบความรู้ก่อนและหลังเข้าร่วมกิจกรรมของผู้ที่ทำแบบทดสอบครบทั้งสองครั้ง "
                              "{n} คน คะแนนเฉลี่ย{verb}จาก {pre} คะแนน {to} {post} คะแนน{max} "
                              "{verb} {gain} คะแนน (ร้อยละ {pct}){target}{passed}{sig}",
                        "en": "{no} In the tests before and after the activities, the {n} people who took both "
                              "tests had a mean score that {verb} from {pre} {to} {post} points{max}, "
                              "a change of {gain} points ({pct}%){target}{passed}{sig}."},
    "report.learning.up": {"th": "เพิ่มขึ้น", "en": "rose"},
    "report.learning.down": {"th": "ลดลง", "en": "fell"},
    "report.learning.to_up": {"th": "เป็น", "en": "to"},
    "report.learning.to_down": {"th": "เหลือ", "en": "to"},
    "report.learning.max": {"th": " (คะแนนเต็ม {max} คะแนน)", "en": " (out of {max})"},
    "report.learning.passed": {"th": " ผู้ผ่านเกณฑ์ ({threshold} คะแนนขึ้นไป) จากร้อยละ {pre} เป็นร้อยละ {post}",
                               "en": "; those passing ({threshold} points or more) went from {pre}% to {post}%"},
    "report.learning.sig": {"th": " โดยคะแนนก่อนและหลัง{sig}", "en": "; this is {sig}"},

    # ---- 4. satisfaction
    "report.543": {"th": "{no}. ความพึงพอใจของผู้รับบริการและผู้มีส่วนได้ส่วนเสีย ผลการสำรวจจากผู้ตอบแบบสอบถาม "
                         "{n} คน พบว่ามีความพึงพอใจต่อการดำเนินโครงการในภาพรวมอยู่ในระดับ{level} (ค่าเฉลี่ย {mean} จากคะแนนเต็ม 5 "
                         "ส่วนเบี่ยงเบนมาตรฐาน {sd} คำนวณจากคะแนนเฉลี่ยของผู้ตอบแต่ละคน) คิดเป็นร้อยละ {pct}{target}",
                   "en": "{no}. Satisfaction: {n} people answered the satisfaction survey; overall "
                         "satisfaction was {level} (mean {mean} out of 5, S.D. {sd} of the respondents' mean "
                         "scores), that is {pct}%{target}."},

    # ---- 5. activities and communication
    "report.log.head": {"th": "{no}. การดำเนินกิจกรรมและการสื่อสารโครงการ{parts}",
                        "en": "{no}. Activities and communication:{parts}."},
    "report.log.activities": {"th": " ดำเนินกิจกรรมตามโครงการแล้ว {n} ครั้ง{people}",
                              "en": " {n} activit(ies) carried out{people}"},
    "report.log.activity_people": {"th": " มีผู้เข้าร่วมรวม {people} คน-ครั้ง",
                                   "en": " with {people} person-times of attendance in all"},
    "report.log.communications": {"th": " สื่อสารโครงการให้บุคลากรรับทราบ {n} ครั้ง{channels}",
                                  "en": " the project was communicated to staff {n} time(s){channels}"},
    "report.log.channels": {"th": " ผ่านช่องทาง{list}", "en": " through {list}"},
    "report.log.join": {"th": " และ", "en": "; and"},
    "report.log.sentence": {"th": "{text}", "en": "{text}."},

    # ---- 6. awards
    "report.awards.head": {"th": "{no}. รางวัลและคำชื่นชม โครงการได้รับรางวัล ประกาศเกียรติคุณ และคำชื่นชม "
                                 "{n} รายการ ได้แก่",
                           "en": "{no}. Awards and thanks: the project received {n} award(s), certificate(s) "
                                 "or letter(s) of thanks:"},
    "report.awards.item": {"th": "{no} {title}{source}{date}", "en": "{no} {title}{source}{date}."},
    "report.awards.from": {"th": " จาก{source}", "en": ", from {source}"},
    "report.awards.date": {"th": " เมื่อวันที่ {date}", "en": ", {date}"},
    "report.awards.more": {"th": "และอื่น ๆ อีก {k} รายการ", "en": "and {k} more."},

    # ---- problems, obstacles and suggestions (typed by the user on the 5.4.4 page)
    "report.problems.head": {"th": "{no}. ปัญหา อุปสรรค และข้อเสนอแนะ", "en": "{no}. Problems, obstacles and suggestions"},
    "report.problems.blank": {"th": "(ระบุปัญหา อุปสรรค และข้อเสนอแนะ) ..................................................",
                              "en": "(problems, obstacles and suggestions) .................................................."},

    # ---- the supervisor's comment and order, under the signature
    "report.supervisor.head": {"th": "ความเห็น/ข้อสั่งการของผู้บังคับบัญชา", "en": "Supervisor's comment and order"},
    "report.supervisor.sign": {"th": "ลงชื่อ ...................................",
                               "en": "Signed ..................................."},
    "report.supervisor.name": {"th": "(.................................................)",
                               "en": "(.................................................)"},
    "report.supervisor.position": {"th": "ตำแหน่ง ...................................",
                                   "en": "Position ..................................."},
    "report.supervisor.date": {"th": "วันที่ ........../..................../............",
                               "en": "Date ........../..................../............"},

    # ---- what is missing
    "report.missing": {"th": "ทั้งนี้ ยังไม่มีข้อมูล{list} ซึ่งจะรายงานเพิ่มเติมเมื่อดำเนินการแล้วเสร็จ",
                       "en": "Not available yet: {list}; they will be reported when ready."},
    "report.missing_all": {"th": "ในการนี้ โครงการยังไม่มีข้อมูล{list} ซึ่งจะรายงานผลการดำเนินโครงการเพิ่มเติม"
                                 "เมื่อดำเนินการแล้วเสร็จ",
                           "en": "No results are available yet: {list}; they will be reported when ready."},
    "report.missing.kpis": {"th": "ตัวชี้วัดของโครงการ", "en": "the project's KPIs"},
    "report.missing.541": {"th": "ผลการเปรียบเทียบก่อนและหลังดำเนินโครงการ",
                           "en": "the before/after comparison of the project's results"},
    "report.missing.attendance": {"th": "การเข้าร่วมกิจกรรมของบุคลากร", "en": "staff participation"},
    "report.missing.learning": {"th": "ผลการทดสอบความรู้ก่อนและหลังเข้าร่วมกิจกรรม",
                                "en": "the pre-test and post-test results"},
    "report.missing.survey": {"th": "ผลการสำรวจความพึงพอใจ", "en": "the satisfaction survey"},
    "report.missing.value": {"th": "ข้อมูลสำหรับคำนวณความคุ้มค่า (จำนวนเรื่องที่ดำเนินการต่อปี ค่าตอบแทนบุคลากร"
                                   "ต่อชั่วโมง และงบประมาณโครงการ)",
                             "en": "the inputs of the value for money (cases a year, staff cost per hour and the "
                                   "project's cost)"},
    "report.missing.activities": {"th": "บันทึกการดำเนินกิจกรรม", "en": "the activity log"},
    "report.missing.communications": {"th": "บันทึกการสื่อสารโครงการ", "en": "the communication log"},

    # ---- attachments
    "report.attach.summary": {"th": "สรุปผลการดำเนินโครงการ พร้อมอินโฟกราฟิก{pages}",
                              "en": "Summary of the project's results, with infographics{pages}"},
    "report.attach.pages": {"th": " จำนวน {n} หน้า", "en": ", {n} page(s)"},
    "report.attach.5.1.1": {"th": "รายละเอียดโครงการ (ข้อ 5.1.1)", "en": "Project details (5.1.1)"},
    "report.attach.5.1.2": {"th": "รายชื่อผู้รับผิดชอบกิจกรรม (ข้อ 5.1.2)",
                            "en": "The people responsible for the activities (5.1.2)"},
    "report.attach.5.2.1": {"th": "หลักฐานการสื่อสารโครงการ (ข้อ 5.2.1)", "en": "Communication to staff (5.2.1)"},
    "report.attach.5.3.1": {"th": "หลักฐานการดำเนินกิจกรรมและภาพถ่าย (ข้อ 5.3.1)",
                            "en": "Activities carried out, with photos (5.3.1)"},
    "report.attach.5.3.2": {"th": "ผลการเข้าร่วมกิจกรรมและการเรียนรู้ของบุคลากร (ข้อ 5.3.2)",
                            "en": "Staff participation and learning (5.3.2)"},
    "report.attach.5.4.1": {"th": "ผลสำเร็จของโครงการเชิงสถิติ (ข้อ 5.4.1)",
                            "en": "Statistical results of the project (5.4.1)"},
    "report.attach.5.4.2": {"th": "รางวัล ประกาศเกียรติคุณ และคำชื่นชม (ข้อ 5.4.2)",
                            "en": "Awards, certificates and thanks (5.4.2)"},
    "report.attach.5.4.3": {"th": "ผลการสำรวจความพึงพอใจ (ข้อ 5.4.3)", "en": "Satisfaction survey (5.4.3)"},

    # ---- the summary PDF (itastats.outputs.pdf)
    "pdf.title": {"th": "สรุปผลโครงการ {name}", "en": "Summary of the project {name}"},
    "pdf.cover.kicker": {"th": "รายงานสรุปผลการดำเนินโครงการ", "en": "Summary of the project's results"},
    "pdf.cover.period": {"th": "ระยะเวลาดำเนินการ {period}", "en": "Period: {period}"},
    "pdf.cover.made": {"th": "ข้อมูล ณ วันที่ {date}", "en": "Data as of {date}"},
    "pdf.cover.by": {"th": "หลักฐานประกอบการประเมิน ITA ตัวชี้วัดที่ 5 จัดทำด้วย itastats {version}",
                     "en": "Evidence for ITA criterion 5, made with itastats {version}"},
    "pdf.contents": {"th": "สารบัญ", "en": "Contents"},
    "pdf.page_of": {"th": "หน้า {page} จาก {pages}", "en": "Page {page} of {pages}"},
    "pdf.continued": {"th": "{code} {heading} (ต่อ)", "en": "{code} {heading} (continued)"},
    "pdf.section.5.1.1": {"th": "รายละเอียดโครงการและตัวชี้วัด", "en": "The project and its KPIs"},
    "pdf.section.5.2.1": {"th": "การสื่อสารโครงการ", "en": "Communication to staff"},
    "pdf.section.5.3.1": {"th": "การดำเนินกิจกรรม", "en": "Activities carried out"},
    "pdf.section.5.3.2": {"th": "การเข้าร่วมกิจกรรมและการเรียนรู้ของบุคลากร", "en": "Staff participation and learning"},
    "pdf.section.5.4.1": {"th": "ผลสำเร็จเชิงสถิติและความคุ้มค่า", "en": "Statistical results and value for money"},
    "pdf.section.5.4.2": {"th": "รางวัล ประกาศเกียรติคุณ และคำชื่นชม", "en": "Awards, certificates and thanks"},
    "pdf.section.5.4.3": {"th": "ความพึงพอใจ", "en": "Satisfaction"},
    "pdf.section.5.4.4": {"th": "ปัญหา อุปสรรค และข้อเสนอแนะ", "en": "Problems, obstacles and suggestions"},
    "pdf.section.other": {"th": "ภาพประกอบอื่น ๆ", "en": "Other pictures"},
    "pdf.error.busy": {"th": "ระบบกำลังพิมพ์ไฟล์ PDF สรุปผลให้ผู้ใช้อื่นอยู่และยังไม่ว่างภายใน {seconds} วินาที "
                             "กรุณาลองใหม่อีกครั้ง",
                       "en": "The server is busy printing a summary PDF for someone else and was not free within "
                             "{seconds} s. Please try again."},
    "pdf.error.timeout": {"th": "การพิมพ์ไฟล์ PDF สรุปผลใช้เวลาเกิน {seconds} วินาที จึงหยุดไว้ก่อน กรุณาลองใหม่อีกครั้ง",
                          "en": "Printing the summary PDF took longer than {seconds} s and was stopped. "
                                "Please try again."},
    "pdf.error.print": {"th": "พิมพ์ไฟล์ PDF สรุปผลไม่สำเร็จ ({detail})",
                        "en": "The summary PDF could not be printed ({detail})."},

    # ---- errors
    "report.error.bad_image": {"th": "ภาพอินโฟกราฟิก \u201c{name}\u201d ไม่ใช่ไฟล์ PNG",
                               "en": "The infographic \u201c{name}\u201d is not a PNG file."},
}
