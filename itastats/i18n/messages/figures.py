"""Messages of the figures, the infographic and the PNG export."""
MESSAGES = {
    # ---- words on charts -------------------------------------------------
    "fig.before": {"th": "ก่อน", "en": "Before"},
    "fig.after": {"th": "หลัง", "en": "After"},
    "fig.mean": {"th": "ค่าเฉลี่ย", "en": "Mean"},
    "fig.mean_of": {"th": "ค่าเฉลี่ย{period}", "en": "Mean {period}"},
    "fig.cases": {"th": "รายกรณี ({n} ราย)", "en": "Each case ({n})"},
    "fig.case": {"th": "กรณี", "en": "Case"},
    "fig.value": {"th": "ค่า", "en": "Value"},
    "fig.n": {"th": "n = {n}", "en": "n = {n}"},
    "fig.axis_with_unit": {"th": "{name} ({unit})", "en": "{name} ({unit})"},
    "fig.pct_change_axis": {"th": "การเปลี่ยนแปลง (%)", "en": "Change (%)"},
    "fig.change_word.decrease": {"th": "ลดลง", "en": "down"},
    "fig.change_word.increase": {"th": "เพิ่มขึ้น", "en": "up"},
    "fig.change_word.same": {"th": "ไม่เปลี่ยนแปลง", "en": "no change"},
    "fig.change_cmp.decrease": {"th": "ลดลง", "en": "lower"},
    "fig.change_cmp.increase": {"th": "เพิ่มขึ้น", "en": "higher"},
    "fig.change_cmp.same": {"th": "ไม่เปลี่ยนแปลง", "en": "unchanged"},
    "fig.better": {"th": "ดีขึ้น", "en": "better"},
    "fig.worse": {"th": "แย่ลง", "en": "worse"},
    "fig.hover.case": {"th": "กรณี {case}<br>ก่อน {before}<br>หลัง {after}<br>เปลี่ยนแปลง {change}",
                       "en": "Case {case}<br>Before {before}<br>After {after}<br>Change {change}"},
    "fig.hover.value": {"th": "{period}: {value}", "en": "{period}: {value}"},
    "fig.title.slope": {"th": "{name}: ก่อนและหลัง รายกรณี", "en": "{name}: before and after, case by case"},
    "fig.title.dumbbell": {"th": "{name}: ก่อนและหลัง รายกรณี", "en": "{name}: before and after, case by case"},
    "fig.title.distribution": {"th": "{name}: การกระจายของค่าก่อนและหลัง",
                               "en": "{name}: distribution before and after"},
    "fig.title.aggregate": {"th": "ตัวชี้วัดก่อนและหลัง", "en": "Metrics before and after"},
    "fig.title.change": {"th": "การเปลี่ยนแปลงของแต่ละตัวชี้วัด (%)", "en": "Change in each metric (%)"},
    "fig.title.single": {"th": "{name}", "en": "{name}"},
    # ---- infographic -----------------------------------------------------
    "info.title": {"th": "ผลสำเร็จเชิงสถิติ: ความรวดเร็ว คุ้มค่า ประหยัด",
                   "en": "Statistical results: speed, value for money, savings"},
    "info.criterion": {"th": "ITA เกณฑ์ 5.4.1", "en": "ITA criterion 5.4.1"},
    "info.period": {"th": "ระยะเวลาโครงการ {period}", "en": "Project period {period}"},
    "info.made_on": {"th": "จัดทำเมื่อ {date}", "en": "Made on {date}"},
    "info.made_by": {"th": "สร้างด้วย itastats {version}", "en": "Made with itastats {version}"},
    "info.headline_numbers": {"th": "ตัวเลขสำคัญ", "en": "Headline numbers"},
    "info.findings": {"th": "ผลการทดสอบทางสถิติ", "en": "Significance tests"},
    "info.reported_findings": {"th": "ตัวเลขที่หน่วยงานรายงาน (ทดสอบทางสถิติไม่ได้)",
                               "en": "Reported figures (no significance test possible)"},
    "fig.verdict.significant_better": {"th": "{word}อย่างมีนัยสำคัญ", "en": "significantly {word}"},
    "fig.verdict.significant_worse": {"th": "{word}อย่างมีนัยสำคัญ", "en": "significantly {word}"},
    "fig.verdict.significant": {"th": "{word}อย่างมีนัยสำคัญ", "en": "significantly {word}"},
    "fig.verdict.not_significant": {"th": "ไม่แตกต่างอย่างมีนัยสำคัญ", "en": "no significant difference"},
    "fig.verdict.reported": {"th": "ตัวเลขที่รายงาน ไม่ได้ทดสอบ", "en": "reported figure, not tested"},
    "fig.verdict.no_test": {"th": "{word} ทดสอบไม่ได้", "en": "{word}, no test possible"},
    "info.chart_title": {"th": "{name} ก่อนและหลังดำเนินโครงการ", "en": "{name} before and after the project"},
    "info.no_project_name": {"th": "(ยังไม่ได้ระบุชื่อโครงการ)", "en": "(project name not given)"},
    "info.no_sentences": {"th": "ยังไม่มีผลการทดสอบทางสถิติ", "en": "No significance test to report."},
    # ---- errors of figures ----------------------------------------------
    "fig.error.not_result": {"th": "ต้องส่งผลการวิเคราะห์ (MetricResult) เข้ามา แต่ได้รับ {got}",
                             "en": "Expected an analysis result (MetricResult), got {got}."},
    "fig.error.no_results": {"th": "ไม่มีตัวชี้วัดให้วาดแผนภูมิ", "en": "There is no metric to chart."},
    "fig.error.not_paired": {
        "th": "ตัวชี้วัด \u201c{name}\u201d ไม่ได้จับคู่ก่อน–หลังรายกรณี จึงวาดเส้นรายกรณีไม่ได้",
        "en": "Metric \u201c{name}\u201d is not paired case by case, so it cannot be drawn as before\u2192after lines."},
    "fig.error.no_values": {"th": "ตัวชี้วัด \u201c{name}\u201d ไม่มีค่าที่เป็นตัวเลขให้วาด",
                            "en": "Metric \u201c{name}\u201d has no numbers to draw."},
    "fig.error.no_summary": {"th": "ตัวชี้วัด \u201c{name}\u201d ไม่มีค่าก่อนหรือหลังให้วาด",
                             "en": "Metric \u201c{name}\u201d has no before or after value to draw."},
    "fig.error.bad_kind": {"th": "ไม่รู้จักแผนภูมิแบบ \u201c{kind}\u201d", "en": "Unknown chart kind \u201c{kind}\u201d."},
    "fig.error.bad_size": {"th": "ไม่รู้จักขนาด \u201c{size}\u201d (ใช้ได้: {sizes})",
                           "en": "Unknown size \u201c{size}\u201d (use one of: {sizes})."},
    "fig.error.bad_lang": {"th": "ไม่รู้จักภาษา \u201c{lang}\u201d", "en": "Unknown language \u201c{lang}\u201d."},
    # ---- PNG export -------------------------------------------------------
    "export.error.no_browser": {
        "th": "ไม่พบเบราว์เซอร์ Chromium หรือ Chrome บนเครื่องแม่ข่าย จึงสร้างไฟล์ PNG ที่นี่ไม่ได้ "
              "ผู้ดูแลระบบติดตั้งได้ด้วยคำสั่ง \u201csudo apt-get install chromium\u201d "
              "(หรือกำหนดตัวแปร BROWSER_PATH ให้ชี้ไปที่เบราว์เซอร์) ระหว่างนี้กดปุ่มรูปกล้องที่มุมบนขวาของแผนภูมิเพื่อดาวน์โหลด PNG จากเบราว์เซอร์ของท่านได้",
        "en": "No Chromium or Chrome browser was found on the server, so PNG files cannot be made here. "
              "An administrator can install one with \u201csudo apt-get install chromium\u201d "
              "(or set BROWSER_PATH to point at a browser). Meanwhile, the camera button at the top right "
              "of each chart downloads a PNG from your own browser."},
    "export.error.no_browser_windows": {
        "th": "ไม่พบเบราว์เซอร์ Google Chrome หรือ Microsoft Edge บนเครื่องนี้ จึงสร้างไฟล์ PNG ไม่ได้ "
              "ติดตั้ง Google Chrome จาก https://www.google.com/chrome/ หรือ Microsoft Edge จาก "
              "https://www.microsoft.com/edge แล้วโหลดหน้านี้ใหม่ "
              "(หรือกำหนดตัวแปร BROWSER_PATH ให้ชี้ไปที่ไฟล์ chrome.exe หรือ msedge.exe) "
              "ระหว่างนี้กดปุ่มรูปกล้องที่มุมบนขวาของแผนภูมิเพื่อดาวน์โหลด PNG จากเบราว์เซอร์ของท่านได้",
        "en": "No Google Chrome or Microsoft Edge was found on this computer, so PNG files cannot be made. "
              "Install Google Chrome from https://www.google.com/chrome/ or Microsoft Edge from "
              "https://www.microsoft.com/edge, then reload this page "
              "(or set BROWSER_PATH to the browser's chrome.exe or msedge.exe). Meanwhile, the camera button "
              "at the top right of each chart downloads a PNG from your own browser."},
    "export.error.no_browser_macos": {
        "th": "ไม่พบเบราว์เซอร์ Google Chrome บนเครื่อง Mac นี้ จึงสร้างไฟล์ PNG ไม่ได้ "
              "ติดตั้ง Google Chrome จาก https://www.google.com/chrome/ (ลากไปไว้ในโฟลเดอร์ Applications) "
              "แล้วโหลดหน้านี้ใหม่ "
              "(หรือกำหนดตัวแปร BROWSER_PATH ให้ชี้ไปที่โปรแกรมเบราว์เซอร์ เช่น "
              "\u201c/Applications/Google Chrome.app/Contents/MacOS/Google Chrome\u201d) "
              "ระหว่างนี้กดปุ่มรูปกล้องที่มุมบนขวาของแผนภูมิเพื่อดาวน์โหลด PNG จากเบราว์เซอร์ของท่านได้",
        "en": "No Google Chrome was found on this Mac, so PNG files cannot be made. "
              "Install Google Chrome from https://www.google.com/chrome/ (drag it into Applications), "
              "then reload this page "
              "(or set BROWSER_PATH to the browser's program, e.g. "
              "\u201c/Applications/Google Chrome.app/Contents/MacOS/Google Chrome\u201d). Meanwhile, the camera "
              "button at the top right of each chart downloads a PNG from your own browser."},
    "export.error.browser_path_invalid": {
        "th": "ตัวแปร BROWSER_PATH ชี้ไปที่ \u201c{path}\u201d ซึ่งไม่ใช่โปรแกรมที่เรียกใช้ได้",
        "en": "BROWSER_PATH points at \u201c{path}\u201d, which is not an executable program."},
    "export.error.browser_start": {
        "th": "เปิดเบราว์เซอร์สำหรับสร้างภาพ ({path}) ไม่สำเร็จภายใน {seconds} วินาที ({detail}) "
              "กรุณาลองใหม่ หรือใช้ปุ่มรูปกล้องที่มุมบนขวาของแผนภูมิแทน",
        "en": "The browser that makes images ({path}) did not start within {seconds} s ({detail}). "
              "Please try again, or use the camera button at the top right of the chart instead."},
    "export.error.timeout": {
        "th": "การสร้างภาพ PNG ใช้เวลาเกิน {seconds} วินาที จึงหยุดไว้ก่อน กรุณาลองใหม่อีกครั้ง "
              "หรือใช้ปุ่มรูปกล้องที่มุมบนขวาของแผนภูมิแทน",
        "en": "Making the PNG took longer than {seconds} s and was stopped. Please try again, "
              "or use the camera button at the top right of the chart instead."},
    "export.error.busy": {
        "th": "ระบบกำลังสร้างภาพให้ผู้ใช้อื่นอยู่และยังไม่ว่างภายใน {seconds} วินาที กรุณาลองใหม่อีกครั้ง",
        "en": "The server is busy making images for someone else and was not free within {seconds} s. Please try again."},
    "export.error.render": {
        "th": "สร้างภาพ PNG ไม่สำเร็จ ({detail})",
        "en": "The PNG could not be made ({detail})."},
    "export.error.bad_size": {
        "th": "ขนาดภาพไม่ถูกต้อง: กว้าง {width} สูง {height} พิกเซล คูณ {scale} (ต้องเป็นจำนวนบวก ไม่เกิน {limit} พิกเซลต่อด้าน)",
        "en": "Bad image size: {width} × {height} px at scale {scale} (must be positive, at most {limit} px a side)."},
    "export.error.not_figure": {
        "th": "สิ่งที่ส่งมาไม่ใช่แผนภูมิ plotly ({got})",
        "en": "What was passed is not a plotly figure ({got})."},
    "export.status.ready": {"th": "พร้อมสร้างภาพ PNG ด้วย {path}", "en": "Ready to make PNGs with {path}"},
    "export.status.fonts_missing": {
        "th": "ไม่พบฟอนต์ Sarabun (แพ็กเกจ fontpkg-sarabun) ภาพ PNG อาจใช้ฟอนต์ไทยอื่นของเครื่องแทน",
        "en": "The Sarabun font (package fontpkg-sarabun) was not found; PNGs may use another Thai font of the machine."},
    "export.camera_hint": {
        "th": "ปุ่มรูปกล้องที่มุมบนขวาของแผนภูมิดาวน์โหลด PNG จากเบราว์เซอร์ของท่านได้เสมอ",
        "en": "The camera button at the top right of each chart always downloads a PNG from your own browser."},
    "export.size.a4": {"th": "A4 แนวตั้ง (1240 × 1754)", "en": "A4 portrait (1240 × 1754)"},
    "export.size.slide": {"th": "สไลด์ 16:9 (1920 × 1080)", "en": "16:9 slide (1920 × 1080)"},
    "export.size.square": {"th": "จัตุรัส (1080 × 1080)", "en": "Square (1080 × 1080)"},
}
