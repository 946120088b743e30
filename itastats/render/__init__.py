"""Rendering: results in, plotly figures, infographics, slides, sentences and PNGs out.

May import criteria, stats, read and i18n; never outputs.
"""
