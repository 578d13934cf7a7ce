#!/bin/sh
# Removes what install.sh installed (the same PREFIX, ~/.local by default). Your .hirefile
# files, settings and backups are yours and stay where they are.
set -eu

prefix=${PREFIX:-$HOME/.local}
lib=$prefix/lib/hirefile
share=$prefix/share

if [ ! -d "$lib" ]; then
  echo "uninstall.sh: Hirefile is not installed in $lib" >&2
  exit 1
fi
if [ -f "$lib/installed-files" ]; then
  while read -r f; do
    rm -f "$f"
  done <"$lib/installed-files"
fi
link=$prefix/bin/hirefile
if [ -L "$link" ] && [ "$(readlink "$link")" = "$lib/hirefile" ]; then
  rm -f "$link"
fi
rm -rf "$lib"

if command -v update-mime-database >/dev/null 2>&1 && [ -d "$share/mime" ]; then
  update-mime-database "$share/mime" >/dev/null 2>&1 || true
fi
if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$share/applications" ]; then
  update-desktop-database -q "$share/applications" 2>/dev/null || true
fi
echo "Hirefile removed from $lib (your files, settings and backups are kept)"
