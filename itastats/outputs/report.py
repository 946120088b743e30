"""The report to the supervisor (ITA criterion 5.4.4): a Thai government memo
(บันทึกข้อความ) summarising a project's results, and the summary PDF sent with it.

Three steps, each usable on its own:

1. :func:`memo_paragraphs` turns an :class:`~itastats.criteria.evidence.Evidence`
   into a :class:`MemoText`: the header (ส่วนราชการ, ที่, วันที่, เรื่อง,
   เรียน), the body in the register of an official memo (ตามที่… นั้น /
   ในการนี้… ดังนี้ / numbered results / จึงเรียนมาเพื่อโปรดทราบ), the list of
   attachments, the signature block and, under it, a block for the
   supervisor's comment and order (ความเห็น/ข้อสั่งการ).  Header fields typed in
   the project (:class:`~itastats.criteria.project.Memo`) are used as they
   are; empty ones get defaults from the profile (ส่วนราชการ = agency and unit,
   เรื่อง = "รายงานผลการดำเนินโครงการ <name>", เรียน = "หัวหน้าส่วนราชการ", the
   signer = the first person responsible for an activity).  The results:
   the KPIs, each one not met followed by the reason the user typed (or a
   blank "(ระบุเหตุผล)" line to fill in); the 5.4.1 comparisons and their value
   for money in one paragraph (savings, B/C, ROI, payback, each with its
   formula and the numbers that go into it, as
   :func:`itastats.criteria.value.worked` writes them); participation and
   learning; satisfaction (its S.D. named: that of the respondents' mean
   scores); activities (in person-times, คน-ครั้ง) and communication;
   awards; then "ปัญหา อุปสรรค และข้อเสนอแนะ" as the user typed it (or a blank).
   Every number is formatted as the pages print it (:mod:`itastats.i18n.fmt`,
   the KPI scorecard's rounding); dates are in the Buddhist era.  What the
   project does not have yet is said in the memo ("ทั้งนี้ ยังไม่มีข้อมูล…")
   rather than left out silently.
2. :func:`memo_docx` lays the memo out with python-docx the way the
   regulation's form does: A4, margins top 2.5 cm, left 3 cm, right 2 cm,
   "บันทึกข้อความ" bold 29 pt, the labels ส่วนราชการ ที่ วันที่ เรื่อง bold
   20 pt and their values 16 pt, body paragraphs with a 2.5 cm first-line
   indent, the signature block centred on the right half, the page number
   ("- 2 -", a PAGE field) centred at the top of every page but the first.
   The same evidence and date give the same bytes.
3. :func:`report_files` makes the memo and the summary PDF
   (:mod:`itastats.outputs.pdf`) for the evidence pack; the memo lists the
   summary with its page count.

Fonts
-----
Every run is "TH Sarabun New" 16 pt (the title 29 pt), set on all four font
slots (``w:ascii``, ``w:hAnsi``, ``w:eastAsia`` and ``w:cs``: Word draws
Thai with the complex-script slot, which python-docx's ``font.name`` does not
set) with ``w:szCs`` and ``w:bCs`` for the complex-script size and bold, and
the document defaults lose their theme fonts so nothing overrides the name.
A .docx cannot carry a list of fallback fonts: where TH Sarabun New is not
installed, Word (or LibreOffice) substitutes a font it has for Thai, and the
text stays editable; installing the free TH Sarabun New (SIPA) fonts gives
the official look.
"""
from __future__ import annotations

import datetime as _dt
import functools
import io
from dataclasses import dataclass
from typing import Callable, Mapping, Sequence

from .. import __version__
from . import repro
from ..i18n import fmt
from ..i18n.catalog import t
from ..criteria.kpi import KPIStatus, status_text
from ..render.narrative import sentence, significance_phrase, unit_text
from ..criteria.kpi import value_text

__all__ = ["MemoText", "memo_paragraphs", "memo_docx", "report_files", "build_date", "kpi_name",
           "MEMO_FILE", "SUMMARY_FILE", "FONT", "FONT_SIZE", "TITLE_SIZE", "LABEL_SIZE", "MAX_SENTENCES",
           "SUMMARY_CODES"]

MEMO_FILE = "บันทึกข้อความรายงานผล.docx"
SUMMARY_FILE = "สรุปผลโครงการ.pdf"
FONT = "TH Sarabun New"
FONT_SIZE = 16      # pt, every run
TITLE_SIZE = 29     # pt, "บันทึกข้อความ" as the regulation's form prints it
LABEL_SIZE = 20     # pt, the form's labels ส่วนราชการ ที่ วันที่ เรื่อง (bold)
MAX_SENTENCES = 4   # 5.4.1 comparison sentences in the memo
MAX_AWARDS = 5      # awards listed by name

# layout (cm): A4 with the margins of Thai official documents
PAGE_W, PAGE_H = 21.0, 29.7
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 2.5, 2.0, 3.0, 2.0
INDENT = 2.5        # first line of a body paragraph
SUB_INDENT = 3.25   # first line of a numbered sub-item (1.1)
REASON_INDENT = 4.0  # first line of the reason under a KPI not met
DATE_TAB = 8.0      # "วันที่" on the "ที่" line, from the left margin
SIGN_LEFT = 8.0     # the signature block is centred between here and the right margin


