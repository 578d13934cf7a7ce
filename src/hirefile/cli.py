"""The `hirefile` command: the GUI by default, and headless, scriptable subcommands.

Errors a person can act on print one line on stderr and exit 1; usage errors exit 2; a bug is
logged with its traceback to the log folder and reported in one line (exit 70).

Start-up costs what the command uses, no more: this module imports argparse, pathlib and
Hirefile's errors only; the parser gets every command's help line but the arguments of only
the command that runs; a command imports its services when it runs (Qt, SQLAlchemy, ReportLab
only by the commands that need them), and `info` on a file reads it with plain sqlite3.
`list` and `export` run without cycle collection and end their process themselves (`QUICK`).
tests/test_cli_startup.py keeps it so; tests/bench/bench_cli.py measures it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hirefile import __version__
from hirefile.errors import HirefileError
from hirefile.locations import location

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (a few milliseconds)
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence
    from contextlib import AbstractContextManager
    from datetime import date
    from typing import Any, NoReturn

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 70
LIST_KINDS = ("roles", "candidates", "applications", "offers")
EXPORT_KINDS = ("packet", "offer", "jd", "debrief")
EDIT_KINDS = ("candidate", "role")
#: `hirefile report` metrics, as typed, and the service's names for them.
REPORT_METRICS = ("funnel", "stages", "time-to-hire", "sources", "offers", "reasons", "load",
                  "all")


#: Commands that work on a file and have no meaning on a server database, and why.
FILE_ONLY = {
    "recover": "it salvages a damaged file; a server keeps its own backups",
}


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout, told the terminal's width as shutil would tell it: argparse
    imports shutil (and its archive modules) for that alone, in every parser it makes."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position,
                         _columns() - 2 if width is None else width)


def _columns() -> int:
    import os

    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:  # one line, no usage dump
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


class _Unused:
    """Stands for a command that does not run: its arguments are not added (nothing to do)."""

    def add_argument(self, *_args: object, **_kwargs: object) -> None:
        pass


#: `build_parser(THE_APP)`: the app starts (`hirefile [FILE]`): no command, not even its help
#: line (thirty of them cost the app's start as much as its first page's rows).
THE_APP = "(the app)"


class _Commands:
    """The subcommands of the parser: each one's help line (for `hirefile --help`), and the
    arguments of only the command that runs (`only`; None: every command's, as in the docs;
    `THE_APP`: none)."""

    def __init__(self, sub: Any, only: str | None) -> None:
        self.sub, self.only = sub, only

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        if self.only is None:
            return self.sub.add_parser(name, **kwargs)
        if self.only == name:
            return self.sub.add_parser(name, **kwargs)
        if self.only == "":  # no command: the help lines only
            self.sub.add_parser(name, **kwargs)
        return _Unused()


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of the `hirefile` command. With `only`, the arguments of that command alone
    (and no other command); with `only=""`, every command's help line and no arguments."""
    p = _Parser(prog="hirefile", description="Hirefile: an offline hiring desk for founders.")
    p.add_argument("--version", action="version", version=f"hirefile {__version__}")
    p.add_argument("--db", metavar="FILE",
                   help="open this file, or a team's database on a PostgreSQL server "
                   "(postgresql://user@host/dbname), in the app (default: the file in your "
                   "data folder)")
    p.add_argument("--as", dest="as_name", metavar="NAME",
                   help="act as this person (default: the name set on this machine)")
    p.add_argument("--exit-after-first-paint", action="store_true",
                   help="in the app: quit as soon as the first screen shows the file's own "
                   "data (to time start-up from outside)")
    sub = _Commands(p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser),
                    only)

    s = sub.add_parser("init", help="create a new, empty file")
    s.add_argument("file", type=location)

    s = sub.add_parser("info", help="schema version, file UUID, counts, last writer")
    s.add_argument("file", type=location)
    s.add_argument("--json", action="store_true", help="print JSON")

    s = sub.add_parser("check", help="check the file's integrity (exit 0 when sound, 1 if not)")
    s.add_argument("file", type=location)

    s = sub.add_parser("upgrade", help="update a file from an older Hirefile to this format "
                       "(after a verified backup beside it) and count again the counts it keeps")
    s.add_argument("file", type=location)

    s = sub.add_parser("recover", help="salvage what can still be read of a damaged file into "
                       "a NEW file (the damaged one is never changed); prints what was saved")
    s.add_argument("file", type=location, metavar="DAMAGED")
    s.add_argument("-o", "--output", required=True, type=Path, metavar="NEW",
                   help="the new file to write (must not exist)")

    s = sub.add_parser("list", help="list roles, candidates, applications or offers")
    s.add_argument("file", type=location)
    s.add_argument("kind", choices=LIST_KINDS)
    s.add_argument("--json", action="store_true", help="print JSON (one array)")

    s = sub.add_parser("search", help="find candidates as the app's search does (names, "
                       "contacts, notes, tags, the words of their CVs and kept e-mails): one "
                       "line each, with where they matched")
    s.add_argument("file", type=location)
    s.add_argument("text", metavar="TEXT", help="words to find (every one must match)")
    s.add_argument("--json", action="store_true", help="print JSON (one array)")

    s = sub.add_parser("import-csv", help="import candidates from a CSV file (prints a report)")
    s.add_argument("file", type=location)
    s.add_argument("csv", type=Path, metavar="IN.csv")
    s.add_argument("--role", metavar="TITLE", help="put everyone in this role's pipeline")
    s.add_argument("--encoding", metavar="NAME", help="read the file in this encoding (cp1252, "
                   "latin-1, utf-16 …) instead of recognising it")
    s.add_argument("--force", action="store_true", help="import even when the file may lose "
                   "or merge rows (an unclosed quote, bytes that are not UTF-8); the report "
                   "names them")
    s.add_argument("--skip-possible", action="store_true", help="skip rows that may be "
                   "someone already in the file (a similar name); by default they are "
                   "imported and the report names who they may be")
    s.add_argument("--include-erased", action="store_true", help="import rows of people "
                   "erased from the file too; by default they are skipped and named")

    s = sub.add_parser("import-cv", help="create candidates from CV files (PDF, Word .docx): "
                       "prints what each file would create; --yes creates them")
    s.add_argument("file", type=location)
    s.add_argument("paths", type=Path, nargs="+", metavar="PATH")
    s.add_argument("--role", metavar="REF", help="put everyone created in this role's first "
                   "stage (id or unique title)")
    s.add_argument("--yes", action="store_true", help="create them (with each CV attached)")

    s = sub.add_parser("import-resume", help="create a candidate from a JSON Resume file: "
                       "prints what it would create; --yes creates it")
    s.add_argument("file", type=location)
    s.add_argument("path", type=Path, metavar="PATH.json")
    s.add_argument("--role", metavar="REF", help="put them in this role's first stage")
    s.add_argument("--yes", action="store_true", help="create the candidate")

    s = sub.add_parser("export-resume", help="export a candidate's own details as a JSON "
                       "Resume (never notes, pay or tags)")
    s.add_argument("file", type=location)
    s.add_argument("--candidate", metavar="REF", required=True,
                   help="id, e-mail, or the full name when it is unique")
    s.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.json")

    s = sub.add_parser("attach", help="attach files (a CV, a take-home) to a candidate")
    s.add_argument("file", type=location)
    s.add_argument("--candidate", metavar="REF", required=True,
                   help="id, e-mail, or the full name when it is unique")
    s.add_argument("paths", type=Path, nargs="+", metavar="PATH")

    s = sub.add_parser("keep-mail", help="keep e-mails (.eml files) with the candidate they "
                       "were exchanged with, on their timeline")
    s.add_argument("file", type=location)
    s.add_argument("paths", type=Path, nargs="+", metavar="PATH.eml")
    s.add_argument("--candidate", metavar="REF",
                   help="id, e-mail, or the full name when it is unique (without it, the "
                   "candidate whose address sent or received each message)")

    s = sub.add_parser("export-csv", help="export every candidate to a CSV file")
    s.add_argument("file", type=location)
    s.add_argument("csv", type=Path, metavar="OUT.csv")

    s = sub.add_parser("move", help="move a candidate to a stage of a role's pipeline")
    s.add_argument("file", type=location)
    s.add_argument("--candidate", required=True, metavar="REF",
                   help="id, e-mail, or the full name when it is unique")
    s.add_argument("--role", required=True, metavar="REF", help="id or unique title")
    s.add_argument("--stage", required=True, metavar="NAME")
    s.add_argument("--reason", metavar="TEXT", help="needed for Rejected and Withdrew")
    s.add_argument("--note", metavar="TEXT")

    s = sub.add_parser("set", help="change fields of a candidate or a role: FIELD=VALUE …")
    s.add_argument("file", type=location)
    s.add_argument("kind", choices=EDIT_KINDS)
    s.add_argument("ref", metavar="REF", help="candidate: id, e-mail, or the full name when it "
                   "is unique; role: id or unique title")
    s.add_argument("assignments", nargs="*", metavar="FIELD=VALUE",
                   help="an empty VALUE clears an optional field")
    s.add_argument("--json", action="store_true", help="print what changed as JSON")

    s = sub.add_parser("tag", help="tag a candidate (or take tags off with --remove)")
    s.add_argument("file", type=location)
    s.add_argument("--candidate", required=True, metavar="REF",
                   help="id, e-mail, or the full name when it is unique")
    s.add_argument("tags", nargs="+", metavar="TAG")
    s.add_argument("--remove", action="store_true", help="take these tags off")
    s.add_argument("--json", action="store_true", help="print the candidate's tags as JSON")

    s = sub.add_parser("note", help="add a note to a candidate's record")
    s.add_argument("file", type=location)
    s.add_argument("--candidate", required=True, metavar="REF",
                   help="id, e-mail, or the full name when it is unique")
    s.add_argument("--role", metavar="REF", help="about their application to this role "
                   "(id or unique title)")
    s.add_argument("text", metavar="TEXT")
    s.add_argument("--json", action="store_true", help="print the note as JSON")

    s = sub.add_parser("remove", help="remove a candidate, or a role nobody applied to")
    s.add_argument("file", type=location)
    s.add_argument("kind", choices=EDIT_KINDS)
    s.add_argument("ref", metavar="REF", help="candidate: id, e-mail, or the full name when it "
                   "is unique; role: id or unique title")
    s.add_argument("--json", action="store_true", help="print what was removed as JSON")

    s = sub.add_parser("erase", help="erase a candidate for good: every trace of their personal "
                       "data leaves the file and its bytes (a backup is made first)")
    s.add_argument("file", type=location)
    s.add_argument("--candidate", required=True, metavar="REF",
                   help="id, e-mail, or the full name when it is unique")
    s.add_argument("--yes", action="store_true", help="do not ask for a confirmation")

    s = sub.add_parser("retention", help="show the file's retention rule and who is due for "
                       "erasure under it; set the rule; erase everyone due (after a backup)")
    s.add_argument("file", type=location)
    s.add_argument("--months", metavar="N|off", help="set the rule: rejected and withdrawn "
                   "candidates are due N months after their last activity (off: no rule)")
    s.add_argument("--in-job-description", choices=("yes", "no"),
                   help="set whether job descriptions end with the rule, in words")
    s.add_argument("--erase-due", action="store_true",
                   help="erase every candidate due now (asks first on a terminal)")
    s.add_argument("--yes", action="store_true", help="do not ask for a confirmation")
    s.add_argument("--json", action="store_true", help="print the rule and the list as JSON")

    s = sub.add_parser("export", help="export a document as PDF: an interview packet, an offer "
                       "letter, a job description (also Markdown, or a JobPosting .jsonld for "
                       "a careers page) or a debrief summary")
    s.add_argument("kind", choices=EXPORT_KINDS)
    s.add_argument("file", type=location)
    s.add_argument("--candidate", metavar="REF",
                   help="packet, offer, debrief: id, e-mail, or the full name when it is unique")
    s.add_argument("--role", metavar="REF", help="id or unique title (needed for jd, and when "
                   "the candidate is in several roles' pipelines)")
    s.add_argument("--include-feedback", action="store_true",
                   help="packet: add the scorecards others have submitted")
    s.add_argument("--allow-empty", action="store_true", help="offer: export even when the "
                   "letter template has unknown or empty placeholders")
    s.add_argument("-o", "--output", required=True, type=Path, metavar="OUT",
                   help="the file to write (.pdf; jd also .md, .jsonld or .json)")

    s = sub.add_parser("export-person", help="export everything the file holds about one "
                       "candidate (an access request): a ZIP with a PDF summary, the records "
                       "as JSON and their attachments")
    s.add_argument("file", type=location)
    s.add_argument("--candidate", metavar="REF", required=True,
                   help="id, e-mail, or the full name when it is unique")
    s.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.zip")
    s.add_argument("--force", action="store_true", help="replace OUT.zip when it exists")

    mail_keys = _mail_keys() if only in (None, "", "draft") else []
    s = sub.add_parser("draft", help="write an e-mail draft (.eml, marked unsent) from a "
                       "template for a candidate, and note it on their timeline; templates: "
                       + ", ".join(mail_keys))
    s.add_argument("file", type=location, nargs="?")
    s.add_argument("--list-templates", action="store_true",
                   help="list the templates with what each is for, and stop")
    s.add_argument("--candidate", metavar="REF",
                   help="id, e-mail, or the full name when it is unique")
    s.add_argument("--template", metavar="KEY",
                   help="which template: " + ", ".join(mail_keys) + ", or one the file "
                   "added (hirefile templates FILE lists them)")
    s.add_argument("--role", metavar="REF", help="the role the e-mail is about (default: the "
                   "candidate's most recently moved application)")
    s.add_argument("--reason", metavar="TEXT", help="rejection: a sentence on why (optional)")
    s.add_argument("--allow-empty", action="store_true", help="write the draft even when the "
                   "template has unknown or empty placeholders or lacks an attachment")
    s.add_argument("-o", "--output", type=Path, metavar="OUT.eml",
                   help="the draft to write (open it in your mail app to edit and send)")

    s = sub.add_parser("templates", help="list the file's e-mail templates (Hirefile's own, "
                       "as the file edited them, then the ones it added), or show one")
    s.add_argument("file", type=location)
    s.add_argument("--show", metavar="KEY", help="print this template's name, subject and "
                   "text")

    _after_parsers(sub)

    s = sub.add_parser("calibration", help="your calibration: on the candidates you and each "
                       "other person both submitted scorecards on, how often you agree, who "
                       "rates higher and where you differ most")
    s.add_argument("file", type=location)
    s.add_argument("--as", dest="as_name", metavar="NAME", default=argparse.SUPPRESS,
                   help="the person at the keyboard (default: the name set on this machine)")
    s.add_argument("--json", action="store_true", help="print JSON")

    s = sub.add_parser("demo", help="fill a file or server database (new or existing) with "
                       "realistic demo data")
    s.add_argument("file", type=location)
    s.add_argument("--candidates", type=_count, default=300, metavar="N")
    s.add_argument("--seed", type=int, default=1, metavar="S")

    s = sub.add_parser("report", help="hiring figures per role or for all, over a date range: "
                       "funnel, time in stage, time to hire, sources, offers, reasons, "
                       "interviewer load; as a table, JSON, or a PDF or CSV report")
    s.add_argument("file", type=location)
    s.add_argument("metric", choices=REPORT_METRICS, help="which figures (all: every one)")
    s.add_argument("--role", metavar="REF", help="one role (id or unique title); default all")
    s.add_argument("--from", dest="start", type=_iso_date, metavar="DATE",
                   help="first day of the range (YYYY-MM-DD, UTC), included")
    s.add_argument("--to", dest="end", type=_iso_date, metavar="DATE",
                   help="last day of the range (YYYY-MM-DD, UTC), included")
    s.add_argument("--json", action="store_true", help="print the figures as JSON")
    s.add_argument("-o", "--output", type=Path, metavar="OUT",
                   help="write the report instead: OUT.pdf or OUT.csv")

    s = sub.add_parser("merge", help="merge a cofounder's copy (THEIRS) into your file (MINE) "
                       "or a team database (a URL): a file is backed up first, THEIRS is "
                       "never changed")
    s.add_argument("file", type=location, metavar="MINE")
    s.add_argument("theirs", type=Path, metavar="THEIRS")
    s.add_argument("--dry-run", action="store_true", help="report what would change; write "
                   "nothing")
    s.add_argument("--json", action="store_true", help="print JSON: added, changed, "
                   "conflicts, possible duplicates")
    return p


