"""Benchmark: launch to the first frame with the file's data, beside a bare PySide6 window.

    .venv/bin/python tests/bench/bench_startup.py [FILE] [--candidates 50000] [--rounds 5]
                                                  [--strict] [--beside CHECKOUT]

Timed from outside, as a person feels it: the wall clock from starting a process to its exit,
and the CPU time it used (user + system, its reading thread included: steadier than the clock
on a busy machine). The floor is a bare PySide6 window started the same way (`python -c`: a
QApplication, a QMainWindow with a label, shown, quitting right after its first paint). Both
leave without the interpreter's teardown (`os._exit`, Hirefile once its file is closed): what
is timed is launch to first paint. Hirefile runs `hirefile --exit-after-first-paint`, started
as the installed command starts it, as an everyday start (the machine's person known and
linked to the file: no `--as`), on an empty file, a 300-candidate demo and FILE (default
/tmp/hirefile-bench-startup-50k.hirefile, a copy of bench_scale's 50,000-candidate file, or
made with `hirefile demo` when there is none). The runs are interleaved (floor, empty, 300,
50,000, again and again) and the best of each is kept, so a busy machine weighs on all alike;
the goal is a ratio (2x on the 50,000 file), printed with the machine's load. Python's
compiled modules are cached (in the run's temporary folder) as an installed app has them, even
where PYTHONDONTWRITEBYTECODE is set: compiling Hirefile's modules again on every launch costs
more than the window itself. `--beside CHECKOUT` adds the same launches of another checkout's
Hirefile (its `src`), interleaved with these: before and after a change in one run.
`--strict` exits 1 when a ratio (by the clock) is over its budget. Set QT_QPA_PLATFORM=xcb to
time a real screen (offscreen by default).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_cli import children_cpu  # tests/bench, beside this script
from bench_scale import demo_file
from ratios import print_ratios

#: The floor: the least a PySide6 window costs, shown and quit after its first paint.
BARE_WINDOW = """
import os
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

class Quit(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication([])
window = QMainWindow()
label = QLabel("Hello", window)
window.setCentralWidget(label)
quit_after_paint = Quit()
label.installEventFilter(quit_after_paint)
window.show()
app.exec()
os._exit(0)  # as hirefile --exit-after-first-paint: no interpreter teardown
"""
#: How the installed `hirefile` command starts (the console script pip writes for
#: `hirefile.cli:main`), so the launch is timed as a person makes it, and started the same way
#: as the floor (`python -c`); `python -m hirefile` would add runpy's imports.
LAUNCHER = """
import sys
from hirefile.cli import main
sys.argv[0] = sys.argv[0].removesuffix('.exe')
sys.exit(main())
"""
#: An everyday start: this machine knows its person ("Bench"), linked to their row in each
#: file, as after the first start's "Who are you?" (no `--as`, nothing to settle or derive).
KNOWN_PERSON = """
import sqlite3, sys
from hirefile.settings import Settings
settings = Settings()
settings.set_identity("Bench")
for path in sys.argv[1:]:
    conn = sqlite3.connect(path)
    (file_uuid,) = conn.execute("SELECT value FROM meta WHERE key = 'file_uuid'").fetchone()
    person = conn.execute("SELECT id FROM person WHERE name = 'Bench'").fetchone()
    settings.link_file_person(file_uuid, person[0] if person else settings.identity.person_id)
    conn.close()
"""
BUDGET = 2.0
TIMEOUT_S = 120


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU milliseconds from starting `command` to its exit (which must be 0)."""
    used = children_cpu()
    t = time.perf_counter()
    done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          timeout=TIMEOUT_S, check=False)
    ms = (time.perf_counter() - t) * 1000
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited {done.returncode}:\n"
                         f"{done.stderr.decode(errors='replace')[-2000:]}")
    return ms, (children_cpu() - used) * 1000


def big_file(path: Path, candidates: int) -> None:
    """The 50,000-candidate file, made once: a copy of bench_scale's shared one (made there
    when missing), so launches here never touch the file other benchmarks read."""
    if path.exists():
        return
    shared = Path("/tmp/hirefile-bench-50k.hirefile") if candidates == 50_000 else path
    demo_file(shared, candidates)
    if shared != path:
        print(f"copying {shared} to {path}…", flush=True)
        shutil.copyfile(shared, path)


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("file", nargs="?", type=Path,
                   default=Path("/tmp/hirefile-bench-startup-50k.hirefile"))
    p.add_argument("--candidates", type=int, default=50_000)
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--strict", action="store_true")
    p.add_argument("--beside", type=Path, help="another checkout, timed in the same rounds")
    args = p.parse_args()
    big_file(args.file, args.candidates)
    with tempfile.TemporaryDirectory(prefix="hirefile-startup-") as tmp:
        env = dict(os.environ, HIREFILE_CONFIG_DIR=f"{tmp}/config",
                   HIREFILE_DATA_DIR=f"{tmp}/data")
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        # compiled modules cached as an installed app has them (not beside the sources)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = f"{tmp}/pycache"
        hirefile = [sys.executable, "-m", "hirefile", "--as", "Bench"]
        empty, small = Path(tmp, "empty.hirefile"), Path(tmp, "demo-300.hirefile")
        subprocess.run([*hirefile, "init", str(empty)], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        subprocess.run([*hirefile, "demo", str(small), "--candidates", "300"], env=env,
                       check=True, stdout=subprocess.DEVNULL)
        files = [empty, small, args.file]
        subprocess.run([sys.executable, "-c", KNOWN_PERSON, *map(str, files)], env=env,
                       check=True)
        app = [sys.executable, "-c", LAUNCHER, "--exit-after-first-paint"]
        runs = {
            "bare PySide6 window": [sys.executable, "-c", BARE_WINDOW],
            "empty file": [*app, str(empty)],
            "300-candidate demo": [*app, str(small)],
            f"{args.candidates:,}-candidate file": [*app, str(args.file)],
        }
        envs = dict.fromkeys(runs, env)
        if args.beside is not None:
            other = dict(env, PYTHONPATH=str(args.beside.absolute() / "src"))
            for name, command in list(runs.items())[1:]:
                runs[f"{name} ({args.beside.name})"] = command
                envs[f"{name} ({args.beside.name})"] = other
        for name, command in runs.items():  # once each, unmeasured: files and libraries
            run_once(command, envs[name])  # cached, and each file's checks passed
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in runs}
        for _ in range(args.rounds):
            for name, command in runs.items():
                times[name].append(run_once(command, envs[name]))
    best = {name: min(ms for ms, _cpu in done) for name, done in times.items()}
    cpu = {name: min(used for _ms, used in done) for name, done in times.items()}
    floor, cpu_floor = best.pop("bare PySide6 window"), cpu.pop("bare PySide6 window")
    print(f"launch to first paint with data, best of {args.rounds} (interleaved); "
          f"floor: a bare PySide6 window, {floor:.0f} ms; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    over = print_ratios([(name, ms, floor, BUDGET) for name, ms in best.items()])
    print("\nCPU time (user + system), steadier than the clock on a busy machine:")
    print_ratios([(name, ms, cpu_floor, BUDGET) for name, ms in cpu.items()])
    return 1 if args.strict and over else 0


if __name__ == "__main__":
    sys.exit(main())
