#!/usr/bin/env bash
# Hirefile set-up: installs whatever is missing, then runs the app or the tests.
#
#   bash packaging/setup.sh app  [ARGS...]         run the app     (.venv/bin/hirefile ARGS...)
#   bash packaging/setup.sh test [PYTEST ARGS...]  lint (ruff), type-check (mypy), then the tests
#
# What it does, each step only when needed (a second run takes well under a second):
#   1. Debian/Ubuntu: installs missing system packages with apt-get (as root, or via sudo):
#      python3 + python3-venv (only if no python3 >= 3.10 with venv/ensurepip is on PATH),
#      Qt's runtime libraries and fonts, plus the xcb libraries (app, and test: the bundle's
#      smoke test starts it under Xvfb) and, for the tests, poppler-utils, postgresql (the tests
#      start a throwaway PostgreSQL server of their own), xvfb and xauth, binutils and the
#      shared libpython of Debian's Python (the bundle's build: PyInstaller).
#      macOS and other systems: nothing system-level is installed (the PostgreSQL tests skip,
#      saying so, unless PostgreSQL's programs are on PATH, e.g. `brew install postgresql@15`).
#   2. Creates .venv in the repository root (again if it is broken).
#   3. pip install -e '.[test,bundle]' whenever pyproject.toml changed (stamp:
#      .venv/.hirefile-setup); the bundle extra is PyInstaller, for the bundle's smoke test.
set -euo pipefail

usage() {
  sed -n '2,5p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

mode=${1:-}
case "$mode" in
  app | test) shift ;;
  -h | --help | help) usage; exit 0 ;;
  *) usage >&2; exit 2 ;;
esac

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$root"

