MESSAGES = {
    "workflow.mapping_does_not_fit": {
        "th": "บทบาทของคอลัมน์ที่เลือกใช้กับรูปแบบตารางนี้ไม่ได้ ({detail}) ตรวจสอบว่าเลือกคอลัมน์ค่าก่อนและค่าหลังแล้ว หรือเปลี่ยนรูปแบบตาราง",
        "en": "The column roles chosen do not fit this table layout ({detail}). Check that a before and an after column are chosen, or change the layout.",
    },
    "workflow.no_metrics": {
        "th": "ไม่พบข้อมูลก่อน–หลังที่นำมาเปรียบเทียบได้ ตรวจสอบว่ามีคอลัมน์ค่า \u201cก่อน\u201d และ \u201cหลัง\u201d หรือกำหนดบทบาทของคอลัมน์เองในส่วน \u201cตรวจสอบการอ่านไฟล์\u201d",
        "en": "No before/after data to compare was found. Check that the sheet has \u201cbefore\u201d and \u201cafter\u201d values, or set the column roles yourself under \u201cCheck how the file was read\u201d.",
    },
}