SUPERVISOR_LINES = 3    # dotted lines for the supervisor's comment and order
DOTS = "." * 90         # a dotted line in the plain text (the .docx draws it with a tab leader)
# the criteria the summary PDF has a section for, in order
SUMMARY_CODES = ("5.1.1", "5.2.1", "5.3.1", "5.3.2", "5.4.1", "5.4.2", "5.4.3", "5.4.4")

# attachments in the order of the evidence pack's folders
_ATTACH_CODES = ("5.1.1", "5.1.2", "5.2.1", "5.3.1", "5.3.2", "5.4.1", "5.4.2", "5.4.3")


@dataclass(frozen=True)
class MemoText:
    """The words of the memo, before any layout.

    Attributes
    ----------
    lang : str
    title : str
        "บันทึกข้อความ".
    labels : Mapping
        The header labels: office, ref, date, subject, to, attachments.
    office, ref_no, date_text, subject, to : str
        The header values (``ref_no`` may be "": the registry writes it).
    date : datetime.date
    body : tuple of str
        The paragraphs, in order.
    levels : tuple of int
        One per body paragraph: 0 a paragraph, 1 a numbered section
        ("1. ..."), 2 a numbered item ("1.1 ...").
    attachments : tuple of str
        "สิ่งที่ส่งมาด้วย", each without its number.
    closing : str
        "จึงเรียนมาเพื่อโปรดทราบ".
    signature : tuple of str
        The lines under the signature: "(name)", position.
    missing : tuple of str
        Message keys of what the project does not have yet
        (``"report.missing.survey"``...).
    supervisor : tuple of str
        The block for the supervisor's comment and order under the
        signature: its heading, then the lines of the supervisor's
        signature ("ลงชื่อ", "(name)", position, date) left to fill in.
    summary : tuple of (code, tuple of str)
        Per criterion code ("5.1.1" ... "5.4.4", in that order, only those
        with something to say), the memo's sentences without their numbers
        and without the blanks left for the officer: what the summary PDF
        prints (:mod:`itastats.outputs.pdf`).  The 5.4.1 comparisons and the
        awards are all there, where the memo names only the first few.
    """
    lang: str
    title: str
    labels: Mapping[str, str]
    office: str
    ref_no: str
    date: _dt.date
    date_text: str
    subject: str
    to: str
    body: tuple[str, ...]
    levels: tuple[int, ...]
    attachments: tuple[str, ...]
    closing: str
    signature: tuple[str, ...]
    missing: tuple[str, ...] = ()
    supervisor: tuple[str, ...] = ()
    summary: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def sentences(self, code: str) -> tuple[str, ...]:
        """The summary's sentences of criterion ``code`` (() when none)."""
        return next((x for c, x in self.summary if c == code), ())

    def text(self) -> str:
        """The whole memo as plain text (for a preview, a test, a search)."""
        lb = self.labels
        lines = [self.title, f"{lb['office']} {self.office}",
                 f"{lb['ref']} {self.ref_no}    {lb['date']} {self.date_text}",
                 f"{lb['subject']} {self.subject}", f"{lb['to']} {self.to}", ""]
        lines += list(self.body)
        if self.attachments:
            lines.append(lb["attachments"])
            lines += [f"{i}. {a}" for i, a in enumerate(self.attachments, 1)]
        lines += [self.closing, ""] + list(self.signature)
        if self.supervisor:
            lines += ["", self.supervisor[0]] + [DOTS] * SUPERVISOR_LINES + list(self.supervisor[1:])
        return "\n".join(lines)


def build_date(made_on: _dt.date | None = None) -> _dt.date:
    """The date a file is made on: ``made_on`` when given, else
    :func:`itastats.outputs.repro.build_date` (``SOURCE_DATE_EPOCH``, the
    reproducible-builds convention, else today).  With the same inputs and
    the same date, :func:`memo_docx` and the summary PDF come out byte for
    byte the same."""
    return made_on if made_on is not None else repro.build_date()


# ---------------------------------------------------------------- words
def _join(items: Sequence[str], lang: str) -> str:
    """"ก ข และค" / "a, b and c"."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    if lang == "th":
        return " ".join(items[:-1]) + " " + t("report.and", lang) + items[-1]
    return ", ".join(items[:-1]) + " " + t("report.and", lang) + " " + items[-1]


def _value(x: float | None, unit: str, lang: str) -> str:
    """A measured value with its unit: "ร้อยละ 67.30" / "67.30%", "14.31 นาที" /
    "14.31 minutes"; the number rounded as the KPI scorecard rounds it."""
    if unit.strip() == "%":
        if lang == "th":
            return t("report.pct_value", lang, value=value_text(x))
        return value_text(x, "%")
    return value_text(x, unit_text(unit, lang))


def _glue(text: str, lang: str) -> str:
    """Thai runs a word into "ร้อยละ", but leaves a space before a number."""
    if lang != "th" or not text or not text.startswith("ร้อยละ"):
        return " " + text
    return text


def _op(status: KPIStatus, lang: str) -> str:
    return t(f"kpi.op.{status.kpi.op}", lang)


def _target(status: KPIStatus, lang: str) -> str:
    """"ไม่น้อยกว่าร้อยละ 50" / "at least 50%"."""
    text = _value(status.kpi.target, status.unit, lang)
    return _op(status, lang) + _glue(text, lang)


def kpi_name(status: KPIStatus) -> str:
    """The KPI's name as the memo prints it (and as its reason is saved under)."""
    return status.kpi.name.strip() or status.kpi.source


