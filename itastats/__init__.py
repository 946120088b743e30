"""itastats: evidence statistics for ITA criterion 5 projects.

The library never imports streamlit: pages lay out what it computes.
"""
__version__ = "0.1.0"
