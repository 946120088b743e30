"""The profile fields that more than one page shows (the 5.1 profile page and
step 4 of the 5.4.1 page): same widgets, same keys, one place."""
from __future__ import annotations

from dataclasses import replace

import streamlit as st

from itastats.i18n import fmt
from itastats.i18n.catalog import t
from itastats.criteria.project import ProjectInfo
from app_pages import workspace


def details(profile: ProjectInfo, lang: str) -> ProjectInfo:
    """Name, agency, unit, period (with its Buddhist-era caption) and budget."""
    c1, c2, c3 = st.columns(3)
    name = c1.text_input(t("proj.name", lang), value=profile.name, key="proj.name", disabled=not workspace.can_edit())
    agency = c2.text_input(t("proj.agency", lang), value=profile.agency, key="proj.agency", disabled=not workspace.can_edit())
    unit = c3.text_input(t("proj.unit", lang), value=profile.unit, key="proj.unit", disabled=not workspace.can_edit())
    d1, d2, d3 = st.columns(3)
    start = d1.date_input(t("proj.start", lang), value=profile.start, key="proj.start", format="DD/MM/YYYY", disabled=not workspace.can_edit())
    end = d2.date_input(t("proj.end", lang), value=profile.end, key="proj.end", format="DD/MM/YYYY", disabled=not workspace.can_edit())
    budget = d3.number_input(t("proj.project_cost", lang), min_value=0.0, step=1000.0, format="%.0f",
                             value=float(profile.project_cost or 0), key="proj.cost", disabled=not workspace.can_edit())
    if start or end:
        st.caption(t("proj.period_be", lang, period=fmt.period(start, end, lang)))
    # replace(): the fields not shown here (objectives, activities, KPIs) are kept
    return replace(profile, name=name, agency=agency, unit=unit, start=start or None, end=end or None,
                   project_cost=budget or None)


def value_settings(profile: ProjectInfo, lang: str) -> ProjectInfo:
    """Cases a year, staff cost an hour and working hours a day (value for money)."""
    v1, v2, v3 = st.columns(3)
    cases = v1.number_input(t("proj.cases_per_year", lang), min_value=0.0, step=100.0, format="%.0f",
                            value=float(profile.cases_per_year or 0), key="proj.cases", disabled=not workspace.can_edit())
    cost_hour = v2.number_input(t("proj.staff_cost_per_hour", lang), min_value=0.0, step=10.0,
                                value=float(profile.staff_cost_per_hour or 0), key="proj.cost_hour", disabled=not workspace.can_edit())
    hours_day = v3.number_input(t("proj.hours_per_day", lang), min_value=0.5, max_value=24.0, step=0.5,
                                value=float(profile.hours_per_day or 7.0), key="proj.hours_day", disabled=not workspace.can_edit())
    return replace(profile, cases_per_year=cases or None, staff_cost_per_hour=cost_hour or None,
                   hours_per_day=hours_day)
