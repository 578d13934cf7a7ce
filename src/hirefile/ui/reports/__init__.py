"""The Reports page (`page.py`) and its charts (`charts.py`, painted on `chart_base.Chart`)."""
