"""Statistics: numbers in, frozen results out, pinned to R (t.test, wilcox.test, ...).

May import itastats.read and itastats.i18n; nothing above.
"""
