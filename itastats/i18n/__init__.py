"""Language: the message catalog (Thai and English), and number and date formatting.

The lowest layer: imports nothing else of itastats.
"""
