"""Reading: bytes and a file name in, clean tables and problems out.

May import itastats.i18n only (nothing from stats, criteria, render, outputs or store).
"""
