"""How one before/after comparison is shown: the descriptive table and the
test used, with its check. Shared by the 5.4.1 page and the pre/post test of
the 5.3.2 page (same statistics, same words). Layout only."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from itastats.i18n import fmt
from itastats.render import narrative
from itastats.i18n.catalog import t
from app_pages import common


def descriptive_table(r, lang: str) -> pd.DataFrame:
    c = r.comparison
    unit = narrative.unit_text(r.unit, lang)
    rows = [t("stat.n", lang), t("stat.mean", lang), t("stat.median", lang), t("stat.sd", lang)]
    before = [str(c.n_before), fmt.num(c.mean_before), fmt.num(c.median_before), fmt.num(c.sd_before)]
    after = [str(c.n_after), fmt.num(c.mean_after), fmt.num(c.median_after), fmt.num(c.sd_after)]
    return pd.DataFrame({"": rows, f"{t('period.before', lang)} ({unit})": before,
                         f"{t('period.after', lang)} ({unit})": after})


def test_summary(r, lang: str) -> bool:
    """The test used, why, effect size, CI and the check test; False when no test ran."""
    c = r.comparison
    if c.error:
        st.warning(t(c.error, lang))
        return False
    head, check = c.headline, c.check
    st.markdown(f"**{t('p541.test_used', lang)}:** {narrative.test_label(head)} — "
                f"{narrative.test_stats(head, lang)}")
    st.caption(narrative.reason_sentence(c, lang))
    for line in (narrative.effect_sentence(head, lang), narrative.ci_sentence(head, r.unit, lang)):
        if line:
            st.markdown("- " + common.md_escape(line))
    if check.error:
        st.caption(f"{t('p541.check_test', lang)}: {narrative.test_label(check)} — {t(check.error, lang)}")
    else:
        verdict = t("p541.agrees" if check.significant() == head.significant() else "p541.disagrees", lang)
        st.caption(f"{t('p541.check_test', lang)}: {narrative.test_label(check)} — "
                   f"{narrative.test_stats(check, lang)} · {verdict}")
    return True
