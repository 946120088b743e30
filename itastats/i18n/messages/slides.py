"""Messages of the meeting-screen slides (:mod:`itastats.render.slides`) and the
presentation page (``app_pages/present.py``).

Parameters: ``{period}`` (a project period in words), ``{date}`` (a date in
words), ``{version}``, ``{fp}`` (a fingerprint of input files), ``{n}`` /
``{total}`` (counts), ``{op}`` (≥ or ≤), ``{target}``, ``{part}``.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "nav.present": {"th": "โหมดนำเสนอ", "en": "Meeting screen"},
    # ---- slide titles (the page's caption and alt text)
    "slides.key.title": {"th": "ปกโครงการ", "en": "Title"},
    "slides.key.kpi": {"th": "ตัวชี้วัดความสำเร็จของโครงการ", "en": "Project KPIs"},
    "slides.key.532": {"th": "5.3.2 การเข้าร่วมกิจกรรม", "en": "5.3.2 Participation"},
    "slides.key.532t": {"th": "5.3.2 ผลการเรียนรู้", "en": "5.3.2 Learning"},
    "slides.key.541": {"th": "5.4.1 ผลสำเร็จเชิงสถิติ", "en": "5.4.1 Statistical results"},
    "slides.key.543": {"th": "5.4.3 ความพึงพอใจ", "en": "5.4.3 Satisfaction"},
    "slides.key.531": {"th": "5.3.1 การดำเนินกิจกรรม", "en": "5.3.1 Activities"},
    "slides.part": {"th": "{title} (ต่อ {part})", "en": "{title} (part {part})"},
    # ---- the title slide
    "slides.title.kicker": {"th": "ITA ตัวชี้วัดที่ 5 \u00b7 รายงานผลการดำเนินโครงการ",
                            "en": "ITA criterion 5 \u00b7 Project results"},
    "slides.title.period": {"th": "ระยะเวลาโครงการ {period}", "en": "Project period {period}"},
    "slides.title.no_period": {"th": "ยังไม่ได้กำหนดระยะเวลาโครงการ", "en": "No project period set"},
    "slides.title.made_on": {"th": "จัดทำเมื่อ {date}", "en": "Made on {date}"},
    "slides.title.no_name": {"th": "(ยังไม่ได้ตั้งชื่อโครงการ)", "en": "(project without a name)"},
    # ---- the KPI slide
    "slides.kpi.kicker": {"th": "ITA ตัวชี้วัดที่ 5", "en": "ITA criterion 5"},
    "slides.kpi.col.name": {"th": "ตัวชี้วัด", "en": "KPI"},
    "slides.kpi.col.target": {"th": "เป้าหมาย", "en": "Target"},
    "slides.kpi.col.measured": {"th": "ผลที่วัดได้", "en": "Measured"},
    "slides.kpi.col.verdict": {"th": "ผล", "en": "Result"},
    "slides.kpi.summary": {"th": "บรรลุเป้าหมาย {n} จาก {total} ตัวชี้วัด", "en": "{n} of {total} KPIs achieved"},
    "slides.kpi.target": {"th": "{op} {target}", "en": "{op} {target}"},
    "slides.kpi.achieved": {"th": "\u2713 บรรลุ", "en": "\u2713 Achieved"},
    "slides.kpi.not_achieved": {"th": "\u2717 ยังไม่บรรลุ", "en": "\u2717 Not yet"},
    "slides.kpi.no_data": {"th": "ยังไม่มีข้อมูล", "en": "No data yet"},
    "slides.kpi.no_target": {"th": "ไม่มีเป้าหมาย", "en": "No target"},
    # ---- every slide's footer
    "slides.footer.version": {"th": "สร้างด้วย itastats {version}", "en": "Made with itastats {version}"},
    "slides.footer.source": {"th": "ข้อมูลต้นทาง {fp}", "en": "Input files {fp}"},
    # ---- the page
    "present.exit": {"th": "ออกจากโหมดนำเสนอ", "en": "Leave the meeting screen"},
    "present.prev": {"th": "ก่อนหน้า", "en": "Previous"},
    "present.next": {"th": "ถัดไป", "en": "Next"},
    "present.counter": {"th": "{n} / {total}", "en": "{n} / {total}"},
    "present.keys": {"th": "ปุ่มลูกศร ← → เพื่อเปลี่ยนสไลด์", "en": "Arrow keys \u2190 \u2192 change the slide"},
    "present.no_project": {"th": "ยังไม่ได้เปิดโครงการ เลือกหรือสร้างโครงการที่หน้าแรกก่อน",
                           "en": "No project is open: choose or create one on the home page first."},
    "present.making": {"th": "กำลังสร้างสไลด์\u2026", "en": "Making the slide\u2026"},
    "present.no_browser_figure": {
        "th": "แสดงสไลด์แบบกราฟแทนภาพ PNG (ขนาดอาจไม่พอดีจอ)",
        "en": "Showing the slide as a chart instead of a PNG (it may not fit the screen exactly).",
    },
    "present.problems": {"th": "ไฟล์ที่ใช้ไม่ได้ {n} ไฟล์ ไม่อยู่ในสไลด์", "en": "{n} unusable file(s) left out"},
}
