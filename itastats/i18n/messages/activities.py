"""Messages of itastats.criteria.activities: activity and communication logs (5.3.1,
5.2.1), communication channels, and photos."""

MESSAGES = {
    # --- reading a log ----------------------------------------------------------
    "activities.no_title_column": {
        "th": "ไม่พบคอลัมน์ชื่อกิจกรรมหรือเรื่อง ในชีตนี้ ตั้งหัวคอลัมน์เช่น \u201cวันที่\u201d \u201cกิจกรรม\u201d "
              "(หรือ \u201cเรื่อง\u201d) \u201cสถานที่/ช่องทาง\u201d \u201cจำนวนผู้เข้าร่วม\u201d แล้วอัปโหลดอีกครั้ง",
        "en": "No column of activity names or subjects was found in this sheet. Use headers such as "
              "\u201cวันที่\u201d (date), \u201cกิจกรรม\u201d or \u201cเรื่อง\u201d (title), \u201cสถานที่/ช่องทาง\u201d "
              "(place/channel), \u201cจำนวนผู้เข้าร่วม\u201d (participants), then upload it again.",
    },
    "activities.bad_kind": {
        "th": "ชนิดของบันทึกต้องเป็นกิจกรรมหรือการสื่อสาร ไม่ใช่ {kind}",
        "en": "The kind of log must be activity or communication, not {kind}.",
    },
    "activities.bad_date": {
        "th": "อ่านวันที่ \u201c{value}\u201d ไม่ได้ จึงเก็บรายการนี้ไว้โดยไม่มีวันที่ แก้ให้เป็นเช่น 15/03/2568",
        "en": "The date \u201c{value}\u201d cannot be read, so the entry is kept without a date. Write it like 15/03/2568.",
    },
    "activities.bad_people": {
        "th": "\u201c{value}\u201d ไม่ใช่จำนวนคน จึงไม่นับจำนวนผู้เข้าร่วม/ผู้รับของรายการนี้",
        "en": "\u201c{value}\u201d is not a number of people, so this entry's participants/audience is left blank.",
    },
    "activities.no_title": {
        "th": "แถวนี้ไม่มีชื่อกิจกรรมหรือเรื่อง จึงเก็บไว้โดยไม่มีชื่อ",
        "en": "This row has no activity name or subject; it is kept without one.",
    },
    "activities.footer_row": {
        "th": "แถว \u201c{label}\u201d เป็นแถวสรุป จึงไม่นับเป็นรายการ",
        "en": "The row \u201c{label}\u201d is a summary row, so it is not counted as an entry.",
    },
    # --- channels ---------------------------------------------------------------
    "activities.channel.meeting": {"th": "ประชุม", "en": "Meeting"},
    "activities.channel.letter": {"th": "หนังสือเวียน", "en": "Circular letter"},
    "activities.channel.line": {"th": "กลุ่มไลน์ (LINE)", "en": "LINE group"},
    "activities.channel.website": {"th": "เว็บไซต์", "en": "Website"},
    "activities.channel.email": {"th": "อีเมล", "en": "E-mail"},
    "activities.channel.facebook": {"th": "เฟซบุ๊ก (Facebook)", "en": "Facebook"},
    "activities.channel.poster": {"th": "บอร์ด/โปสเตอร์", "en": "Notice board / poster"},
    "activities.channel.other": {"th": "อื่น ๆ", "en": "Other"},
    # --- photos -----------------------------------------------------------------
    "photo.not_image": {
        "th": "\u201c{file}\u201d ไม่ใช่ไฟล์รูปภาพที่อ่านได้ ใช้รูป jpg, png หรือ heic",
        "en": "\u201c{file}\u201d is not an image that can be read; use a jpg, png or heic photo.",
    },
    "photo.damaged": {
        "th": "\u201c{file}\u201d เป็นรูปที่เสียหรือไม่ครบ ({detail}) ลองส่งรูปเดิมจากโทรศัพท์หรือคอมพิวเตอร์อีกครั้ง",
        "en": "\u201c{file}\u201d is a damaged or incomplete image ({detail}); send the original photo again.",
    },
    "photo.too_large": {
        "th": "\u201c{file}\u201d ใหญ่เกินไป ({size_mb} MB สูงสุด {limit_mb} MB) ย่อรูปหรือส่งรูปขนาดปกติจากโทรศัพท์",
        "en": "\u201c{file}\u201d is too large ({size_mb} MB; at most {limit_mb} MB). Shrink it or send the phone's normal-size photo.",
    },
    "photo.too_many_pixels": {
        "th": "\u201c{file}\u201d มีขนาดภาพใหญ่ผิดปกติ ({pixels} ล้านพิกเซล สูงสุด {limit} ล้านพิกเซล) "
              "อาจเป็นไฟล์ที่ตั้งใจทำให้ระบบค้าง จึงไม่เปิด ย่อรูปก่อนแล้วส่งใหม่",
        "en": "\u201c{file}\u201d has an abnormally large picture ({pixels} million pixels; at most {limit} "
              "million) and may be made to overload the server, so it was not opened. Shrink it first.",
    },
}