def _mail_keys() -> list[str]:
    from hirefile.domain.mail_templates import BUILT_IN  # plain text, nothing heavy

    return [t.key for t in BUILT_IN]


def _after_parsers(sub: Any) -> None:
    """`plan`, `onboarding`, `push`, `pull` and `settings` (run by cli_after.py)."""
    s = sub.add_parser("plan", help="the hiring plan: roles in the order you mean to hire "
                       "them, their target start dates, the company stage and hints")
    s.add_argument("file", type=location)
    s.add_argument("--json", action="store_true", help="print JSON")

    s = sub.add_parser("onboarding", help="a hire's onboarding checklist and check-ins; "
                       "--ics writes their due dates as a calendar")
    s.add_argument("file", type=location)
    s.add_argument("--candidate", metavar="REF", required=True,
                   help="id, e-mail, or the full name when it is unique")
    s.add_argument("--ics", type=Path, metavar="OUT.ics",
                   help="write the due items and check-ins as an .ics calendar (re-export "
                   "to update the same events)")
    s.add_argument("--json", action="store_true", help="print JSON")

    s = sub.add_parser("push", help="copy a file's whole content (CVs included) into an EMPTY "
                       "PostgreSQL database, verified by counts and checksums (the file must "
                       "not be open in the app meanwhile)")
    s.add_argument("file", type=Path)
    s.add_argument("url", metavar="URL", help="postgresql://user@host/dbname (the password "
                   "from PGPASSWORD or ~/.pgpass)")

    s = sub.add_parser("pull", help="make a NEW file holding everything a Hirefile database on "
                       "a PostgreSQL server holds (for a laptop, an archive, a cofounder)")
    s.add_argument("url", metavar="URL", help="postgresql://user@host/dbname")
    s.add_argument("output", type=Path, metavar="FILE", help="the new file (must not exist)")

    s = sub.add_parser("settings", help="this computer's settings (the app's Edit → Settings…): "
                       "all of them, one (KEY), or set one (KEY VALUE)")
    s.add_argument("key", nargs="?", metavar="KEY", help="e.g. waiting_days, "
                   "backups.keep_recent, new_file.currency")
    s.add_argument("value", nargs="?", metavar="VALUE", help="the new value (checked as the "
                   "app checks it)")


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 0 <= value <= 1_000_000:
        raise argparse.ArgumentTypeError("give a number between 0 and 1,000,000")
    return value