started=$SECONDS
did_work=0
say() { printf 'setup: %s\n' "$*" >&2; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

venv=$root/.venv
stamp=$venv/.hirefile-setup
install_spec='.[test,bundle]'  # the app needs only '.', but one venv serves both commands

# ---------------------------------------------------------------- python helpers
# A python that can build the venv: >= 3.10 with venv and ensurepip (and its bundled pip).
python_ok() {
  "$1" - <<'EOF' >/dev/null 2>&1
import sys
assert sys.version_info >= (3, 10)
import venv, ensurepip
assert ensurepip.version()
EOF
}

find_python() {
  local c
  for c in python3 python3.13 python3.12 python3.11 python3.10 /usr/bin/python3 /usr/local/bin/python3; do
    if command -v "$c" >/dev/null 2>&1 && python_ok "$c"; then
      command -v "$c"
      return 0
    fi
  done
  return 1
}

venv_ok() {
  [ -x "$venv/bin/python" ] &&
    "$venv/bin/python" -c 'import sys, pip; sys.exit(sys.version_info < (3, 10))' >/dev/null 2>&1
}

# ---------------------------------------------------------------- system packages
if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  want=(ca-certificates
    libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0
    fonts-dejavu-core fonts-wqy-microhei)
  # Qt's xcb platform: the app's window, and the bundle's smoke start under Xvfb (tests)
  want+=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
    libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1
    libxcb-xfixes0 libxcb-xkb1 libxcb1 libx11-xcb1 libxkbcommon-x11-0)
  if [ "$mode" = app ]; then
    want+=(fonts-noto-core)  # names in Devanagari, Tamil, Bengali, Thai, Ethiopic… (12 MB)
  else
    # postgresql: initdb/pg_ctl for the tests' throwaway server (tests/pg_server.py); the
    # cluster Debian makes on install is not used. The bundle's smoke test
    # (tests/test_bundle.py): binutils (PyInstaller reads and writes programs with objdump and
    # objcopy), xvfb and xauth (xvfb-run: a real X screen)
    want+=(poppler-utils postgresql binutils xvfb xauth)
  fi
  # python3 comes from the system only when neither the venv nor a usable python3 exists
  if ! venv_ok && ! find_python >/dev/null; then
    want+=(python3 python3-venv)
  fi

  # installs those of the packages named that are missing
  apt_install_missing() {
    local installed p t0 aptlog missing=() sudo=()
    # one dpkg-query for all: packages it does not know print nothing and count as missing
    # (dpkg-query exits 1 when it does not know a package: not an error here)
    installed=" $({ dpkg-query -W -f='${Package} ${Status}\n' "$@" 2>/dev/null || true; } |
      awk '$2 == "install" && $3 == "ok" && $4 == "installed" { printf "%s ", $1 }')"
    missing=()
    for p in "$@"; do
      case "$installed" in *" $p "*) ;; *) missing+=("$p") ;; esac
    done

    if [ ${#missing[@]} -gt 0 ]; then
      did_work=1
      sudo=()
      if [ "$(id -u)" != 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
          sudo=(sudo)
          say "installing system packages with sudo (Python, Qt's runtime libraries and fonts):"
          say "  ${missing[*]}"
        else
          sudo=(none)
        fi
      else
        say "installing system packages: ${missing[*]}"
      fi
      if [ "${sudo[0]:-}" = none ]; then
        say "warning: these system packages are missing and there is neither root nor sudo"
        say "to install them; ask an administrator to run:"
        say "  apt-get install --no-install-recommends ${missing[*]}"
        say "continuing without them (Qt may fail to start)."
      else
        t0=$SECONDS
        aptlog=$(mktemp)
        if ! "${sudo[@]}" apt-get update -q >"$aptlog" 2>&1; then
          say "warning: apt-get update reported errors (trying the install anyway):"
          tail -n 5 "$aptlog" >&2
        fi
        if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
          apt-get install -y -q --no-install-recommends "${missing[@]}" >"$aptlog" 2>&1; then
          tail -n 20 "$aptlog" >&2
          rm -f "$aptlog"
          if [ ${#sudo[@]} -eq 0 ]; then die "apt-get install failed"; fi
          say "warning: could not install the system packages; continuing without them."
        else
          rm -f "$aptlog"
          say "system packages installed ($((SECONDS - t0)) s)"
        fi
      fi
    fi
  }
  apt_install_missing "${want[@]}"
  # Debian's python3 is one program without the shared libpython that PyInstaller puts in
  # the bundle: the tests' bundle build needs libpython3.X for the Python that makes .venv
  # (a python3 just installed above, when there was none)
  if [ "$mode" = test ]; then
    if venv_ok; then venv_py=$venv/bin/python; else venv_py=$(find_python || true); fi
    libpy=
    if [ -n "$venv_py" ]; then
      libpy=$("$venv_py" -c 'import sys; v = sys.version_info
print(f"libpython{v[0]}.{v[1]}" if sys.base_prefix == "/usr" else "")' 2>/dev/null || true)
    fi
    if [ -n "$libpy" ]; then apt_install_missing "$libpy"; fi
  fi
  # where Debian's PostgreSQL is installed, its tests must run: failing to start it is an error
  if [ "$mode" = test ] && dpkg-query -W -f='${Status}\n' postgresql 2>/dev/null |
    grep -q 'install ok installed'; then
    export HIREFILE_PG_REQUIRED=1
  fi
elif [ "$(uname -s)" != Darwin ] && ! [ -f "$stamp" ]; then
  say "note: not a Debian/Ubuntu system, so system packages are not checked; Qt needs"
  say "libEGL, libGL, fontconfig, freetype, dbus, xkbcommon and xcb-cursor at run time."
fi

# ---------------------------------------------------------------- virtual environment
if ! venv_ok; then
  did_work=1
  py=$(find_python) || {
    if [ "$(uname -s)" = Darwin ]; then
      die "no python3 >= 3.10 found. Install one with 'brew install python@3.12' (Homebrew)
       or from python.org/downloads, then run this command again."
    else
      die "no python3 >= 3.10 with venv and ensurepip found. On Debian/Ubuntu:
       sudo apt-get install python3 python3-venv   (then run this command again)"
    fi
  }
  [ -e "$venv" ] && { say "recreating the broken .venv"; rm -rf "$venv"; }
  say "creating .venv with $py ($("$py" -c 'import platform; print(platform.python_version())'))"
  "$py" -m venv "$venv" || die "could not create .venv with $py"
fi

# ---------------------------------------------------------------- python packages
if command -v sha256sum >/dev/null 2>&1; then
  hash_cmd=(sha256sum)
elif command -v shasum >/dev/null 2>&1; then
  hash_cmd=(shasum -a 256)
else
  hash_cmd=(cksum)
fi
want_stamp="$({ cat pyproject.toml; printf '\n%s\n' "$install_spec"; } | "${hash_cmd[@]}" | cut -d' ' -f1)"
have_stamp=$(cat "$stamp" 2>/dev/null || true)

if [ "$want_stamp" != "$have_stamp" ] || ! [ -x "$venv/bin/hirefile" ]; then
  did_work=1
  t0=$SECONDS
  say "installing Python packages into .venv (pip install -e '$install_spec')"
  export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
  rm -f "$stamp"
  "$venv/bin/python" -m pip install -q --upgrade pip || die "could not upgrade pip"
  "$venv/bin/python" -m pip install -q -e "$install_spec" || die "pip install -e '$install_spec' failed"
  printf '%s\n' "$want_stamp" >"$stamp"
  say "Python packages installed ($((SECONDS - t0)) s)"
fi

[ "$did_work" = 1 ] && say "ready ($((SECONDS - started)) s)"

# ---------------------------------------------------------------- run
if [ "$mode" = app ]; then
  if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
    say "warning: no display found (DISPLAY and WAYLAND_DISPLAY are unset); the window may not open."
  fi
  exec "$venv/bin/hirefile" "$@"
else
  # The habits first (seconds), then the suite: any of them failing fails the command.
  say "ruff check src tests"
  "$venv/bin/ruff" check --quiet src tests || die "ruff found problems (above)"
  say "mypy (strict on domain, storage, services, documents)"
  "$venv/bin/mypy" || die "mypy found problems (above)"
  export QT_QPA_PLATFORM=offscreen
  if [ -z "${HIREFILE_PG_REQUIRED:-}" ] && ! command -v pg_config >/dev/null 2>&1 &&
    ! command -v initdb >/dev/null 2>&1; then
    say "note: PostgreSQL is not installed, so the tests on PostgreSQL skip (install"
    say "PostgreSQL 13+ to run them: macOS 'brew install postgresql@15')."
  fi
  # One test process per core (at most four), each with its own throwaway PostgreSQL and demo
  # file; `-n 0` after the command runs them in one process.
  # The bundle's smoke tests (tests/test_bundle.py: a 2-minute build, then the installed app
  # started) come early in the collection, so they are in the first batch one worker is sent,
  # while the others run the rest; HIREFILE_BUNDLE=0 skips them for a quick run.
  exec "$venv/bin/python" -m pytest -n auto --maxprocesses 4 "$@"
fi
