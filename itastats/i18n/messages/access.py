"""Sign-in, sharing and the change log (issue 11)."""
MESSAGES = {
    # ---------------------------------------------------------------- who is using the app
    "auth.single_user": {
        "th": "โหมดผู้ใช้คนเดียว: ใช้งานบนเครื่องนี้โดยไม่ต้องลงชื่อเข้าใช้",
        "en": "Single-user mode: used on this computer without signing in",
    },
    "auth.signed_in_as": {"th": "ลงชื่อเข้าใช้ในชื่อ", "en": "Signed in as"},
    "auth.sign_out": {"th": "ออกจากระบบ", "en": "Sign out"},
    "auth.title": {"th": "ลงชื่อเข้าใช้ itastats", "en": "Sign in to itastats"},
    "auth.intro": {
        "th": "ระบบนี้ใช้ร่วมกันทั้งหน่วยงาน ลงชื่อเข้าใช้ด้วยบัญชีอีเมลของหน่วยงาน แล้วท่านจะเห็นเฉพาะโครงการของท่านและโครงการที่ผู้อื่นแชร์ให้",
        "en": "This server is shared by the whole agency. Sign in with your agency e-mail account: you will see only your own projects and those shared with you.",
    },
    "auth.sign_in": {"th": "ลงชื่อเข้าใช้", "en": "Sign in"},
    "auth.sign_in_with": {"th": "ลงชื่อเข้าใช้ด้วย {provider}", "en": "Sign in with {provider}"},
    "auth.not_allowed_title": {"th": "บัญชีนี้ยังไม่ได้รับอนุญาต", "en": "This account is not allowed here"},
    "auth.not_allowed": {
        "th": "บัญชี {email} ไม่อยู่ในรายชื่อผู้ใช้ที่ได้รับอนุญาตของระบบนี้ ออกจากระบบแล้วลงชื่อเข้าใช้ด้วยบัญชีของหน่วยงาน หรือติดต่อผู้ดูแลระบบเพื่อขอเพิ่มชื่อ",
        "en": "The account {email} is not on this server's list of allowed users. Sign out and sign in with your agency account, or ask the administrator to add you.",
    },
    "auth.unverified": {
        "th": "ผู้ให้บริการลงชื่อเข้าใช้แจ้งว่ายังไม่ได้ยืนยันอีเมล {email} ยืนยันอีเมลกับผู้ให้บริการก่อน แล้วลงชื่อเข้าใช้อีกครั้ง",
        "en": "The sign-in provider says the e-mail address {email} is not verified. Verify it with the provider, then sign in again.",
    },
    "auth.no_email": {
        "th": "บัญชีที่ใช้ลงชื่อเข้าใช้ไม่ได้ส่งอีเมลมาให้ระบบ จึงเปิดโครงการไม่ได้ ให้ผู้ดูแลระบบเพิ่มสิทธิ์อีเมล (email) ในการตั้งค่าการลงชื่อเข้าใช้",
        "en": "The account you signed in with gave no e-mail address, so no project can be opened. Ask the administrator to add the e-mail claim to the sign-in set-up.",
    },
    "auth.bad_allow_list": {
        "th": "รายชื่อผู้ได้รับอนุญาตในไฟล์ตั้งค่า (ส่วน [access] ของ secrets.toml) ไม่ถูกต้อง: {detail} ให้ผู้ดูแลระบบแก้ไขก่อน",
        "en": "The list of allowed users in the settings ([access] in secrets.toml) is wrong: {detail}. The administrator must fix it first.",
    },
    # ---------------------------------------------------------------- a link to a project that is not the user's
    "share.not_found": {
        "th": "ไม่พบโครงการตามลิงก์ที่เปิด หรือโครงการนี้ไม่ได้แชร์ให้ท่าน ขอให้เจ้าของโครงการแชร์ให้อีเมลของท่าน หรือเลือกโครงการของท่านที่หน้าแรก",
        "en": "The project in the link was not found or is not shared with you. Ask its owner to share it with your e-mail address, or pick one of your projects on the home page.",
    },
    "share.lost": {
        "th": "ท่านไม่มีสิทธิ์แก้ไขโครงการนี้แล้ว (เจ้าของอาจยกเลิกการแชร์หรือเปลี่ยนสิทธิ์) การแก้ไขล่าสุดไม่ได้บันทึก",
        "en": "You may no longer change this project (its owner may have taken your access back or changed it). Your latest change was not saved.",
    },
    "share.viewer_banner": {
        "th": "{owner} แชร์โครงการนี้ให้ท่านแบบดูอย่างเดียว: ดู นำเสนอ และดาวน์โหลดได้ แต่แก้ไขไม่ได้ สิ่งที่เปลี่ยนบนหน้าจอจะไม่ถูกบันทึก",
        "en": "{owner} shared this project with you to view: you can look, present and download, not change it. Nothing you change on screen is saved.",
    },
    "share.shared_by": {"th": "แชร์โดย {owner} · สิทธิ์ของท่าน: {role}", "en": "shared by {owner} · your role: {role}"},
    # ---------------------------------------------------------------- the sharing section of the home page
    "share.title": {"th": "การแชร์โครงการ", "en": "Sharing"},
    "share.intro": {
        "th": "แชร์โครงการให้คณะทำงานด้วยอีเมล ผู้แก้ไขได้เปลี่ยนข้อมูลและอัปโหลดไฟล์ได้ ผู้ดูอย่างเดียวดู นำเสนอ และดาวน์โหลดได้",
        "en": "Share the project with the working group by e-mail. Editors can change it and upload files; viewers can look, present and download.",
    },
    "share.owner": {"th": "เจ้าของโครงการ: {owner}", "en": "Owner: {owner}"},
    "share.nobody": {"th": "ยังไม่ได้แชร์ให้ใคร", "en": "Not shared with anyone yet"},
    "share.email": {"th": "อีเมลผู้ที่จะแชร์ให้", "en": "E-mail address to share with"},
    "share.email_help": {
        "th": "เลือกอีเมลของผู้รับผิดชอบกิจกรรม (5.1.2) หรือพิมพ์อีเมลอื่น",
        "en": "Pick the e-mail of a person responsible (5.1.2), or type another address.",
    },
    "share.email_placeholder": {"th": "เลือกหรือพิมพ์อีเมล", "en": "Pick or type an e-mail address"},
    "share.role": {"th": "สิทธิ์", "en": "Role"},
    "share.add": {"th": "แชร์", "en": "Share"},
    "share.revoke": {"th": "ยกเลิกการแชร์", "en": "Take back"},
    "share.done": {"th": "แชร์ให้ {email} ({role}) แล้ว", "en": "Shared with {email} ({role})"},
    "share.revoked": {"th": "ยกเลิกการแชร์ของ {email} แล้ว", "en": "{email} no longer has access"},
    "share.bad_email": {
        "th": "\u201c{email}\u201d ไม่ใช่อีเมล พิมพ์อีเมลเต็ม เช่น somchai@agency.go.th",
        "en": "\u201c{email}\u201d is not an e-mail address. Type the whole address, e.g. somchai@agency.go.th",
    },
    "share.self": {"th": "ท่านเป็นเจ้าของโครงการนี้อยู่แล้ว", "en": "You own this project already"},
    "share.no_email_yet": {
        "th": "พิมพ์อีเมลของผู้ที่จะแชร์ให้ก่อน",
        "en": "Type the e-mail address of the person to share with first.",
    },
    "share.only_owner": {
        "th": "เฉพาะเจ้าของโครงการที่แชร์หรือยกเลิกการแชร์ได้",
        "en": "Only the project's owner can share it or take access back.",
    },
    "share.not_allowed_user": {
        "th": "{email} ไม่อยู่ในรายชื่อผู้ได้รับอนุญาตของระบบนี้ จึงจะเปิดโครงการไม่ได้ แม้จะแชร์ให้แล้ว",
        "en": "{email} is not on this server's list of allowed users, so they cannot open the project even when it is shared.",
    },
    "role.owner": {"th": "เจ้าของ", "en": "owner"},
    "role.editor": {"th": "แก้ไขได้", "en": "editor"},
    "role.viewer": {"th": "ดูอย่างเดียว", "en": "viewer"},
    # ---------------------------------------------------------------- the change log
    "chg.title": {"th": "ประวัติการแก้ไขล่าสุด", "en": "Latest changes"},
    "chg.none": {"th": "ยังไม่มีการแก้ไขที่บันทึกไว้", "en": "No changes recorded yet"},
    "chg.col.when": {"th": "เมื่อ", "en": "When"},
    "chg.col.who": {"th": "ผู้แก้ไข", "en": "Who"},
    "chg.col.what": {"th": "รายการ", "en": "What"},
    "chg.you": {"th": "{user} (ท่าน)", "en": "{user} (you)"},
    "chg.local": {"th": "ผู้ใช้เครื่องนี้", "en": "this computer's user"},
    "chg.when": {"th": "{date} เวลา {time} น.", "en": "{date}, {time}"},
    "chg.created.new": {"th": "สร้างโครงการ", "en": "created the project"},
    "chg.created.copy": {"th": "สร้างโดยทำสำเนาจาก \u201c{source}\u201d", "en": "made it as a copy of \u201c{source}\u201d"},
    "chg.created.import": {"th": "สร้างจากไฟล์โครงการ (.zip)", "en": "made it from a project file (.zip)"},
    "chg.created.sample": {"th": "สร้างโครงการตัวอย่าง", "en": "created the sample project"},
    "chg.profile": {"th": "แก้ไข{fields}", "en": "changed {fields}"},
    "chg.choices": {"th": "เปลี่ยนตัวเลือกการวิเคราะห์", "en": "changed the analysis choices"},
    "chg.file_added": {"th": "เพิ่มไฟล์ \u201c{name}\u201d ({page})", "en": "added the file \u201c{name}\u201d ({page})"},
    "chg.file_removed": {"th": "ลบไฟล์ \u201c{name}\u201d ({page})", "en": "removed the file \u201c{name}\u201d ({page})"},
    "chg.shared": {"th": "แชร์ให้ {email} ({role})", "en": "shared it with {email} ({role})"},
    "chg.unshared": {"th": "ยกเลิกการแชร์ของ {email}", "en": "took back {email}'s access"},
    "chg.other": {"th": "แก้ไขโครงการ", "en": "changed the project"},
    "chg.sep": {"th": ", ", "en": ", "},
    "chg.f.name": {"th": "ชื่อโครงการ", "en": "the name"},
    "chg.f.agency": {"th": "หน่วยงาน", "en": "the agency"},
    "chg.f.unit": {"th": "ส่วนงาน", "en": "the unit"},
    "chg.f.start": {"th": "วันเริ่มโครงการ", "en": "the start date"},
    "chg.f.end": {"th": "วันสิ้นสุดโครงการ", "en": "the end date"},
    "chg.f.project_cost": {"th": "งบประมาณโครงการ", "en": "the budget"},
    "chg.f.cases_per_year": {"th": "จำนวนเรื่องต่อปี", "en": "cases a year"},
    "chg.f.staff_cost_per_hour": {"th": "ค่าตอบแทนบุคลากรต่อชั่วโมง", "en": "staff cost an hour"},
    "chg.f.hours_per_day": {"th": "ชั่วโมงทำงานต่อวัน", "en": "working hours a day"},
    "chg.f.objectives": {"th": "วัตถุประสงค์", "en": "the objectives"},
    "chg.f.activities": {"th": "กิจกรรมและผู้รับผิดชอบ", "en": "the activities and who is responsible"},
    "chg.f.kpis": {"th": "ตัวชี้วัด", "en": "the KPIs"},
    "chg.f.activity_log": {"th": "บันทึกกิจกรรม (5.3.1)", "en": "the activity log (5.3.1)"},
    "chg.f.communications": {"th": "บันทึกการสื่อสาร (5.2.1)", "en": "the communication log (5.2.1)"},
    "chg.f.awards": {"th": "ทะเบียนรางวัล (5.4.2)", "en": "the awards register (5.4.2)"},
    "chg.f.memo": {"th": "หัวบันทึกข้อความ (5.4.4)", "en": "the memo header (5.4.4)"},
    "chg.f.other": {"th": "รายละเอียดโครงการ", "en": "the project profile"},
}

MESSAGES.update({
    "prof.act_email": {"th": "อีเมล (ใช้แชร์โครงการ)", "en": "E-mail (to share the project)"},
})
