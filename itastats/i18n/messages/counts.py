"""Messages of counts (issue 14): itastats.stats.counts (why a test, why no test),
itastats.read.counts (a count sheet's problems), the count sentences of
itastats.render.count_narrative, and the words of the 5.4.1 page for them."""

MESSAGES = {
    # --- why no test (CountTest.error, and the same keys for a cell of a sheet) ----------------
    "counts.error.not_a_number": {
        "th": "ตัวเลขนี้ไม่ใช่จำนวนนับ (\u201c{value}\u201d) ใส่จำนวนเป็นตัวเลขจำนวนเต็มตั้งแต่ 0 ขึ้นไป",
        "en": "This is not a count (\u201c{value}\u201d). Enter a whole number, 0 or more.",
    },
    "counts.error.negative": {
        "th": "จำนวนติดลบ ({value}) จำนวนนับหรือระยะเวลาติดลบไม่ได้ ตรวจตัวเลขในไฟล์แล้วแก้ให้ถูกต้อง",
        "en": "A negative number ({value}): a count or a period cannot be negative. Check the number in the file.",
    },
    "counts.error.not_whole": {
        "th": "จำนวนนับมีทศนิยม ({value}) จำนวนครั้งหรือจำนวนเรื่องต้องเป็นจำนวนเต็ม ถ้าเป็นค่าเฉลี่ยหรือร้อยละ ให้ใส่จำนวนที่นับได้จริงแทน",
        "en": "A count with decimals ({value}): a number of cases must be whole. If this is an average or a percentage, enter the actual count instead.",
    },
    "counts.error.too_large": {
        "th": "ตัวเลขใหญ่เกินกว่าจะเป็นจำนวนนับ ({value}) ตรวจว่าไม่ได้พิมพ์ตัวเลขเกินหรือเลือกคอลัมน์ผิด",
        "en": "This number is too large for a count ({value}). Check for extra digits or a wrong column.",
    },
    "counts.error.zero_exposure": {
        "th": "ระยะเวลา (หรือจำนวนที่ใช้เป็นฐาน) เป็นศูนย์ จึงคำนวณอัตราต่อช่วงเวลาไม่ได้ ใส่ระยะเวลาที่นับจริง เช่น 12 เดือน",
        "en": "The exposure (the period or the number the counts are per) is zero, so no rate can be computed. Enter the period actually counted, e.g. 12 months.",
    },
    "counts.error.zero_total": {
        "th": "จำนวนทั้งหมด (N) เป็นศูนย์ จึงคำนวณร้อยละไม่ได้ ใส่จำนวนทั้งหมดของช่วงนั้น",
        "en": "The total (N) is zero, so no percentage can be computed. Enter the total of that period.",
    },
    "counts.error.x_above_n": {
        "th": "จำนวนที่นับได้ ({x}) มากกว่าจำนวนทั้งหมด ({n}) ซึ่งเป็นไปไม่ได้ ตรวจว่าใส่ตัวเลขสลับคอลัมน์หรือพิมพ์ผิด",
        "en": "The count ({x}) is larger than the total ({n}), which cannot be. Check whether the columns are swapped or a number is mistyped.",
    },
    "counts.error.no_events": {
        "th": "ไม่มีเหตุการณ์เกิดขึ้นเลยทั้งก่อนและหลัง (0 และ 0) จึงไม่มีความแตกต่างให้ทดสอบ รายงานได้ว่าไม่เกิดขึ้นเลยทั้งสองช่วง",
        "en": "Nothing happened before or after (0 and 0), so there is no difference to test; report that it did not happen in either period.",
    },
    "counts.error.no_contrast": {
        "th": "ทั้งสองช่วงเป็นแบบเดียวกันทุกกรณี (ไม่มีกรณีใดเข้าเงื่อนไข หรือเข้าเงื่อนไขทุกกรณี) จึงไม่มีความแตกต่างให้ทดสอบ",
        "en": "Every case is the same in both periods (none has the property, or all do), so there is no difference to test.",
    },
    "counts.error.no_cases": {
        "th": "ตาราง 2×2 ไม่มีกรณีเลย (ทุกช่องเป็น 0) ใส่จำนวนกรณีในแต่ละช่อง",
        "en": "The 2×2 table holds no cases (every cell is 0). Enter the number of cases in each cell.",
    },
    "counts.error.no_discordant": {
        "th": "ไม่มีกรณีใดเปลี่ยนไประหว่างก่อนและหลัง ({n} กรณีได้ผลเหมือนเดิมทั้งหมด) การทดสอบ McNemar ใช้เฉพาะกรณีที่เปลี่ยน จึงทดสอบไม่ได้ รายงานได้ว่าไม่มีการเปลี่ยนแปลง",
        "en": "No case changed between before and after (all {n} stayed the same). McNemar's test uses only the cases that changed, so there is nothing to test; report that nothing changed.",
    },
    "counts.error.bad_method": {
        "th": "ไม่รู้จักวิธีทดสอบ \u201c{method}\u201d เลือกได้: {methods}",
        "en": "Unknown test \u201c{method}\u201d; choose one of: {methods}.",
    },
    "counts.error.bad_alternative": {
        "th": "ไม่รู้จักทิศทางของสมมติฐาน \u201c{alternative}\u201d เลือกได้: two-sided, less, greater",
        "en": "Unknown alternative \u201c{alternative}\u201d; choose two-sided, less or greater.",
    },
    "counts.error.bad_confidence": {
        "th": "ระดับความเชื่อมั่นต้องอยู่ระหว่าง 0 ถึง 1 เช่น 0.95 (ได้รับ {confidence})",
        "en": "The confidence level must be between 0 and 1, e.g. 0.95 (got {confidence}).",
    },

    # --- why the headline test (CountTest.chosen_reason) -----------------------------------------
    "counts.reason.poisson": {
        "th": "ข้อมูลเป็นจำนวนครั้งที่เกิดขึ้นในช่วงเวลา (ก่อน {events_before} ครั้ง หลัง {events_after} ครั้ง) จึงเปรียบเทียบอัตราด้วย Poisson exact test ซึ่งใช้ได้แม้จำนวนน้อย",
        "en": "The data are counts of events over a period ({events_before} before, {events_after} after), so the rates are compared with the Poisson exact test, which holds however small the counts.",
    },
    "counts.reason.large_expected": {
        "th": "ความถี่ที่คาดหวังทุกช่องตั้งแต่ 5 ขึ้นไป (ต่ำสุด {min_expected}) จึงใช้ {test} (แบบปรับแก้ความต่อเนื่องของ Yates)",
        "en": "Every expected count is 5 or more (smallest {min_expected}), so the {test} (with Yates' continuity correction) is used.",
    },
    "counts.reason.small_expected": {
        "th": "มีความถี่ที่คาดหวังต่ำกว่า 5 (ต่ำสุด {min_expected}) การประมาณด้วยไคสแควร์อาจคลาดเคลื่อน จึงใช้ {test} ซึ่งคำนวณค่า p แบบแม่นตรง",
        "en": "An expected count is under 5 (smallest {min_expected}), where the chi-square approximation may be off, so {test}, which computes an exact p-value, is used.",
    },
    "counts.reason.few_discordant": {
        "th": "มีกรณีที่เปลี่ยนไปเพียง {discordant} กรณี (น้อยกว่า 25) จึงใช้ {test} ซึ่งคำนวณค่า p แบบแม่นตรงจากกรณีที่เปลี่ยน",
        "en": "Only {discordant} cases changed (fewer than 25), so the {test}, an exact p-value from the cases that changed, is used.",
    },
    "counts.reason.many_discordant": {
        "th": "มีกรณีที่เปลี่ยนไป {discordant} กรณี (ตั้งแต่ 25 ขึ้นไป) จึงใช้ {test} (ไคสแควร์แบบปรับแก้ความต่อเนื่อง)",
        "en": "{discordant} cases changed (25 or more), so the {test} (continuity-corrected chi-square) is used.",
    },
    "counts.reason.user_choice": {
        "th": "ใช้ {test} ตามที่ผู้ใช้เลือก",
        "en": "{test}, as chosen by the user.",
    },

    # --- a count sheet's problems (itastats.read.counts) -----------------------------------------
    "counts.not_yes_no": {
        "th": "อ่านคำตอบนี้เป็น ใช่/ไม่ใช่ ไม่ได้ (\u201c{value}\u201d) จึงไม่นับแถวนี้ ใช้คำเช่น ใช่/ไม่ใช่ ทันเวลา/ไม่ทันเวลา ผ่าน/ไม่ผ่าน หรือ 1/0",
        "en": "This answer cannot be read as yes or no (\u201c{value}\u201d), so the row is not counted. Use words such as ใช่/ไม่ใช่, ทันเวลา/ไม่ทันเวลา, ผ่าน/ไม่ผ่าน, yes/no or 1/0.",
    },
    "counts.no_answers": {
        "th": "\u201c{metric}\u201d ไม่มีคำตอบ ใช่/ไม่ใช่ ที่ใช้ได้ทั้งก่อนและหลัง",
        "en": "\u201c{metric}\u201d has no usable yes/no answers both before and after.",
    },
    "counts.need_total": {
        "th": "\u201c{metric}\u201d เป็นแบบ X จาก N แต่ไม่พบจำนวนทั้งหมด (N) เพิ่มคอลัมน์หรือแถว \u201cจำนวนทั้งหมด\u201d หรือกำหนดบทบาท \u201cจำนวนทั้งหมด (N)\u201d ให้คอลัมน์นั้น",
        "en": "\u201c{metric}\u201d is X of N, but no total (N) was found. Add a \u201ctotal\u201d column or row, or give that column the role \u201ctotal (N)\u201d.",
    },
    "counts.need_period": {
        "th": "ข้อมูลจำนวนนับต้องมีคอลัมน์ช่วงเวลา (ก่อน/หลัง หรือปี) และคอลัมน์จำนวนที่นับได้ กำหนดบทบาทของคอลัมน์ในส่วน \u201cตรวจสอบการอ่านไฟล์\u201d",
        "en": "Counts need a period column (before/after, or years) and a column of counts. Set the column roles under \u201cCheck how the file was read\u201d.",
    },
    "counts.no_period_rows.before": {
        "th": "\u201c{metric}\u201d ไม่มีแถวของช่วงก่อนที่มีจำนวน ตรวจว่าคอลัมน์ช่วงเวลาเขียน \u201cก่อน\u201d และ \u201cหลัง\u201d (หรือปีสองปี) ครบ",
        "en": "\u201c{metric}\u201d has no row with a count for the period before. Check that the period column says \u201cก่อน\u201d and \u201cหลัง\u201d (or names two years).",
    },
    "counts.no_period_rows.after": {
        "th": "\u201c{metric}\u201d ไม่มีแถวของช่วงหลังที่มีจำนวน ตรวจว่าคอลัมน์ช่วงเวลาเขียน \u201cก่อน\u201d และ \u201cหลัง\u201d (หรือปีสองปี) ครบ",
        "en": "\u201c{metric}\u201d has no row with a count for the period after. Check that the period column says \u201cก่อน\u201d and \u201cหลัง\u201d (or names two years).",
    },
    "counts.exposure_rows": {
        "th": "\u201c{metric}\u201d ไม่มีคอลัมน์ระยะเวลา จึงถือว่าแต่ละแถวคือหนึ่งช่วงเวลาที่ยาวเท่ากัน (ก่อน {n_before} แถว หลัง {n_after} แถว) ถ้าไม่ใช่ ให้เพิ่มคอลัมน์ระยะเวลา",
        "en": "\u201c{metric}\u201d has no exposure column, so each row counts as one period of equal length ({n_before} before, {n_after} after). If not, add a column with the period.",
    },
    "counts.exposure_assumed": {
        "th": "\u201c{metric}\u201d ถือว่านับในช่วงเวลาที่ยาวเท่ากันทั้งก่อนและหลัง ถ้ายาวไม่เท่ากัน ให้ใส่แถว \u201cระยะเวลาที่เก็บข้อมูล\u201d",
        "en": "\u201c{metric}\u201d is taken as counted over periods of equal length before and after. If they differ, add a row \u201cระยะเวลาที่เก็บข้อมูล\u201d (the period counted).",
    },
    "counts.kind_does_not_fit": {
        "th": "ประเภทข้อมูลที่เลือกใช้กับ \u201c{metric}\u201d ในรูปแบบตารางนี้ไม่ได้ เลือกประเภทอื่นหรือเปลี่ยนรูปแบบตาราง",
        "en": "The kind of data chosen does not fit \u201c{metric}\u201d in this table layout. Choose another kind or layout.",
    },
    "counts.no_table_2x2": {
        "th": "ไม่พบตาราง 2×2 ของการเปลี่ยนแปลง: คอลัมน์แรกต้องเป็นคำตอบก่อน (เช่น ทันเวลา / ไม่ทันเวลา) และหัวคอลัมน์สองคอลัมน์เป็นคำตอบหลัง",
        "en": "No 2×2 table of changes found: the first column must hold the answers before (e.g. ทันเวลา / ไม่ทันเวลา) and two column headers the answers after.",
    },
    "counts.table_does_not_add_up": {
        "th": "ตาราง 2×2 รวมไม่ตรง: ช่องรวมเขียน {written} แต่รวมจากช่องในตารางได้ {counted} แก้ตัวเลขในตารางหรือช่องรวมให้ตรงกัน",
        "en": "The 2×2 table does not add up: the total cell says {written}, the cells add up to {counted}. Correct the cells or the total.",
    },
    "counts.looks_like_counts": {
        "th": "\u201c{metric}\u201d เป็นจำนวนนับ ({before} \u2192 {after}) ถ้านับในช่วงเวลาที่ยาวเท่ากัน เลือกประเภทข้อมูล \u201cจำนวนครั้งต่อช่วงเวลา\u201d เพื่อทดสอบด้วย Poisson exact test",
        "en": "\u201c{metric}\u201d is a count ({before} \u2192 {after}). If both were counted over periods of equal length, choose the kind \u201cevents over a period\u201d to test it with the Poisson exact test.",
    },

    # --- kinds, layouts, roles, designs, tests (page and workbook words) ---------------------------
    "kind.auto": {"th": "อัตโนมัติ (ให้โปรแกรมดูจากข้อมูล)", "en": "automatic (recognised from the data)"},
    "kind.measure": {"th": "ค่าที่วัดได้ (เวลา ค่าใช้จ่าย ฯลฯ) หรือค่าสรุป", "en": "measurements (time, cost…) or reported figures"},
    "kind.rates": {"th": "จำนวนครั้งต่อช่วงเวลา (เช่น เรื่องร้องเรียนต่อปี)", "en": "events over a period (e.g. complaints a year)"},
    "kind.proportions": {"th": "X จาก N สองกลุ่ม (คนละชุดก่อน/หลัง)", "en": "X of N, two groups (different cases before and after)"},
    "kind.paired_proportions": {"th": "X จาก N กรณีเดียวกันวัดสองครั้ง (ใช่/ไม่ใช่)", "en": "X of N, the same cases twice (yes/no)"},
    "layout.counts": {"th": "(จ) จำนวนนับ: ช่วงเวลา จำนวน และจำนวนทั้งหมดหรือระยะเวลา",
                      "en": "(e) counts: period, count, and total or exposure"},
    "layout.table_2x2": {"th": "(ฉ) ตาราง 2×2 ของการเปลี่ยนแปลง (ก่อน × หลัง)",
                         "en": "(f) a 2×2 table of changes (before × after)"},
    "role.count": {"th": "จำนวนที่นับได้ (X)", "en": "count (X)"},
    "role.total": {"th": "จำนวนทั้งหมด (N)", "en": "total (N)"},
    "role.exposure": {"th": "ระยะเวลา/ฐานของอัตรา", "en": "exposure (period)"},
    "design.rates": {"th": "จำนวนครั้งต่อช่วงเวลา", "en": "events over a period"},
    "design.proportions": {"th": "X จาก N สองกลุ่ม", "en": "X of N, two groups"},
    "design.paired_proportions": {"th": "X จาก N กรณีเดียวกัน", "en": "X of N, same cases"},
    "pack.design.rates": {"th": "อัตราต่อช่วงเวลา", "en": "rates"},
    "pack.design.proportions": {"th": "สัดส่วนสองกลุ่ม", "en": "proportions"},
    "pack.design.paired_proportions": {"th": "สัดส่วนจับคู่", "en": "paired proportions"},
    "method.prop_test": {"th": "ไคสแควร์ (prop.test)", "en": "chi-square (prop.test)"},
    "method.fisher_exact": {"th": "Fisher's exact test", "en": "Fisher's exact test"},
    "method.mcnemar": {"th": "McNemar (ไคสแควร์)", "en": "McNemar (chi-square)"},
    "method.mcnemar_exact": {"th": "McNemar แบบแม่นตรง", "en": "exact McNemar"},
    "method.poisson_exact": {"th": "Poisson exact test", "en": "Poisson exact test"},

    # --- sentences (itastats.render.count_narrative) ------------------------------------------------
    "cnt.no_test": {"th": "{name}: {why}", "en": "\u201c{name}\u201d: {why}"},
    "cnt.per": {"th": "ต่อ{unit}", "en": " per {unit}"},
    "cnt.periods": {"th": "ช่วง", "en": "periods"},
    "cnt.yes": {"th": "ใช่", "en": "yes"},
    "cnt.x_of_n": {"th": "{x} จาก {n} {unit}", "en": "{x} of {n} {unit}"},
    "cnt.rates.change": {
        "th": "{name}{verb}จาก {before} {to} {after} {unit}{per} ({pct}{detail})",
        "en": "\u201c{name}\u201d {verb} from {before} {to} {after} {unit}{per} ({pct}{detail})",
    },
    "cnt.rates.detail": {
        "th": "{eb} {unit}ใน {tb} {base} เทียบกับ {ea} {unit}ใน {ta} {base}",
        "en": "{eb} {unit} in {tb} {base} against {ea} {unit} in {ta} {base}",
    },
    "cnt.rates.counts": {
        "th": "{name}{verb}จาก {before} {to} {after} {unit}{per} {pct}",
        "en": "\u201c{name}\u201d {verb} from {before} {to} {after} {unit}{per} {pct}",
    },
    "cnt.rates.equal_periods": {
        "th": "{name}{verb}จาก {before} {to} {after} {unit} ในช่วงเวลาที่ยาวเท่ากัน {pct}",
        "en": "\u201c{name}\u201d {verb} from {before} {to} {after} {unit} over periods of equal length {pct}",
    },
    "cnt.rates.same": {
        "th": "{name}ไม่เปลี่ยนแปลง ({rate} {unit}{per} ทั้งก่อนและหลัง)",
        "en": "\u201c{name}\u201d did not change ({rate} {unit}{per} before and after)",
    },
    "cnt.prop.change": {
        "th": "สัดส่วน{name}{verb}จากร้อยละ {pb} ({before}) {to}ร้อยละ {pa} ({after}) ({verb} {points} จุดร้อยละ)",
        "en": "the share of \u201c{name}\u201d {verb} from {pb}% ({before}) {to} {pa}% ({after}) ({verb} by {points} percentage points)",
    },
    "cnt.prop.same": {
        "th": "สัดส่วน{name}ไม่เปลี่ยนแปลง (ร้อยละ {pct}: {before} และ {after})",
        "en": "the share of \u201c{name}\u201d did not change ({pct}%: {before} and {after})",
    },
    "cnt.paired.changed": {
        "th": " โดยกรณีเดียวกันวัดสองครั้ง {after_only} {unit}เปลี่ยนเป็น{yes} และ {before_only} {unit}เปลี่ยนเป็นไม่{yes}",
        "en": "; of the same cases checked twice, {after_only} {unit} became \u201c{yes}\u201d and {before_only} stopped being \u201c{yes}\u201d",
    },
    "cnt.discordant": {
        "th": "เปลี่ยนเป็นใช่ {after_only} เปลี่ยนเป็นไม่ใช่ {before_only} กรณี",
        "en": "{after_only} changed to yes, {before_only} to no",
    },
    "cnt.estimate.rate_ratio": {"th": "อัตราส่วนของอัตรา (หลัง/ก่อน) = {value}", "en": "rate ratio (after/before) = {value}"},
    "cnt.estimate.odds_ratio": {"th": "อัตราส่วนออดส์ (หลัง/ก่อน) = {value}", "en": "odds ratio (after/before) = {value}"},
    "cnt.estimate.difference": {"th": "ผลต่างของร้อยละ (หลัง \u2212 ก่อน) = {value} จุด",
                                "en": "difference (after \u2212 before) = {value} percentage points"},
    "cnt.ci": {"th": " ช่วงความเชื่อมั่น {level}% {low} ถึง {high}", "en": ", {level}% CI {low} to {high}"},
    "cnt.check": {"th": "การทดสอบเพื่อยืนยัน: {test} \u2014 {stats} {verdict}",
                  "en": "Check test: {test} \u2014 {stats} {verdict}"},
    "cnt.agrees": {"th": "· สรุปตรงกัน", "en": "· same conclusion"},
    "cnt.disagrees": {"th": "· สรุปต่างกัน ควรระวังในการแปลผล", "en": "· a different conclusion: interpret with care"},
    "cnt.row.events": {"th": "จำนวนที่เกิดขึ้น ({unit})", "en": "events ({unit})"},
    "cnt.row.exposure": {"th": "ระยะเวลาที่นับ ({unit})", "en": "exposure ({unit})"},
    "cnt.row.rate": {"th": "อัตรา{per}", "en": "rate{per}"},
    "cnt.row.rate_ci": {"th": "ช่วงความเชื่อมั่น {level}% ของอัตรา", "en": "{level}% CI of the rate"},
    "cnt.row.count": {"th": "จำนวนที่นับได้ X{yes} ({unit})", "en": "count X{yes} ({unit})"},
    "cnt.row.total": {"th": "จำนวนทั้งหมด N ({unit})", "en": "total N ({unit})"},
    "cnt.row.pct": {"th": "ร้อยละ (X ÷ N × 100)", "en": "percentage (X ÷ N × 100)"},
    "cnt.row.pct_ci": {"th": "ช่วงความเชื่อมั่น {level}% ของร้อยละ", "en": "{level}% CI of the percentage"},
    "cnt.row.pairs": {"th": "ตาราง 2×2 (กรณีเดียวกัน)", "en": "2×2 table (same cases)"},
    "cnt.row.pairs_value": {"th": "ใช่ทั้งสองครั้ง {both} · ใช่เฉพาะก่อน {before_only} · ใช่เฉพาะหลัง {after_only} · ไม่ทั้งสองครั้ง {neither}",
                            "en": "yes both times {both} · yes before only {before_only} · yes after only {after_only} · no both times {neither}"},

    # --- charts (itastats.render.count_figures) -------------------------------------------------
    "fig.error.not_counts": {"th": "ตัวชี้วัด \u201c{name}\u201d ไม่ใช่ข้อมูลจำนวนนับ", "en": "Metric \u201c{name}\u201d is not a count."},
    "cnt.title.rates": {"th": "{name}: อัตราก่อนและหลัง พร้อมช่วงความเชื่อมั่น {level}%",
                        "en": "{name}: the rate before and after, with {level}% confidence intervals"},
    "cnt.title.proportions": {"th": "{name}: สัดส่วนก่อนและหลัง (ร้อยละ)", "en": "{name}: the share before and after (%)"},
    "cnt.title.table_2x2": {"th": "{name}: กรณีเดียวกันก่อนและหลัง", "en": "{name}: the same cases before and after"},
    "cnt.axis.rate": {"th": "อัตรา ({unit}{per})", "en": "Rate ({unit}{per})"},
    "cnt.axis.pct": {"th": "ร้อยละ", "en": "Percent"},
    "cnt.axis.after_yes": {"th": "หลัง: {yes}", "en": "After: \u201c{yes}\u201d"},
    "cnt.axis.after_no": {"th": "หลัง: ไม่{yes}", "en": "After: not \u201c{yes}\u201d"},
    "cnt.axis.before_yes": {"th": "ก่อน: {yes}", "en": "Before: \u201c{yes}\u201d"},
    "cnt.axis.before_no": {"th": "ก่อน: ไม่{yes}", "en": "Before: not \u201c{yes}\u201d"},
    "cnt.cell.stayed_yes": {"th": "เหมือนเดิม", "en": "unchanged"},
    "cnt.cell.stayed_no": {"th": "เหมือนเดิม", "en": "unchanged"},
    "cnt.cell.became_yes": {"th": "เปลี่ยนไป", "en": "changed"},
    "cnt.cell.became_no": {"th": "เปลี่ยนไป", "en": "changed"},
    "cnt.rest": {"th": "ส่วนที่เหลือ", "en": "the rest"},
    "cnt.hover.rate": {"th": "{period}: {rate} {unit}{per}<br>ช่วงความเชื่อมั่น {low} ถึง {high}",
                       "en": "{period}: {rate} {unit}{per}<br>confidence interval {low} to {high}"},
    "cnt.hover.part": {"th": "{period}: {x} จาก {n} {unit} (ร้อยละ {pct})", "en": "{period}: {x} of {n} {unit} ({pct}%)"},
    "cnt.card.points": {"th": "{points} จุด", "en": "{points} pts"},
    # --- the 5.4.1 workbook (itastats.outputs.count_sheet) ---------------------------------------------
    "cnt.estimate_name.rate_ratio": {"th": "อัตราส่วนของอัตรา (หลัง/ก่อน)", "en": "rate ratio (after/before)"},
    "cnt.estimate_name.odds_ratio": {"th": "อัตราส่วนออดส์ (หลัง/ก่อน)", "en": "odds ratio (after/before)"},
    "cnt.estimate_name.difference": {"th": "ผลต่างของสัดส่วน (หลัง − ก่อน)", "en": "difference of proportions (after − before)"},
    "cnt.alternative.two-sided": {"th": "สองทาง", "en": "two-sided"},
    "cnt.alternative.less": {"th": "ทางเดียว: หลังน้อยกว่าก่อน", "en": "one-sided: after lower"},
    "cnt.alternative.greater": {"th": "ทางเดียว: หลังมากกว่าก่อน", "en": "one-sided: after higher"},
    "cnt.xlsx.sheet": {"th": "จำนวนนับ", "en": "Counts"},
    "cnt.xlsx.title": {"th": "ตัวชี้วัดที่เป็นจำนวนนับ: สิ่งที่นับได้และการทดสอบ (ITA เกณฑ์ 5.4.1)",
                       "en": "Metrics that are counts: what was counted and the test (ITA criterion 5.4.1)"},
    "cnt.xlsx.test": {"th": "สถิติที่ใช้ทดสอบ", "en": "Test"},
    "cnt.xlsx.why": {"th": "เหตุผลที่เลือก", "en": "Why this test"},
    "cnt.xlsx.statistic": {"th": "ค่าสถิติ X² (เฉพาะไคสแควร์)", "en": "X-squared (chi-square tests only)"},
    "cnt.xlsx.df": {"th": "df", "en": "df"},
    "cnt.xlsx.p": {"th": "p-value", "en": "p-value"},
    "cnt.xlsx.ci": {"th": "ช่วงความเชื่อมั่น {level}% ของค่าประมาณ", "en": "{level}% confidence interval of the estimate"},
    "cnt.xlsx.alternative": {"th": "สมมติฐานทางเลือก", "en": "Alternative"},
    "cnt.xlsx.check": {"th": "การทดสอบเพื่อยืนยัน", "en": "Check test"},
    "cnt.xlsx.no_test": {"th": "ทดสอบไม่ได้", "en": "No test"},
    "cnt.xlsx.note": {
        "th": "ตัวเลขทุกตัวตรงกับฟังก์ชันของ R: poisson.test (จำนวนครั้งต่อช่วงเวลา), prop.test และ fisher.test (X จาก N สองกลุ่ม), mcnemar.test และ binom.test (กรณีเดียวกันวัดสองครั้ง) ทิศทางคือหลังเทียบกับก่อน ช่วงความเชื่อมั่นของแต่ละช่วงเป็นแบบแม่นตรง (Garwood สำหรับอัตรา, Clopper-Pearson สำหรับร้อยละ)",
        "en": "Every number is R's: poisson.test (events over a period), prop.test and fisher.test (X of N, two groups), mcnemar.test and binom.test (the same cases twice); after versus before. Each side's interval is exact (Garwood for rates, Clopper-Pearson for percentages).",
    },
    # --- the 5.4.1 page (app_pages/count_view.py) -------------------------------------------------------
    "cnt.page.kind": {"th": "ตัวเลขในชีตนี้เป็น", "en": "The numbers are"},
    "cnt.page.kind_help": {
        "th": "โปรแกรมดูจากข้อมูลให้เอง: เวลาหรือค่าใช้จ่ายรายกรณีเป็นค่าที่วัดได้ ส่วนจำนวนเรื่อง จำนวนครั้ง หรือคำตอบ ใช่/ไม่ใช่ เป็นจำนวนนับซึ่งทดสอบต่างกัน เลือกเองได้ถ้าโปรแกรมดูผิด",
        "en": "Recognised from the data: times or costs per case are measurements; numbers of cases, events or yes/no answers are counts, which are tested differently. Choose yourself if the guess is wrong.",
    },
    "cnt.page.metric_kind": {"th": "\u201c{name}\u201d เป็น", "en": "\u201c{name}\u201d is"},
    "cnt.page.cells": {"th": "ตัวเลขที่ใช้และข้อควรทราบ ({n} รายการ)", "en": "Numbers used and notes ({n})"},
    "cnt.page.aggregate_why": {
        "th": "ตัวชี้วัดเหล่านี้มีตัวเลขก่อนและหลังอย่างละหนึ่งค่า (ค่าเฉลี่ยหรือยอดรวมที่ไม่มีข้อมูลรายกรณี) จึงรายงานเป็นตัวเลขที่เปลี่ยนไปโดยไม่ทดสอบนัยสำคัญ ถ้าตัวเลขเป็นจำนวนนับ เช่น เรื่องร้องเรียน 120 เรื่องต่อปี หรือ 35 จาก 400 ฉบับ ระบุประเภทด้านล่างเพื่อทดสอบได้",
        "en": "These metrics have one number before and one after (an average or a total without its cases), so they are reported as a change without a significance test. If a number is a count, e.g. 120 complaints a year or 35 of 400 documents, say so below and it is tested.",
    },
    "cnt.page.declare": {"th": "ตัวเลขใดเป็นจำนวนนับ", "en": "Which numbers are counts"},
    "intake.reason.counts": {"th": "จำนวนนับก่อน\u2013หลัง {n} ตัวชี้วัด: {names}", "en": "counts before and after, {n} metrics: {names}"},
}
