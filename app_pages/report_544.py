"""5.4.4 รายงานผู้บังคับบัญชา: the memo's header filled in once, the memo
(Word) written from the results, and the whole evidence pack. Layout only."""
from __future__ import annotations

from dataclasses import replace

import streamlit as st

from itastats.criteria.project import memo_header
from itastats.i18n import fmt
from itastats.i18n.catalog import t
from app_pages import common, workspace

lang = common.lang()
FIELDS = ("office", "ref_no", "subject", "to", "signer_name", "signer_position")


def memo_form(profile) -> None:
    ro = not workspace.can_edit()
    st.subheader(t("p544.step1", lang))
    st.caption(t("p544.step1_help", lang))
    m = profile.memo
    values = {}
    c1, c2 = st.columns([3, 2])
    values["office"] = c1.text_input(t("p544.office", lang), value=m.office, key="proj.memo.office", disabled=ro,
                                     placeholder=" ".join(x for x in (profile.agency, profile.unit) if x))
    values["ref_no"] = c2.text_input(t("p544.ref_no", lang), value=m.ref_no, key="proj.memo.ref_no", disabled=ro,
                                     placeholder="สด 0032/")
    c1, c2 = st.columns([3, 2])
    values["subject"] = c1.text_input(t("p544.subject", lang), value=m.subject, key="proj.memo.subject", disabled=ro,
                                      placeholder=t("p544.subject_default", lang, name=profile.name))
    date = c2.date_input(t("p544.date", lang), value=m.date, key="proj.memo.date", disabled=ro, format="DD/MM/YYYY")
    if date:
        c2.caption(fmt.date(date, lang, long=True))
    values["to"] = st.text_input(t("p544.to", lang), value=m.to, key="proj.memo.to", disabled=ro)
    c1, c2 = st.columns(2)
    head = memo_header(profile)              # an empty signer is the first activity's person responsible
    values["signer_name"] = c1.text_input(t("p544.signer_name", lang), value=m.signer_name, key="proj.memo.signer",
                                          disabled=ro, placeholder=head.signer_name)
    values["signer_position"] = c2.text_input(t("p544.signer_position", lang), value=m.signer_position,
                                              key="proj.memo.position", disabled=ro, placeholder=head.signer_position)
    memo = replace(m, date=date or None, **{k: v.strip() for k, v in values.items()})
    if memo != m:
        st.session_state.project = replace(profile, memo=memo).to_dict()
    if not memo_header(replace(profile, memo=memo)).missing:
        st.success(t("p544.memo_complete", lang), icon=":material/check_circle:")


def memo_warning(profile) -> None:
    """The header fields the memo would print blank (or generic), with the next step."""
    missing = memo_header(profile).missing
    if missing:
        words = t("checklist.list_sep", lang).join(t(f"checklist.field.{f}", lang) for f in missing)
        st.warning(t("p544.memo_incomplete", lang, missing=words), icon=":material/edit_note:")


def reasons_form(profile, ev) -> None:
    """Why each KPI not met is not met, and the problems, obstacles and
    suggestions: typed here, saved with the project, printed in the memo."""
    from itastats.outputs.report import kpi_name
    ro = not workspace.can_edit()
    st.subheader(t("p544.step2", lang))
    st.caption(t("p544.step2_help", lang))
    m = profile.memo
    reasons = dict(m.kpi_reasons)
    missed = [s for s in ev.kpis if s.achieved is False]
    if missed:
        st.markdown(f"**{t('p544.reasons', lang)}**")
    else:
        st.caption(t("p544.no_missed", lang))
    for i, status in enumerate(missed):
        name = kpi_name(status)
        reasons[name] = st.text_area(
            t("p544.reason_for", lang, name=name, verdict=report_verdict(status)), value=reasons.get(name, ""),
            key=f"proj.memo.reason.{i}", disabled=ro, height=68, placeholder=t("p544.reason_placeholder", lang))
    problems = st.text_area(t("p544.problems", lang), value=m.problems, key="proj.memo.problems", disabled=ro, height=140,
                            placeholder=t("p544.problems_placeholder", lang))
    memo = replace(m, kpi_reasons=reasons, problems=problems.strip())
    if memo != m:
        st.session_state.project = replace(profile, memo=memo).to_dict()