def _iso_date(text: str) -> date:
    from datetime import date

    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (give YYYY-MM-DD)") from None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command in `argv`; without it, the process's own command line (the `hirefile`
    command, `python -m hirefile`), and then a quick command ends the process itself."""
    own_process = argv is None
    argv = list(sys.argv[1:] if argv is None else argv)
    word = _first_word(argv)
    command = ""  # none: the app, or `--help` (the commands' help lines)
    if word is not None and argv[word] not in COMMANDS:
        if not _names_a_file(argv[word]):
            known = ", ".join(c for c in COMMANDS if c)
            print(f"hirefile: unknown command '{argv[word]}' (commands: {known})",
                  file=sys.stderr)
            return EXIT_USAGE
        argv.insert(word, "--db")  # `hirefile FILE`: the desktop entry runs `hirefile %f`
    elif word is not None and not {"-h", "--help"} & set(argv[:word]):
        command = argv[word]
    the_app = not command and not {"-h", "--help"} & set(argv)
    parser = build_parser(THE_APP if the_app else command)
    args, extra = parser.parse_known_args(argv)
    if extra and args.command == "set" and all("=" in word for word in extra):
        args.assignments += extra  # FIELD=VALUE words after an option (`REF --json a=b`)
    elif extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if args.command not in QUIET_START:
        from hirefile.logs import setup_logging

        setup_logging(gui=args.command is None)
    handler: Callable[[argparse.Namespace], int] = COMMANDS.get(args.command, _gui)
    if args.command in FILE_ONLY and isinstance(getattr(args, "file", None), str):
        print(f"hirefile: `{args.command}` works on files, not on a server database: "
              f"{FILE_ONLY[args.command]}", file=sys.stderr)
        return EXIT_PROBLEM
    import gc  # built in

    collecting = gc.isenabled()
    if args.command in QUICK:
        gc.disable()
    try:
        code = _handle(handler, args)
    finally:
        if collecting:
            gc.enable()
    if own_process and args.command in QUICK:
        _end_process(code)
    return code


def _handle(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """The command's exit code: a HirefileError is one line, a bug one line and the log."""
    try:
        return handler(args)
    except HirefileError as exc:
        print(f"hirefile: {exc.message}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        print("hirefile: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`hirefile list … | head`): stop quietly, as Unix tools do.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        import logging

        from hirefile.logs import log_file, setup_logging

        setup_logging(gui=args.command is None)
        log = logging.getLogger("hirefile")
        damage = _damage_behind(args)
        if damage is not None:
            log.info("%s on a damaged file", args.command, exc_info=True)
            print(f"hirefile: {damage.message}", file=sys.stderr)
            return EXIT_PROBLEM
        log.exception("unexpected error in %s", args.command or "app")
        print(f"hirefile: unexpected error ({type(exc).__name__}: {exc}); details in "
              f"{log_file()}", file=sys.stderr)
        return EXIT_BUG


def _end_process(code: int) -> NoReturn:
    """End a quick command's process now, its output flushed and its log closed: the
    interpreter's teardown frees SQLAlchemy's and ReportLab's objects one by one, which took
    more CPU (0.3 s) than exporting an offer letter. The file was closed by the command."""
    import os

    if "logging" in sys.modules:
        import logging

        logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (BrokenPipeError, ValueError):  # the reader went away, or the stream closed
            pass
        except OSError as exc:  # a full disk: the output is not whole, and that is said
            if stream is sys.stdout:
                print(f"hirefile: the output was not written whole ({exc.strerror})",
                      file=sys.stderr, flush=True)
                code = code or EXIT_PROBLEM
    os._exit(code)


