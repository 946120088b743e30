"""Messages of itastats.criteria.attendance (criterion 5.3.2): kinds of attendance
file, problems found reading them and counting people, the KPI sources and
the command line's summary."""

MESSAGES = {
    # --- kinds of file -------------------------------------------------------
    "attendance.kind.signin": {"th": "ใบลงชื่อ/ลงทะเบียน", "en": "sign-in sheet"},
    "attendance.kind.zoom": {"th": "รายงานผู้เข้าร่วม Zoom", "en": "Zoom participants report"},
    "attendance.kind.teams": {"th": "รายงานการเข้าร่วม Microsoft Teams", "en": "Microsoft Teams attendance report"},
    "attendance.kind.forms": {"th": "แบบฟอร์มเช็กอิน (Google/Microsoft Forms)",
                              "en": "check-in form (Google/Microsoft Forms)"},
    "attendance.kind.list": {"th": "รายชื่อ", "en": "list of names"},
    "attendance.unknown_unit": {"th": "ไม่ระบุหน่วยงาน", "en": "No unit given"},
    "attendance.not_staff": {"th": "ไม่ใช่บุคลากร (บุคคลภายนอก)", "en": "Not staff (outside guests)"},
    # --- reading -----------------------------------------------------------------
    "attendance.no_name_column": {
        "th": "ไม่พบคอลัมน์ชื่อผู้เข้าร่วม (เช่น \u201cชื่อ-สกุล\u201d, \u201cชื่อ\u201d + \u201cนามสกุล\u201d, "
              "\u201cName\u201d) ในแถวหัวตาราง หัวตารางที่พบ: {headers}",
        "en": "No column of participants' names (such as \u201cชื่อ-สกุล\u201d, \u201cชื่อ\u201d + "
              "\u201cนามสกุล\u201d, \u201cName\u201d) was found in the header. Headers seen: {headers}",
    },
    "attendance.no_records": {
        "th": "ไม่มีรายชื่อผู้เข้าร่วมใต้หัวตาราง",
        "en": "There is no participant below the header.",
    },
    "attendance.footer_row": {
        "th": "แถวสรุป \u201c{label}\u201d ไม่นับเป็นผู้เข้าร่วม",
        "en": "The total row \u201c{label}\u201d is not counted as a participant.",
    },
    "attendance.rows_below_footer": {
        "th": "ไม่นับ {n} แถวที่อยู่ใต้แถวสรุป (แถว {rows})",
        "en": "{n} rows below the total row were left out (rows {rows}).",
    },
    "attendance.footer_count_differs": {
        "th": "แถวสรุป \u201c{label}\u201d ระบุ {stated} คน แต่อ่านรายชื่อได้ {counted} รายการ",
        "en": "The total row \u201c{label}\u201d says {stated}, but {counted} names were read.",
    },
    "attendance.no_name_rows": {
        "th": "{n} แถวไม่มีชื่อและอีเมล จึงไม่นับเป็นผู้เข้าร่วม (แถว {rows})",
        "en": "{n} rows have no name and no e-mail, so they are not counted (rows {rows}).",
    },
    "attendance.no_name_records": {
        "th": "{n} รายการไม่มีชื่อและอีเมล จึงไม่นับเป็นผู้เข้าร่วม",
        "en": "{n} records have no name and no e-mail, so they are not counted.",
    },
    "attendance.bad_minutes": {
        "th": "อ่านระยะเวลาไม่ได้ {n} แถว (แถว {rows}) จึงไม่รวมในเวลาออนไลน์",
        "en": "{n} durations could not be read (rows {rows}); they are left out of the time online.",
    },
    "attendance.bad_date": {
        "th": "อ่านวันที่ไม่ได้ {n} แถว (แถว {rows})",
        "en": "{n} dates could not be read (rows {rows}).",
    },
    "attendance.no_date": {
        "th": "ไม่พบวันที่ของกิจกรรมในไฟล์นี้ จึงไม่รวมกับไฟล์อื่นของวันเดียวกัน (ตั้งชื่อกิจกรรมให้ตรงกันเพื่อรวม)",
        "en": "No date was found in this file, so it is not grouped with other files of the same day "
              "(give them the same session name to group them).",
    },
    "attendance.other_sheets": {
        "th": "อ่านเฉพาะชีต \u201c{sheet}\u201d ชีตอื่นที่มีรายชื่อ ({sheets}) เลือกอ่านได้แยกต่างหาก",
        "en": "Only sheet \u201c{sheet}\u201d was read; the other sheets with names ({sheets}) can be "
              "chosen one by one.",
    },
    # --- counting people -----------------------------------------------------------
    "attendance.same_name_no_email": {
        "th": "ชื่อ \u201c{name}\u201d มีอีเมลต่างกัน ({emails}) จึงนับเป็นคนละคน และ {n} รายการที่ไม่มีอีเมล"
              "นับเป็นอีกคนหนึ่ง เพราะบอกไม่ได้ว่าเป็นคนใด",
        "en": "The name \u201c{name}\u201d comes with different e-mails ({emails}), so they are counted as "
              "different people; its {n} records without an e-mail are counted as one more person because "
              "it cannot be told which of them it is.",
    },
    "attendance.same_name_different_emails": {
        "th": "ชื่อ \u201c{name}\u201d มีอีเมลต่างกัน ({emails}) จึงนับเป็นคนละคน",
        "en": "The name \u201c{name}\u201d comes with different e-mails ({emails}), so they are counted as "
              "different people.",
    },
    "attendance.split_unknown": {
        "th": "ไม่พบการรวมรายชื่อ \u201c{key}\u201d ที่ขอให้แยก (ข้อมูลอาจเปลี่ยนไปแล้ว)",
        "en": "No merge \u201c{key}\u201d to undo was found (the files may have changed).",
    },
    "attendance.units_not_in_headcount": {
        "th": "หน่วยงานที่ไม่มีในไฟล์จำนวนบุคลากร: {units} ({n} คน ไม่นับในอัตราการเข้าร่วม)",
        "en": "Units not in the headcount file: {units} ({n} people, not counted in the participation rate).",
    },
    "attendance.people_without_unit": {
        "th": "ยังไม่ทราบหน่วยงานของผู้เข้าร่วม {n} คน (มาจาก Zoom/Teams) จึงยังไม่นับในอัตราการเข้าร่วม: "
              "อัปโหลดรายชื่อบุคลากร หรือเลือกหน่วยงานให้แต่ละคนในหน้า 5.3.2",
        "en": "The unit of {n} attendees (from Zoom/Teams) is not known, so they are not counted in the "
              "participation rate yet: upload a staff list, or pick each one's unit on page 5.3.2.",
    },
    "attendance.staff_no_unit": {
        "th": "รายชื่อบุคลากรแถว {name_row} ไม่มีหน่วยงาน จึงไม่ใช้แถวนี้",
        "en": "The staff list's row {name_row} has no unit, so the row is not used.",
    },
    "attendance.staff_duplicate": {
        "th": "รายชื่อบุคลากรแถว {name_row} ซ้ำกับแถวก่อนหน้า (ชื่อหรืออีเมลเดียวกัน) จึงนับครั้งเดียว",
        "en": "The staff list's row {name_row} repeats an earlier row (same name or e-mail): counted once.",
    },
    "attendance.headcount_two_tables": {
        "th": "มีไฟล์จำนวนบุคลากรมากกว่าหนึ่งไฟล์: ใช้ {used} (ไม่ใช้ {files})",
        "en": "More than one headcount table: {used} is used ({files} is not).",
    },
    "attendance.rate_over_100": {
        "th": "หน่วยงาน \u201c{unit}\u201d มีผู้เข้าร่วม {attendees} คน มากกว่าจำนวนบุคลากร {headcount} คน: "
              "นับเพียง {headcount} คน (ตรวจสอบไฟล์จำนวนบุคลากร)",
        "en": "Unit \u201c{unit}\u201d has {attendees} attendees, more than its headcount of {headcount}: only "
              "{headcount} are counted (check the headcount file).",
    },
    # --- headcount -----------------------------------------------------------------
    "attendance.headcount_no_columns": {
        "th": "ไม่พบคอลัมน์หน่วยงานและจำนวนบุคลากร หัวตารางที่พบ: {headers}",
        "en": "No unit and headcount columns were found. Headers seen: {headers}",
    },
    "attendance.headcount_bad_count": {
        "th": "จำนวนบุคลากรของ \u201c{unit}\u201d ไม่ใช่จำนวนเต็ม (\u201c{value}\u201d) จึงไม่นำมาใช้",
        "en": "The headcount of \u201c{unit}\u201d is not a whole number (\u201c{value}\u201d), so it is left out.",
    },
    "attendance.headcount_duplicate": {
        "th": "หน่วยงาน \u201c{unit}\u201d มีมากกว่าหนึ่งแถว จึงรวมจำนวนบุคลากรเข้าด้วยกัน",
        "en": "Unit \u201c{unit}\u201d is listed more than once; its headcounts are added up.",
    },
    # --- KPI sources -----------------------------------------------------------------
    "attendance.src.rate": {"th": "ร้อยละบุคลากรที่เข้าร่วม (5.3.2)", "en": "Participation rate of staff (5.3.2)"},
    "attendance.src.attendees": {"th": "จำนวนผู้เข้าร่วม (คน) (5.3.2)", "en": "Number of attendees (5.3.2)"},
    "attendance.src.staff": {"th": "จำนวนบุคลากรที่เข้าร่วม (คน) (5.3.2)", "en": "Number of staff who took part (5.3.2)"},
    # --- command line summary ---------------------------------------------------------
    "attendance.cli.total": {
        "th": "ผู้เข้าร่วม {attendees} คน (จาก {records} รายการ ใน {files} ไฟล์)",
        "en": "{attendees} attendees ({records} records in {files} files)",
    },
    "attendance.cli.rate": {
        "th": "อัตราการเข้าร่วม {rate} ({counted} จาก {headcount} คน)",
        "en": "Participation rate {rate} ({counted} of {headcount} staff)",
    },
    "attendance.cli.session": {
        "th": "กิจกรรม: {name} ({date}) {attendees} คน",
        "en": "Session: {name} ({date}) {attendees} attendees",
    },
    "attendance.cli.unit": {
        "th": "  {unit}: {attendees} คน{of}",
        "en": "  {unit}: {attendees} attendees{of}",
    },
    "attendance.cli.online": {
        "th": "เวลาออนไลน์รวม {minutes} นาที ({people} คน)",
        "en": "Time online: {minutes} minutes ({people} people)",
    },
    "attendance.cli.merge": {
        "th": "รวมเป็นคนเดียว: {variants} (แยกได้ด้วยคีย์ {key})",
        "en": "Counted as one person: {variants} (undo with key {key})",
    },
    "attendance.cli.no_records": {
        "th": "ไม่มีไฟล์ที่อ่านรายชื่อผู้เข้าร่วมได้",
        "en": "No file gave any participant.",
    },
}
