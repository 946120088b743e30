"""Messages of the evidence pack (:mod:`itastats.outputs.pack`), its workbooks
(:mod:`itastats.outputs.workbooks`) and ``python -m itastats pack``."""

MESSAGES: dict[str, dict[str, str]] = {
    # ---- footers
    "pack.no_name": {"th": "(ยังไม่ได้ตั้งชื่อโครงการ)", "en": "(project not named yet)"},
    "pack.footer": {"th": "โครงการ {project} · จัดทำเมื่อ {date} · ข้อมูลต้นทาง {fp} · itastats {version}",
                    "en": "Project {project} · made on {date} · source data {fp} · itastats {version}"},
    "pack.footer_note": {"th": "โครงการ {project} · ข้อมูลต้นทาง {fp}", "en": "project {project} · source data {fp}"},

    # ---- workbook: shared
    "pack.xlsx.total": {"th": "รวม", "en": "Total"},
    "pack.xlsx.col.no": {"th": "ลำดับ", "en": "No."},
    "pack.xlsx.col.activity": {"th": "กิจกรรม", "en": "Activity"},
    "pack.xlsx.col.period": {"th": "ระยะเวลา", "en": "Period"},
    "pack.xlsx.col.budget": {"th": "งบประมาณ (บาท)", "en": "Budget (baht)"},
    "pack.xlsx.col.responsible": {"th": "ผู้รับผิดชอบ", "en": "Responsible"},
    "pack.xlsx.col.position": {"th": "ตำแหน่ง", "en": "Position"},
    "pack.xlsx.col.kpi": {"th": "ตัวชี้วัด", "en": "KPI"},
    "pack.xlsx.col.target": {"th": "เป้าหมาย", "en": "Target"},
    "pack.xlsx.col.measured": {"th": "ผลที่วัดได้", "en": "Measured"},
    "pack.xlsx.col.verdict": {"th": "ผลการประเมิน", "en": "Verdict"},
    "pack.xlsx.col.source": {"th": "ที่มาของข้อมูล", "en": "Data source"},
    "pack.xlsx.col.start": {"th": "วันเริ่มต้น", "en": "Start"},
    "pack.xlsx.col.end": {"th": "วันสิ้นสุด", "en": "End"},
    "pack.xlsx.col.date": {"th": "วันที่", "en": "Date"},
    "pack.xlsx.col.files": {"th": "ไฟล์", "en": "Files"},
    "pack.xlsx.col.item": {"th": "รายการ", "en": "Item"},
    "pack.xlsx.col.value": {"th": "ค่า", "en": "Value"},

    # ---- 5.1.1 profile
    "pack.xlsx.profile.sheet": {"th": "รายละเอียดโครงการ", "en": "Project profile"},
    "pack.xlsx.profile.title": {"th": "รายละเอียดโครงการ (ITA เกณฑ์ 5.1.1)",
                                "en": "Project profile (ITA criterion 5.1.1)"},
    "pack.xlsx.name": {"th": "ชื่อโครงการ", "en": "Project"},
    "pack.xlsx.agency": {"th": "หน่วยงาน", "en": "Agency"},
    "pack.xlsx.unit": {"th": "กลุ่มงาน / ฝ่าย", "en": "Unit"},
    "pack.xlsx.period": {"th": "ระยะเวลาดำเนินการ", "en": "Period"},
    "pack.xlsx.budget": {"th": "งบประมาณโครงการ (บาท)", "en": "Project budget (baht)"},
    "pack.xlsx.activities_budget": {"th": "งบประมาณรวมของกิจกรรม (บาท)", "en": "Activities' budgets (baht)"},
    "pack.xlsx.objectives": {"th": "วัตถุประสงค์", "en": "Objectives"},
    "pack.xlsx.activities": {"th": "กิจกรรมของโครงการ", "en": "Activities"},
    "pack.xlsx.kpis": {"th": "ตัวชี้วัดความสำเร็จของโครงการ", "en": "Key performance indicators"},

    # ---- 5.1.2 roster
    "pack.xlsx.roster.sheet": {"th": "ผู้รับผิดชอบ", "en": "Responsible"},
    "pack.xlsx.roster.title": {"th": "ผู้รับผิดชอบกิจกรรมของโครงการ (ITA เกณฑ์ 5.1.2)",
                               "en": "People responsible for the activities (ITA criterion 5.1.2)"},

    # ---- 5.4.1 results
    "pack.design.paired": {"th": "จับคู่", "en": "paired"},
    "pack.design.independent": {"th": "อิสระ", "en": "independent"},
    "pack.design.aggregate": {"th": "ค่าสรุป", "en": "aggregate"},
    "pack.xlsx.r541.sheet": {"th": "ผลการเปรียบเทียบ", "en": "Comparisons"},
    "pack.xlsx.r541.title": {"th": "ผลการเปรียบเทียบก่อนและหลังดำเนินโครงการ (ITA เกณฑ์ 5.4.1)",
                             "en": "Before and after the project (ITA criterion 5.4.1)"},
    "pack.xlsx.r541.no": {"th": "ลำดับ", "en": "No."},
    "pack.xlsx.r541.metric": {"th": "ตัวชี้วัด", "en": "Metric"},
    "pack.xlsx.r541.unit": {"th": "หน่วย", "en": "Unit"},
    "pack.xlsx.r541.design": {"th": "รูปแบบข้อมูล", "en": "Design"},
    "pack.xlsx.r541.n_before": {"th": "n ก่อน", "en": "n before"},
    "pack.xlsx.r541.n_after": {"th": "n หลัง", "en": "n after"},
    "pack.xlsx.r541.mean_before": {"th": "ค่าเฉลี่ยก่อน", "en": "Mean before"},
    "pack.xlsx.r541.mean_after": {"th": "ค่าเฉลี่ยหลัง", "en": "Mean after"},
    "pack.xlsx.r541.change": {"th": "ผลต่าง (หลัง − ก่อน)", "en": "Change (after − before)"},
    "pack.xlsx.r541.pct": {"th": "ร้อยละการเปลี่ยนแปลง", "en": "% change"},
    "pack.xlsx.r541.verdict": {"th": "ข้อสรุป", "en": "Verdict"},
    "pack.xlsx.r541.test": {"th": "สถิติที่ใช้ทดสอบ", "en": "Test"},
    "pack.xlsx.r541.statistic": {"th": "ค่าสถิติ", "en": "Statistic"},
    "pack.xlsx.r541.df": {"th": "df", "en": "df"},
    "pack.xlsx.r541.p": {"th": "p-value", "en": "p-value"},
    "pack.xlsx.r541.ci_low": {"th": "95% CI ล่าง", "en": "95% CI low"},
    "pack.xlsx.r541.ci_high": {"th": "95% CI บน", "en": "95% CI high"},
    "pack.xlsx.r541.effect_name": {"th": "ขนาดอิทธิพล", "en": "Effect size"},
    "pack.xlsx.r541.effect": {"th": "ค่าขนาดอิทธิพล", "en": "Effect size value"},
    "pack.xlsx.r541.sentence": {"th": "สรุปผล", "en": "Summary"},
    "pack.xlsx.r541.file": {"th": "ไฟล์ · ชีต", "en": "File · sheet"},
    "pack.xlsx.r541.note": {
        "th": "ทดสอบสองทาง ระดับนัยสำคัญ .05; ช่วงความเชื่อมั่น 95% ของผลต่าง (หลัง − ก่อน); "
              "ตัวชี้วัดแบบค่าสรุป (ตัวเลขเดียวต่อช่วงเวลา) ไม่มีการทดสอบทางสถิติ",
        "en": "Two-sided tests at the .05 level; 95% confidence interval of the change (after − before); "
              "aggregate metrics (one number each side) have no significance test."},
    "pack.xlsx.value.sheet": {"th": "ความคุ้มค่า", "en": "Value for money"},
    "pack.xlsx.value.title": {"th": "ความคุ้มค่าและการประหยัด", "en": "Value for money and savings"},
    "pack.xlsx.value.inputs": {"th": "ข้อมูลที่ใช้คำนวณ", "en": "Inputs"},
    "pack.xlsx.value.cases": {"th": "จำนวนเรื่อง/เอกสารต่อปี", "en": "Cases a year"},
    "pack.xlsx.value.staff_cost": {"th": "ค่าตอบแทนบุคลากร (บาท/ชั่วโมง)", "en": "Staff cost (baht an hour)"},
    "pack.xlsx.value.project_cost": {"th": "งบประมาณโครงการ (บาท)", "en": "Project cost (baht)"},
    "pack.xlsx.value.hours": {"th": "ชั่วโมงทำงานต่อวัน", "en": "Working hours a day"},
    "pack.xlsx.value.time_metric": {"th": "ตัวชี้วัดด้านเวลา", "en": "Time metric"},
    "pack.xlsx.value.cost_metric": {"th": "ตัวชี้วัดด้านค่าใช้จ่าย", "en": "Cost metric"},

    # ---- 5.3.2 participation and learning
    "pack.xlsx.att.units_sheet": {"th": "ตามหน่วยงาน", "en": "By unit"},
    "pack.xlsx.att.units_title": {"th": "การเข้าร่วมกิจกรรมจำแนกตามหน่วยงาน (ITA เกณฑ์ 5.3.2)",
                                  "en": "Participation by unit (ITA criterion 5.3.2)"},
    "pack.xlsx.att.unit": {"th": "หน่วยงาน", "en": "Unit"},
    "pack.xlsx.att.attendees": {"th": "ผู้เข้าร่วม (คน)", "en": "Attendees"},
    "pack.xlsx.att.headcount": {"th": "บุคลากรทั้งหมด (คน)", "en": "Headcount"},
    "pack.xlsx.att.rate": {"th": "ร้อยละ", "en": "Rate (%)"},
    "pack.xlsx.att.counted": {"th": "นับในร้อยละ (คน)", "en": "Counted (staff)"},
    "pack.xlsx.att.rate_note": {
        "th": "ร้อยละการเข้าร่วม = บุคลากรที่เข้าร่วม {counted} คน ÷ บุคลากรทั้งหมด {headcount} คน × 100 = {rate} "
              "(นับเฉพาะบุคลากรของหน่วยงานในไฟล์จำนวนบุคลากร หน่วยงานละไม่เกินจำนวนบุคลากร) · ไม่นับ: "
              "ยังไม่ทราบหน่วยงาน {unknown} คน, ไม่ใช่บุคลากร {not_staff} คน, หน่วยงานอื่น {outside} คน",
        "en": "Participation rate = {counted} staff who took part ÷ {headcount} staff × 100 = {rate} % (only "
              "staff of the headcount's units, never more than a unit's headcount) · not counted: {unknown} whose "
              "unit is not known, {not_staff} not staff, {outside} from other units"},
    "pack.xlsx.att.units_from": {
        "th": "หน่วยงานของผู้เข้าร่วมผ่าน Zoom/Teams: จากรายชื่อบุคลากร {listed} คน, ผู้จัดทำเลือกให้ {picked} คน",
        "en": "Units of people who came on Zoom/Teams: {listed} from the staff list, {picked} picked by the user"},
    "pack.xlsx.att.once_note": {
        "th": "ผู้เข้าร่วม {n} คน นับคนละหนึ่งครั้งแม้เข้าร่วมหลายรอบ (จาก {records} รายการในไฟล์; "
              "รวมชื่อที่เขียนต่างกัน {merged} คน)",
        "en": "{n} people, each counted once however many sessions they joined (from {records} records; "
              "{merged} written in more than one way)"},
    "pack.xlsx.att.sessions_sheet": {"th": "ตามรอบ", "en": "By session"},
    "pack.xlsx.att.sessions_title": {"th": "การเข้าร่วมจำแนกตามรอบกิจกรรม", "en": "Participation by session"},
    "pack.xlsx.att.session": {"th": "รอบ / กิจกรรม", "en": "Session"},
    "pack.xlsx.att.hours": {"th": "ชั่วโมงออนไลน์รวม", "en": "Hours online"},
    "pack.xlsx.att.merges_sheet": {"th": "รายชื่อที่รวมกัน", "en": "Names merged"},
    "pack.xlsx.att.merges_title": {"th": "รายชื่อที่นับเป็นคนเดียวกัน", "en": "Names counted as one person"},
    "pack.xlsx.att.merges_sub": {"th": "รวม {n} คน ที่เขียนชื่อต่างกันในแต่ละไฟล์",
                                 "en": "{n} people written differently in different files"},
    "pack.xlsx.att.person": {"th": "ชื่อ-สกุล", "en": "Name"},
    "pack.xlsx.att.variants": {"th": "ชื่อที่พบ", "en": "Spellings found"},
    "pack.xlsx.att.records": {"th": "จำนวนบันทึก", "en": "Records"},
    "pack.xlsx.lrn.sheet": {"th": "ผลทดสอบก่อน-หลัง", "en": "Pre-post test"},
    "pack.xlsx.lrn.title": {"th": "ผลการทดสอบความรู้ก่อนและหลังการอบรม", "en": "Pre-test and post-test"},
    "pack.xlsx.lrn.n_pre": {"th": "ผู้ทำแบบทดสอบก่อน (คน)", "en": "Took the pre-test"},
    "pack.xlsx.lrn.n_post": {"th": "ผู้ทำแบบทดสอบหลัง (คน)", "en": "Took the post-test"},
    "pack.xlsx.lrn.n_paired": {"th": "ผู้ทำทั้งสองครั้ง (คน)", "en": "Took both"},
    "pack.xlsx.lrn.max_score": {"th": "คะแนนเต็ม", "en": "Full marks"},
    "pack.xlsx.lrn.mean_pre": {"th": "คะแนนเฉลี่ยก่อนอบรม", "en": "Mean pre-test"},
    "pack.xlsx.lrn.mean_post": {"th": "คะแนนเฉลี่ยหลังอบรม", "en": "Mean post-test"},
    "pack.xlsx.lrn.mean_gain": {"th": "คะแนนเพิ่มขึ้นเฉลี่ย", "en": "Mean gain"},
    "pack.xlsx.lrn.pct_gain": {"th": "ร้อยละที่เพิ่มขึ้น", "en": "Gain (%)"},
    "pack.xlsx.lrn.ngain": {"th": "ค่าความก้าวหน้าทางการเรียน <g>", "en": "Normalized gain <g>"},
    "pack.xlsx.lrn.threshold": {"th": "เกณฑ์ผ่าน", "en": "Pass mark"},
    "pack.xlsx.lrn.passed_pre": {"th": "ร้อยละผู้ผ่านเกณฑ์ก่อนอบรม", "en": "Passed before (%)"},
    "pack.xlsx.lrn.passed_post": {"th": "ร้อยละผู้ผ่านเกณฑ์หลังอบรม", "en": "Passed after (%)"},
    "pack.xlsx.lrn.passed_pre_n": {"th": "ผู้ผ่านเกณฑ์ก่อนอบรม (คน)", "en": "Passed before (people)"},
    "pack.xlsx.lrn.passed_post_n": {"th": "ผู้ผ่านเกณฑ์หลังอบรม (คน)", "en": "Passed after (people)"},
    "pack.xlsx.lrn.left_out_n": {"th": "ไม่นำมาคำนวณ: ไม่มีคะแนนหลังอบรม {pre} คน · ไม่มีคะแนนก่อนอบรม {post} คน",
                                 "en": "Left out: {pre} without a post-test score · {post} without a pre-test score"},
    "pack.xlsx.lrn.left_out": {"th": "ไม่นำมาคำนวณ: ไม่มีคะแนนหลังอบรม: {pre} · ไม่มีคะแนนก่อนอบรม: {post}",
                               "en": "Left out: no post-test score: {pre} · no pre-test score: {post}"},
    "pack.xlsx.lrn.people_sheet": {"th": "คะแนนรายบุคคล", "en": "Scores"},
    "pack.xlsx.lrn.people_title": {"th": "คะแนนก่อนและหลังอบรมรายบุคคล", "en": "Each person's scores"},
    "pack.xlsx.lrn.pre": {"th": "ก่อนอบรม", "en": "Pre-test"},
    "pack.xlsx.lrn.post": {"th": "หลังอบรม", "en": "Post-test"},
    "pack.xlsx.lrn.gain": {"th": "เพิ่มขึ้น", "en": "Gain"},

    # ---- 5.4.2 awards
    "pack.xlsx.awards.sheet": {"th": "รางวัลและคำชื่นชม", "en": "Awards"},
    "pack.xlsx.awards.title": {"th": "ทะเบียนรางวัล เกียรติบัตร หนังสือขอบคุณ และข่าวเผยแพร่ (ITA เกณฑ์ 5.4.2)",
                               "en": "Awards, certificates, thank-you letters and news (ITA criterion 5.4.2)"},
    "pack.xlsx.awards.what": {"th": "รางวัล / คำชื่นชม", "en": "What"},
    "pack.xlsx.awards.from": {"th": "จาก", "en": "From"},
    "pack.xlsx.awards.note": {"th": "หมายเหตุ", "en": "Note"},

    # ---- 5.3.1 / 5.2.1 logs
    "pack.xlsx.log.activity.sheet": {"th": "บันทึกกิจกรรม", "en": "Activity log"},
    "pack.xlsx.log.activity.title": {"th": "บันทึกการดำเนินกิจกรรม (ITA เกณฑ์ 5.3.1)",
                                     "en": "Activities carried out (ITA criterion 5.3.1)"},
    "pack.xlsx.log.activity.what": {"th": "กิจกรรม", "en": "Activity"},
    "pack.xlsx.log.activity.where": {"th": "สถานที่", "en": "Place"},
    "pack.xlsx.log.activity.people": {"th": "ผู้เข้าร่วม (คน)", "en": "People"},
    "pack.xlsx.log.person_times": {"th": "รวม (คน-ครั้ง)", "en": "Total (person-times)"},
    "pack.xlsx.log.person_times_note": {
        "th": "ผลรวมเป็นจำนวนคน-ครั้ง: คนเดียวที่เข้าร่วมหลายกิจกรรมนับทุกครั้ง จึงไม่ใช่จำนวนคนที่ไม่ซ้ำกัน",
        "en": "The total is person-times: someone who took part in several activities counts each time, so it is "
              "not the number of different people."},
    "pack.xlsx.log.communication.sheet": {"th": "บันทึกการสื่อสาร", "en": "Communication log"},
    "pack.xlsx.log.communication.title": {"th": "บันทึกการสื่อสารโครงการแก่บุคลากร (ITA เกณฑ์ 5.2.1)",
                                          "en": "Communication to staff (ITA criterion 5.2.1)"},
    "pack.xlsx.log.communication.what": {"th": "เรื่อง", "en": "What"},
    "pack.xlsx.log.communication.where": {"th": "ช่องทาง", "en": "Channel"},
    "pack.xlsx.log.communication.people": {"th": "ผู้รับ (คน)", "en": "Reached"},
    "pack.xlsx.log.description": {"th": "รายละเอียด", "en": "Description"},

    # ---- 5.1.1 one-page PNG
    "pack.profile.title": {"th": "รายละเอียดโครงการ", "en": "Project profile"},
    "pack.profile.kicker": {"th": "ITA เกณฑ์ 5.1.1", "en": "ITA criterion 5.1.1"},
    "pack.profile.budget": {"th": "งบประมาณ {baht} บาท", "en": "Budget {baht} baht"},
    "pack.profile.counts": {"th": "{activities} กิจกรรม · {kpis} ตัวชี้วัด",
                            "en": "{activities} activities · {kpis} KPIs"},
    "pack.profile.objectives": {"th": "วัตถุประสงค์", "en": "Objectives"},
    "pack.profile.activities": {"th": "กิจกรรมและผู้รับผิดชอบ", "en": "Activities and who is responsible"},
    "pack.profile.kpis": {"th": "ตัวชี้วัดความสำเร็จ", "en": "Key performance indicators"},
    "pack.profile.col.budget": {"th": "งบประมาณ (บาท)", "en": "Budget (baht)"},
    "pack.profile.more": {"th": "และอีก {n} รายการ", "en": "and {n} more"},
    "pack.profile.baht": {"th": "{baht} บาท", "en": "{baht} baht"},
    "pack.profile.activities_total": {"th": "รวมงบประมาณกิจกรรม {baht} บาท", "en": "Activities in all: {baht} baht"},
    "pack.profile.target_measured": {"th": "เป้าหมาย {target} · วัดได้ {measured}",
                                     "en": "target {target} · measured {measured}"},

    # ---- file names (without extension; folders stay the assessment's)
    "pack.file.profile": {"th": "5.1.1_รายละเอียดโครงการ", "en": "5.1.1_project_profile"},
    "pack.file.profile_xlsx": {"th": "5.1.1_รายละเอียดโครงการ", "en": "5.1.1_project_profile"},
    "pack.file.roster_xlsx": {"th": "5.1.2_ผู้รับผิดชอบกิจกรรม", "en": "5.1.2_responsible"},
    "pack.file.521": {"th": "5.2.1_การสื่อสาร", "en": "5.2.1_communication"},
    "pack.file.521_xlsx": {"th": "5.2.1_บันทึกการสื่อสาร", "en": "5.2.1_communication_log"},
    "pack.file.531": {"th": "5.3.1_การดำเนินกิจกรรม", "en": "5.3.1_activities"},
    "pack.file.531_xlsx": {"th": "5.3.1_บันทึกกิจกรรม", "en": "5.3.1_activity_log"},
    "pack.file.532": {"th": "5.3.2_การเข้าร่วม", "en": "5.3.2_participation"},
    "pack.file.532t": {"th": "5.3.2_ผลการเรียนรู้", "en": "5.3.2_learning"},
    "pack.file.532_xlsx": {"th": "5.3.2_ตารางการเข้าร่วมและคะแนน", "en": "5.3.2_participation_tables"},
    "pack.file.541": {"th": "5.4.1_ผลสำเร็จเชิงสถิติ", "en": "5.4.1_results"},
    "pack.file.541_xlsx": {"th": "5.4.1_ผลการเปรียบเทียบ", "en": "5.4.1_comparisons"},
    "pack.file.542": {"th": "5.4.2_รางวัลและคำชื่นชม", "en": "5.4.2_awards"},
    "pack.file.542_xlsx": {"th": "5.4.2_ทะเบียนรางวัลและคำชื่นชม", "en": "5.4.2_awards_register"},
    "pack.file.543": {"th": "5.4.3_ความพึงพอใจ", "en": "5.4.3_satisfaction"},
    "pack.file.543_xlsx": {"th": "5.4.3_ตารางความพึงพอใจ", "en": "5.4.3_satisfaction_table"},
    "pack.file.memo": {"th": "5.4.4_บันทึกข้อความรายงานผล", "en": "5.4.4_memo"},
    "pack.file.summary": {"th": "5.4.4_สรุปผลโครงการ", "en": "5.4.4_summary"},

    # ---- README: what each file is
    # an infographic's line: what it is, then its size
    "pack.what.sized": {"th": "{what} {size}", "en": "{what}, {size}"},
    "pack.what.size.a4": {"th": "(A4)", "en": "A4"},
    "pack.what.size.slide": {"th": "สำหรับสไลด์ 16:9", "en": "16:9 slide"},
    "pack.what.size.square": {"th": "ภาพจัตุรัส 1:1 สำหรับโซเชียลมีเดียและเว็บไซต์",
                              "en": "1:1 square for social media and the web"},
    "pack.what.profile_png": {"th": "รายละเอียดโครงการหนึ่งหน้า (วัตถุประสงค์ กิจกรรม ผู้รับผิดชอบ ตัวชี้วัด)",
                              "en": "the project profile on one page (objectives, activities, KPIs)"},
    "pack.what.profile_xlsx": {"th": "รายละเอียดโครงการ งบประมาณ กิจกรรม และตัวชี้วัดพร้อมผลที่วัดได้ (Excel)",
                               "en": "project profile, budget, activities and KPIs with measured values (Excel)"},
    "pack.what.roster_xlsx": {"th": "รายชื่อผู้รับผิดชอบแต่ละกิจกรรมพร้อมตำแหน่งและช่วงเวลา (Excel)",
                              "en": "who is responsible for each activity, with position and dates (Excel)"},
    "pack.what.521_png": {"th": "อินโฟกราฟิกการสื่อสารโครงการแก่บุคลากร", "en": "communication infographic"},
    "pack.what.521_xlsx": {"th": "บันทึกการสื่อสาร: วันที่ เรื่อง ช่องทาง จำนวนผู้รับ (Excel)",
                           "en": "communication log: date, what, channel, people reached (Excel)"},
    "pack.what.531_png": {"th": "อินโฟกราฟิกการดำเนินกิจกรรมพร้อมภาพถ่าย", "en": "activity infographic with photos"},
    "pack.what.531_xlsx": {"th": "บันทึกกิจกรรม: วันที่ กิจกรรม สถานที่ ผู้เข้าร่วม ภาพถ่าย (Excel)",
                           "en": "activity log: date, activity, place, people, photos (Excel)"},
    "pack.what.532_png": {"th": "อินโฟกราฟิกการเข้าร่วมกิจกรรม", "en": "participation infographic"},
    "pack.what.532t_png": {"th": "อินโฟกราฟิกผลการทดสอบก่อน-หลังอบรม", "en": "pre/post test infographic"},
    "pack.what.532_xlsx": {"th": "ตารางการเข้าร่วมตามหน่วยงานและรอบ และสรุปผลทดสอบก่อน-หลัง (Excel)",
                           "en": "participation by unit and session, and the pre/post test summary (Excel)"},
    "pack.what.532_xlsx_internal": {"th": " พร้อมรายชื่อที่รวมกันและคะแนนรายบุคคล (ฉบับภายใน ห้ามเผยแพร่)",
                                    "en": " with the names merged and each person's scores (internal, not to publish)"},
    "pack.what.541_png": {"th": "อินโฟกราฟิกผลเปรียบเทียบก่อน-หลัง ({metrics})",
                          "en": "before/after infographic ({metrics})"},
    "pack.what.541_xlsx": {"th": "ผลการทดสอบทางสถิติของทุกตัวชี้วัด และการคำนวณความคุ้มค่า (Excel)",
                           "en": "every metric's statistical test, and the value-for-money calculation (Excel)"},
    "pack.what.542_png": {"th": "อินโฟกราฟิกรางวัล เกียรติบัตร หนังสือขอบคุณ และข่าวเผยแพร่ พร้อมภาพ",
                          "en": "awards, certificates, thanks and news infographic with pictures"},
    "pack.what.542_xlsx": {"th": "ทะเบียนรางวัล เกียรติบัตร หนังสือขอบคุณ และข่าวเผยแพร่ (Excel)",
                           "en": "register of awards, certificates, thank-you letters and news (Excel)"},
    "pack.what.543_png": {"th": "อินโฟกราฟิกผลความพึงพอใจ", "en": "satisfaction infographic"},
    "pack.what.543_xlsx": {"th": "ตารางผลความพึงพอใจแบบรายงานราชการ (x̄, S.D., ระดับ) และการกระจายคำตอบ (Excel)",
                           "en": "satisfaction table (mean, S.D., level) and answer distribution (Excel)"},
    "pack.what.copy_521": {"th": "ภาพประกอบการสื่อสาร (ไฟล์ที่อัปโหลด)", "en": "communication picture (as uploaded)"},
    "pack.what.copy_531": {"th": "ภาพถ่ายกิจกรรม (ไฟล์ที่อัปโหลด)", "en": "activity photo (as uploaded)"},
    "pack.what.copy_542": {"th": "ไฟล์รางวัล / เกียรติบัตร / หนังสือขอบคุณ (ไฟล์ที่อัปโหลด)",
                           "en": "award / certificate / letter file (as uploaded)"},
    "pack.what.report": {"th": "รายงานผู้บังคับบัญชา", "en": "report to the supervisor"},
    "pack.what.report_docx": {"th": "บันทึกข้อความรายงานผลถึงผู้บังคับบัญชา (Word ตรวจแก้ได้ก่อนเสนอลงนาม)",
                              "en": "the memo to the supervisor (Word, to check and edit before signing)"},
    "pack.what.report_pdf": {"th": "สรุปผลโครงการ: อินโฟกราฟิก A4 ทุกหน้ารวมเป็น PDF (สิ่งที่ส่งมาด้วย)",
                             "en": "project summary: every A4 infographic in one PDF (the attachment)"},

    # ---- README: structure
    "pack.readme.title": {"th": "ชุดหลักฐาน ITA ตัวชี้วัดที่ 5 (การส่งเสริมคุณธรรมและความโปร่งใส) · โครงการ {project}",
                          "en": "ITA criterion 5 evidence pack · project {project}"},
    "pack.readme.made": {"th": "จัดทำเมื่อ {date} ด้วย itastats {version}", "en": "Made on {date} with itastats {version}"},
    "pack.readme.footer_explained": {
        "th": "ทุกไฟล์ภาพ (PNG) และไฟล์ Excel มีส่วนท้ายระบุชื่อโครงการ วันที่จัดทำ (พ.ศ.) รหัสข้อมูลต้นทาง "
              "และรุ่นของ itastats เพื่อให้ผู้ตรวจสอบย้อนกลับไปยังข้อมูลต้นทางได้ "
              "รหัสข้อมูลต้นทางคือ 12 ตัวแรกของ SHA-256 ของบรรทัด \"<SHA-256 ของไฟล์>  <หน้า>/<ชื่อไฟล์>\" "
              "ของไฟล์ข้อมูลที่ใช้คำนวณ เรียงตามชื่อ (แบบที่คำสั่ง sha256sum พิมพ์) ดูวิธีตรวจสอบท้ายไฟล์นี้",
        "en": "Every PNG and Excel file has a footer with the project, the date made, the source-data fingerprint "
              "and the itastats version, so an assessor can trace any number to its source. The fingerprint is "
              "the first 12 hex digits of the SHA-256 of the lines \"<file's SHA-256>  <page>/<file name>\" of "
              "the input files it was computed from, sorted by name (as sha256sum prints them); see the end of "
              "this file to check it."},
    "pack.readme.public": {
        "th": "ฉบับเผยแพร่: ไม่มีชื่อ อีเมล หรือคะแนนรายบุคคลของผู้เข้าร่วม ผู้ตอบแบบสอบถาม หรือผู้ทำแบบทดสอบ "
              "(บุคคลแสดงเป็นจำนวนคน) ภาพถ่ายไม่มีข้อมูล EXIF/GPS เผยแพร่บนเว็บไซต์ของหน่วยงานได้ "
              "(ชื่อคณะทำงานตามคำสั่งแต่งตั้งในหมวด 5.1.2 เป็นข้อมูลสาธารณะ)",
        "en": "Public copy: no name, e-mail or individual score of any participant, respondent or test taker "
              "(people are counts); photos carry no EXIF/GPS. It can be published on the agency's website (the "
              "5.1.2 working group's names are an official appointment, public by nature)."},
    "pack.readme.internal": {
        "th": "ฉบับภายใน: มีข้อมูลส่วนบุคคล (ชื่อที่รวมกัน คะแนนรายบุคคล) ตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล "
              "ห้ามเผยแพร่ ใช้ตรวจสอบภายในหน่วยงานเท่านั้น",
        "en": "INTERNAL copy: it holds personal data (names merged, each person's scores). Under the PDPA it must "
              "not be published; for checking inside the agency only."},
    "pack.readme.check_title": {"th": "วิธีตรวจสอบรหัสข้อมูลต้นทาง:", "en": "How to check a fingerprint:"},
    "pack.readme.check": {
        "th": "  วางไฟล์ข้อมูลต้นทางในโฟลเดอร์ตามรหัสหน้า (เช่น 541/01.xlsx) แล้วใช้คำสั่ง\r\n"
              "  sha256sum 541/01.xlsx 543/02.csv | LC_ALL=C sort -k2 | sha256sum | cut -c1-12\r\n"
              "  ไฟล์ {manifest} ระบุไฟล์ข้อมูลต้นทางของแต่ละไฟล์ในชุดนี้ ค่า SHA-256 และการตั้งค่าวิธีคำนวณ "
              "(ข้อมูลที่พิมพ์ในระบบ เช่น บันทึกกิจกรรม ใช้ SHA-256 ของข้อมูลแบบ JSON)",
        "en": "  Put the input files in folders named by page code (e.g. 541/01.xlsx), then run\r\n"
              "  sha256sum 541/01.xlsx 543/02.csv | LC_ALL=C sort -k2 | sha256sum | cut -c1-12\r\n"
              "  {manifest} names the inputs of every file of this pack, their SHA-256 and the method settings "
              "(typed data, such as the activity log, is hashed as JSON)."},
    "pack.readme.fp": {"th": "[ข้อมูลต้นทาง {fp}]", "en": "[source data {fp}]"},
    "pack.readme.missing_title": {"th": "ยังขาด (เพิ่มข้อมูลแล้วสร้างชุดหลักฐานใหม่):",
                                  "en": "Still missing (add the data, then make the pack again):"},
    "pack.readme.nothing_missing": {"th": "ครบทุกหมวด", "en": "nothing: every part is there"},
    "pack.readme.not_used_title": {"th": "ไฟล์ที่ไม่ได้ใช้:", "en": "Files not used:"},
    "pack.readme.inputs_title": {"th": "ข้อมูลต้นทาง (SHA-256 และหน้า/ชื่อไฟล์ ของไฟล์ที่อัปโหลด):",
                                 "en": "Inputs (SHA-256 and page/name of the file uploaded):"},
    "pack.readme.fp_all": {"th": "รหัสข้อมูลต้นทางของทุกไฟล์รวมกัน: {fp}", "en": "Fingerprint of all input files: {fp}"},

    # ---- README: missing parts
    "pack.missing.511": {"th": "{folder}: ยังไม่มีรายละเอียดโครงการ (กรอกในหน้าข้อมูลโครงการ)",
                         "en": "{folder}: no project profile yet (fill in the project page)"},
    "pack.missing.512": {"th": "{folder}: ยังไม่มีกิจกรรมและผู้รับผิดชอบ (กรอกในหน้าข้อมูลโครงการ)",
                         "en": "{folder}: no activities with people responsible yet (project page)"},
    "pack.missing.521": {"th": "{folder}: ยังไม่มีบันทึกการสื่อสารแก่บุคลากร (หน้า 5.2.1)",
                         "en": "{folder}: no communication log yet (page 5.2.1)"},
    "pack.missing.531": {"th": "{folder}: ยังไม่มีบันทึกกิจกรรมหรือภาพถ่าย (หน้า 5.3.1)",
                         "en": "{folder}: no activity log or photos yet (page 5.3.1)"},
    "pack.missing.531_photos": {"th": "{folder}: ยังไม่มีภาพถ่ายกิจกรรม (หน้า 5.3.1)",
                                "en": "{folder}: no activity photos yet (page 5.3.1)"},
    "pack.missing.532": {"th": "{folder}: ยังไม่มีไฟล์รายชื่อผู้เข้าร่วมหรือคะแนนทดสอบก่อน-หลัง (หน้า 5.3.2)",
                         "en": "{folder}: no attendance records or test scores yet (page 5.3.2)"},
    "pack.missing.541": {"th": "{folder}: ยังไม่มีข้อมูลก่อน-หลังดำเนินโครงการ (หน้า 5.4.1)",
                         "en": "{folder}: no before/after data yet (page 5.4.1)"},
    "pack.missing.542": {"th": "{folder}: ยังไม่มีรางวัล เกียรติบัตร หรือหนังสือขอบคุณ (หน้า 5.4.2)",
                         "en": "{folder}: no awards, certificates or thank-you letters yet (page 5.4.2)"},
    "pack.missing.542_files": {"th": "{folder}: ยังไม่มีไฟล์ภาพรางวัลหรือเกียรติบัตร (หน้า 5.4.2)",
                               "en": "{folder}: no scans or photos of the awards yet (page 5.4.2)"},
    "pack.missing.543": {"th": "{folder}: ยังไม่มีผลแบบสอบถามความพึงพอใจ (หน้า 5.4.3)",
                         "en": "{folder}: no satisfaction survey yet (page 5.4.3)"},
    "pack.missing.544": {"th": "{folder}: ยังไม่มีรายงานผู้บังคับบัญชา", "en": "{folder}: no report to the supervisor"},
    "pack.missing.544_none": {"th": "{folder}: รายงานผู้บังคับบัญชาสร้างจากหน้า 5.4.4 (รุ่นนี้ยังไม่รวมในชุดหลักฐาน)",
                              "en": "{folder}: the report to the supervisor is made on page 5.4.4 "
                                    "(not included by this version)"},
    "pack.missing.544_error": {"th": "{folder}: สร้างรายงานผู้บังคับบัญชาไม่สำเร็จ ({error})",
                               "en": "{folder}: the report to the supervisor could not be made ({error})"},

    # ---- progress and summary
    "pack.progress.start": {"th": "กำลังเตรียมชุดหลักฐาน…", "en": "Preparing the evidence pack…"},
    "pack.progress.png": {"th": "กำลังสร้างภาพ {n} ภาพ…", "en": "Making {n} images…"},
    "pack.progress.png_done": {"th": "สร้างภาพแล้ว {n} ภาพ", "en": "{n} images made"},
    "pack.progress.report": {"th": "รายงานผู้บังคับบัญชา", "en": "Report to the supervisor"},
    "pack.progress.done": {"th": "เสร็จแล้ว", "en": "Done"},
    "pack.summary": {"th": "{files} ไฟล์ ใน {parts} หมวด, {size} MB", "en": "{files} files in {parts} parts, {size} MB"},

    # ---- python -m itastats pack
    "pack.cli.no_folder": {"th": "ไม่พบโฟลเดอร์หรือโครงการ: {project}",
                           "en": "No such folder or saved project: {project}"},
    "pack.cli.ambiguous": {"th": "มีโครงการชื่อ \"{project}\" มากกว่าหนึ่งโครงการ ระบุด้วยรหัสโครงการ: {ids}",
                           "en": "More than one project is named \"{project}\"; give its id: {ids}"},
    "pack.cli.bad_profile": {"th": "อ่านไฟล์ {file} ไม่ได้: {error}", "en": "Cannot read {file}: {error}"},
    "pack.cli.unclassified": {"th": "{file}: ไม่ทราบว่าเป็นข้อมูลของหมวดใด", "en": "{file}: not recognised as any part's data"},
    "pack.cli.extra": {"th": "{file}: มีไฟล์สำรวจความพึงพอใจมากกว่าหนึ่งไฟล์ ใช้ไฟล์ {used}",
                       "en": "{file}: more than one satisfaction survey; {used} was used"},
    "pack.cli.wrote": {"th": "สร้างชุดหลักฐานแล้ว: {path}", "en": "Evidence pack written: {path}"},
    "pack.cli.cannot_write": {"th": "เขียนไฟล์ {path} ไม่ได้: {error}", "en": "Cannot write {path}: {error}"},
    "pack.cli.export_failed": {"th": "สร้างภาพไม่สำเร็จ: {error}", "en": "Images could not be made: {error}"},
}
