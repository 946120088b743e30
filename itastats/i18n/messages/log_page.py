"""Texts of the 5.3.1 (activities) and 5.2.1 (communication) pages."""

_COMMON = {
    "step2_help": (
        "พิมพ์หรือแก้ไขในตารางได้เลย เพิ่มแถวที่ท้ายตาราง บันทึกอัตโนมัติ",
        "Type or edit in the table; add rows at the bottom. Saved as you type."),
    "col.date": ("วันที่", "Date"),
    "col.description": ("รายละเอียด", "Description"),
    "col.photos": ("ภาพ", "Photos"),
    "step3_help": (
        "ภาพจากมือถือหรือคอมพิวเตอร์ (jpg, png, heic) ระบบย่อขนาดและหมุนภาพให้ตั้งตรงตามข้อมูล EXIF "
        "และลบพิกัด GPS ออกก่อนเก็บ ถ้ายังไม่ได้ใส่วันที่ จะใช้วันที่ถ่ายภาพ",
        "Photos from a phone or computer (jpg, png, heic): resized, turned upright from their EXIF data and "
        "stored without GPS position. An entry without a date takes the date the photo was taken."),
    "which_entry": ("แนบภาพกับรายการ", "Attach photos to"),
    "upload_photos": ("อัปโหลดภาพ (เลือกได้หลายภาพ)", "Upload photos (several at once)"),
    "use_taken": ("ใช้วันที่ถ่ายภาพ {date} เป็นวันที่ของรายการนี้", "Use the date taken, {date}, for this entry"),
    "photo_missing": ("ไม่พบไฟล์ภาพ {name}", "Photo {name} not found"),
    "no_photos": ("รายการนี้ยังไม่มีภาพ", "No photos for this entry yet."),
    "photos_need_entry": ("เพิ่มรายการในตารางก่อน แล้วจึงแนบภาพ", "Add an entry to the table first, then its photos."),
    "step4": ("4. อินโฟกราฟิกสำหรับแนบหลักฐาน", "4. Infographic for the evidence file"),
    "added": ("เพิ่มจาก {file} แล้ว {n} รายการ (ซ้ำกับที่มีอยู่ {skipped} รายการ ไม่เพิ่มซ้ำ)",
              "Added {n} entries from {file} ({skipped} already there, not added twice)."),
}

_ACTIVITY = {
    "title": ("5.3.1 การดำเนินกิจกรรมตามโครงการ", "5.3.1 Activities carried out"),
    "subtitle": ("บันทึกกิจกรรมที่ดำเนินการจริง พร้อมภาพถ่าย เพื่อทำอินโฟกราฟิกสรุปกิจกรรม",
                 "Log the activities carried out, with photos, for the activity summary infographic."),
    "step1": ("1. นำเข้าจากไฟล์ (ถ้ามี)", "1. Import from a sheet (optional)"),
    "step1_help": ("ตาราง วันที่ | กิจกรรม | สถานที่ | จำนวนผู้เข้าร่วม | รายละเอียด",
                   "A table of date | activity | place | participants | description."),
    "upload": ("อัปโหลดตารางบันทึกกิจกรรม", "Upload the activity log"),
    "step2": ("2. บันทึกกิจกรรม", "2. Activity log"),
    "col.title": ("กิจกรรม", "Activity"),
    "col.channel": ("สถานที่/รูปแบบ", "Place or format"),
    "col.people": ("ผู้เข้าร่วม (คน)", "Participants"),
    "summary": ("{n} กิจกรรม ผู้เข้าร่วมรวม {people} คน-ครั้ง (คนเดียวเข้าหลายกิจกรรมนับทุกครั้ง) ช่วง {period}",
                "{n} activities, {people} person-times in all (someone at several counts each time), {period}"),
    "step3": ("3. ภาพถ่ายกิจกรรม", "3. Photos"),
    "next_entries": ("ขั้นต่อไป: เพิ่มกิจกรรมในตารางด้านบน", "Next: add activities to the table above."),
    "next_done": ("เสร็จแล้ว: ดาวน์โหลดอินโฟกราฟิกไปแนบเป็นหลักฐานข้อ 5.3.1",
                  "Done: download the infographic for evidence item 5.3.1."),
}

