"""The app people install: the Linux desktop files, install.sh/uninstall.sh, and the bundle.

The desktop files and the install scripts are checked in a second. The bundle itself
(packaging/build_bundle.sh: PyInstaller, then the tarball) takes about 2 minutes to build on
a 2-core machine, and is part of every run of the README's test command. Its smoke tests sit
together early in the collection, so pytest-xdist sends them in one worker's first batch and
the build overlaps the rest of the suite on the other workers (`--dist loadgroup` would say so
with `xdist_group`, but pytest 9.2 makes it ignore the mark: pytest-xdist issue 1386). It is
built once per run, under a lock (a second worker waits and reuses it), and not at all while
what it is made of is unchanged since the last build (packaging/bundle/fingerprint.py); then
it is installed from the tarball and started as a founder would. `HIREFILE_BUNDLE=0` skips
these tests for a quick run.
"""

from __future__ import annotations

import fcntl
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from hirefile import __version__
from hirefile.services.files import create_file
from hirefile.settings import Identity

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def fingerprint() -> str:
    """packaging/bundle/fingerprint.py's hash of what the bundle is built from."""
    path = ROOT / "packaging" / "bundle" / "fingerprint.py"
    spec = importlib.util.spec_from_file_location("hirefile_bundle_fingerprint", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return str(module.fingerprint())


def _desktop_entry(path: Path) -> dict[str, str]:
    return dict(line.split("=", 1) for line in path.read_text().splitlines()
                if "=" in line and not line.startswith("#"))


# ---------------------------------------------------------------- the desktop files


def test_desktop_entry_opens_hirefile_files() -> None:
    entry = _desktop_entry(LINUX / "hirefile.desktop")
    assert entry["Exec"] == "hirefile %f"
    assert entry["Icon"] == "hirefile"
    assert entry["MimeType"] == "application/x-hirefile;"
    if shutil.which("desktop-file-validate"):
        run = subprocess.run(["desktop-file-validate", str(LINUX / "hirefile.desktop")],
                             capture_output=True, text=True)
        assert run.returncode == 0 and not run.stdout.strip(), run.stdout


def test_mime_type_knows_a_hirefile_by_its_name_and_by_its_content(
        tmp_path: Path, identity: Identity) -> None:
    """The magic in the shared-mime-info XML matches the bytes of a file Hirefile made: the
    SQLite header and the application id ("HIRF") at offset 68."""
    kind = ET.parse(LINUX / "hirefile-mime.xml").getroot().find(f"{MIME_NS}mime-type")
    assert kind is not None and kind.get("type") == "application/x-hirefile"
    glob = kind.find(f"{MIME_NS}glob")
    assert glob is not None and glob.get("pattern") == "*.hirefile"
    outer = kind.find(f"{MIME_NS}magic/{MIME_NS}match")
    assert outer is not None
    inner = outer.find(f"{MIME_NS}match")
    assert inner is not None

    db = create_file(tmp_path / "Hiring.hirefile", identity)
    db.close()
    head = (tmp_path / "Hiring.hirefile").read_bytes()[:100]
    header = outer.get("value", "").replace("\\000", "\0").encode()
    at = int(outer.get("offset", "-1"))
    assert head[at:at + len(header)] == header == b"SQLite format 3\0"
    assert inner.get("type") == "big32"
    at = int(inner.get("offset", "-1"))
    assert head[at:at + 4] == int(inner.get("value", "0"), 16).to_bytes(4, "big") == b"HIRF"


def test_appstream_metadata_names_the_app_its_entry_and_its_file_type() -> None:
    path = LINUX / "io.hirefile.Hirefile.metainfo.xml"
    root = ET.parse(path).getroot()
    assert root.findtext("id") == "io.hirefile.Hirefile"
    assert root.findtext("launchable") == "hirefile.desktop"
    assert root.findtext("provides/mediatype") == "application/x-hirefile"
    assert root.findtext("provides/binary") == "hirefile"
    assert root.find("releases/release").get("version") == __version__  # the newest first
    if shutil.which("appstreamcli"):
        run = subprocess.run(["appstreamcli", "validate", "--no-net", str(path)],
                             capture_output=True, text=True)
        assert run.returncode == 0, run.stdout + run.stderr


# ---------------------------------------------------------------- install.sh, uninstall.sh


def _fake_unpacked(tmp_path: Path) -> Path:
    """The tarball's layout, as build_bundle.sh makes it, around a stand-in program."""
    top = tmp_path / "hirefile-0.1.0-linux-x86_64"
    app = top / "hirefile"
    app.mkdir(parents=True)
    (app / "hirefile").write_text("#!/bin/sh\necho 'hirefile 0.1.0'\n")
    (app / "hirefile").chmod(0o755)
    share = top / "share"
    for sub, src, name in (("applications", "hirefile.desktop", None),
                           ("metainfo", "io.hirefile.Hirefile.metainfo.xml", None),
                           ("mime/packages", "hirefile-mime.xml", "hirefile.xml")):
        (share / sub).mkdir(parents=True)
        shutil.copy(LINUX / src, share / sub / (name or src))
    icons = share / "icons" / "hicolor"
    (icons / "48x48" / "apps").mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / "hirefile-48.png",
                icons / "48x48" / "apps" / "hirefile.png")
    (icons / "scalable" / "apps").mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / "hirefile.svg",
                icons / "scalable" / "apps" / "hirefile.svg")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy(LINUX / script, top / script)
    return top


