MESSAGES = {
    "cli.no_such_file": {"th": "ไม่พบไฟล์ {path}", "en": "No such file: {path}"},
    "cli.no_such_sheet": {"th": "ไม่พบชีต \u201c{sheet}\u201d (มี: {sheets})",
                          "en": "No sheet \u201c{sheet}\u201d (the file has: {sheets})"},
}