_COMMUNICATION = {
    "title": ("5.2.1 การสื่อสารถึงบุคลากร", "5.2.1 Communication to staff"),
    "subtitle": ("บันทึกการสื่อสารโครงการถึงบุคลากร (ประชุม หนังสือเวียน กลุ่ม LINE เว็บไซต์ อีเมล …) "
                 "เพื่อทำอินโฟกราฟิกสรุปการสื่อสาร",
                 "Log how the project was communicated to staff (meetings, circular letters, LINE groups, "
                 "website, e-mail…) for the communication summary infographic."),
    "step1": ("1. นำเข้าจากไฟล์ (ถ้ามี)", "1. Import from a sheet (optional)"),
    "step1_help": ("ตาราง วันที่ | เรื่อง | ช่องทาง | จำนวนผู้รับ | รายละเอียด",
                   "A table of date | subject | channel | audience reached | description."),
    "upload": ("อัปโหลดตารางบันทึกการสื่อสาร", "Upload the communication log"),
    "step2": ("2. บันทึกการสื่อสาร", "2. Communication log"),
    "col.title": ("เรื่อง", "Subject"),
    "col.channel": ("ช่องทาง", "Channel"),
    "col.people": ("ผู้รับ (คน)", "Audience reached"),
    "summary": ("{n} ครั้ง เข้าถึงผู้รับรวม {people} คน-ครั้ง (คนเดียวรับหลายครั้งนับทุกครั้ง) ช่วง {period}",
                "{n} communications, {people} person-times reached in all (someone reached twice counts twice), "
                "{period}"),
    "step3": ("3. ภาพประกอบ (ถ้ามี)", "3. Pictures (optional)"),
    "next_entries": ("ขั้นต่อไป: เพิ่มการสื่อสารในตารางด้านบน", "Next: add communications to the table above."),
    "next_done": ("เสร็จแล้ว: ดาวน์โหลดอินโฟกราฟิกไปแนบเป็นหลักฐานข้อ 5.2.1",
                  "Done: download the infographic for evidence item 5.2.1."),
}

_AWARD = {
    "title": ("5.4.2 รางวัล เกียรติบัตร และคำชื่นชม", "5.4.2 Awards, certificates and thanks"),
    "subtitle": ("ทะเบียนรางวัล เกียรติบัตร หนังสือขอบคุณ และข่าวเผยแพร่ผลงาน พร้อมไฟล์หรือภาพถ่าย "
                 "รวมไว้ในชุดหลักฐานและรายงานผู้บังคับบัญชา",
                 "A register of awards, certificates, thank-you letters and news about the project, with their "
                 "files or photos; it goes into the evidence pack and the report."),
    "step1": ("1. นำเข้าจากไฟล์ (ถ้ามี)", "1. Import from a sheet (optional)"),
    "step1_help": ("ตาราง วันที่ | รายการ | จาก | รายละเอียด", "A table of date | what | from whom | note."),
    "upload": ("อัปโหลดตารางทะเบียนรางวัล", "Upload the register"),
    "step2": ("2. ทะเบียนรางวัลและคำชื่นชม", "2. The register"),
    "col.title": ("รายการ (รางวัล/เกียรติบัตร/หนังสือขอบคุณ/ข่าว)", "What (award, certificate, letter, news)"),
    "col.channel": ("จาก", "From"),
    "col.people": ("จำนวน (ถ้ามี)", "Number (if any)"),
    "summary": ("{n} รายการ ช่วง {period}", "{n} entries, {period}"),
    "step3": ("3. ไฟล์หรือภาพถ่าย", "3. Files or photos"),
    "download_register": ("ดาวน์โหลดทะเบียน (xlsx)", "Download the register (xlsx)"),
    "next_entries": ("ขั้นต่อไป: เพิ่มรายการในตารางด้านบน", "Next: add entries to the table above."),
    "next_done": ("เสร็จแล้ว: ดาวน์โหลดอินโฟกราฟิกและทะเบียนไปแนบเป็นหลักฐานข้อ 5.4.2 "
                  "ทั้งสองอยู่ในชุดหลักฐานด้วย และทะเบียนอยู่ในรายงานผู้บังคับบัญชา (5.4.4)",
                  "Done: download the infographic and the register for evidence item 5.4.2; both are in the "
                  "evidence pack, and the register in the report (5.4.4)."),
}

MESSAGES = {
    "nav.542": {"th": "5.4.2 รางวัลและคำชื่นชม", "en": "5.4.2 Awards and thanks"},
    "p542.not_pdf": {"th": "{file} ไม่ใช่ไฟล์ PDF ที่อ่านได้ บันทึกเป็น PDF หรือถ่ายภาพแล้วอัปโหลดใหม่",
                     "en": "{file} is not a readable PDF: save it as PDF or take a photo, and upload it again."},
    "p542.open_file": {"th": "เปิดไฟล์", "en": "Open"},
    "nav.531": {"th": "5.3.1 การดำเนินกิจกรรม", "en": "5.3.1 Activities"},
    "nav.521": {"th": "5.2.1 การสื่อสาร", "en": "5.2.1 Communication"},
}
for _prefix, _texts in (("p531", {**_COMMON, **_ACTIVITY}), ("p521", {**_COMMON, **_COMMUNICATION}),
                        ("p542", {**_COMMON, **_AWARD})):
    for _key, (_th, _en) in _texts.items():
        MESSAGES[f"{_prefix}.{_key}"] = {"th": _th, "en": _en}