def _installer_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PREFIX", "XDG_DATA_HOME")}
    env["HOME"] = str(home)
    return env


def test_install_puts_the_app_in_the_menu_and_uninstall_takes_it_all_away(
        tmp_path: Path) -> None:
    top = _fake_unpacked(tmp_path)
    home = tmp_path / "home"
    home.mkdir()
    env = _installer_env(home)
    run = subprocess.run(["sh", str(top / "install.sh")], env=env, capture_output=True,
                         text=True)
    assert run.returncode == 0, run.stderr
    local = home / ".local"
    lib = local / "lib" / "hirefile"
    assert f"Hirefile 0.1.0 installed in {lib}" in run.stdout
    # the command, and the menu entry running the installed program by its full path
    assert (local / "bin" / "hirefile").resolve() == lib / "hirefile"
    desktop = local / "share" / "applications" / "hirefile.desktop"
    assert _desktop_entry(desktop)["Exec"] == f'"{lib}/hirefile" %f'
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True,
                               text=True)
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout
    share = local / "share"
    for installed in ("mime/packages/hirefile.xml", "metainfo/io.hirefile.Hirefile.metainfo.xml",
                      "icons/hicolor/48x48/apps/hirefile.png",
                      "icons/hicolor/scalable/apps/hirefile.svg"):
        assert (share / installed).is_file(), installed
    if shutil.which("update-mime-database"):  # the desktop knows the type from now on
        globs = (share / "mime" / "globs2").read_text()
        assert "application/x-hirefile:*.hirefile" in globs

    # a second run updates in place
    again = subprocess.run(["sh", str(top / "install.sh")], env=env, capture_output=True,
                           text=True)
    assert again.returncode == 0, again.stderr

    mine = home / "Hiring.hirefile"
    mine.write_bytes(b"a founder's file")
    run = subprocess.run(["sh", str(top / "uninstall.sh")], env=env, capture_output=True,
                         text=True)
    assert run.returncode == 0, run.stderr
    assert "your files, settings and backups are kept" in run.stdout
    # what is left: the founder's file, and the desktop's caches, rebuilt without Hirefile
    caches = share / "mime", share / "applications" / "mimeinfo.cache"
    left = sorted(p.relative_to(home).as_posix() for p in home.rglob("*")
                  if (p.is_file() or p.is_symlink())
                  and not any(p == c or c in p.parents for c in caches))
    assert left == ["Hiring.hirefile"]
    for cache in (share / "mime" / "globs2", caches[1]):
        assert not cache.exists() or "hirefile" not in cache.read_text()


# ---------------------------------------------------------------- the bundle itself

needs_bundle = pytest.mark.skipif(
    os.environ.get("HIREFILE_BUNDLE") == "0",
    reason="HIREFILE_BUNDLE=0: the bundle is not built in this run")


