"""PDF (and Markdown) documents: offer letters, interview packets, job descriptions, debriefs.

Layout of the package:
- `data.py`     the plain data each document is built from (no ReportLab; the services fill it).
- `styles.py`   fonts, colours and paragraph styles: the one place a document's look is set.
- `shaping.py`  ReportLab patched for other scripts: Indic shaping, weight kept, text as typed.
- `text.py`     `markup()`: the one way any user string becomes ReportLab markup.
- `components.py`, `templates.py`  reusable pieces and page templates (header, footer, pages).
- one module per document, which only composes.

ReportLab costs about 130 ms to import, so nothing here is imported at start-up: the CLI and
the GUI import a document module inside the function that exports it.
"""
