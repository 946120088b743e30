"""Messages of the 5.4.2 awards infographic."""
MESSAGES = {
    "award_fig.title": {"th": "รางวัล เกียรติบัตร และคำชื่นชม", "en": "Awards, certificates and thanks"},
    "award_fig.criterion": {"th": "ITA เกณฑ์ 5.4.2", "en": "ITA criterion 5.4.2"},
    "award_fig.kind.award": {"th": "รางวัล", "en": "Awards"},
    "award_fig.kind.certificate": {"th": "เกียรติบัตร", "en": "Certificates"},
    "award_fig.kind.thanks": {"th": "หนังสือขอบคุณ", "en": "Thank-you letters"},
    "award_fig.kind.news": {"th": "ข่าวเผยแพร่", "en": "News"},
    "award_fig.items_unit": {"th": "รายการ", "en": ""},
    "award_fig.latest": {"th": "ล่าสุด {date}", "en": "latest {date}"},
    "award_fig.list": {"th": "ทะเบียนรางวัลและคำชื่นชม ({n} รายการ)", "en": "The register ({n} entries)"},
    "award_fig.list_other": {"th": "ทะเบียนรางวัลและคำชื่นชม ({n} รายการ รวมรายการอื่น ๆ {other} รายการ)",
                             "en": "The register ({n} entries, {other} of another kind)"},
    "award_fig.from": {"th": "จาก {giver}", "en": "from {giver}"},
    "award_fig.pdf": {"th": "ไฟล์ PDF: {names}", "en": "PDF: {names}"},
}
