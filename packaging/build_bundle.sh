#!/usr/bin/env bash
# Builds Hirefile as an app to install, with Python and Qt inside (PyInstaller, one folder).
#
#   bash packaging/build_bundle.sh            the bundle, then (Linux) the tarball
#   bash packaging/build_bundle.sh --bundle   the bundle only
#
# Linux:  dist/hirefile-VERSION-linux-ARCH.tar.gz (unpack, run ./install.sh) and the bundle in
#         build/bundle/dist/hirefile/. No AppImage: Debian has no appimagetool, and PyPI's
#         AppImage tools download it from GitHub while building (see packaging/README.md).
# macOS:  build/bundle/dist/Hirefile.app, then dist/Hirefile-VERSION.dmg (hdiutil).
# Windows: see packaging/windows/README.md (build.ps1, then Inno Setup).
#
# Needs a Python >= 3.10 with its shared library (Debian: python3 and libpython3.11; pyenv:
# PYTHON_CONFIGURE_OPTS=--enable-shared) and `strip` (binutils). PYTHON=... picks the Python.
# The build venv (build/bundle-venv: Hirefile's dependencies and the pinned PyInstaller, the
# `[bundle]` extra) is made once and again only when pyproject.toml changes. BUNDLE_VENV=DIR
# builds with a venv that has them already instead (the tests use .venv, where setup.sh
# installs the `[bundle]` extra: PyInstaller leaves out the test tools it also holds).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$root"
say() { printf 'bundle: %s\n' "$*" >&2; }
die() { printf 'bundle: error: %s\n' "$*" >&2; exit 1; }

only_bundle=0
case "${1:-}" in
  --bundle) only_bundle=1 ;;
  "") ;;
  -h | --help) sed -n '2,5p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) die "unknown option $1 (see --help)" ;;
esac

started=$SECONDS
venv=${BUNDLE_VENV:-$root/build/bundle-venv}
work=$root/build/bundle
case "$(uname -s)" in
  Darwin) bin=$venv/bin ;;
  MINGW* | MSYS* | CYGWIN*) bin=$venv/Scripts ;;
  *) bin=$venv/bin ;;
esac

# ---------------------------------------------------------------- build venv
if [ -n "${BUNDLE_VENV:-}" ]; then
  "$bin/python" -c 'import PyInstaller' 2>/dev/null ||
    die "BUNDLE_VENV=$BUNDLE_VENV has no PyInstaller (pip install -e '.[bundle]' there)"
else
  if [ -n "${PYTHON:-}" ]; then
    py=$PYTHON
  elif [ -x "$root/.venv/bin/python" ]; then
    py=$("$root/.venv/bin/python" -c 'import sys; print(sys._base_executable)')
  else
    py=$(command -v python3) || die "no python3 found (PYTHON=... to name one)"
  fi
  stamp_want=$({ cat pyproject.toml; "$py" -c 'import sys; print(sys.version)'; } | cksum | cut -d' ' -f1)
  if [ "$(cat "$venv/.bundle-stamp" 2>/dev/null || true)" != "$stamp_want" ]; then
    say "making the build venv with $py"
    rm -rf "$venv"
    "$py" -m venv "$venv" || die "could not make a venv with $py"
    export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
    piplog=$(mktemp)
    if ! "$bin/python" -m pip install -q -e ".[bundle]" >"$piplog" 2>&1; then
      tail -n 20 "$piplog" >&2
      rm -f "$piplog"
      die "pip install -e '.[bundle]' failed"
    fi
    rm -f "$piplog"
    printf '%s\n' "$stamp_want" >"$venv/.bundle-stamp"
  fi
fi

# ---------------------------------------------------------------- the bundle
version=$("$bin/python" -c 'import hirefile; print(hirefile.__version__)')
say "PyInstaller: Hirefile $version"
rm -rf "$work/dist"
"$bin/python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$work/dist" --workpath "$work/work" packaging/bundle/hirefile.spec
app=$work/dist/hirefile
"$bin/python" packaging/bundle/fingerprint.py >"$app/BUILT-FROM"
say "bundle: $app ($(du -sh "$app" | cut -f1), $((SECONDS - started)) s)"
[ "$only_bundle" = 1 ] && exit 0

mkdir -p dist
case "$(uname -s)" in
  Linux)
    arch=$(uname -m)
    name=hirefile-$version-linux-$arch
    stage=$work/$name
    rm -rf "$stage"
    mkdir -p "$stage"
    cp -a "$app" "$stage/hirefile"
    share=$stage/share
    mkdir -p "$share/applications" "$share/metainfo" "$share/mime/packages" \
      "$share/icons/hicolor/scalable/apps" "$share/icons/hicolor/scalable/mimetypes"
    cp packaging/linux/hirefile.desktop "$share/applications/"
    cp packaging/linux/io.hirefile.Hirefile.metainfo.xml "$share/metainfo/"
    cp packaging/linux/hirefile-mime.xml "$share/mime/packages/hirefile.xml"
    for png in resources/icons/hirefile-*.png; do
      s=${png##*-}; s=${s%.png}
      for ctx in apps mimetypes; do
        mkdir -p "$share/icons/hicolor/${s}x$s/$ctx"
      done
      cp "$png" "$share/icons/hicolor/${s}x$s/apps/hirefile.png"
      cp "$png" "$share/icons/hicolor/${s}x$s/mimetypes/application-x-hirefile.png"
    done
    cp resources/icons/hirefile.svg "$share/icons/hicolor/scalable/apps/hirefile.svg"
    cp resources/icons/hirefile.svg "$share/icons/hicolor/scalable/mimetypes/application-x-hirefile.svg"
    cp packaging/linux/install.sh packaging/linux/uninstall.sh "$stage/"
    chmod +x "$stage/install.sh" "$stage/uninstall.sh"
    cp packaging/linux/README-tarball.txt "$stage/README.txt"
    tar -C "$work" -czf "dist/$name.tar.gz" "$name"
    say "tarball: dist/$name.tar.gz ($(du -h "dist/$name.tar.gz" | cut -f1))"
    ;;
  Darwin)
    dmg=dist/Hirefile-$version.dmg
    rm -f "$dmg"
    hdiutil create -volname Hirefile -srcfolder "$work/dist/Hirefile.app" -ov -format UDZO "$dmg"
    say "disk image: $dmg"
    ;;
  *)
    say "this system makes the bundle only; see packaging/windows/README.md for the installer"
    ;;
esac
say "done ($((SECONDS - started)) s)"
