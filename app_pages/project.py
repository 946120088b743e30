"""5.1.1 / 5.1.2: the project profile — details, objectives, activities with
the person responsible, budget, period and KPIs. Saved as it is edited."""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace

import pandas as pd
import streamlit as st

from itastats.i18n import fmt
from itastats.i18n.catalog import t
from itastats.criteria.project import KPI, Activity, ProjectInfo
from app_pages import common, profile_fields, workspace

lang = common.lang()
MANUAL = "manual"


def _text(value) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value).strip()


def _number(value) -> float | None:
    try:
        x = float(value)
    except (TypeError, ValueError):
        return None
    return x if math.isfinite(x) else None


def _date(value) -> dt.date | None:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else None


def _period_be(start, end) -> str:
    start, end = _date(start), _date(end)
    return fmt.period(start, end, lang) if start or end else ""


def _base(key: str, build) -> pd.DataFrame:
    """The table an editor starts from. It stays the same while the editor's
    edits are alive (they are kept relative to it) and is rebuilt from the
    saved profile when they are gone (a project was opened, or the user
    comes back from another page)."""
    base_key = f"base.{key}"
    if key not in st.session_state or base_key not in st.session_state:
        st.session_state[base_key] = build()
    return st.session_state[base_key]


def objectives(profile: ProjectInfo) -> tuple[str, ...]:
    st.subheader(t("prof.objectives", lang))
    frame = _base("proj.objectives", lambda: pd.DataFrame({"objective": list(profile.objectives) or [""]}))
    edited = st.data_editor(frame, num_rows="dynamic", width="stretch", hide_index=True, placeholder="", key="proj.objectives",
                            height=common.table_height(len(frame) + 1),
                            column_config={"objective": st.column_config.TextColumn(
                                t("prof.objective", lang), width="large")}, disabled=not workspace.can_edit())
    return tuple(x for x in (_text(v) for v in edited["objective"]) if x)


def activities(profile: ProjectInfo) -> tuple[Activity, ...]:
    st.subheader(t("prof.activities", lang))
    st.caption(t("prof.activities_help", lang))
    def build() -> pd.DataFrame:
        rows = [{"title": a.title, "start": a.start, "end": a.end, "budget": a.budget,
                 "responsible": a.responsible, "position": a.position, "email": a.email}
                for a in profile.activities]
        frame = pd.DataFrame(rows, columns=["title", "start", "end", "budget", "responsible", "position", "email"])
        for col in ("start", "end"):
            frame[col] = pd.to_datetime(frame[col]).dt.date if len(frame) else frame[col]
        frame.insert(3, "period_be", [_period_be(a, b) for a, b in zip(frame["start"], frame["end"])])
        frame["budget"] = frame["budget"].astype(float)
        return frame

    frame = _base("proj.activities", build)
    # widths that add up to the page's width (no sideways scrolling); the B.E. period beside the dates
    edited = st.data_editor(frame, num_rows="dynamic", width="stretch", hide_index=True, placeholder="", key="proj.activities",
                            height=common.table_height(len(frame) + 1),
                            column_config={
                                "title": st.column_config.TextColumn(t("prof.act_title", lang), width=170),
                                "start": st.column_config.DateColumn(t("prof.act_start", lang), format="DD/MM/YYYY",
                                                                     width=95),
                                "end": st.column_config.DateColumn(t("prof.act_end", lang), format="DD/MM/YYYY",
                                                                   width=95),
                                "period_be": st.column_config.TextColumn(t("ui.period_be", lang), disabled=True,
                                                                         width=185) if lang == "th" else None,
                                "budget": st.column_config.NumberColumn(t("prof.act_budget", lang),
                                                                        min_value=0, format="%,.0f", width=95),
                                "responsible": st.column_config.TextColumn(t("prof.act_responsible", lang),
                                                                           width=95),
                                "position": st.column_config.TextColumn(t("prof.act_position", lang), width=80),
                                "email": st.column_config.TextColumn(t("prof.act_email", lang), width=95),
                            }, disabled=not workspace.can_edit())
    if any(_period_be(_date(r.get("start")), _date(r.get("end"))) != _text(r.get("period_be"))
           for r in edited.to_dict("records") if _text(r.get("title"))):
        # a date typed or changed: the table is made again from the saved profile so its B.E. column says it too
        changed = [Activity(title=_text(r.get("title")), start=_date(r.get("start")), end=_date(r.get("end")),
                            budget=_number(r.get("budget")), responsible=_text(r.get("responsible")),
                            position=_text(r.get("position")), email=_text(r.get("email")))
                   for r in edited.to_dict("records") if _text(r.get("title"))]
        st.session_state.project = replace(profile, activities=tuple(changed)).to_dict()
        st.session_state.pop("proj.activities", None)
        st.session_state.pop("base.proj.activities", None)
        st.rerun()
    out = []
    for row in edited.to_dict("records"):
        title = _text(row.get("title"))
        if not title:
            continue
        out.append(Activity(title=title, start=_date(row.get("start")), end=_date(row.get("end")),
                            budget=_number(row.get("budget")), responsible=_text(row.get("responsible")),
                            position=_text(row.get("position")), email=_text(row.get("email"))))
    total = sum(a.budget or 0 for a in out)
    if out:
        st.caption(t("prof.activities_total", lang, total=fmt.smart(total),
                     budget=fmt.smart(profile.project_cost) if profile.project_cost else "—"))
    return tuple(out)