def _first_word(argv: list[str]) -> int | None:
    """The index of the first word that is neither an option nor an option's value."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            return i + 1 if i + 1 < len(argv) else None
        if arg in ("--db", "--as"):
            i += 2
            continue
        if not arg.startswith("-"):
            return i
        i += 1
    return None


def _names_a_file(word: str) -> bool:
    """`hirefile FILE` opens FILE in the app: an existing path, or a name that looks like one."""
    from hirefile.paths import FILE_SUFFIX

    return (Path(word).expanduser().exists() or word.lower().endswith(FILE_SUFFIX)
            or "/" in word or "\\" in word)


def _damage_behind(args: argparse.Namespace) -> HirefileError | None:
    """An unexpected error on a file that `hirefile check` finds damaged is that damage (one
    line, exit 1); on a sound file it stays a bug."""
    path = getattr(args, "file", None)
    if not isinstance(path, Path):
        return None
    from hirefile.storage import fileformat
    from hirefile.storage.check import check_file

    try:
        report = check_file(path)
    except Exception:  # the original error is the one to report
        return None
    if report.ok:
        return None
    return fileformat.damaged(report.path, report.problems[0])


# commands --------------------------------------------------------------------------------------

def _identity(args: argparse.Namespace) -> Any:
    from hirefile.settings import Settings

    return Settings().identity_or_login(args.as_name)


def _open(args: argparse.Namespace, *, write: bool = True) -> Any:
    """The file, open as the person of the file this machine (or `--as NAME`) speaks as: the
    person linked in the app, else the file's person with the same e-mail or name — never a
    second person of the same name."""
    from hirefile.services.people import settle
    from hirefile.settings import Settings
    from hirefile.storage.database import Database

    settings = Settings()
    db = Database.open(args.file, settings.identity_or_login(args.as_name), write=write)
    try:
        linked = None if args.as_name else settings.file_person(db.file_uuid)
        with db.reader() as s:
            db.set_identity(settle(s, db.identity, linked, match=True).identity)
    except BaseException:
        db.close()
        raise
    return db


def _gui(args: argparse.Namespace) -> int:
    import gc
    import logging
    import os

    # Start-up allocates much and frees little: collecting cycles meanwhile costs a seventh of
    # it. The app turns collection back on after its first paint (ui/app.run).
    gc.disable()
    from hirefile.ui.app import run

    # passed only when asked for, so a stand-in for `run` need not know it
    timing = {"exit_after_first_paint": True} if args.exit_after_first_paint else {}
    try:
        code = run(location(args.db) if args.db else None, as_name=args.as_name, **timing)
    finally:
        gc.enable()
    if args.exit_after_first_paint:  # timing start-up: the interpreter's teardown is no part
        logging.shutdown()  # of it (the file is closed, its lock released, by now)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code


def _init(args: argparse.Namespace) -> int:
    from hirefile.services.files import create_file

    db = create_file(args.file, _identity(args))
    db.close()
    print(f"created {db.url or db.path}")
    return EXIT_OK


def _info(args: argparse.Namespace) -> int:
    """On a file, read with plain sqlite3 (storage/glance.py: no SQLAlchemy, no identity
    needed); on a server, through the services."""
    if isinstance(args.file, Path):
        from hirefile.storage.glance import read_info

        info = read_info(args.file)
    else:
        from hirefile.services.info import file_info

        with _open(args, write=False) as db:
            info = file_info(db).as_dict()
    if args.json:
        import json

        info["path"] = str(info["path"])
        print(json.dumps(info, indent=2, ensure_ascii=False, default=_json_default))
        return EXIT_OK
    counts: dict[str, int] = info["counts"]  # type: ignore[assignment]
    width = max(len(k) for k in counts)
    if info["url"] is not None:
        print(f"database:       {info['url']}")
    else:
        print(f"file:           {info['path']}")
    print(f"size:           {int(info['size_bytes']) / 1024:,.0f} KiB")  # type: ignore[call-overload]
    print(f"file format:    {info['schema_version']}")
    print(f"file UUID:      {info['file_uuid']}")
    print(f"created:        {info['created_at']}")
    print(f"last writer:    {info['last_writer']} at {info['last_written_at']} "
          f"(Hirefile {info['app_version']})")
    left = f" (last used by {info['left_by']}, not running)" if info["left_by"] else ""
    if info["url"] is None:  # a server has no lock: several people write at once
        print(f"in use by:      {info['in_use_by'] or 'nobody'}{left}")
    for name, n in counts.items():
        print(f"  {name.replace('_', ' '):<{width}}  {n:>8,}")
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from hirefile.storage import server
    from hirefile.storage.check import check_file

    report = server.check(args.file) if isinstance(args.file, str) else check_file(args.file)
    where = server.public_url(args.file) if isinstance(args.file, str) else args.file
    for line in report.passed:
        print(f"ok       {line}")
    for line in report.problems:
        print(f"PROBLEM  {line}")
    if report.ok:
        print(f"{where}: sound ({len(report.passed)} checks passed)")
        return EXIT_OK
    print(f"{where}: {len(report.problems)} problem(s)", file=sys.stderr)
    return EXIT_PROBLEM


def _upgrade(args: argparse.Namespace) -> int:
    from hirefile.services.files import upgrade

    with _open(args) as db:  # opening for writing updates an older file (its backup first)
        for line in upgrade(db).lines():
            print(line)
    return EXIT_OK


def _recover(args: argparse.Namespace) -> int:
    from hirefile.services.recovery import recover

    report = recover(args.file, args.output, identity=_identity(args))
    for line in report.lines():
        print(line)
    print(f"recovered into {report.target}")
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    """On a file, read with sqlite3 alone (services/list_read.py: SQL text, no SQLAlchemy)."""
    from hirefile.services.list_read import COLUMNS, listed

    with _reading(args, settled=False) as (source, _):
        rows = listed(source, args.kind)
    columns = COLUMNS[args.kind]
    if args.json:
        import json

        json.dump([r.as_dict() for r in rows], sys.stdout, indent=1, ensure_ascii=False,
                  default=_json_default)
        sys.stdout.write("\n")
        return EXIT_OK
    _print_table([[_cell(getattr(r, c)) for c in columns] for r in rows], columns)
    print(f"({len(rows):,} {args.kind})")
    return EXIT_OK


def _search(args: argparse.Namespace) -> int:
    from hirefile.services import listing

    with _open(args, write=False) as db, db.reader() as s:
        hits = listing.search_hits(s, args.text)
    if args.json:
        _print_json([h.as_dict() for h in hits])
        return EXIT_OK
    rows = [[h.name, h.email] for h in hits]
    widths = [min(40, max([0] + [len(r[i]) for r in rows])) for i in range(2)]
    for row, hit in zip(rows, hits, strict=True):
        cells = [(c if len(c) <= w else c[: w - 1] + "…").ljust(w)
                 for c, w in zip(row, widths, strict=True)]
        print(f"{'  '.join(cells)}  matched: {hit.where()}")
    print(f"({len(hits):,} candidate{'' if len(hits) == 1 else 's'})")
    return EXIT_OK


def _demo(args: argparse.Namespace) -> int:
    import time

    from hirefile.domain.demo_desk import added_text
    from hirefile.services.demo import load_demo
    from hirefile.services.files import open_or_create

    started = time.perf_counter()
    db = open_or_create(args.file, _identity(args))
    try:
        summary = load_demo(db, candidates=args.candidates, seed=args.seed)
    finally:
        db.close()
    took = time.perf_counter() - started
    print(f"{db.path}: added {added_text(summary, every=True)} in {took:.1f} s")
    return EXIT_OK


def _import_csv(args: argparse.Namespace) -> int:
    """Read and check the whole file first: problems that may lose or merge rows are named
    and nothing is written, unless `--force`. Progress on stderr when it is a terminal."""
    import time

    from hirefile.errors import FileProblem
    from hirefile.paths import log_dir
    from hirefile.services.csv_import import (
        REPORT_LINES,
        import_rows,
        iter_plans,
        read_csv,
        report_lines,
    )
    from hirefile.services.refs import role_ref

    table = read_csv(args.csv, encoding=args.encoding)
    if table.problems and not args.force:
        for problem in table.problems[:REPORT_LINES]:
            print(f"  {problem}", file=sys.stderr)
        if len(table.problems) > REPORT_LINES:
            print(f"  … and {len(table.problems) - REPORT_LINES:,} more", file=sys.stderr)
        n = len(table.problems)
        raise FileProblem(
            f"nothing imported: {args.csv} may lose or merge rows ({n:,} problem"
            f"{'s' if n != 1 else ''}, first on line {table.problems[0].line}); correct the "
            f"file, give --encoding, or run again with --force to import it as read")
    total, started = len(table.rows), time.monotonic()

    def show(done: int) -> None:
        rate = done / max(time.monotonic() - started, 1e-6)
        sys.stderr.write(f"\rimporting {done:,} of {total:,} rows ({rate:,.0f} rows/s) ")
        sys.stderr.flush()

    progress = show if sys.stderr.isatty() else None
    try:
        with _open(args) as db, db.session() as s:
            role_id = role_ref(s, args.role).id if args.role else None
            report = import_rows(s, iter_plans(table), role_id=role_id,
                                 file_name=args.csv.name, progress=progress,
                                 skip_possible=args.skip_possible,
                                 include_erased=args.include_erased)
    finally:
        if progress is not None:
            sys.stderr.write("\n")
    report.note_file(table)
    print("\n".join(report_lines(report, args.csv, log_dir())))
    return EXIT_OK


def _export_csv(args: argparse.Namespace) -> int:
    from hirefile.fsutil import check_output
    from hirefile.services.csv_export import export_csv

    check_output(args.csv)  # never a database or the file itself: said before any work
    with _open(args, write=False) as db, db.reader() as s:
        n = export_csv(s, args.csv)
    print(f"exported {n:,} candidates to {args.csv}")
    return EXIT_OK


def _move(args: argparse.Namespace) -> int:
    from hirefile.services import pipeline
    from hirefile.services.refs import candidate_ref, role_ref

    with _open(args) as db, db.session() as s:
        candidate = candidate_ref(s, args.candidate)
        role = role_ref(s, args.role)
        app = pipeline.application_for(s, candidate.id, role.id)
        target = pipeline.stage_named(s, role.id, args.stage)
        if app is None:
            pipeline.add_application(s, candidate.id, role.id, stage=target, reason=args.reason)
            print(f"{candidate.full_name}: added to “{role.title}” at {target.name}")
            return EXIT_OK
        before = app.stage.name
        pipeline.move(s, app.id, target.id, reason=args.reason, note=args.note)
    print(f"{candidate.full_name}: {before} → {target.name} in “{role.title}”")
    return EXIT_OK


def _set(args: argparse.Namespace) -> int:
    """`set FILE candidate|role REF FIELD=VALUE…`: the editors' services, field by field."""
    from hirefile.services import edits
    from hirefile.services.refs import candidate_ref, role_ref

    with _open(args) as db, db.session() as s:
        if args.kind == "candidate":
            done = edits.set_candidate_fields(s, candidate_ref(s, args.ref).id,
                                              args.assignments)
            label = candidate_ref(s, done.id).full_name  # as the change left it
        else:
            done = edits.set_role_fields(s, role_ref(s, args.ref).id, args.assignments)
            label = role_ref(s, done.id).title
    if args.json:
        _print_json({"kind": args.kind, "id": done.id, "label": label, "changed": done.changed})
    elif done.changed:
        parts = "; ".join(f"{k} = {v}" for k, v in done.shown.items())
        print(f"{label}: {parts}")
    else:
        print(f"{label}: nothing to change (the {args.kind} already reads so)")
    return EXIT_OK


