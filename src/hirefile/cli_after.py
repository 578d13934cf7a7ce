"""`hirefile plan` and `hirefile onboarding`: the hiring plan with its hints, and a hire's
onboarding checklist and check-ins (with their calendar); `hirefile push` and `hirefile pull`:
a file's whole content to a PostgreSQL server and back; `hirefile settings`: this computer's
typed settings, read and checked as the app's Settings dialog does (no Qt). Kept apart from
`cli.py`, which
builds their parsers and imports this module only to run one of them."""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from collections.abc import Callable, Iterator


def settings(args: argparse.Namespace) -> int:
    """Every setting (its key, value and what it is), one, or one set. A stored value that is
    not allowed is said on stderr, and its default printed."""
    from hirefile import settings as machine
    from hirefile.errors import ValidationError

    kept = machine.Settings()
    if args.key is None:
        me = kept.identity
        rows = [("name", me.name if me else "", "Your name (the app asks it once)"),
                ("email", (me.email or "") if me else "", "Your e-mail")]
        rows += [(s.key, str(kept.value(s)), s.label) for s in machine.SETTINGS]
        width = max(len(key) for key, _v, _l in rows) + 2
        value_width = max(len(value) for _k, value, _l in rows) + 2
        for key, value, label in rows:
            print(f"{key:<{width}}{value:<{value_width}}{label}")
        for s in machine.SETTINGS:
            if problem := kept.problem(s):
                print(f"hirefile: {problem}", file=sys.stderr)
        return 0
    setting = machine.BY_KEY.get(args.key)
    if setting is None:
        known = ", ".join(machine.BY_KEY)
        print(f"hirefile: no setting '{args.key}' (settings: {known})", file=sys.stderr)
        return 2
    if args.value is not None:
        try:
            kept.set_values({setting: args.value})
        except ValidationError as exc:
            raise ValidationError(exc.message) from None
    elif problem := kept.problem(setting):
        print(f"hirefile: {problem}", file=sys.stderr)
    print(kept.value(setting))
    return 0


def push(args: argparse.Namespace) -> int:
    from hirefile.services import transfer
    from hirefile.settings import Settings

    holder = Settings().identity_or_login(args.as_name).name  # named while it holds the file
    with _progress("pushing") as show:
        report = transfer.push(args.file, args.url, progress=show, holder=holder)
    print(f"{report.summary()} ({report.seconds:,.1f} s)")
    return 0


def pull(args: argparse.Namespace) -> int:
    from hirefile.services import transfer

    with _progress("pulling") as show:
        report = transfer.pull(args.url, args.output, progress=show)
    print(f"{report.summary()} ({report.seconds:,.1f} s); wrote {report.target}")
    return 0


@contextlib.contextmanager
def _progress(verb: str) -> Iterator[Callable[[str, str, int, int], None] | None]:
    """A progress line on stderr when it is a terminal: the step, the table, rows done."""
    if not sys.stderr.isatty():
        yield None
        return
    shown = [0.0]

    def show(step: str, table: str, done: int, total: int) -> None:
        now = time.monotonic()
        if done and done < total and now - shown[0] < 0.2:
            return
        shown[0] = now
        what = f"{done:,} of {total:,} rows" if step == "copying" else f"{total:,} rows"
        sys.stderr.write(f"\r{verb}: {step} {table}, {what}\033[K")
        sys.stderr.flush()

    try:
        yield show
    finally:
        sys.stderr.write("\r\033[K")
        sys.stderr.flush()


def plan(args: argparse.Namespace) -> int:
    from hirefile.cli import EXIT_OK, _open, _print_json
    from hirefile.services import plan as service

    with _open(args, write=False) as db, db.reader() as s:
        p = service.read_plan(s)
    if args.json:
        _print_json({
            "stage": p.stage.value if p.stage else None,
            "roles": [{"id": r.id, "title": r.title, "track": r.track.value,
                       "status": r.status.value, "employment_type": r.employment_type.value,
                       "headcount": r.headcount, "target_start": r.target_start,
                       "in_process": r.in_process} for r in p.rows],
            "hints": [{"rule": h.rule, "roles": list(h.role_ids), "text": h.text,
                       "reason": h.reason} for h in p.hints],
            "dismissed": p.dismissed})
        return EXIT_OK
    print(f"Company stage: {p.stage.label if p.stage else 'not set'}")
    if not p.rows:
        print("No roles to plan yet.")
    for i, r in enumerate(p.rows, 1):
        when = f"start {r.target_start.isoformat()}" if r.target_start else "no target date"
        print(f"{i}. {r.title} — {r.track.label}, {r.employment_type.label.lower()}, "
              f"{r.status.label.lower()}, {when}")
    if p.hints:
        print("\nHints:")
        titles = {r.id: r.title for r in p.rows}
        for h in p.hints:
            print(f"- {h.text}")
            print(f"  why: {h.reason}")
            if len(h.role_ids) > 1:
                print("  roles: " + ", ".join(titles.get(i, i) for i in h.role_ids))
    if p.dismissed:
        print(f"\n({p.dismissed} dismissed in the app)")
    return EXIT_OK


def onboarding(args: argparse.Namespace) -> int:
    from hirefile.cli import EXIT_OK, _open, _print_json
    from hirefile.errors import NotFound
    from hirefile.services import onboarding as service
    from hirefile.services.refs import candidate_ref

    with _open(args, write=False) as db, db.reader() as s:
        candidate = candidate_ref(s, args.candidate)
        data = [service.read(s, app_id) for app_id in service.hires(s, candidate.id)]
    if not data:
        raise NotFound(f"{candidate.full_name} is not hired in any role: onboarding starts "
                       "when an application moves to Hired")
    if args.ics:
        n = service.export_ics(data, args.ics)
        print(f"Wrote {n} calendar events to {args.ics}")
        return EXIT_OK
    if args.json:
        _print_json([{
            "application_id": o.application_id, "candidate": o.candidate, "role": o.role,
            "start": o.start,
            "items": [{"id": i.id, "text": i.text, "due_on": i.due_on,
                       "category": i.category.value if i.category else None,
                       "done_at": i.done_at} for i in o.items],
            "check_ins": [{"id": c.id, "label": c.label, "due_on": c.due_on,
                           "done_on": c.done_on, "notes": c.notes} for c in o.check_ins],
        } for o in data])
        return EXIT_OK
    for o in data:
        start = o.start.isoformat() if o.start else "not known"
        print(f"{o.candidate} — {o.role} (start {start})")
        for i in o.items:
            due = i.due_on.isoformat() if i.due_on else "no date"
            print(f"  [{'x' if i.done else ' '}] {due}  {i.text}")
        for c in o.check_ins:
            held = f"held {c.done_on.isoformat()}" if c.done_on else "not yet"
            print(f"  {c.due_on.isoformat()}  {c.label}: {held}")
            if c.notes:
                print("      " + c.notes.replace("\n", "\n      "))
    return EXIT_OK
