"""Messages of the project store: opening a project file (.zip) made by
itastats' "Download" button."""
MESSAGES = {
    "store.import.not_zip": {
        "th": "ไฟล์นี้ไม่ใช่ไฟล์โครงการของ itastats (ไม่ใช่ไฟล์ .zip) กรุณาเลือกไฟล์ที่ได้จากปุ่ม \u201cดาวน์โหลด\u201d ในรายการโครงการ",
        "en": "This is not an itastats project file (it is not a .zip). Choose the file you got from the \u201cDownload\u201d button in the project list.",
    },
    "store.import.damaged": {
        "th": "ไฟล์โครงการเสียหรือไม่สมบูรณ์ ({detail}) อาจดาวน์โหลดหรือส่งมาไม่ครบ กรุณาดาวน์โหลดหรือขอไฟล์ใหม่อีกครั้ง",
        "en": "The project file is damaged or incomplete ({detail}); it may not have downloaded or been sent fully. Download it or ask for it again.",
    },
    "store.import.too_large": {
        "th": "ไฟล์โครงการใหญ่เกินไป ({size_mb} MB; รับได้ไม่เกิน {limit_mb} MB) กรุณาลบไฟล์ที่ไม่ใช้ออกจากโครงการแล้วดาวน์โหลดใหม่",
        "en": "The project file is too large ({size_mb} MB; at most {limit_mb} MB). Remove the files the project does not need, then download it again.",
    },
    "store.import.zip_bomb": {
        "th": "ไฟล์โครงการถูกบีบอัดผิดปกติ ({detail}) จึงไม่เปิดเพื่อความปลอดภัย กรุณาใช้ไฟล์ที่ได้จากปุ่ม \u201cดาวน์โหลด\u201d ของ itastats โดยตรง",
        "en": "The project file is compressed in an unusual way ({detail}) and was not opened, for safety. Use the file exactly as itastats\u2019 \u201cDownload\u201d button made it.",
    },
    "store.import.unsafe": {
        "th": "ไฟล์โครงการมีส่วนประกอบที่ไม่ปลอดภัย ({part}) จึงไม่เปิด กรุณาใช้ไฟล์ที่ได้จากปุ่ม \u201cดาวน์โหลด\u201d ของ itastats โดยตรง",
        "en": "The project file contains an unsafe part ({part}) and was not opened. Use the file exactly as itastats\u2019 \u201cDownload\u201d button made it.",
    },
    "store.import.no_manifest": {
        "th": "ไฟล์ .zip นี้ไม่ใช่ไฟล์โครงการของ itastats (ไม่มีรายการ manifest.json) กรุณาเลือกไฟล์ที่ได้จากปุ่ม \u201cดาวน์โหลด\u201d ในรายการโครงการ",
        "en": "This .zip is not an itastats project file (it has no manifest.json). Choose the file you got from the \u201cDownload\u201d button in the project list.",
    },
    "store.import.bad_manifest": {
        "th": "รายการในไฟล์โครงการ (manifest.json) ไม่ถูกต้อง ({detail}) ไฟล์อาจถูกแก้ไขหรือเสียหาย กรุณาดาวน์โหลดหรือขอไฟล์ใหม่อีกครั้ง",
        "en": "The list inside the project file (manifest.json) is not valid ({detail}); the file may have been edited or damaged. Download it or ask for it again.",
    },
    "store.import.newer_version": {
        "th": "ไฟล์โครงการนี้สร้างด้วย itastats รุ่นใหม่กว่า ({made_by}, รูปแบบไฟล์รุ่น {version}; รุ่นนี้เปิดได้ถึงรุ่น {supported}) กรุณาปรับปรุง itastats เป็นรุ่นล่าสุดก่อน แล้วเปิดอีกครั้ง",
        "en": "This project file was made by a newer itastats ({made_by}, file format {version}; this version opens up to {supported}). Update itastats first, then open it again.",
    },
    "store.import.missing_file": {
        "th": "ไฟล์โครงการไม่ครบ: ไม่พบไฟล์ \u201c{name}\u201d ที่ระบุไว้ในรายการ กรุณาดาวน์โหลดหรือขอไฟล์ใหม่อีกครั้ง",
        "en": "The project file is incomplete: \u201c{name}\u201d, listed in it, is missing. Download it or ask for it again.",
    },
    "store.import.sha_mismatch": {
        "th": "ไฟล์ \u201c{name}\u201d ในไฟล์โครงการไม่ตรงกับตอนที่ดาวน์โหลด (รหัสตรวจสอบ SHA-256 ไม่ตรง) อาจถูกแก้ไขหรือเสียหาย จึงไม่เปิด กรุณาดาวน์โหลดหรือขอไฟล์ใหม่อีกครั้ง",
        "en": "\u201c{name}\u201d inside the project file is not what was downloaded (its SHA-256 checksum differs); it may have been changed or damaged, so nothing was opened. Download it or ask for it again.",
    },
}
