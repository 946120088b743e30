"""The message catalog, split by domain so that modules can grow their own
messages without touching each other's files.  Each submodule holds
``MESSAGES = {key: {"th": ..., "en": ...}}``; :mod:`itastats.i18n.catalog` merges
them and refuses a key defined twice.
"""
