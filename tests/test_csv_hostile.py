"""CSV files that used to lose or garble people without a word: an unclosed quote, a stray
Latin-1 byte, a whole Windows-1252 or UTF-16 file, NUL bytes, a name of 100,000 characters,
and reports of thousands of lines. Nothing is written before the person has seen the problem."""

from __future__ import annotations

import csv
import io
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hirefile.cli import main
from hirefile.domain.limits import NAME
from hirefile.errors import FileProblem
from hirefile.services.csv_import import REPORT_LINES, import_rows, plan_rows, read_csv
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.storage.models import Candidate

PEOPLE = ["Jürgen Müller", "Zoë Brontë", "François Lefèvre", "Łucja Wróbel", "王磊",
          "Ana Lima", "Bo Chen", "Chiamaka Eze", "Dmitri Ivanov", "Eva Novák",
          "Fatima Zahra", "Giorgos Pappas", "Hana Sato", "Ivan Horvat", "Jana Dvořák",
          "Kofi Mensah", "Lars Berg", "Maya Cohen", "Nils Holm", "Olga Petrova"]

SOMEONE = Identity(str(uuid.uuid4()), "x")


def csv_text(rows: list[list[str]]) -> str:
    buf = io.StringIO(newline="")
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def people_rows(names: list[str]) -> list[list[str]]:
    return [["Name", "Email", "Notes"]] + [
        [n, f"p{i}@example.org", f"row {i + 1}"] for i, n in enumerate(names)]


