"""Order that merges: where an item goes in a list, written as one number on that item alone.

Ordered lists (a role's stages, its loop steps, a step's questions, a scorecard's question
notes, the exit reasons, a new hire's onboarding items) store a `position` per item, a float
with gaps. Items are shown sorted by `(position, id)`: the key breaks ties, so two copies of a
file that put two items at the same position still show them in the same order.

- A new list is numbered 0, 1024, 2048, … (`spread`).
- An item added at the end goes to the last position + 1024, one put first to the first
  position - 1024, one moved or inserted between two neighbours to their midpoint (`slot`).
  Moving an item writes its own position and nothing else; removing one (a tombstone) writes
  nothing else either, and it keeps its position, so restoring it puts it back where it was.
- When the gap between two neighbours is too small to split (below `MIN_GAP`, reached after
  some 30 insertions at one spot, or two items that share one position after a merge), `slot`
  answers None and the caller renumbers that one list with `spread` (every row of it,
  tombstones included, in their current order) before placing the item again.

Two copies that each move items write only the moved items' positions; a merge that takes each
row's newer position then shows one order on both sides.
"""

from __future__ import annotations

from collections.abc import Sequence

#: The distance between neighbours in a freshly numbered list, and past either end.
STEP = 1024.0
#: Below this gap two neighbours cannot be split any more: the list is renumbered.
MIN_GAP = 1e-6

#: How a row sorts: its position, then its key.
SortKey = tuple[float, str]


def spread(count: int) -> list[float]:
    """Positions for a list of `count` items in their order: 0, 1024, 2048, …"""
    return [i * STEP for i in range(count)]


def between(before: float | None, after: float | None) -> float | None:
    """The position for an item between two neighbours (None for no neighbour on that side);
    None when the gap is too small to split, so the list must be renumbered first."""
    if before is None and after is None:
        return 0.0
    if before is None:
        assert after is not None
        return float(after) - STEP
    if after is None:
        return float(before) + STEP
    if after - before < MIN_GAP:
        return None
    middle = (float(before) + float(after)) / 2
    return middle if before < middle < after else None


def slot(positions: Sequence[float], index: int | None) -> float | None:
    """The position for an item put at `index` (clamped; None: at the end) of a list whose
    other live items have `positions`, in display order; None when the list must be
    renumbered first."""
    n = len(positions)
    at = n if index is None else max(0, min(index, n))
    return between(positions[at - 1] if at > 0 else None, positions[at] if at < n else None)


def arrange(current: Sequence[SortKey | None]) -> list[float] | None:
    """Positions that give a list the wanted order while writing as few items as possible.

    `current` holds, in the wanted order, each item's sort key today, or None for an item that
    is new to the list. The longest run of items already in the wanted order keeps its
    positions; the others are spaced evenly into the gaps between them (or past the ends).
    None when a gap is too small for what goes into it: renumber with `spread` instead.
    """
    keep = _longest_increasing(current)
    out: list[float | None] = [
        float(key[0]) if i in keep and key is not None else None
        for i, key in enumerate(current)]
    i = 0
    n = len(out)
    while i < n:
        if out[i] is not None:
            i += 1
            continue
        j = i
        while j < n and out[j] is None:
            j += 1
        before = out[i - 1] if i > 0 else None
        after = out[j] if j < n else None
        count = j - i
        if before is None and after is None:
            fill = spread(count)
        elif before is None:
            assert after is not None
            fill = [after - STEP * (count - k) for k in range(count)]
        elif after is None:
            fill = [before + STEP * (k + 1) for k in range(count)]
        else:
            width = (after - before) / (count + 1)
            if width < MIN_GAP:
                return None
            fill = [before + width * (k + 1) for k in range(count)]
            if not all(before < p < after for p in fill):
                return None
        out[i:j] = fill
        i = j
    return [p for p in out if p is not None]


def _longest_increasing(keys: Sequence[SortKey | None]) -> set[int]:
    """Indexes of a longest strictly increasing run of the non-None keys (patience sorting,
    deterministic for given keys)."""
    tails: list[int] = []  # tails[k]: index of the smallest tail of an increasing run of k+1
    parent: dict[int, int | None] = {}
    for i, key in enumerate(keys):
        if key is None:
            continue
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            tail = keys[tails[mid]]
            assert tail is not None
            if tail < key:
                lo = mid + 1
            else:
                hi = mid
        parent[i] = tails[lo - 1] if lo > 0 else None
        if lo == len(tails):
            tails.append(i)
        else:
            tails[lo] = i
    out: set[int] = set()
    at = tails[-1] if tails else None
    while at is not None:
        out.add(at)
        at = parent[at]
    return out
