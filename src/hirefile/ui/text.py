"""User text inside the app's own sentences.

A name or title typed by a person may be written right to left (Arabic, Hebrew) while the
sentence around it is English, or the other way round. Wrapped in Unicode's first-strong
isolate (FSI … PDI), it keeps its own direction and cannot reorder the words around it:
"Possible duplicate of ‏محمد علي‏ (added 3 May)" reads correctly in either direction.
"""

from __future__ import annotations

FSI, PDI = "\u2068", "\u2069"


def isolate(text: str) -> str:
    """`text` as an isolated run inside a sentence (empty text stays empty)."""
    return f"{FSI}{text}{PDI}" if text else text
