"""Benchmark: Your Calibration and the question bank's use counts on the 50,000-candidate
demo, as ratios to their floors.

    .venv/bin/python tests/bench/bench_calibration.py [FILE] [--as NAME] [--fill-notes] [--strict]

FILE (default /tmp/hirefile-bench-50k.hirefile, made by `hirefile demo` when missing, as
bench_scale.py does) is opened read-only. The calibration of one founder (by default the one
with the most submitted scorecards) is timed, best of five, next to its *floor*: a bare-SQL
self-join of the same person's submitted ratings with everyone else's on the same application
and axis, grouped per person and axis, on a plain sqlite3 connection to the same file — the
work the figures cannot do without. The question bank's use (`services.question_use`, every
question at once) is timed against reading every question note grouped by question. The demo
writes no question notes; `--fill-notes` first gives every scorecard a note per question of
its loop step, in bare SQL, as a file whose interviewers noted their questions would hold
them (it writes FILE: give it a copy, not the shared bench file). The budget is a ratio, so
it reads the same on any machine; `--strict` exits 1 when over it.
"""

from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

from ratios import best_ms, print_ratios  # tests/bench, beside this script

from hirefile.services.calibration import calibration
from hirefile.services.question_use import question_use
from hirefile.settings import Identity
from hirefile.storage.database import Database

ROUNDS = 5
#: Beyond the floor the service counts the applications (a second small query), adds the
#: overall recommendation to the axes, ranks every pair for the biggest differences (window
#: functions) and names those candidates: 2.4x measured on the 50,000 demo.
BUDGET = 3.0
#: The held interviews are found first (each scorecard read once), then their notes: 5.7x
#: measured with 190,000 notes.
USE_BUDGET = 8.0
NOTES_FLOOR = ("SELECT question_id, count(*) FROM scorecard_question_note "
               "WHERE question_id IS NOT NULL AND deleted_at IS NULL GROUP BY question_id")
FILL_NOTES = """
INSERT INTO scorecard_question_note (id, scorecard_id, question_id, question_text, note,
    position, created_at, created_by, updated_at, updated_by)
SELECT lower(hex(randomblob(16))), s.id, q.question_id, coalesce(q.text, ''), '', q.position,
       s.created_at, s.created_by, s.updated_at, s.updated_by
FROM scorecard s JOIN interview i ON i.id = s.interview_id
JOIN loop_step_question q ON q.step_id = i.loop_step_id AND q.deleted_at IS NULL
WHERE NOT EXISTS (SELECT 1 FROM scorecard_question_note n WHERE n.scorecard_id = s.id)
"""

FLOOR = """
WITH apps AS (SELECT DISTINCT application_id FROM scorecard
              WHERE interviewer_id = :me AND status = 'submitted' AND deleted_at IS NULL),
marks AS (SELECT s.application_id, s.interviewer_id AS person, r.axis, avg(r.rating) AS mark
          FROM apps JOIN scorecard s ON s.application_id = apps.application_id
          JOIN scorecard_rating r ON r.scorecard_id = s.id
          WHERE s.status = 'submitted' AND s.deleted_at IS NULL AND r.deleted_at IS NULL
            AND r.rating IS NOT NULL
          GROUP BY s.application_id, s.interviewer_id, r.axis)
SELECT t.person, m.axis, count(*), avg(m.mark - t.mark)
FROM marks m JOIN marks t ON t.application_id = m.application_id AND t.axis = m.axis
WHERE m.person = :me AND t.person != :me
GROUP BY t.person, m.axis
"""


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("file", nargs="?", type=Path, default=Path("/tmp/hirefile-bench-50k.hirefile"))
    p.add_argument("--as", dest="as_name", metavar="NAME")
    p.add_argument("--candidates", type=int, default=50_000)
    p.add_argument("--fill-notes", action="store_true",
                   help="first note every loop-step question on every scorecard (writes FILE)")
    p.add_argument("--strict", action="store_true")
    args = p.parse_args()
    if not args.file.exists():
        print(f"making {args.file} with {args.candidates:,} demo candidates…", flush=True)
        subprocess.run([sys.executable, "-m", "hirefile", "--as", "Bench", "demo",
                        str(args.file), "--candidates", str(args.candidates)], check=True)
    if args.fill_notes:
        with sqlite3.connect(args.file) as rw:
            rw.execute(FILL_NOTES)
        rw.close()
    conn = sqlite3.connect(f"file:{args.file}?mode=ro", uri=True)
    notes = conn.execute("SELECT count(*) FROM scorecard_question_note").fetchone()[0]
    notes_floor = best_ms(lambda: conn.execute(NOTES_FLOOR).fetchall(), ROUNDS)
    if args.as_name:
        me, name = conn.execute("SELECT id, name FROM person WHERE name = ?",
                                (args.as_name,)).fetchone()
    else:
        me, name = conn.execute(
            "SELECT p.id, p.name FROM scorecard s JOIN person p ON p.id = s.interviewer_id "
            "WHERE s.status = 'submitted' GROUP BY p.id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
    submitted = conn.execute("SELECT count(*) FROM scorecard WHERE interviewer_id = ? AND "
                             "status = 'submitted'", (me,)).fetchone()[0]
    floor = best_ms(lambda: conn.execute(FLOOR, {"me": me}).fetchall(), ROUNDS)
    conn.close()
    db = Database.open(args.file, Identity(str(uuid.uuid4()), "Bench"), write=False)
    try:
        with db.reader() as s:
            result = calibration(s, me)
            took = best_ms(lambda: calibration(s, me), ROUNDS)
            asked = question_use(s)
            use_took = best_ms(lambda: question_use(s), ROUNDS)
    finally:
        db.close()
    print(f"{args.file.name}: calibration of {name} ({submitted:,} submitted scorecards, "
          f"{result.submitted:,} applications)")
    for pair in result.pairings:
        print(f"  {pair.name}: {pair.shared:,} shared, {pair.leniency_text}; overall agree "
              f"{pair.overall.exact_percent}%, within one {pair.overall.within_one_percent}%")
    often = sum(u.often for u in asked.values())
    print(f"  question notes: {notes:,}; {len(asked)} questions asked, {often} asked often")
    over = print_ratios([("calibration (one person, all pairs)", took, floor, BUDGET),
                         ("question use (the whole bank)", use_took, notes_floor, USE_BUDGET)])
    return 1 if over and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