def _kpi_item(no: str, status: KPIStatus, lang: str) -> str:
    name = kpi_name(status)
    has_value = status.measured is not None
    value = _value(status.measured, status.unit, lang)
    if lang == "th":
        value = _glue(value, lang)        # "ผลการดำเนินงานร้อยละ 67.30", "ผลการดำเนินงาน 14.31 นาที"
    if status.kpi.target is None:
        key = "report.kpi.item_no_target" if has_value else "report.kpi.item_nothing"
        return t(key, lang, no=no, name=name, value=value)
    target = _target(status, lang)
    if not has_value:
        return t("report.kpi.item_no_value", lang, no=no, name=name, target=target)
    return t("report.kpi.item", lang, no=no, name=name, target=target, value=value,
             verdict=status_text(status, lang))


def _kpi_target(ev, prefixes: Sequence[str], lang: str) -> str:
    """" ซึ่งบรรลุเป้าหมายที่กำหนดไว้ไม่น้อยกว่าร้อยละ 80" for the first KPI fed by
    one of ``prefixes`` that has a verdict; "" when there is none."""
    for prefix in prefixes:
        for status in ev.kpis:
            if status.kpi.source.startswith(prefix) and status.achieved is not None:
                key = "report.target.met" if status.achieved else "report.target.not_met"
                return t(key, lang, target=_target(status, lang))
    return ""


def _period(p, lang: str) -> str:
    if p.start is None and p.end is None:
        return ""
    long = {"start": fmt.date(p.start, lang, long=True), "end": fmt.date(p.end, lang, long=True)}
    if lang == "en":
        whole = fmt.period(p.start, p.end, lang)            # "1 Oct 2025 – 30 Sep 2026 (B.E. 2568–2569)"
        be = whole[whole.rfind(" ("):] if " (" in whole else ""
        if p.start is not None and p.end is not None:
            return t("report.intro.period", lang, start=long["start"], end=long["end"] + be)
        return t("report.intro.from" if p.start is not None else "report.intro.until", lang,
                 start=long["start"] + be, end=long["end"] + be)
    if p.start is not None and p.end is not None:
        return t("report.intro.period", lang, **long)
    return t("report.intro.from" if p.start is not None else "report.intro.until", lang, **long)


def _objectives(objectives: Sequence[str], lang: str) -> str:
    items = [o.strip() for o in objectives if o and o.strip()]
    if not items:
        return ""
    if lang == "th":
        sep = "" if items[0].startswith("เพื่อ") else " "
        return t("report.intro.objectives", lang, sep=sep, list=_join(items, lang))
    return t("report.intro.objectives", lang, sep=" ", list="; ".join(items))


def _intro(p, name: str, lang: str) -> str:
    who = " ".join(x for x in (p.unit.strip(), p.agency.strip()) if x)
    budget = "" if p.project_cost is None else t("report.intro.budget", lang, amount=fmt.smart(p.project_cost))
    return t("report.intro", lang, who=t("report.intro.who", lang, who=who) if who else "", name=name,
             period=_period(p, lang), budget=budget, objectives=_objectives(p.objectives, lang))


def _entries(entries) -> list:
    return [e for e in entries if not e.is_empty]


def _metric_sentences(ev, lang: str) -> tuple[list[str], int]:
    """The sentences of the tested 5.4.1 metrics first, then the others (the
    memo states the first :data:`MAX_SENTENCES`); and how many metrics there
    are in all."""
    seen, results = set(), []
    for r in ev.results_541:
        if r.name not in seen:
            seen.add(r.name)
            results.append(r)
    tested = [r for r in results if r.comparison is not None or r.counts is not None]     # counts are tested too
    ordered = tested + [r for r in results if r.comparison is None and r.counts is None]
    return [sentence(r, lang) for r in ordered], len(results)


def _learning(no: str, lrn, ev, lang: str) -> str:
    gain = lrn.mean_gain if lrn.mean_gain is not None else 0.0
    up = gain >= 0
    verb = t("report.learning.up" if up else "report.learning.down", lang)
    to = t("report.learning.to_up" if up else "report.learning.to_down", lang)
    max_text = "" if lrn.max_score is None else t("report.learning.max", lang, max=fmt.smart(lrn.max_score))
    passed = ""
    if lrn.threshold is not None and lrn.passed_pre_pct is not None and lrn.passed_post_pct is not None:
        passed = t("report.learning.passed", lang, threshold=fmt.smart(lrn.threshold),
                   pre=fmt.num(lrn.passed_pre_pct), post=fmt.num(lrn.passed_post_pct))
    sig = ""
    comp = lrn.metric.comparison
    if comp is not None and not comp.error and comp.headline.pvalue is not None and not comp.headline.error:
        sig = t("report.learning.sig", lang, sig=significance_phrase(comp, lang).rstrip("."))
    pct = lrn.metric.pct_change
    pct_text = fmt.num(abs(pct)) if lang == "th" else fmt.num(pct, sign=True)
    text = t("report.learning", lang, no=no, n=lrn.n_paired, verb=verb, to=to, pre=fmt.num(lrn.mean_pre),
             post=fmt.num(lrn.mean_post), max=max_text, gain=fmt.num(abs(gain)) if lang == "th" else
             fmt.num(gain, sign=True), pct=pct_text, target=_kpi_target(ev, ("learning:",), lang),
             passed=passed, sig=sig)
    return text