def _tag(args: argparse.Namespace) -> int:
    from hirefile.services.candidates import set_tags, tags_of
    from hirefile.services.refs import candidate_ref

    with _open(args) as db, db.session() as s:
        c = candidate_ref(s, args.candidate)
        before = tags_of(s, c.id)
        if args.remove:
            gone = {" ".join(t.split()).casefold() for t in args.tags}
            set_tags(s, c.id, [t for t in before if t.casefold() not in gone])
        else:
            set_tags(s, c.id, [*before, *args.tags])
        after = tags_of(s, c.id)
    if args.json:
        _print_json({"id": c.id, "name": c.full_name, "tags": after})
    elif after == before:
        print(f"{c.full_name}: tags unchanged ({', '.join(after) or 'none'})")
    else:
        print(f"{c.full_name}: tags {', '.join(after) or 'none'}")
    return EXIT_OK


def _application_in(s: Any, candidate: Any, role: str | None) -> str | None:
    """The candidate's application to the role named by `role` (None without one); one line
    when they are not in its pipeline."""
    from hirefile.errors import NotFound
    from hirefile.services import pipeline
    from hirefile.services.refs import role_ref

    if not role:
        return None
    found = role_ref(s, role)
    app = pipeline.application_for(s, candidate.id, found.id)
    if app is None:
        raise NotFound(f"{candidate.full_name} is not in the pipeline of “{found.title}”")
    return app.id


def _note(args: argparse.Namespace) -> int:
    from hirefile.services.candidates import add_note
    from hirefile.services.refs import candidate_ref

    with _open(args) as db, db.session() as s:
        c = candidate_ref(s, args.candidate)
        app_id = _application_in(s, c, args.role)
        note = add_note(s, c.id, args.text, application_id=app_id)
    if args.json:
        _print_json({"id": note.id, "candidate_id": c.id, "application_id": app_id,
                     "body": note.body})
    else:
        print(f"{c.full_name}: note added")
    return EXIT_OK


def _remove(args: argparse.Namespace) -> int:
    from hirefile.services.candidates import remove_candidate
    from hirefile.services.refs import candidate_ref, role_ref
    from hirefile.services.roles import remove_role

    with _open(args) as db, db.session() as s:
        if args.kind == "candidate":
            c = candidate_ref(s, args.ref)
            remove_candidate(s, c.id)
            key, label = c.id, c.full_name
        else:
            r = role_ref(s, args.ref)
            remove_role(s, r.id)
            key, label = r.id, r.title
    if args.json:
        _print_json({"kind": args.kind, "id": key, "label": label, "removed": True})
    else:
        print(f"removed the {args.kind} {label}")
    return EXIT_OK


