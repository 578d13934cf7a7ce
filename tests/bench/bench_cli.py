"""Benchmark: the command line's start-up, each command beside its floor, on the 50,000 file.

    .venv/bin/python tests/bench/bench_cli.py [FILE] [--rounds 7] [--strict]

Every command runs as the installed `hirefile` command does (`from hirefile.cli import main`),
in a new process, with compiled bytecode as an installed Hirefile has it. Each is timed next
to its floor, run interleaved in the same rounds (best of N), so a busy machine slows both:

- `--help`, `info`, `list roles`: Python importing sqlite3 and nothing else (the goal for
  `info`: at most 2x), and for `info` also Python running its SQL with sqlite3 (the counts
  as `count(*)`, which the file keeps instead: storage/glance.py); `list` on a file reads
  SQL text with sqlite3 (services/list_read.py, no SQLAlchemy), so `list candidates` is shown
  beside Python running one SQL statement that gives the same table, printed;
- `export packet|offer|jd|debrief`: tests/bench/pdf_floor.py, bare ReportLab building a
  document of as many pages with the same fonts (goal: at most 2x).

FILE (default /tmp/hirefile-bench-50k.hirefile, shared with bench_scale.py) is made with
`hirefile demo` when missing. The quick commands and floors run four times a round. The load
average is printed beside the figures, and the same table in CPU time (user + system of each
process), which a busy machine disturbs less than the clock. `--strict` exits 1 when a command
is over its budget (by the clock).
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_scale import demo_file  # tests/bench, beside this script
from ratios import print_ratios

from hirefile.storage.glance import COUNTS_SQL

ROOT = Path(__file__).resolve().parents[2]
HIREFILE = [sys.executable, "-c", "import sys; from hirefile.cli import main; sys.exit(main())"]
FLOOR_SQLITE = [sys.executable, "-c", "import sqlite3"]
#: `list candidates`' floor: Python and sqlite3, then one SQL statement giving the same table
#: (each live candidate's name, e-mail, location, source, roles · stages), printed, ended as
#: `list` ends, without the interpreter's teardown.
LIST_CANDIDATES_SQL = (
    "SELECT c.full_name, coalesce(c.email, ''), coalesce(c.location, ''), c.source, "
    "coalesce((SELECT group_concat(r.title || ' · ' || s.name, '; ') FROM application a "
    "JOIN role r ON r.id = a.role_id JOIN role_stage s ON s.id = a.stage_id "
    "WHERE a.candidate_id = c.id AND a.deleted_at IS NULL), '') "
    "FROM candidate c WHERE c.deleted_at IS NULL ORDER BY c.sort_name, c.id")
FLOOR_LIST_CANDIDATES = [sys.executable, "-c", "import os, sqlite3, sys; "
                         "c = sqlite3.connect(f'file:{sys.argv[1]}"
                         "?mode=ro', uri=True); w = sys.stdout.write\nfor r in c.execute("
                         "sys.argv[2]): w('  '.join(r) + '\\n')\nsys.stdout.flush(); "
                         "os._exit(0)"]
#: Python, sqlite3 and the statements `info` runs (meta and the counts), no Hirefile code.
FLOOR_INFO_SQL = [sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect("
                  "f'file:{sys.argv[1]}?mode=ro', uri=True); c.execute('SELECT key, value "
                  "FROM meta').fetchall(); c.execute(sys.argv[2]).fetchone()"]


def environment(home: Path) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"),
           "HIREFILE_CONFIG_DIR": str(home / "config"), "HIREFILE_DATA_DIR": str(home / "data")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed Hirefile has its .pyc files
    return env


def pages(pdf: Path) -> int:
    return max(1, pdf.read_bytes().count(b"/Type /Page\n"))


def subjects(path: Path) -> tuple[str, str, str]:
    """An application with an offer and scorecards (its candidate's e-mail, its role), and
    the role with the most applications: what the exports are run on."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        email, title = conn.execute(
            "SELECT c.email, r.title FROM offer o JOIN application a ON a.id = o.application_id "
            "JOIN candidate c ON c.id = a.candidate_id JOIN role r ON r.id = a.role_id "
            "WHERE o.deleted_at IS NULL AND c.email IS NOT NULL "
            "ORDER BY (SELECT count(*) FROM scorecard s WHERE s.application_id = a.id) DESC "
            "LIMIT 1").fetchone()
        role, = conn.execute(
            "SELECT r.title FROM role r JOIN application a ON a.role_id = r.id "
            "GROUP BY r.id ORDER BY count(*) DESC LIMIT 1").fetchone()
    finally:
        conn.close()
    return email, title, role


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file", nargs="?", type=Path,
                        default=Path("/tmp/hirefile-bench-50k.hirefile"))
    parser.add_argument("--candidates", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--strict", action="store_true")
    args = parser.parse_args()
    demo_file(args.file, args.candidates)
    f = str(args.file)
    email, title, role = subjects(args.file)
    with tempfile.TemporaryDirectory(prefix="hirefile-bench-cli-") as tmp:
        home, out = Path(tmp), Path(tmp) / "out"
        out.mkdir()
        env = environment(home)
        export = ["export"]
        app = ["--candidate", email, "--role", title]
        commands: dict[str, list[str]] = {
            "--help": [*HIREFILE, "--help"],
            "info": [*HIREFILE, "info", f],
            "list roles": [*HIREFILE, "list", f, "roles"],
            "list candidates": [*HIREFILE, "list", f, "candidates"],
            "export packet": HIREFILE + export + ["packet", f, *app, "-o", str(out / "p.pdf")],
            "export offer": HIREFILE + export + ["offer", f, *app, "-o", str(out / "o.pdf")],
            "export jd": HIREFILE + export + ["jd", f, "--role", role, "-o", str(out / "j.pdf")],
            "export debrief": HIREFILE + export + ["debrief", f, *app,
                                                   "-o", str(out / "d.pdf")],
        }
        for argv in commands.values():  # warm up: bytecode written, the file in the cache
            subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL)
        floors: dict[str, list[str]] = {"python + sqlite3": FLOOR_SQLITE,
                                        "python + info's SQL": [*FLOOR_INFO_SQL, f,
                                                                COUNTS_SQL],
                                        "python + its rows by sqlite3": [
                                            *FLOOR_LIST_CANDIDATES, f, LIST_CANDIDATES_SQL]}
        sizes: dict[str, int] = {}
        for kind in ("packet", "offer", "jd", "debrief"):
            n = sizes[kind] = pages(out / f"{kind[0]}.pdf")
            floors[f"reportlab {n} pages"] = [
                sys.executable, str(ROOT / "tests" / "bench" / "pdf_floor.py"),
                str(out / f"floor{n}.pdf"), str(n)]
        best: dict[str, float] = {}
        cpu: dict[str, float] = {}
        for _ in range(args.rounds):
            for name, argv in {**commands, **floors}.items():
                # the quick ones (tens of ms) more often: a busy machine's noise is larger
                for _ in range(1 if name.startswith(("export", "list", "reportlab")) else 4):
                    used = children_cpu()
                    started = time.perf_counter()
                    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL)
                    ms = (time.perf_counter() - started) * 1000
                    best[name] = min(best.get(name, ms), ms)
                    ms = (children_cpu() - used) * 1000
                    cpu[name] = min(cpu.get(name, ms), ms)
    print(f"{args.file} ({args.file.stat().st_size / 2**20:,.0f} MB), best of {args.rounds}, "
          f"load {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    over = print_ratios(table(best, sizes))
    print("\nCPU time (user + system), steadier than the clock on a busy machine:")
    print_ratios(table(cpu, sizes))
    return 1 if args.strict and over else 0


def children_cpu() -> float:
    """Seconds of CPU (user + system) the finished child processes used so far."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def table(best: dict[str, float], sizes: dict[str, int]) -> list[tuple[str, float, float, float]]:
    results = [("--help", best["--help"], best["python + sqlite3"], 3.0),
               ("info", best["info"], best["python + sqlite3"], 2.0),
               ("info / its SQL run by sqlite3", best["info"], best["python + info's SQL"],
                2.0),
               ("list roles", best["list roles"], best["python + sqlite3"], 4.0),
               ("list candidates / its SQL printed", best["list candidates"],
                best["python + its rows by sqlite3"], 2.0)]
    for kind, n in sizes.items():
        results.append((f"export {kind} ({n} pages)", best[f"export {kind}"],
                        best[f"reportlab {n} pages"], 2.0))
    return results


if __name__ == "__main__":
    sys.exit(main())
