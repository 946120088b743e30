"""Messages of reading files, guessing layouts and parsing cells.

Each says what is wrong in plain words and what to do about it.
"""
MESSAGES = {
    # ------------------------------------------------------------ whole file
    "read.empty_file": {
        "th": "ไฟล์ว่างเปล่า ไม่มีข้อมูล กรุณาตรวจว่าเลือกไฟล์ถูก แล้วบันทึกไฟล์จาก Excel ใหม่อีกครั้ง",
        "en": "The file is empty. Check that you picked the right file, then save it again from Excel.",
    },
    "read.cannot_open": {
        "th": "เปิดไฟล์ไม่ได้ ({detail}) กรุณาตรวจชื่อไฟล์และสิทธิ์การเข้าถึง",
        "en": "The file cannot be opened ({detail}). Check its name and that you may read it.",
    },
    "read.too_large": {
        "th": "ไฟล์ใหญ่เกินไป ({size_mb} MB; รับได้ไม่เกิน {limit_mb} MB) กรุณาลบชีตหรือแถวที่ไม่ใช้ หรือแยกเป็นหลายไฟล์",
        "en": "The file is too large ({size_mb} MB; at most {limit_mb} MB). Delete sheets or rows you do not need, or split it into several files.",
    },
    "read.too_large_unzipped": {
        "th": "ข้อมูลในไฟล์เมื่อขยายแล้วใหญ่เกินไป ({size_mb} MB; รับได้ไม่เกิน {limit_mb} MB) กรุณาลบชีตหรือแถวที่ไม่ใช้ หรือแยกเป็นหลายไฟล์",
        "en": "The file's content is too large once unpacked ({size_mb} MB; at most {limit_mb} MB). Delete sheets or rows you do not need, or split it into several files.",
    },
    "read.zip_bomb": {
        "th": "ไฟล์นี้ถูกบีบอัดผิดปกติ ({detail}) จึงไม่เปิดเพื่อความปลอดภัย กรุณาเปิดใน Excel แล้ว \u201cบันทึกเป็น\u201d .xlsx ใหม่",
        "en": "This file is compressed in an unusual way ({detail}) and was not opened, for safety. Open it in Excel and \u201cSave As\u201d a new .xlsx.",
    },
    "read.xml_doctype": {
        "th": "ไฟล์มีส่วนประกอบที่ไม่ปลอดภัย (การประกาศ DOCTYPE/ENTITY ใน {part}) ซึ่งไฟล์ Excel ปกติไม่มี จึงไม่เปิด กรุณาเปิดใน Excel แล้ว \u201cบันทึกเป็น\u201d .xlsx ใหม่",
        "en": "The file contains an unsafe part (a DOCTYPE/ENTITY declaration in {part}) that normal Excel files never have, so it was not opened. Open it in Excel and \u201cSave As\u201d a new .xlsx.",
    },
    "read.not_spreadsheet": {
        "th": "ไฟล์นี้ไม่ใช่ตารางข้อมูล (ดูเหมือนเป็น {what}) กรุณาอัปโหลดไฟล์ .xlsx .xls .ods หรือ .csv",
        "en": "This file is not a spreadsheet (it looks like {what}). Please upload an .xlsx, .xls, .ods or .csv file.",
    },
    "read.html_as_excel": {
        "th": "ไฟล์นี้เป็นหน้าเว็บ (HTML) ที่ตั้งชื่อเหมือนไฟล์ Excel กรุณาเปิดใน Excel แล้ว \u201cบันทึกเป็น\u201d .xlsx ก่อนอัปโหลด",
        "en": "This file is a web page (HTML) named like an Excel file. Open it in Excel and \u201cSave As\u201d .xlsx before uploading.",
    },
    "read.damaged": {
        "th": "ไฟล์เสียหรือไม่สมบูรณ์ ({detail}) อาจดาวน์โหลดไม่ครบ กรุณาเปิดใน Excel ตรวจดู แล้วบันทึกใหม่หรือส่งไฟล์อีกครั้ง",
        "en": "The file is damaged or incomplete ({detail}); it may not have downloaded fully. Open it in Excel to check, then save it again or send it again.",
    },
    "read.password": {
        "th": "ไฟล์ถูกตั้งรหัสผ่านไว้ กรุณาเปิดใน Excel เอารหัสผ่านออก (ไฟล์ > ข้อมูล > ป้องกันเวิร์กบุ๊ก) แล้วบันทึกใหม่",
        "en": "The file is password protected. Open it in Excel, remove the password (File > Info > Protect Workbook) and save it again.",
    },
    "read.bad_encoding": {
        "th": "อ่านตัวอักษรในไฟล์ไม่ได้ (การเข้ารหัส {encoding}) กรุณาบันทึกจาก Excel เป็น \u201cCSV UTF-8\u201d หรือ .xlsx",
        "en": "The text of the file cannot be read (encoding {encoding}). Save it from Excel as \u201cCSV UTF-8\u201d or as .xlsx.",
    },
    "read.too_many_rows": {
        "th": "มีแถวมากเกินไป ({n} แถว; รับได้ไม่เกิน {limit} แถว) กรุณาลบแถวที่ไม่ใช้ หรือแยกเป็นหลายไฟล์",
        "en": "Too many rows ({n}; at most {limit}). Delete rows you do not need, or split the data into several files.",
    },
    "read.too_many_columns": {
        "th": "มีคอลัมน์มากเกินไป ({n} คอลัมน์; รับได้ไม่เกิน {limit}) กรุณาลบคอลัมน์ที่ไม่ใช้",
        "en": "Too many columns ({n}; at most {limit}). Delete the columns you do not need.",
    },
    "read.too_many_sheets": {
        "th": "มีชีตมากเกินไป ({n} ชีต; รับได้ไม่เกิน {limit}) กรุณาเก็บไว้เฉพาะชีตที่ใช้",
        "en": "Too many sheets ({n}; at most {limit}). Keep only the sheets you use.",
    },
    "read.no_sheets": {
        "th": "ไม่พบชีตข้อมูลในไฟล์ กรุณาตรวจว่าไฟล์มีตารางข้อมูลอยู่",
        "en": "No worksheet was found in the file. Check that the file holds a table.",
    },
    "read.no_such_sheet": {
        "th": "ไม่พบชีตชื่อ \u201c{name}\u201d ชีตที่มีคือ {names}",
        "en": "There is no sheet called \u201c{name}\u201d. The sheets are: {names}.",
    },
    "read.text_read_as": {
        "th": "อ่านไฟล์ข้อความด้วยการเข้ารหัส {encoding} ตัวคั่น \u201c{delimiter}\u201d หากตัวอักษรเพี้ยน กรุณาบันทึกเป็น \u201cCSV UTF-8\u201d",
        "en": "The text file was read as {encoding} with \u201c{delimiter}\u201d between columns. If letters look garbled, save it as \u201cCSV UTF-8\u201d.",
    },
    # ------------------------------------------------------------ one sheet
    "read.sheet_empty": {
        "th": "ชีตนี้ว่างเปล่า กรุณาเลือกชีตที่มีข้อมูล",
        "en": "This sheet is empty. Please choose a sheet with data.",
    },
    "read.header_only": {
        "th": "มีแต่หัวตาราง ไม่มีแถวข้อมูลใต้หัวตาราง กรุณากรอกข้อมูลใต้หัวตาราง หรือเลือกแถวหัวตารางให้ถูก",
        "en": "There is only a header and no data rows below it. Fill in the data below the header, or pick the right header row.",
    },
    "read.no_numbers": {
        "th": "ไม่พบตัวเลขในชีตนี้ กรุณาตรวจว่าค่าก่อน/หลังเป็นตัวเลข (เช่น 2 หรือ 2 วัน ไม่ใช่ \u201cสองวัน\u201d) หรือเลือกชีตอื่น",
        "en": "No numbers were found in this sheet. Check that the before/after values are numbers (e.g. 2 or \u201c2 days\u201d, not words), or choose another sheet.",
    },
    "read.no_header": {
        "th": "หาแถวหัวตารางไม่พบใน {rows} แถวแรก กรุณาลบแถวหัวเรื่องที่อยู่เหนือตารางออก หรือเลือกแถวหัวตารางเอง",
        "en": "No header row was found in the first {rows} rows. Delete the title rows above the table, or pick the header row yourself.",
    },
    "read.bad_header_row": {
        "th": "แถวหัวตาราง {row} ไม่มีในชีตนี้ (ชีตมี {n} แถว) กรุณาเลือกเลขแถวใหม่",
        "en": "Header row {row} is not in this sheet (it has {n} rows). Please pick another row number.",
    },
    "read.footer_row": {
        "th": "แถว \u201c{label}\u201d เป็นแถวสรุป ไม่ใช่ข้อมูล จึงไม่นำมาคำนวณ (โปรแกรมคำนวณค่าสรุปให้เอง)",
        "en": "The \u201c{label}\u201d row is a summary row, not data, so it is not used (the app computes the summaries itself).",
    },
    "read.rows_below_footer": {
        "th": "แถว {rows} อยู่ใต้แถวสรุป จึงถือว่าไม่ใช่ข้อมูลและไม่นำมาคำนวณ หากเป็นข้อมูล กรุณาย้ายขึ้นไปไว้เหนือแถวสรุป",
        "en": "Row(s) {rows} are below the summary row, so they are taken as notes, not data. If they are data, move them above the summary row.",
    },
    # ------------------------------------------------------------ layout
    "layout.not_found": {
        "th": "ไม่พบคอลัมน์ค่าก่อนและหลัง กรุณาตั้งชื่อหัวคอลัมน์ให้มีคำว่า \u201cก่อน\u201d และ \u201cหลัง\u201d หรือเลือกบทบาทของคอลัมน์เอง",
        "en": "No before and after columns were found. Name the columns with \u201cbefore\u201d and \u201cafter\u201d (ก่อน/หลัง), or choose the columns' roles yourself.",
    },
    "layout.order_assumed": {
        "th": "หัวคอลัมน์ไม่ได้บอกว่าคอลัมน์ใดเป็นก่อนหรือหลัง จึงถือว่า \u201c{before}\u201d เป็นค่าก่อน และ \u201c{after}\u201d เป็นค่าหลัง กรุณาตรวจดู หากไม่ถูกให้เลือกเอง",
        "en": "The headers do not say which column is before and which after, so \u201c{before}\u201d is taken as before and \u201c{after}\u201d as after. Please check, and choose yourself if wrong.",
    },
    "layout.unpaired_column": {
        "th": "คอลัมน์นี้ไม่มีคอลัมน์คู่ (ก่อน/หลัง) จึงไม่นำมาคำนวณ กรุณาเพิ่มคอลัมน์คู่ หรือแก้หัวคอลัมน์ให้ตรงกัน",
        "en": "This column has no matching before/after column, so it is not used. Add the matching column, or make the headers match.",
    },
    "layout.different_lengths": {
        "th": "คอลัมน์ \u201c{before}\u201d ({n_before} ค่า) และ \u201c{after}\u201d ({n_after} ค่า) ยาวไม่เท่ากันและไม่มีคอลัมน์รหัสราย จึงถือเป็นสองกลุ่มที่ไม่ได้จับคู่กัน หากเป็นรายเดียวกัน กรุณาเลือกแบบจับคู่",
        "en": "\u201c{before}\u201d ({n_before} values) and \u201c{after}\u201d ({n_after} values) have different lengths and there is no case-id column, so they are taken as two separate groups. If they are the same cases, choose \u201cpaired\u201d.",
    },
    "layout.long_not_paired": {
        "th": "ตัวชี้วัด \u201c{metric}\u201d: รหัสรายในช่วงก่อนและหลังไม่ตรงกันครบทุกราย จึงเปรียบเทียบแบบสองกลุ่มอิสระ",
        "en": "Metric \u201c{metric}\u201d: the case ids before and after do not match one to one, so the two periods are compared as independent groups.",
    },
    # ------------------------------------------------------------ cells
    "cell.not_a_number": {
        "th": "\u201c{value}\u201d ไม่ใช่ตัวเลข จึงไม่นำมาคำนวณ กรุณาแก้เป็นตัวเลข (เช่น 2 หรือ 2 วัน) หรือเว้นว่าง",
        "en": "\u201c{value}\u201d is not a number, so it is not used. Change it to a number (e.g. 2 or \u201c2 days\u201d) or leave it blank.",
    },
    "cell.excel_error": {
        "th": "ช่องนี้มีค่าผิดพลาดจากสูตร Excel ({value}) จึงไม่นำมาคำนวณ กรุณาแก้สูตรใน Excel",
        "en": "This cell holds an Excel formula error ({value}), so it is not used. Fix the formula in Excel.",
    },
    "cell.missing_mark": {
        "th": "\u201c{value}\u201d ถือว่าไม่มีข้อมูล",
        "en": "\u201c{value}\u201d is taken as no value.",
    },
    "cell.blank_in_pair": {
        "th": "ช่องนี้ว่าง แต่ \u201c{other}\u201d ในแถวเดียวกันมีค่า แถวนี้จึงไม่นำมาเปรียบเทียบแบบจับคู่ กรุณากรอกค่าให้ครบทั้งก่อนและหลัง",
        "en": "This cell is blank while \u201c{other}\u201d in the same row has a value, so the row is left out of the paired comparison. Fill in both before and after.",
    },
    "cell.unit_mismatch": {
        "th": "\u201c{value}\u201d ใช้หน่วย {cell_unit} ต่างจากหน่วยของตัวชี้วัดนี้ ({unit}) จึงไม่นำมาคำนวณ กรุณาแปลงเป็น {unit} ให้เหมือนกันทั้งคอลัมน์",
        "en": "\u201c{value}\u201d is in {cell_unit}, not in this metric's unit ({unit}), so it is not used. Convert it to {unit} like the rest of the column.",
    },
    "cell.bad_period": {
        "th": "\u201c{value}\u201d ไม่ใช่ช่วงเวลาที่รู้จัก กรุณาใช้ \u201cก่อน\u201d หรือ \u201cหลัง\u201d",
        "en": "\u201c{value}\u201d is not a known period. Use \u201cก่อน\u201d (before) or \u201cหลัง\u201d (after).",
    },
    "cell.blank_aggregate": {
        "th": "ตัวชี้วัด \u201c{metric}\u201d ไม่มีค่าในช่องนี้ กรุณากรอกตัวเลข",
        "en": "Metric \u201c{metric}\u201d has no value in this cell. Please fill in the number.",
    },
}