def report_verdict(status) -> str:
    from itastats.criteria.kpi import status_text
    from itastats.criteria.kpi import value_text
    return f"{value_text(status.measured, status.unit)} · {status_text(status, lang)}"


def memo_section(ev) -> None:
    from itastats.outputs import report
    st.subheader(t("p544.step3", lang))
    text = report.memo_paragraphs(ev, lang=lang)
    with st.container(border=True):
        for line in text.text().splitlines():
            st.markdown(common.md_escape(line) if line else "&nbsp;")
    st.download_button(t("p544.download_docx", lang), lambda: report.memo_docx(ev, lang=lang), icon=":material/description:",
                       file_name=t("p544.docx_name", lang) + ".docx", key="p544.docx", type="primary",
                       mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                       on_click="ignore")
    st.caption(t("p544.docx_help", lang))


def _pack_button(ev, *, internal: bool) -> None:
    """Make (one click) and download (a second) the public pack or the internal copy."""
    from itastats.render import export
    from itastats.outputs import pack
    kind = "internal" if internal else "public"
    key = ("pack", kind, lang, ev.fingerprint(), common.profile(lang).to_json())
    made = st.session_state.get(f"pack_zip_{kind}")
    if made is None or made[0] != key:
        if st.button(t(f"p544.make_pack_{kind}", lang), icon=":material/folder_zip:", key=f"p544.make_pack_{kind}",
                     type="secondary" if internal else "primary"):
            bar = st.progress(0.0, text=t("p544.making", lang))

            def progress(done: int, total: int, label: str = "") -> None:
                bar.progress(min(done / max(total, 1), 1.0), text=f"{t('p544.making', lang)} {label}")
            try:
                data = pack.build_pack(ev, lang=lang, progress=progress, internal=internal)
            except export.ExportError as exc:
                st.error(exc.message(lang), icon=":material/error:")
                return
            st.session_state[f"pack_zip_{kind}"] = (key, data)
            st.rerun()
        return
    name = t(f"p544.pack_name_{kind}", lang, name=ev.profile.name or "itastats")
    st.download_button(t(f"p544.download_pack_{kind}", lang, mb=fmt.num(len(made[1]) / 1e6, 1)), made[1],
                       file_name=name + ".zip", mime="application/zip", icon=":material/download:",
                       type="secondary" if internal else "primary", key=f"p544.pack_{kind}", on_click="ignore")


def pack_section(ev) -> None:
    from itastats.render import export
    st.subheader(t("p544.step4", lang))
    st.caption(t("p544.step4_help", lang))
    status = export.export_status()
    if not status["browser_found"]:
        st.warning(t(status["message_key"], lang, **status.get("message_params", {})), icon=":material/image:")
    memo_warning(ev.profile)
    _pack_button(ev, internal=False)
    st.caption(t("p544.public_help", lang))
    with st.expander(t("p544.internal_title", lang), icon=":material/lock:"):
        st.warning(t("p544.internal_help", lang), icon=":material/shield_person:")
        _pack_button(ev, internal=True)


def main() -> None:
    st.title(t("p544.title", lang))
    st.caption(t("p544.subtitle", lang))
    if workspace.record() is None:
        st.info(t("ws.no_project", lang))
        return
    memo_form(common.profile(lang))
    ev = common.project_evidence(lang)
    for p in ev.problems:
        common.show_problem(p, lang)
    reasons_form(common.profile(lang), ev)
    ev = replace(ev, profile=common.profile(lang))      # the reasons just typed (the results do not change)
    memo_section(ev)
    pack_section(ev)
    st.page_link("app_pages/present.py", label=t("p544.present", lang), icon=":material/slideshow:")


main()
