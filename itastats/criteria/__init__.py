"""The ITA criteria: one module per criterion's analysis (5.2.1-5.4.3), the project model and
the project's evidence. May import stats, read and i18n; nothing from render or outputs.
"""
