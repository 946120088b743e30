"""Outputs: the files a user hands in (evidence pack, workbooks, memo, PDF), built from results.

May import every layer below: render, criteria, stats, read, i18n.
"""