def _erase(args: argparse.Namespace) -> int:
    """Asks first on a terminal (unless --yes); prints one line: who, what, bytes."""
    from hirefile.errors import HirefileError as Cancelled
    from hirefile.services.erasure import erase_candidate
    from hirefile.services.refs import candidate_ref

    with _open(args) as db:
        with db.reader() as s:
            c = candidate_ref(s, args.candidate)
            key, name = c.id, c.full_name
        if not args.yes and sys.stdin.isatty():
            answer = input(f"Erase {name} for good? [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                raise Cancelled(f"nothing was erased: {name} stays in {db.path.name}")
        report = erase_candidate(db, key)
    print(report.line())
    return EXIT_OK


def _retention(args: argparse.Namespace) -> int:
    """The rule and the due list (read only unless --months, --in-job-description or
    --erase-due); erasing asks first on a terminal, unless --yes."""
    from hirefile.domain.retention import rule_summary
    from hirefile.errors import HirefileError as Cancelled
    from hirefile.errors import ValidationError
    from hirefile.services import retention

    months: int | None = None
    if args.months is not None and args.months.strip().lower() not in ("off", "none", "0"):
        try:
            months = int(args.months)
        except ValueError:
            raise ValidationError(f"--months takes a number of months or off, not "
                                  f"“{args.months}”") from None
    changing = args.months is not None or args.in_job_description is not None
    with _open(args, write=changing or args.erase_due) as db:
        if changing:
            with db.session() as s:
                now = retention.rule(s)
                retention.set_rule(
                    s, months if args.months is not None else now.months,
                    args.in_job_description == "yes" if args.in_job_description is not None
                    else now.in_job_description)
        with db.reader() as s:
            rule = retention.rule(s)
            due = retention.due_for_erasure(s)
        if args.erase_due and due:
            if not args.yes and sys.stdin.isatty():
                answer = input(f"Erase {len(due):,} candidates for good? [y/N] ")
                if answer.strip().lower() not in ("y", "yes"):
                    raise Cancelled(f"nothing was erased: {len(due):,} candidates stay in "
                                    f"{args.file.name}")
            report, kept = retention.erase_due(db, [d.candidate_id for d in due])
            if report is not None:
                print(report.line())
            if kept:
                print(f"{len(kept):,} were no longer due and were kept")
            return EXIT_OK
    if args.json:
        _print_json({"months": rule.months, "in_job_description": rule.in_job_description,
                     "due": [{"id": d.candidate_id, "name": d.name, "why": d.why.value,
                              "reason": d.reason, "due_on": d.due_on,
                              "last_activity": d.last_activity} for d in due]})
        return EXIT_OK
    print(rule_summary(rule))
    if rule.in_job_description:
        print("Job descriptions end with this rule.")
    if not due:
        print("Nobody is due for erasure.")
        return EXIT_OK
    print(f"{len(due):,} due for erasure (hirefile retention FILE --erase-due erases them):")
    _print_table([[d.name, d.due_on.isoformat(), d.reason] for d in due],
                 ("name", "due on", "why"))
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    """One document from the file, written atomically; nothing in the file changes."""
    from hirefile.errors import ValidationError
    from hirefile.fsutil import check_output
    from hirefile.services.refs import application_ref, role_ref

    out: Path = args.output
    check_output(out)  # never a database or the file itself: said before any work
    with _reading(args) as (source, viewer):
        if args.kind == "jd":
            if not args.role:
                raise ValidationError("a job description needs --role (an id or the title)")
            from hirefile.services.documents import export_job_description

            role = role_ref(source, args.role)
            if out.suffix.lower() in (".jsonld", ".json"):
                from hirefile.services.job_posting import export_job_posting

                export_job_posting(source, role.id, out)
                print(f"exported the job posting (JSON-LD) of “{role.title}” to {out}")
                return EXIT_OK
            export_job_description(source, role.id, out)
            print(f"exported the job description of “{role.title}” to {out}")
            return EXIT_OK
        if out.suffix.lower() in (".md", ".markdown", ".jsonld", ".json"):
            raise ValidationError(f"only a job description can be written as Markdown or "
                                  f"JSON; give -o {out.with_suffix('.pdf').name}")
        app_id, who, title = application_ref(source, args.candidate, args.role, args.kind)
        if args.kind == "offer":
            from hirefile.services.documents import application_offer, export_offer_letter

            export_offer_letter(source, application_offer(source, app_id), out,
                                allow_empty=args.allow_empty)
            what = "offer letter"
        elif args.kind == "packet":
            from hirefile.services.packets import export_packet

            export_packet(source, app_id, out, include_feedback=args.include_feedback,
                          viewer_id=viewer)
            what = "interview packet" + (" with feedback" if args.include_feedback else "")
        else:
            from hirefile.services.packets import export_debrief

            export_debrief(source, app_id, out, viewer_id=viewer)
            what = "debrief summary"
    print(f"exported the {what} of {who} for “{title}” to {out}")
    return EXIT_OK


def _reading(args: argparse.Namespace, *, settled: bool = True
             ) -> AbstractContextManager[tuple[Any, str | None]]:
    """One snapshot of the file for a command that only reads it, and the key of the person
    reading (settled as `_open` settles them; None unless `settled`). On a file, sqlite3
    alone (storage/glance.py opens it as `Database.open(write=False)` does): the reads are
    SQL text (storage/rows.py); on a server, the ordinary path."""
    from contextlib import contextmanager

    return contextmanager(_snapshot)(args, settled)


def _snapshot(args: argparse.Namespace, settled: bool) -> Iterator[tuple[Any, str | None]]:
    if not isinstance(args.file, Path):
        with _open(args, write=False) as db, db.reader() as s:
            yield s, db.identity.person_id
        return
    from hirefile.storage.glance import open_read_only
    from hirefile.storage.rows import file_reader

    path = args.file.expanduser().absolute()
    conn = open_read_only(path)
    try:
        with file_reader(conn, path) as rows:
            if not settled:  # a list names no one: who reads it does not matter
                yield rows, None
                return
            from hirefile.services.people import settle
            from hirefile.settings import Settings

            settings = Settings()
            identity = settings.identity_or_login(args.as_name)
            file_uuid = rows.scalar("SELECT value FROM meta WHERE key = 'file_uuid'")
            linked = None if args.as_name or not file_uuid else settings.file_person(file_uuid)
            yield rows, settle(rows, identity, linked, match=True).identity.person_id
    finally:
        conn.close()


def _export_person(args: argparse.Namespace) -> int:
    """One person's data in a ZIP, written atomically; nothing in the file changes."""
    from hirefile.errors import OutputRefused
    from hirefile.fsutil import check_output
    from hirefile.services.person_export import export_person
    from hirefile.services.refs import candidate_ref

    out: Path = args.output
    check_output(out)
    if out.exists() and not args.force:
        raise OutputRefused(f"Not written: {out} exists; give another name, or --force to "
                            f"replace it")
    with _open(args, write=False) as db:
        with db.reader() as s:
            candidate_id = candidate_ref(s, args.candidate).id
        done = export_person(db, candidate_id, out)
    print(f"exported the personal data of {done.name} to {out} ({done.records:,} records, "
          f"{done.attachments:,} attachments)")
    return EXIT_OK


def _import_cv(args: argparse.Namespace) -> int:
    """One line per file: what it would create (or did, with --yes)."""
    from hirefile.services.cv_import import check_paths, plan_cvs

    paths = check_paths(args.paths)
    with _open(args, write=args.yes) as db:
        with db.reader() as s:
            role = _role(s, args.role)
            plans = plan_cvs(s, paths)
        return _plans_out(db, plans, role, args.yes, "CV file" if len(plans) == 1 else "CV files")


def _import_resume(args: argparse.Namespace) -> int:
    from hirefile.services.cv_import import check_paths, plan_resume

    path = check_paths([args.path])[0]
    with _open(args, write=args.yes) as db:
        with db.reader() as s:
            role = _role(s, args.role)
            plan = plan_resume(s, path)
        return _plans_out(db, [plan], role, args.yes, "JSON Resume")


def _role(s: Any, ref: str | None) -> tuple[str, str] | None:
    from hirefile.services.refs import role_ref

    if not ref:
        return None
    role = role_ref(s, ref)
    return role.id, role.title


def _plans_out(db: Any, plans: list[Any], role: tuple[str, str] | None, yes: bool,
               what: str) -> int:
    """Print the plans (or create them with `yes`), then one summary line."""
    from hirefile.services.cv_import import import_cvs

    into = f" in “{role[1]}”" if role else ""
    if not yes:
        for plan in plans:
            print(plan.line())
        n = sum(p.importable for p in plans)
        print(f"Would create {n:,} candidate{'s' if n != 1 else ''}{into} from {len(plans):,} "
              f"{what}; run again with --yes to create {'them' if n != 1 else 'it'}")
        return EXIT_OK
    with db.session() as s:
        report = import_cvs(s, plans, role[0] if role else None)
    print("\n".join(report.lines()))
    n = len(report.created)
    print(f"Created {n:,} candidate{'s' if n != 1 else ''}{into} from {len(plans):,} {what}")
    return EXIT_OK


def _attach(args: argparse.Namespace) -> int:
    """Every path is checked before anything is attached; all are attached in one step."""
    from hirefile.services.attachments import attach_file
    from hirefile.services.cv_import import check_paths
    from hirefile.services.erasure import refuse_erased
    from hirefile.services.refs import candidate_ref

    paths = check_paths(args.paths)
    with _open(args) as db, db.session() as s:
        candidate = candidate_ref(s, args.candidate)
        refuse_erased(s, candidate.id, "nothing can be attached to them")
        done = [attach_file(s, candidate.id, path) for path in paths]
        name = candidate.full_name
    for att in done:
        print(f"attached {att.filename} ({_size(att.size)}) to {name}")
    return EXIT_OK


def _keep_mail(args: argparse.Namespace) -> int:
    """Every file is read and its person found before anything is kept; all are kept in one
    step, one line each (a message kept before says so)."""
    from hirefile.errors import FileProblem, NotFound
    from hirefile.services import correspondence
    from hirefile.services.cv_import import check_paths
    from hirefile.services.erasure import refuse_erased
    from hirefile.services.refs import candidate_ref

    paths = check_paths(args.paths)
    try:
        files = [(path, path.read_bytes()) for path in paths]
    except OSError as exc:
        raise FileProblem(f"Could not read {exc.filename}: {exc.strerror or exc}") from exc
    with _open(args) as db, db.session() as s:
        people: list[Any] = []
        for path, data in files:
            who: Any
            if args.candidate:
                who = candidate_ref(s, args.candidate)
                correspondence.read(data, path.name)
            else:
                found = correspondence.match_sender(s, data, path.name)
                if found is None:
                    party = correspondence.other_party(s, data, path.name)
                    address = party.address if party else "the addresses it names"
                    raise NotFound(f"no candidate has {address} ({path.name}); give "
                                   "--candidate or add them")
                who = found
            refuse_erased(s, who.id, "no e-mail can be kept with them")
            people.append(who)
        lines = [correspondence.keep_eml(s, who.id, data, path.name).line(who.full_name)
                 for (path, data), who in zip(files, people, strict=True)]
    for line in lines:
        print(line)
    return EXIT_OK


def _size(n: int) -> str:
    return f"{n:,} bytes" if n < 1024 else f"{n / 1024:,.0f} KB" if n < 1024 * 1024 else \
        f"{n / 1024 / 1024:,.1f} MB"


def _export_resume(args: argparse.Namespace) -> int:
    from hirefile.domain.json_resume import json_resume_text
    from hirefile.fsutil import check_output, write_bytes_atomic
    from hirefile.services.candidates import candidate_draft
    from hirefile.services.erasure import refuse_erased
    from hirefile.services.refs import candidate_ref

    out: Path = args.output
    check_output(out)
    with _open(args, write=False) as db, db.reader() as s:
        candidate = candidate_ref(s, args.candidate)
        refuse_erased(s, candidate.id, "nothing of them is exported")
        text = json_resume_text(candidate_draft(s, candidate.id))
        name = candidate.full_name
    write_bytes_atomic(out, text.encode("utf-8"))
    print(f"exported the JSON Resume of {name} to {out}")
    return EXIT_OK


def _draft(args: argparse.Namespace) -> int:
    """One e-mail draft from a template, written atomically; one entry on the timeline."""
    from hirefile.errors import ValidationError
    from hirefile.fsutil import check_output
    from hirefile.services import mail
    from hirefile.services.refs import candidate_ref

    if args.list_templates:
        from hirefile.domain.mail_templates import BUILT_IN

        if args.file is None:
            found: tuple[Any, ...] = BUILT_IN
        else:
            with _open(args, write=False) as db, db.reader() as s:
                found = mail.templates(s)
        for t in found:
            extra = f" (attaches {' and '.join(_ATTACHES[a] for a in t.attaches)})" \
                if t.attaches else ""
            print(f"{t.key:<22} {t.name}{extra}")
        return EXIT_OK
    needed = [f"--{n}" for n in ("candidate", "template", "output")
              if not getattr(args, n)]
    if args.file is None or needed:
        raise ValidationError("a draft needs FILE, " + ", ".join(needed or ["--candidate"])
                              + " (hirefile draft FILE --candidate REF --template KEY -o "
                              "OUT.eml)")
    out: Path = args.output
    if out.suffix.lower() != ".eml":
        raise ValidationError(f"a draft is written as .eml; give -o {out.with_suffix('.eml')}")
    check_output(out)
    with _open(args) as db, db.session() as s:
        c = candidate_ref(s, args.candidate)
        app_id = _application_in(s, c, args.role)
        draft = mail.prepare_draft(s, c.id, args.template, application_id=app_id,
                                   reason=args.reason)
        if draft.problems and not args.allow_empty:
            raise mail.CannotDraft(f"The “{draft.template_name}” draft to {c.full_name} has "
                                   f"{draft.problems}; correct the record, or write it anyway "
                                   "with --allow-empty and edit it in your mail app")
        from hirefile.domain.mail_drafts import write_draft

        write_draft(out, draft.eml())
        mail.record_draft(s, draft, "eml")
    attached = f", attached: {', '.join(a.filename for a in draft.attachments)}" \
        if draft.attachments else ""
    print(f"wrote the “{draft.template_name}” draft to {draft.to.address} in {out}{attached}")
    if draft.problems:
        print(f"check before sending: {draft.problems}")
    return EXIT_OK


def _templates(args: argparse.Namespace) -> int:
    """The file's e-mail templates: key, name, and whether the file changed or added it."""
    from hirefile.services import mail_templates

    with _open(args, write=False) as db, db.reader() as s:
        if args.show:
            t = mail_templates.find(s, args.show)
            kind = "added to this file" if t.custom else \
                "Hirefile's, changed in this file" if t.changed else "Hirefile's"
            print(f"{t.template.name} ({t.key}, {kind})")
            print(f"Subject: {t.template.subject}\n")
            print(t.template.body.rstrip("\n"))
            return EXIT_OK
        for t in mail_templates.effective(s):
            kind = "custom" if t.custom else "changed" if t.changed else ""
            print(f"{t.key:<44} {t.template.name:<32} {kind}".rstrip())
    return EXIT_OK


def _calibration(args: argparse.Namespace) -> int:
    """The calibration of the person at the keyboard, never anyone else's."""
    from hirefile.domain.drift import mark_text
    from hirefile.services.calibration import calibration

    with _open(args, write=False) as db, db.reader() as s:
        result = calibration(s, db.identity.person_id)
    if args.json:
        _print_json(result.as_dict())
        return EXIT_OK
    print(f"Calibration of {result.viewer} ({result.submitted} applications with your "
          "submitted scorecard)")
    if not result.pairings:
        print("Nobody else has submitted a scorecard on a candidate you submitted one on.")
    for p in result.pairings:
        print(f"\n{p.name}: {p.shared_text}")
        print(f"  {p.leniency_text}")
        rows = [[a.label, str(a.n), f"{a.exact_percent}%", f"{a.within_one_percent}%",
                 f"{a.mean_difference:+.1f}" if a.mean_difference is not None else ""]
                for a in (p.overall, *p.axes)]
        _print_table(rows, ("axis", "n", "agree", "within_one", "you_minus_them"))
        if p.differences:
            print("  Where you differ most:")
        for d in p.differences:
            print(f"    {d.candidate} ({d.role}), {d.label}: you {mark_text(d.mine)}, "
                  f"{p.name} {mark_text(d.theirs)}")
    return EXIT_OK


_ATTACHES = {"ics": "the interview's calendar invitation", "offer_letter": "the offer letter"}


def _merge(args: argparse.Namespace) -> int:
    from hirefile.services.merging import kind_name, merge_file

    with _open(args) as db:
        result = merge_file(db, args.theirs, dry_run=args.dry_run)
        conflicts = list(result.outcome.conflicts)
        labels: dict[tuple[str, str], str] = {}
        texts: dict[tuple[str, str, str, str], str] = {}
        if conflicts and not args.json:  # in the words the app's merge preview uses
            from hirefile.services.conflict_words import describe

            with db.reader() as s:
                labels, texts = describe(s, conflicts)
    if args.json:
        import json

        print(json.dumps(result.as_json(), indent=2, ensure_ascii=False, default=_json_default))
        return EXIT_OK
    print(result.summary())
    for kind, n in sorted(result.outcome.added.items()):
        print(f"  added    {kind_name(kind, n)}")
    for kind, n in sorted(result.outcome.changed.items()):
        print(f"  changed  {kind_name(kind, n)}")
    from hirefile.services.conflict_words import field_words

    for c in conflicts:
        label = c.label or labels.get((c.kind, c.id))
        what = kind_name(c.kind, 1).removeprefix("1 ") + (f" “{label}”" if label else f" {c.id}")
        mine, theirs = (texts.get((c.kind, c.id, c.field, side), _cell(getattr(c, side)))
                        for side in ("mine", "theirs"))
        print(f"  conflict {what}, {field_words(c.field)}: mine “{mine}”, theirs “{theirs}” "
              f"→ kept {c.kept}")
    for d in result.possible_duplicates:
        print(f"  possible duplicate: “{d['name']}” and “{d['matches_name']}” ({d['why']})")
    if result.backup is not None:
        print(f"Backup of {args.file.name} before merging: {result.backup}")
    return EXIT_OK


def _report(args: argparse.Namespace) -> int:
    """Hiring figures for a scope, printed as aligned tables or JSON, or written as a PDF or
    CSV report. A bad range or an unknown role is a usage error (exit 2)."""
    from hirefile.services import reports
    from hirefile.services.refs import role_ref

    metrics = list(reports.METRICS) if args.metric == "all" else [
        args.metric.replace("-", "_")]
    if args.output is not None:
        from hirefile.fsutil import check_output

        check_output(args.output)
    with _open(args, write=False) as db, db.reader() as s:
        try:
            role_id = role_ref(s, args.role).id if args.role else None
            scope = reports.Scope(role_id, args.start, args.end)
        except HirefileError as exc:
            print(f"hirefile report: error: {exc.message}", file=sys.stderr)
            return EXIT_USAGE
        rep = reports.report(s, scope)
        if args.output is not None:
            from hirefile.services.report_files import export_report

            out = export_report(s, rep, args.output, metrics)
            print(f"wrote the hiring report ({rep.scope_text}) to {out}")
            return EXIT_OK
    if args.json:
        print(reports.report_json(rep, metrics))
        return EXIT_OK
    print(f"Hiring report: {rep.scope_text}")
    for table in reports.tables(rep, metrics):
        print()
        print(table.title)
        if table.rows:
            _print_table([list(r) for r in table.rows], table.columns)
        else:
            print("  nothing in this range")
        for note in table.notes:
            print(f"  {note}")
    return EXIT_OK


def _after(name: str, args: argparse.Namespace) -> int:
    from hirefile import cli_after

    handler: Callable[[argparse.Namespace], int] = getattr(cli_after, name)
    return handler(args)


#: Commands that set up the log file only if something goes wrong (they log nothing else):
#: `info` on a file starts in about the time Python with sqlite3 does, `list` soon after.
QUIET_START = frozenset({"info", "list"})
#: Commands that read part of the file and end. They run without the cyclic garbage
#: collector: their start-up (SQLAlchemy, the tables, ReportLab) makes objects that live to
#: the end, and collecting them took a fifth of an export's time; what they leave is freed by
#: reference counting (`list candidates` at 50,000 candidates peaks at the same 117 MB either
#: way). Run as the process's command they end it at once (`_end_process`): no threads, no
#: lock, the file closed, nothing left to write.
QUICK = frozenset({"list", "export"})

COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    "init": _init, "info": _info, "check": _check, "list": _list, "search": _search,
    "demo": _demo,
    "import-csv": _import_csv, "export-csv": _export_csv, "move": _move, "export": _export,
    "export-person": _export_person, "merge": _merge, "erase": _erase, "recover": _recover,
    "upgrade": _upgrade,
    "retention": _retention, "import-cv": _import_cv, "import-resume": _import_resume,
    "export-resume": _export_resume, "attach": _attach, "draft": _draft,
    "templates": _templates,
    "plan": lambda args: _after("plan", args),
    "onboarding": lambda args: _after("onboarding", args), "calibration": _calibration,
    "push": lambda args: _after("push", args), "pull": lambda args: _after("pull", args),
    "settings": lambda args: _after("settings", args),
    "keep-mail": _keep_mail,
    "set": _set, "tag": _tag, "note": _note, "remove": _remove, "report": _report,
}


# output helpers --------------------------------------------------------------------------------

def _json_default(value: Any) -> Any:
    from datetime import date, datetime

    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _print_json(value: Any) -> None:
    import json

    print(json.dumps(value, indent=1, ensure_ascii=False, default=_json_default))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "strftime"):  # a date or a time (datetime stays unimported): its day
        return str(value.strftime("%Y-%m-%d"))
    return str(value)


def _print_table(rows: list[list[str]], columns: Sequence[str]) -> None:
    headers = [c.replace("_", " ") for c in columns]
    widths = [min(40, max([len(h)] + [len(r[i]) for r in rows])) for i, h in enumerate(headers)]
    print("  ".join(h.upper().ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    write = sys.stdout.write
    for start in range(0, len(rows), 1000):  # a write per 1,000 lines: a print a line was a
        write("".join([  # fifth of `list candidates` at 50,000
            "  ".join([c.ljust(w) if len(c) <= w else c[: w - 1] + "…"
                       for c, w in zip(r, widths, strict=True)]).rstrip() + "\n"
            for r in rows[start:start + 1000]]))
