"""How Hirefile speaks of its demo, in the app and on the command line alike.

The data is made by one function, `services.demo.load_demo`: `hirefile demo FILE` fills the
file it is given, and the app's Try the demo fills a new file (`new_demo_file`), never the
one open. Both describe what it holds and say what it added in these words. Plain text, no
imports: the Welcome reads it on an empty file's first screen, where SQLAlchemy is not loaded.
"""

from __future__ import annotations

#: How many candidates Try the demo puts in its new file (tests make it smaller);
#: `hirefile demo --candidates N` chooses.
APP_CANDIDATES = 60

#: The counts said after a demo is made (of `load_demo`'s summary), in this order.
HEADLINE = ("candidates", "roles", "interviews", "offers")


def contents(candidates: int | None = None) -> str:
    """What a demo holds: `realistic roles, 60 candidates named in many scripts, …`."""
    people = "candidates" if candidates is None else f"{candidates:,} candidates"
    return f"realistic roles, {people} named in many scripts, interviews, scorecards and offers"


def app_hint(candidates: int) -> str:
    """Under Try the demo: where the new file goes, what it holds, and that the open file
    is left alone."""
    return f"A new file in your data folder: {contents(candidates)}. This file stays as it is."


def added_text(summary: dict[str, int], *, every: bool = False) -> str:
    """`60 candidates, 6 roles, 73 interviews, 3 offers`: what a demo added, the headline
    counts (`every`: each kind, as `hirefile demo` prints it); a kind it added none of is left
    out."""
    kinds = list(summary) if every else [k for k in HEADLINE if k in summary]
    return ", ".join(f"{summary[k]:,} {_one(k) if summary[k] == 1 else k}"
                     for k in kinds if summary[k]) or "nothing"


def _one(kind: str) -> str:
    """One of a kind counted in the plural: `1 portfolio review`, `1 person`."""
    return "person" if kind == "people" else kind.removesuffix("s")