@pytest.fixture(scope="session")
def tarball() -> Path:
    """dist/hirefile-VERSION-linux-ARCH.tar.gz, built now unless built from these sources.
    With PyInstaller in this venv (setup.sh installs the `[bundle]` extra), it builds with it;
    otherwise build_bundle.sh makes its own build venv first."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the tarball is Linux's")
    if not shutil.which("objdump"):
        pytest.skip("objdump is not installed: PyInstaller needs it (Debian: binutils)")
    build = ROOT / "build"
    build.mkdir(exist_ok=True)
    made = build / "bundle" / "dist" / "hirefile" / "BUILT-FROM"
    tar = ROOT / "dist" / f"hirefile-{__version__}-linux-{os.uname().machine}.tar.gz"
    env = dict(os.environ)
    if importlib.util.find_spec("PyInstaller") and (Path(sys.prefix) / "bin" / "python").exists():
        env["BUNDLE_VENV"] = sys.prefix
    with open(build / "bundle.lock", "w") as lock:  # one build, when test runs overlap
        fcntl.flock(lock, fcntl.LOCK_EX)
        current = made.is_file() and made.read_text().strip() == fingerprint()
        if not (current and tar.is_file()):
            run = subprocess.run(["bash", str(ROOT / "packaging" / "build_bundle.sh")],
                                 env=env, capture_output=True, text=True, timeout=1200)
            assert run.returncode == 0, run.stderr[-3000:]
    return tar


@pytest.fixture(scope="session")
def installed(tarball: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The tarball unpacked and installed for a founder (HOME in a folder of its own): the
    installed `hirefile` and a demo file it made."""
    where = tmp_path_factory.mktemp("installed")
    subprocess.run(["tar", "-xzf", str(tarball), "-C", str(where)], check=True)
    home = where / "home"
    home.mkdir()
    top = where / tarball.name.removesuffix(".tar.gz")
    subprocess.run(["sh", str(top / "install.sh")], env=_installer_env(home), check=True,
                   capture_output=True)
    program = home / ".local" / "bin" / "hirefile"
    assert program.is_symlink()
    demo = where / "Demo.hirefile"
    for args in (["init", str(demo)], ["demo", str(demo), "--candidates", "60"]):
        run = subprocess.run([str(program), "--as", "Lena Hoffmann", *args],
                             env=_bundle_env(home), capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stderr
    return program, demo


def _bundle_env(home: Path) -> dict[str, str]:
    """This test's environment (its own data and config folders) without any Python of ours:
    the bundle must need none."""
    env = _installer_env(home)
    for var in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
        env.pop(var, None)
    return env


@needs_bundle
def test_installed_bundle_runs_the_command_line(installed: tuple[Path, Path]) -> None:
    program, demo = installed
    env = _bundle_env(program.parent.parent.parent)
    run = subprocess.run([str(program), "--version"], env=env, capture_output=True, text=True)
    assert run.stdout.strip() == f"hirefile {__version__}"
    run = subprocess.run([str(program), "info", str(demo)], env=env, capture_output=True,
                         text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert re.search(r"candidates\s+60\b", run.stdout), run.stdout
    assert "last writer:    Lena Hoffmann" in run.stdout


@needs_bundle
def test_installed_bundle_writes_pdfs_in_its_own_fonts(
        installed: tuple[Path, Path], tmp_path: Path) -> None:
    """A job description from the bundle: ReportLab and the DejaVu fonts inside it work."""
    from pypdf import PdfReader

    program, demo = installed
    env = _bundle_env(program.parent.parent.parent)
    roles = subprocess.run([str(program), "list", str(demo), "roles"], env=env,
                           capture_output=True, text=True, timeout=60)
    assert roles.returncode == 0, roles.stderr
    title = re.split(r"\s{2,}", roles.stdout.splitlines()[1])[0]
    out = tmp_path / "jd.pdf"
    run = subprocess.run([str(program), "--as", "Lena Hoffmann", "export", "jd", str(demo),
                          "--role", title, "-o", str(out)], env=env, capture_output=True,
                         text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    pdf = PdfReader(out)
    assert title in pdf.pages[0].extract_text()
    fonts = {f["/BaseFont"] for f in pdf.pages[0]["/Resources"]["/Font"].values()}
    assert any(name.endswith("+DejaVuSans") for name in fonts), fonts


@needs_bundle
@pytest.mark.parametrize("screen", ["offscreen", "xvfb"])
def test_installed_bundle_opens_a_file_in_its_window(
        installed: tuple[Path, Path], tmp_path: Path, screen: str) -> None:
    """Double-clicking a file runs the menu entry's `hirefile FILE`: the window shows the
    file's data, on the offscreen platform and on a real X screen (Xvfb)."""
    program, demo = installed
    env = _bundle_env(program.parent.parent.parent)
    path = tmp_path / "Hiring.hirefile"
    shutil.copy(demo, path)
    command = [str(program), "--as", "Lena Hoffmann", "--exit-after-first-paint", str(path)]
    if screen == "xvfb":
        if not shutil.which("xvfb-run"):
            pytest.skip("xvfb-run is not installed (Debian: xvfb xauth)")
        env.pop("QT_QPA_PLATFORM", None)
        env.pop("WAYLAND_DISPLAY", None)
        command = ["xvfb-run", "-a", "-s", "-screen 0 1024x768x24", *command]
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    run = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