def _header(ev, lang: str, made_on: _dt.date) -> dict:
    from ..criteria.project import memo_header
    p, m = ev.profile, ev.profile.memo
    head = memo_header(p)
    name = head.project_name or t("report.no_name", lang)
    office = head.office
    date = m.date or made_on
    signer_name, signer_position = head.signer_name, head.signer_position
    return {
        "name": name, "office": office, "ref_no": m.ref_no.strip(), "date": date,
        "date_text": fmt.date(date, lang, long=True) if lang == "th" else fmt.date(date, lang),
        "subject": head.subject or t("report.default.subject", lang, name=name),
        "to": head.to or t("report.default.to", lang),
        "signature": (f"({signer_name})" if signer_name else t("report.blank_name", lang),
                      signer_position or t("report.blank_position", lang)),
    }


def _attachments(ev, lang: str, summary_pages: int | None, has_results: bool) -> list[str]:
    p = ev.profile
    have = {
        "5.1.1": bool(p.name.strip() or p.objectives or p.activities or p.kpis),
        "5.1.2": any(a.has_responsible for a in p.activities),
        "5.2.1": bool(_entries(p.communications) or ev.page_files("521")),
        "5.3.1": bool(_entries(p.activity_log) or ev.page_files("531")),
        "5.3.2": ev.attendance is not None or ev.learning is not None,
        "5.4.1": bool(ev.results_541),
        "5.4.2": bool(_entries(p.awards) or ev.page_files("542")),
        "5.4.3": ev.survey is not None,
    }
    out = []
    if summary_pages is None and has_results or summary_pages:
        pages = t("report.attach.pages", lang, n=summary_pages) if summary_pages else ""
        out.append(t("report.attach.summary", lang, pages=pages))
    out += [t(f"report.attach.{code}", lang) for code in _ATTACH_CODES if have[code]]
    return out


# ---------------------------------------------------------------- the memo's words
_NO = "\u0000"          # stands for a section number while the summary's unnumbered text is made


def _unnumbered(text: str) -> str:
    """The text made with ``no=_NO`` without its number: "\0. ผล…" -> "ผล…"."""
    if text.startswith(_NO):
        text = text[len(_NO):]
        if text.startswith("."):
            text = text[1:]
    return text.replace(_NO, "").strip()


def _value_for_money(ev, lang: str) -> tuple[Callable[[str], str] | None, list[str], bool]:
    """The 5.4.1 value-for-money paragraph as a function of its number, the
    same sentences one by one for the summary, and whether the figures
    against the project's cost (B/C, ROI, payback) are all there.
    (None, [], False) when nothing could be computed."""
    from ..criteria import value
    from ..read.problems import WARNING, describe
    try:
        result = value.for_project(ev.results_541, ev.profile, ev.choices)
    except (TypeError, ValueError):
        return None, [], False
    if result is None:
        return None, [], False
    complete = all(result.item(name) is not None and result.item(name).ok
                   for name in ("benefit_cost_ratio", "roi", "payback_months"))
    shown = [it for it in result.items if it.ok and it.name in _VALUE_ITEMS]
    if not shown:
        return None, [], complete
    p = ev.profile
    metrics = [m for m in (result.time_metric, result.cost_metric) if m]
    inputs = []
    for label, x, unit in (("value.input.cases_per_year", p.cases_per_year, "value.unit.cases_per_year"),
                           ("value.input.staff_cost_per_hour", p.staff_cost_per_hour, "value.unit.baht_per_hour"),
                           ("value.input.project_cost", p.project_cost, "value.unit.baht")):
        if x is not None:
            name = t(label, lang)
            name = name[:1].lower() + name[1:] if lang == "en" else name      # mid-sentence: "with cases a year…"
            inputs.append(t("report.value.input", lang, label=name, value=fmt.smart(x), unit=t(unit, lang)))
    intro = t("report.value.intro", lang,
              metrics=t("report.value.metrics", lang, list=_join([f"\u201c{m}\u201d" for m in metrics], lang))
              if metrics else "",
              inputs=t("report.value.inputs", lang, list=_join(inputs, lang)) if inputs else "")
    def worked(it) -> str:          # "328,320 = 328,320 บาท/ปี" for a figure that is one other: just the figure
        text = value.worked(it, lang)
        return text.split(" = ", 1)[-1] if it.expression.strip() == "{0}" else text
    items = [t("report.value.item", lang, label=t(it.key, lang), worked=worked(it)) for it in shown]
    notes = [describe(n, lang).replace("\n", " ") for n in result.notes if n.severity == WARNING]

    def paragraph(no: str) -> str:
        return t("report.value", lang, no=no, intro=intro, items=(" " if lang == "th" else "; ").join(items),
                 notes="".join(" " + n for n in notes))
    return paragraph, [intro] + items + notes, complete


