"""The table the benchmarks print: each operation beside its floor, the ratio and its budget."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence


def best_ms(fn: Callable[[], object], rounds: int) -> float:
    """The fastest of `rounds` runs of `fn`, in milliseconds."""
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return min(times)


def print_ratios(results: Sequence[tuple[str, float, float, float]]) -> int:
    """Print (name, ms, floor ms, budget ratio) rows; return how many went over budget."""
    over = 0
    print(f"{'operation':34} {'ms':>9} {'floor ms':>9} {'ratio':>7} {'budget':>7}")
    for name, ms, floor, budget in results:
        ratio = ms / max(floor, 0.01)
        flag = "" if ratio <= budget else "  OVER"
        over += bool(flag)
        print(f"{name:34} {ms:9.1f} {floor:9.1f} {ratio:6.1f}x {budget:6.0f}x{flag}")
    return over
