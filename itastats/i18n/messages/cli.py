MESSAGES = {
    "cli.no_such_file": {"th": "ไม่พบไฟล์ {path}", "en": "No such file: {path}"},
    "cli.no_such_sheet": {"th": "ไม่พบชีต \u201c{sheet}\u201d (มี: {sheets})",
                          "en": "No sheet \u201c{sheet}\u201d (the file has: {sheets})"},
    "cli.app.missing": {
        "th": "ไม่พบไฟล์ของแดชบอร์ด ({path}) กรุณาติดตั้ง itastats ใหม่ด้วยไฟล์หรือโฟลเดอร์ที่ใช้ติดตั้งครั้งแรก "
              "(เช่น pip install --force-reinstall itastats-….whl)",
        "en": "The dashboard's files were not found ({path}). Please install itastats again from the wheel "
              "or folder it came from (for example pip install --force-reinstall itastats-….whl)."},
}