# the value-for-money figures the memo states (payback in months only: the years are the same figure)
_VALUE_ITEMS = ("time_saved_per_case", "hours_saved_per_year", "time_value_per_year", "cost_saved_per_case",
                "savings_per_year", "yearly_benefit", "benefit_cost_ratio", "roi", "payback_months")


# section headings that only name the topic (the summary's own heading already does)
_TITLE_ONLY = ("report.532.head",)


def _problem_lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def memo_paragraphs(ev, *, lang: str = "th", made_on: _dt.date | None = None,
                    summary_pages: int | None = None) -> MemoText:
    """The memo of ``ev`` in words.

    Parameters
    ----------
    ev : Evidence
        :func:`itastats.criteria.evidence.collect` of the project.
    lang : {"th", "en"}
        The English memo says the same facts.
    made_on : datetime.date, optional
        The day the memo is made: its date when the project's memo has none
        (default :func:`build_date`: ``SOURCE_DATE_EPOCH``, else today).
    summary_pages : int, optional
        Pages of the summary PDF sent with it: 0 leaves it out of the
        attachments, None lists it without a page count when the project has
        results.

    Returns
    -------
    MemoText
        ``body`` as the memo prints it, and ``summary``: the same sentences
        per criterion, without their numbers and without the blanks the
        officer fills in, for the summary PDF.
    """
    if lang not in ("th", "en"):
        raise ValueError(f"lang must be 'th' or 'en', not {lang!r}")
    made_on = made_on or build_date()
    p = ev.profile
    head = _header(ev, lang, made_on)
    body: list[tuple[str, int]] = [(_intro(p, head["name"], lang), 0)]
    # each section: (criterion code, [(kind, what), ...]); the first is its numbered heading
    sections: list[tuple[str, list]] = []
    missing: list[str] = []
    summary: dict[str, list[str]] = {code: [] for code in SUMMARY_CODES}

    # KPIs
    if ev.kpis:
        met = sum(1 for s in ev.kpis if s.achieved is True)
        not_met = sum(1 for s in ev.kpis if s.achieved is False)
        no_data = len(ev.kpis) - met - not_met
        rest = (t("report.kpi.rest_not_met", lang, k=not_met) if not_met else "") + \
               (t("report.kpi.rest_no_data", lang, k=no_data) if no_data else "")
        sec = [("report.kpi.head", dict(n=len(ev.kpis), met=met, rest=rest))]
        for s in ev.kpis:
            sec.append(("kpi", s))
            if s.achieved is False:
                reason = p.memo.reason(kpi_name(s))
                sec.append(("reason", reason))
        sections.append(("5.1.1", sec))
    else:
        missing.append("report.missing.kpis")

    # 5.4.1: the comparisons, then their value for money
    sentences, n_metrics = _metric_sentences(ev, lang)
    if sentences:               # the memo states the first few; the summary all of them
        sec = [("report.541.head", dict(n=n_metrics))] + [("text", s) for s in sentences[:MAX_SENTENCES]]
        if n_metrics > MAX_SENTENCES:
            sec.append(("note", t("report.541.more", lang, k=n_metrics - MAX_SENTENCES)))
            sec += [("summary_only", ("text", s)) for s in sentences[MAX_SENTENCES:]]
        sections.append(("5.4.1", sec))
        money, money_sentences, complete = _value_for_money(ev, lang)
        if money is not None:
            sections.append(("5.4.1", [("paragraph", (money, money_sentences))]))
        if not complete:
            missing.append("report.missing.value")
    else:
        missing.append("report.missing.541")

    # 5.3.2 participation and learning
    sec = []
    att, lrn = ev.attendance, ev.learning
    if att is not None:
        if att.rate is not None and att.headcount_total:
            others = att.attendees - att.staff_counted
            tail = t("report.532.others", lang, attendees=fmt.num(att.attendees, 0), n=fmt.num(others, 0)) \
                if others else ""
            sec.append(("fn", lambda no: t("report.532.rate", lang, no=no, staff=fmt.num(att.staff_counted, 0),
                                           headcount=fmt.num(att.headcount_total, 0), rate=fmt.num(att.rate, 2),
                                           others=tail, target=_kpi_target(ev, ("attendance:",), lang))))
        else:
            sec.append(("fn", lambda no: t("report.532.no_rate", lang, no=no, attendees=fmt.smart(att.attendees))))
    else:
        missing.append("report.missing.attendance")
    if lrn is not None and lrn.n_paired:
        sec.append(("fn", lambda no: _learning(no, lrn, ev, lang)))
    else:
        missing.append("report.missing.learning")
    if sec:
        sections.append(("5.3.2", [("report.532.head", {})] + sec))

    # 5.4.3 satisfaction
    sv = ev.survey
    if sv is not None and sv.overall.mean is not None:
        from ..criteria.survey import level_key
        o = sv.overall
        sections.append(("5.4.3", [("report.543", dict(
            n=fmt.smart(sv.respondents), level=t(level_key(o.level), lang), mean=fmt.num(o.mean),
            sd=fmt.num(o.sd), pct=fmt.num(o.pct),
            target=_kpi_target(ev, ("survey:satisfaction_pct", "survey:"), lang)))]))
    else:
        missing.append("report.missing.survey")

    # 5.3.1 / 5.2.1 activities and communication, in one paragraph
    acts, comms = _entries(p.activity_log), _entries(p.communications)
    parts = []
    if acts:
        people = sum(e.people or 0 for e in acts)
        parts.append(("5.3.1", t("report.log.activities", lang, n=len(acts), people=t(
            "report.log.activity_people", lang, people=fmt.smart(people)) if people else "")))
    else:
        missing.append("report.missing.activities")
    if comms:
        channels = list(dict.fromkeys(e.channel.strip() for e in comms if e.channel.strip()))
        parts.append(("5.2.1", t("report.log.communications", lang, n=len(comms), channels=t(
            "report.log.channels", lang, list=_join(channels, lang)) if channels else "")))
    else:
        missing.append("report.missing.communications")
    if parts:
        joined = parts[0][1] + "".join(t("report.log.join", lang) + (part.lstrip() if lang == "th" else part)
                                       for _, part in parts[1:])
        sections.append(("", [("report.log.head", dict(parts=joined))]))
        for code, part in parts:
            summary[code].append(t("report.log.sentence", lang, text=part.strip()))

    # 5.4.2 awards
    awards = _entries(p.awards)
    if awards:
        sec = [("report.awards.head", dict(n=len(awards)))]
        for a in awards:
            sec.append(("fn", lambda no, a=a: t(
                "report.awards.item", lang, no=no, title=a.title.strip(),
                source=t("report.awards.from", lang, source=a.channel.strip()) if a.channel.strip() else "",
                date=t("report.awards.date", lang, date=fmt.date(a.date, lang, long=lang == "th"))
                if a.date else "")))
        if len(awards) > MAX_AWARDS:      # the memo names the first few; the summary all of them
            sec = sec[:MAX_AWARDS + 1] + [("note", t("report.awards.more", lang, k=len(awards) - MAX_AWARDS))] + \
                [("summary_only", item) for item in sec[MAX_AWARDS + 1:]]
        sections.append(("5.4.2", sec))

    has_results = bool(sections)
    # problems, obstacles and suggestions: the user's lines, or a blank to fill in
    lines = _problem_lines(p.memo.problems)
    sections.append(("5.4.4", [("report.problems.head", {})] +
                     ([("line", line) for line in lines] or [("blank", t("report.problems.blank", lang))])))

    # number the sections and their items
    for i, (code, sec) in enumerate(sections, 1):
        kind, what = sec[0]
        if kind == "paragraph":                      # a numbered paragraph; its sentences one by one
            make, sentences_ = what
            body.append((make(str(i)), 1))
            summary[code] += sentences_
            continue
        if code == "5.4.4" and not has_results:      # nothing numbered before it: a heading without a number
            body.append((_unnumbered(t(kind, lang, no=_NO, **what)), 1))
        else:
            body.append((t(kind, lang, no=i, **what), 1))
        if code and code != "5.4.4" and kind not in _TITLE_ONLY:
            summary[code].append(_unnumbered(t(kind, lang, no=_NO, **what)))
        j = 0
        for kind, what in sec[1:]:
            if kind == "note":
                body.append((what, 2))
                continue
            if kind in ("line", "blank"):
                body.append((what, 2))
                if kind == "line":
                    summary[code].append(what)
                continue
            if kind == "reason":
                body.append((t("report.kpi.reason", lang, reason=what or t("report.kpi.reason_blank", lang)), 3))
                if what:
                    summary[code].append(t("report.kpi.reason", lang, reason=what))
                continue
            in_memo = kind != "summary_only"
            if not in_memo:
                kind, what = what
            make = (lambda no, what=what: _kpi_item(no, what, lang)) if kind == "kpi" else \
                (lambda no, what=what: f"{no} {what}") if kind == "text" else what
            if in_memo:
                j += 1
                body.append((make(f"{i}.{j}"), 2))
            summary[code].append(_unnumbered(make(_NO)))
    if has_results:
        body.insert(1, (t("report.intro.now", lang), 0))
    if missing:
        key = "report.missing" if has_results else "report.missing_all"
        at = len(body) - (len(sections[-1][1]) if has_results else 0)   # before the problems section
        body.insert(at if has_results else 1, (t(key, lang, list=_join([t(k, lang) for k in missing], lang)), 0))

    return MemoText(
        lang=lang, title=t("report.title", lang),
        labels={k: t(f"report.label.{k}", lang) for k in ("office", "ref", "date", "subject", "to",
                                                            "attachments")},
        office=head["office"], ref_no=head["ref_no"], date=head["date"], date_text=head["date_text"],
        subject=head["subject"], to=head["to"], body=tuple(b for b, _ in body),
        levels=tuple(lv for _, lv in body),
        attachments=tuple(_attachments(ev, lang, summary_pages, has_results)),
        closing=t("report.closing", lang), signature=head["signature"], missing=tuple(missing),
        supervisor=(t("report.supervisor.head", lang),) + tuple(
            t(f"report.supervisor.{k}", lang) for k in ("sign", "name", "position", "date")),
        summary=tuple((code, tuple(x for x in summary[code] if x)) for code in SUMMARY_CODES
                      if any(summary[code])))