@pytest.fixture
def hirefile(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    f = tmp_path / "Hiring.hirefile"
    assert main(["init", str(f)]) == 0
    capsys.readouterr()
    return f


def stored(f: Path) -> list[str]:
    with Database.open(f, SOMEONE, write=False) as db, db.reader() as s:
        return sorted(s.scalars(select(Candidate.full_name)))


def unclosed_quote_file(tmp_path: Path) -> Path:
    """Twenty people; row 6 (line 7) opens a quote in its notes and never closes it."""
    lines = csv_text(people_rows(PEOPLE)).splitlines(keepends=True)
    lines[6] = lines[6].replace("row 6", '"wants 5 days remote')
    path = tmp_path / "people.csv"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def test_unclosed_quote_is_refused_with_its_line_and_nothing_is_written(
        hirefile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = unclosed_quote_file(tmp_path)
    table = read_csv(path)
    assert len(table.rows) == 6  # what the parser makes of it: 14 people inside row 6
    assert [str(p) for p in table.problems] == [
        "line 7: a quote opens here and runs to line 21: 14 lines inside it look like rows of "
        "their own and would be read as one field; check the quotes on line 7",
        "line 7: the file has 20 lines after the header but reads as 6 rows"]
    before = hirefile.read_bytes()
    assert main(["import-csv", str(hirefile), str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "line 7: a quote opens here" in captured.err
    assert captured.err.splitlines()[-1] == (
        f"hirefile: nothing imported: {path} may lose or merge rows (2 problems, first on "
        f"line 7); correct the file, give --encoding, or run again with --force to import it "
        f"as read")
    assert hirefile.read_bytes() == before
    assert stored(hirefile) == []

    assert main(["import-csv", str(hirefile), str(path), "--force"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "6 imported, 0 skipped, 0 duplicate"
    assert "imported as read: line 7: a quote opens here" in out
    assert stored(hirefile) == sorted(PEOPLE[:6])


def test_one_row_swallowed_in_a_wide_file_is_named(tmp_path: Path) -> None:
    header = ["Name", "Email", "Phone", "City", "Notes"]
    rows = [header] + [[n, f"p{i}@example.org", "", "Oslo", f"row {i}"]
                       for i, n in enumerate(PEOPLE[:5])]
    lines = csv_text(rows).splitlines(keepends=True)
    lines[2] = lines[2].replace("row 1", '"wants remote')  # closes at the next row's quote
    lines[3] = lines[3].replace("row 2", '"likes Go"')
    path = tmp_path / "wide.csv"
    path.write_text("".join(lines), encoding="utf-8")
    table = read_csv(path)
    assert len(table.rows) == 4
    assert str(table.problems[0]).startswith(
        "line 3: a quote opens here and runs to line 4: 1 line inside it looks like a row")


def test_multi_line_notes_are_not_taken_for_an_unclosed_quote(tmp_path: Path) -> None:
    rows = [["Name", "Email", "Notes"]] + [
        [n, f"p{i}@example.org", "Skills: Python, Go\nLikes: remote, early stage\nok"]
        for i, n in enumerate(PEOPLE)]
    path = tmp_path / "notes.csv"
    path.write_text(csv_text(rows), encoding="utf-8")
    table = read_csv(path)
    assert table.problems == [] and len(table.rows) == 20
    assert table.lines[:3] == [2, 5, 8]  # each row starts where an editor shows it


def test_extra_values_beyond_the_header_are_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text("Name,Email\nAna Lima,ana@example.br,oops,more\nBo Chen,bo@example.cn,\n",
                    encoding="utf-8")
    table = read_csv(path)
    assert [str(p) for p in table.problems] == [
        "line 2: 4 values but the header has 2 columns; the last 2 would be lost"]


def stray_byte_file(tmp_path: Path) -> Path:
    """UTF-8, except that one name (line 4) was typed in a Latin-1 editor."""
    text = csv_text(people_rows(PEOPLE[:4]))
    raw = text.encode("utf-8").replace("Zoë".encode(), b"Zo\xeb")
    path = tmp_path / "mixed.csv"
    path.write_bytes(raw)
    return path


def test_a_stray_latin1_byte_never_garbles_the_utf8_names(
        hirefile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = stray_byte_file(tmp_path)
    table = read_csv(path)
    assert table.encoding == "UTF-8"
    assert [p.line for p in table.problems] == [3]
    assert "not UTF-8 (EB)" in table.problems[0].message
    assert table.rows[0][0] == "Jürgen Müller" and "Ã" not in repr(table.rows)

    assert main(["import-csv", str(hirefile), str(path)]) == 1
    assert "line 3: bytes that are not UTF-8" in capsys.readouterr().err
    assert stored(hirefile) == []
    assert main(["import-csv", str(hirefile), str(path), "--force"]) == 0
    assert "imported as read: line 3" in capsys.readouterr().out
    names = stored(hirefile)
    assert "Jürgen Müller" in names and "Zo\ufffd Brontë" in names
    assert not any("Ã" in n for n in names)


def test_the_person_may_choose_the_encoding_instead(tmp_path: Path) -> None:
    table = read_csv(stray_byte_file(tmp_path), encoding="cp1252")
    assert table.encoding == "Windows-1252 (Western European)" and table.problems == []
    assert table.rows[1][0] == "Zoë BrontÃ«"  # what that choice means, shown in the preview
    with pytest.raises(FileProblem, match="not an encoding Hirefile knows"):
        read_csv(stray_byte_file(tmp_path), encoding="klingon")
    with pytest.raises(FileProblem, match=r"is not ascii text \(line 2\)"):
        read_csv(stray_byte_file(tmp_path), encoding="ascii")


def test_a_whole_windows_1252_file_is_read_right_and_named(
        hirefile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    names = ["Jürgen Müller", "Zoë Brontë", "François Lefèvre", "Søren Kierkegård"]
    path = tmp_path / "excel.csv"
    path.write_bytes(csv_text([*people_rows(names), ["Œuvre “Quote”", "", "€5"]])
                     .encode("cp1252"))
    table = read_csv(path)
    assert table.encoding == "Windows-1252 (Western European)" and table.problems == []
    assert main(["import-csv", str(hirefile), str(path)]) == 0
    out = capsys.readouterr().out
    assert "read as Windows-1252 (Western European)" in out
    assert stored(hirefile) == sorted([*names, "Œuvre “Quote”"])


@pytest.mark.parametrize(("codec", "named"), [
    ("utf-16-le", "UTF-16 little-endian (without a byte-order mark)"),
    ("utf-16-be", "UTF-16 big-endian (without a byte-order mark)"),
    ("utf-16", "UTF-16 (with a byte-order mark)"),
])
def test_utf16_is_recognised_with_or_without_a_byte_order_mark(
        tmp_path: Path, codec: str, named: str) -> None:
    path = tmp_path / "u16.csv"
    path.write_bytes(csv_text(people_rows(PEOPLE)).encode(codec))
    table = read_csv(path)
    assert table.encoding == named
    assert [r[0] for r in table.rows] == PEOPLE and table.problems == []


def test_nul_bytes_after_the_first_4kb_cut_nothing_short(
        hirefile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [["Name", "Email", "Notes"]] + [
        [f"Person {i:03d}", f"p{i}@example.org", "x" * 60] for i in range(100)]
    rows[80] = ["Ada\x00 Lovelace", "ada@example.org", "first\x00 part\x1b and the rest"]
    path = tmp_path / "nul.csv"
    path.write_bytes(csv_text(rows).encode("utf-8"))
    assert path.read_bytes().index(b"\x00") > 4096
    assert main(["import-csv", str(hirefile), str(path)]) == 0
    assert "2 NUL characters removed" in capsys.readouterr().out
    with Database.open(hirefile, SOMEONE, write=False) as db, db.reader() as s:
        ada = s.scalar(select(Candidate).where(Candidate.email == "ada@example.org"))
        assert (ada.full_name, ada.notes) == ("Ada Lovelace", "first part and the rest")
        assert s.scalar(select(func.count(Candidate.id))) == 100


def test_a_binary_file_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(FileProblem, match="binary data"):
        read_csv(path)


def test_a_name_of_100000_characters_refuses_its_row_only(
        hirefile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = people_rows(PEOPLE[:3])
    rows[2][0] = "A" * 100_000
    path = tmp_path / "long.csv"
    path.write_text(csv_text(rows), encoding="utf-8")
    assert main(["import-csv", str(hirefile), str(path)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "2 imported, 1 skipped, 0 duplicate"
    assert "line 3: skipped: Full name is too long: 100,000 characters" in out
    names = stored(hirefile)
    assert names == sorted([PEOPLE[0], PEOPLE[2]])
    assert max(len(n) for n in names) <= NAME


def test_150_rows_are_counted_exactly(hirefile: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    rows = [["Name", "Email", "Phone", "Notes"]]
    expected: set[str] = set()
    for i in range(150):
        name = f"{PEOPLE[i % 20]} {i}"
        if i % 25 == 3:
            rows.append([name, "broken@", "", ""])  # skipped
        elif i % 30 == 7:
            rows.append([f"{PEOPLE[(i - 1) % 20]} {i - 1}", f"p{i - 1}@example.org", "", ""])
        else:
            rows.append([name, f"p{i}@example.org", f"+48 601 {i:03d} 000",
                         f"Line one, {i}\nline two"])
            expected.add(name)
    path = tmp_path / "150.csv"
    path.write_text(csv_text(rows), encoding="utf-8")
    table = read_csv(path)
    assert len(table.rows) == 150 and table.problems == []
    with Database.open(hirefile, SOMEONE) as db, db.session() as s:
        report = import_rows(s, plan_rows(table))
    assert report.rows == 150
    assert (len(report.imported), len(report.skipped), len(report.duplicates)) == (139, 6, 5)
    assert set(stored(hirefile)) == expected and len(stored(hirefile)) == 139
    # the same file again: everyone is found, nobody is added
    assert main(["import-csv", str(hirefile), str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "0 imported, 6 skipped, 144 duplicate"
    assert len(stored(hirefile)) == 139


def test_a_long_report_names_a_hundred_lines_and_writes_the_rest(
        hirefile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [["Name", "Email"]] + [[f"Person {i}", f"broken{i}@"] for i in range(250)]
    rows += [["Fine Person", "fine@example.org"]]
    path = tmp_path / "bad.csv"
    path.write_text(csv_text(rows), encoding="utf-8")
    assert main(["import-csv", str(hirefile), str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "1 imported, 250 skipped, 0 duplicate"
    named = [ln for ln in out if ln.startswith("  line ")]
    assert len(named) == REPORT_LINES and named[0].startswith("  line 2: skipped")
    rest = tmp_path / "bad.csv.report.txt"
    assert out[-1] == f"  … and 150 more lines, all of them in {rest}"
    whole = rest.read_text(encoding="utf-8").splitlines()
    assert whole[0] == out[0] and len(whole) == 251
    assert whole[-1] == "  line 251: skipped: “broken249@” is not an e-mail address"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_shown_on_a_terminal_only(hirefile: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [["Name", "Email"]] + [[f"Person {i}", f"p{i}@example.org"] for i in range(1_100)]
    path = tmp_path / "many.csv"
    path.write_text(csv_text(rows), encoding="utf-8")
    assert main(["import-csv", str(hirefile), str(path)]) == 0
    assert capsys.readouterr().err == ""  # not a terminal: nothing but the report
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    other = tmp_path / "Other.hirefile"
    assert main(["init", str(other)]) == 0
    assert main(["import-csv", str(other), str(path)]) == 0
    shown = terminal.getvalue()
    assert shown.startswith("\rimporting 500 of 1,100 rows (") and "rows/s)" in shown
    assert "\rimporting 1,000 of 1,100 rows" in shown
    assert "\rimporting 1,100 of 1,100 rows" in shown and shown.endswith("\n")


def test_notes_over_their_limit_refuse_the_row_and_say_why(tmp_path: Path) -> None:
    from hirefile.domain.limits import LONG

    rows = [["Name", "Email", "Notes", "Hobby"],
            ["Ana Lima", "ana@example.br", "n" * LONG, "chess"],
            ["Bo Chen", "bo@example.cn", "n" * 100, "go"]]
    path = tmp_path / "notes.csv"
    path.write_text(csv_text(rows), encoding="utf-8")
    plans = plan_rows(read_csv(path))
    assert plans[0].problems == (  # the note plus "Hobby: chess" is over the limit
        f"Notes is too long: {LONG + 13:,} characters, at most {LONG:,} are kept "
        f"(shorten it by 13)",)
    assert plans[1].problems == () and plans[1].draft.notes == "n" * 100 + "\nHobby: go"
