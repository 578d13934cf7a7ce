"""Write the guide's command-line reference, `docs/guide/cli.md`, from the command's own help.

    .venv/bin/python packaging/make_cli_reference.py           # write docs/guide/cli.md
    .venv/bin/python packaging/make_cli_reference.py --check   # exit 1 when it is out of date

Each section is what `hirefile --help` or `hirefile COMMAND --help` prints (the parsers of
`hirefile.cli.build_parser`, every command's arguments), laid out at a fixed width so the page
does not depend on the terminal. argparse words its help a little differently from one Python
to the next, so the page names the Python it was made with; tests/test_guide.py compares it
with the help of that Python only.
"""

from __future__ import annotations

import argparse
import functools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "guide" / "cli.md"
WIDTH = 80  # a terminal's usual width; fits the guide window at 1024×700
sys.path.insert(0, str(ROOT / "src"))

from hirefile import cli  # noqa: E402

HEAD = """# Command-line reference

Everything in the app's file can also be done from a terminal with the `hirefile` command,
which is handy for scripts, a quick look at a file or a large import. Each section below is
exactly what `hirefile --help` or `hirefile COMMAND --help` prints. FILE is a `.hirefile` file
or a team database's address (`postgresql://you@host/hiring`); a candidate or role is named by
its e-mail, its full name or title when that is unique, or its id. Errors are one line and a
non-zero exit: 1 for a problem you can fix, 2 for a mistyped command.

*Made from the command's own help by `packaging/make_cli_reference.py` (Python {python});
do not edit by hand.*
"""


def python_version() -> str:
    return f"{sys.version_info.major}.{sys.version_info.minor}"


def fixed_width(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.formatter_class = functools.partial(  # type: ignore[assignment]
        cli._Formatter, width=WIDTH)
    return parser


def commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def summaries(parser: argparse.ArgumentParser) -> dict[str, str]:
    """Each command's help line, as `hirefile --help` lists it."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return {choice.dest: choice.help or "" for choice in action._choices_actions}
    return {}


def reference() -> str:
    parser = fixed_width(cli.build_parser())
    parts = [HEAD.format(python=python_version())]
    lines = summaries(parser)
    parts.append("## Commands\n\n" + "\n".join(
        f"- [`{name}`](#hirefile-{name}): {lines.get(name, '')}" for name in commands(parser)))
    parts.append(f"## hirefile\n\n```text\n{parser.format_help().rstrip()}\n```")
    for name, sub in commands(parser).items():
        help_text = fixed_width(sub).format_help().rstrip()
        line = lines.get(name, "")
        parts.append(f"## hirefile {name}\n\n{line[:1].upper()}{line[1:]}.\n\n"
                     f"```text\n{help_text}\n```")
    return "\n\n".join(parts) + "\n"


def main() -> int:
    check = "--check" in sys.argv[1:]
    text = reference()
    if check:
        if not OUT.is_file() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT.relative_to(ROOT)} is out of date: run "
                  "`.venv/bin/python packaging/make_cli_reference.py`", file=sys.stderr)
            return 1
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