# ---------------------------------------------------------------- the Word document
def _set_fonts(rpr, size: float, bold: bool | None = None, tag: str = "th-TH") -> None:
    """TH Sarabun New on all four slots, the size for Latin and complex
    script, bold for both, Thai as the complex-script language."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    rfonts = rpr.get_or_add_rFonts()
    for attr in list(rfonts.attrib):
        if attr.endswith("Theme") or attr.endswith("theme"):
            del rfonts.attrib[attr]
    for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
        rfonts.set(qn(f"w:{slot}"), FONT)
    if bold is not None:
        rpr.get_or_add_b().set(qn("w:val"), "1" if bold else "0")
        rpr.get_or_add_bCs().set(qn("w:val"), "1" if bold else "0")
    half_points = str(int(round(size * 2)))
    sz = rpr.get_or_add_sz()
    sz.set(qn("w:val"), half_points)
    szcs = rpr.find(qn("w:szCs"))
    if szcs is None:
        szcs = OxmlElement("w:szCs")
        sz.addnext(szcs)
    szcs.set(qn("w:val"), half_points)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)          # nothing this module sets comes after w:lang in the schema
    lang.set(qn("w:val"), tag)
    lang.set(qn("w:eastAsia"), "th-TH")
    lang.set(qn("w:bidi"), "th-TH")


def _add_run(paragraph, text: str, *, size: float = FONT_SIZE, bold: bool = False, tag: str = "th-TH"):
    run = paragraph.add_run(text)
    _set_fonts(run._element.get_or_add_rPr(), size, bold, tag)
    return run


def _document_defaults(doc) -> None:
    """Theme-independent fonts for the whole document (so the paragraph marks
    and anything typed later are TH Sarabun New 16 too), single spacing."""
    from docx.oxml.ns import qn
    from docx.shared import Pt
    styles = doc.styles.element
    rpr = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_fonts(rpr, FONT_SIZE)
    for el in styles.iter(qn("w:rFonts")):      # every style: drop theme fonts, name ours
        for attr in list(el.attrib):
            if attr.endswith("Theme") or attr.endswith("theme"):
                del el.attrib[attr]
        for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
            el.set(qn(f"w:{slot}"), FONT)
    normal = doc.styles["Normal"]
    _set_fonts(normal.element.get_or_add_rPr(), FONT_SIZE)
    pf = normal.paragraph_format
    pf.space_before, pf.space_after, pf.line_spacing = Pt(0), Pt(0), 1.0


def _paragraph(doc, *, first: float | None = None, left: float | None = None, before: float = 0,
               align=None):
    from docx.shared import Cm, Pt
    par = doc.add_paragraph()
    pf = par.paragraph_format
    if first is not None:
        pf.first_line_indent = Cm(first)
    if left is not None:
        pf.left_indent = Cm(left)
    pf.space_before, pf.space_after = Pt(before), Pt(0)
    if align is not None:
        par.alignment = align
    return par


def _page_number_header(section, size: float, tag: str) -> None:
    """"- 2 -" centred at the top of every page but the first (the first
    page's header stays empty), with Word's PAGE field, as Thai official
    documents number their pages."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    section.different_first_page_header_footer = True
    first = section.first_page_header
    first.is_linked_to_previous = False
    header = section.header
    header.is_linked_to_previous = False
    par = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def run(text: str = ""):
        return _add_run(par, text, size=size, tag=tag)
    run("- ")
    for kind in ("begin", None, "separate", "2", "end"):
        r = run()
        if kind is None:                             # the instruction
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = " PAGE "
            r._element.append(instr)
        elif kind == "2":                            # the value shown until the field is updated
            r.text = "2"
        else:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            r._element.append(fld)
    run(" -")


def _dotted_line(doc, *, before: float = 0):
    """A paragraph that is one dotted line across the text width (a right
    tab stop with a dot leader: it stays one line in any font)."""
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm
    par = _paragraph(doc, before=before)
    par.paragraph_format.tab_stops.add_tab_stop(Cm(PAGE_W - MARGIN_LEFT - MARGIN_RIGHT),
                                                WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    return par


def memo_docx(ev, *, lang: str = "th", made_on: _dt.date | None = None,
              summary_pages: int | None = None) -> bytes:
    """The memo as a Word document (.docx bytes) in the form of a Thai
    government memo; see the module's notes on fonts.

    Parameters are those of :func:`memo_paragraphs`.  The document is
    reproducible: its core properties (created, modified, revision 1, no
    last-printed date) and the dates of the entries of its zip come from
    ``made_on`` (:func:`build_date`, :func:`itastats.outputs.repro.normalize_ooxml`),
    so the same evidence and date give the same bytes.
    """
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    made_on = build_date(made_on)
    memo = memo_paragraphs(ev, lang=lang, made_on=made_on, summary_pages=summary_pages)
    tag = "th-TH" if lang == "th" else "en-US"
    _run = functools.partial(_add_run, tag=tag)
    doc = docx.Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(PAGE_W), Cm(PAGE_H)
    section.top_margin, section.bottom_margin = Cm(MARGIN_TOP), Cm(MARGIN_BOTTOM)
    section.left_margin, section.right_margin = Cm(MARGIN_LEFT), Cm(MARGIN_RIGHT)
    section.header_distance, section.footer_distance = Cm(1.25), Cm(1.25)
    _document_defaults(doc)
    _page_number_header(section, FONT_SIZE, tag)
    justify = WD_ALIGN_PARAGRAPH.THAI_JUSTIFY if lang == "th" else WD_ALIGN_PARAGRAPH.JUSTIFY

    title = _paragraph(doc, align=WD_ALIGN_PARAGRAPH.CENTER)
    _run(title, memo.title, size=TITLE_SIZE, bold=True)

    lb = memo.labels
    office = _paragraph(doc)
    _run(office, lb["office"], size=LABEL_SIZE, bold=True)
    _run(office, f"  {memo.office}")
    ref = _paragraph(doc)
    ref.paragraph_format.tab_stops.add_tab_stop(Cm(DATE_TAB))
    _run(ref, lb["ref"], size=LABEL_SIZE, bold=True)
    _run(ref, f"  {memo.ref_no}\t" if memo.ref_no else "\t")
    _run(ref, lb["date"], size=LABEL_SIZE, bold=True)
    _run(ref, f"  {memo.date_text}")
    subject = _paragraph(doc)
    _run(subject, lb["subject"], size=LABEL_SIZE, bold=True)
    _run(subject, f"  {memo.subject}")
    to = _paragraph(doc, before=6)
    _run(to, lb["to"])
    _run(to, f"  {memo.to}")

    indent = {0: INDENT, 1: INDENT, 2: SUB_INDENT, 3: REASON_INDENT}
    for text, level in zip(memo.body, memo.levels):
        par = _paragraph(doc, first=indent.get(level, SUB_INDENT), before=6 if level < 2 else 0, align=justify)
        _run(par, text)

    if memo.attachments:
        label = _paragraph(doc, first=INDENT, before=6)
        _run(label, lb["attachments"], bold=True)
        for i, text in enumerate(memo.attachments, 1):
            item = _paragraph(doc, first=SUB_INDENT)
            _run(item, f"{i}. {text}")

    closing = _paragraph(doc, first=INDENT, before=12)
    _run(closing, memo.closing)

    for _ in range(3):           # room to sign
        _run(_paragraph(doc, left=SIGN_LEFT, align=WD_ALIGN_PARAGRAPH.CENTER), "")
    for line in memo.signature:
        _run(_paragraph(doc, left=SIGN_LEFT, align=WD_ALIGN_PARAGRAPH.CENTER), line)

    if memo.supervisor:          # the supervisor's comment and order, kept on one page
        block = []
        head = _paragraph(doc, before=18)
        _run(head, memo.supervisor[0], bold=True)
        block.append(head)
        for _ in range(SUPERVISOR_LINES):
            line = _dotted_line(doc, before=4)
            _run(line, "\t")
            block.append(line)
        block.append(_paragraph(doc))
        for i, text in enumerate(memo.supervisor[1:]):
            par = _paragraph(doc, left=SIGN_LEFT, align=WD_ALIGN_PARAGRAPH.CENTER, before=12 if i == 0 else 0)
            _run(par, text)
            block.append(par)
        for par in block[:-1]:
            par.paragraph_format.keep_with_next = True

    props = doc.core_properties
    props.title = memo.subject
    props.subject = memo.subject
    props.author = ev.profile.agency.strip() or memo.office
    props.last_modified_by = props.author
    props.language = tag
    props.comments = f"itastats {__version__}"
    props.keywords = "ITA 5.4.4"
    stamp = _dt.datetime.combine(made_on, _dt.time(0, 0))
    props.created = props.modified = stamp
    props.revision = 1
    out = io.BytesIO()
    doc.save(out)
    # every zip entry dated made_on, created/modified made_on, no "last printed" (it never was)
    return repro.normalize_ooxml(out.getvalue(), made_on)


def report_files(ev, pngs: Mapping[str, bytes], *, lang: str = "th",
                 made_on: _dt.date | None = None) -> dict[str, bytes]:
    """The files of the 5.4.4 folder: the memo (.docx) and the summary PDF.

    Parameters
    ----------
    ev : Evidence
    pngs : mapping of name -> PNG bytes
        The A4 infographics in pack order, named as the pack names them
        (``"5.3.2_การเข้าร่วม_A4.png"``, or with their folder): the code at the
        start of the name (or of the folder) puts each in its criterion's
        section of the summary.
    lang, made_on
        As for :func:`memo_paragraphs`.

    Returns
    -------
    dict
        ``{MEMO_FILE: docx bytes, SUMMARY_FILE: pdf bytes}``; the memo lists
        the summary with its page count.  Without PNGs only the memo (which
        then does not list the summary as attached).

    Raises
    ------
    itastats.render.export.ExportError
        The summary PDF could not be printed (no browser...).
    """
    made_on = build_date(made_on)
    if not pngs:
        return {MEMO_FILE: memo_docx(ev, lang=lang, made_on=made_on, summary_pages=0)}
    from . import pdf
    memo = memo_paragraphs(ev, lang=lang, made_on=made_on)
    summary = pdf.make_summary(ev, pngs, lang=lang, made_on=made_on, memo=memo)
    return {MEMO_FILE: memo_docx(ev, lang=lang, made_on=made_on, summary_pages=summary.pages),
            SUMMARY_FILE: summary.data}