def kpis(profile: ProjectInfo) -> tuple[KPI, ...]:
    st.subheader(t("prof.kpis", lang))
    st.caption(t("prof.kpis_help", lang))
    sources = common.all_sources()
    labels = {MANUAL: t("prof.kpi_manual", lang)}
    for src in sources:
        labels[src.key] = t(src.label_key, lang, **dict(src.params))
    for k in profile.kpis:                       # a source not computed now is still shown
        labels.setdefault(k.source, k.source)
    by_label = {v: k for k, v in labels.items()}
    def build() -> pd.DataFrame:
        rows = [{"name": k.name, "op": k.op, "target": k.target, "unit": k.unit,
                 "source": labels.get(k.source, k.source), "manual_value": k.manual_value}
                for k in profile.kpis]
        frame = pd.DataFrame(rows, columns=["name", "op", "target", "unit", "source", "manual_value"])
        frame[["target", "manual_value"]] = frame[["target", "manual_value"]].astype(float)
        return frame

    frame = _base("proj.kpis", build)
    edited = st.data_editor(frame, num_rows="dynamic", width="stretch", hide_index=True, placeholder="", key="proj.kpis",
                            height=common.table_height(len(frame) + 1),
                            column_config={
                                "name": st.column_config.TextColumn(t("prof.kpi_name", lang), width=260),
                                "op": st.column_config.SelectboxColumn(t("prof.kpi_op", lang),
                                                                       options=[">=", "<="], default=">=", width=70),
                                "target": st.column_config.NumberColumn(t("prof.kpi_target", lang), width=95),
                                "unit": st.column_config.TextColumn(t("prof.kpi_unit", lang), width=70),
                                "source": st.column_config.SelectboxColumn(
                                    t("prof.kpi_source", lang), options=list(by_label), width=290,
                                    default=labels[MANUAL]),
                                "manual_value": st.column_config.NumberColumn(t("prof.kpi_manual_value", lang), width=110),
                            }, disabled=not workspace.can_edit())
    out = []
    for row in edited.to_dict("records"):
        name = _text(row.get("name"))
        if not name:
            continue
        op = row.get("op") if row.get("op") in (">=", "<=") else ">="
        out.append(KPI(name=name, op=op, target=_number(row.get("target")), unit=_text(row.get("unit")),
                       source=by_label.get(_text(row.get("source")), MANUAL),
                       manual_value=_number(row.get("manual_value"))))
    return tuple(out)


def value_settings(profile: ProjectInfo) -> ProjectInfo:
    st.subheader(t("prof.value", lang))
    return profile_fields.value_settings(profile, lang)


st.title(t("prof.title", lang))
st.caption(t("prof.subtitle", lang))
if workspace.record() is None:
    st.info(t("ws.no_project", lang))
else:
    saved = common.profile(lang)
    profile = profile_fields.details(saved, lang)
    profile = replace(profile, objectives=objectives(saved), activities=activities(saved), kpis=kpis(saved))
    profile = value_settings(profile)
    st.session_state.project = profile.to_dict()
    st.success(t("prof.next", lang), icon=":material/arrow_forward:")
    st.page_link("app_pages/compare_541.py", label=t("nav.541", lang), icon=":material/trending_down:")
