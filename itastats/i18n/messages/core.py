MESSAGES = {
    "where.file": {"th": "ไฟล์ {file}", "en": "file {file}"},
    "where.sheet": {"th": "ชีต \u201c{sheet}\u201d", "en": "sheet \u201c{sheet}\u201d"},
    "where.row": {"th": "แถว {row}", "en": "row {row}"},
    "where.column": {"th": "คอลัมน์ \u201c{column}\u201d", "en": "column \u201c{column}\u201d"},
    "where.sep": {"th": " ", "en": ", "},
    "severity.error": {"th": "ข้อผิดพลาด", "en": "Error"},
    "severity.warning": {"th": "ข้อควรทราบ", "en": "Warning"},
    "severity.info": {"th": "หมายเหตุ", "en": "Note"},
    "internal_error": {
        "th": "เกิดข้อผิดพลาดภายในโปรแกรม ({detail}) ข้อมูลที่อัปโหลดยังอยู่ กรุณาลองใหม่หรือแจ้งผู้ดูแลระบบ",
        "en": "An internal error occurred ({detail}). Your upload is kept; please try again or tell the administrator.",
    },
}
