#!/bin/sh
# Installs Hirefile from this unpacked folder for you alone (no root needed):
#   ~/.local/lib/hirefile/            the app (Python and Qt inside)
#   ~/.local/bin/hirefile             the command (a link)
#   ~/.local/share/applications, icons, mime, metainfo: the menu entry, the icon, and the
#   .hirefile file type, so double-clicking a .hirefile file opens it in Hirefile.
# PREFIX=/usr/local sh install.sh installs for everyone instead (as root).
# Running it again updates an installed Hirefile; uninstall.sh removes it.
set -eu

here=$(cd "$(dirname "$0")" && pwd -P)
prefix=${PREFIX:-$HOME/.local}
lib=$prefix/lib/hirefile
bin=$prefix/bin
share=$prefix/share

[ -x "$here/hirefile/hirefile" ] || { echo "install.sh: run me from the unpacked Hirefile folder" >&2; exit 1; }

# the app: into a new folder beside the old one, then swapped in, so a failed copy leaves the
# installed Hirefile as it was
mkdir -p "$prefix/lib" "$bin"
rm -rf "$lib.new"
cp -R "$here/hirefile" "$lib.new"
rm -rf "$lib.old"
[ -e "$lib" ] && mv "$lib" "$lib.old"
mv "$lib.new" "$lib"
rm -rf "$lib.old"
ln -sf "$lib/hirefile" "$bin/hirefile"

# menu entry (running the installed program by its full path: a desktop session's PATH often
# lacks ~/.local/bin), metadata, file type, icons; the list of them is kept for uninstall.sh
files=$lib/installed-files
: >"$files"
put() {  # put SRC DEST
  mkdir -p "$(dirname "$2")"
  cp "$1" "$2"
  echo "$2" >>"$files"
}
mkdir -p "$share/applications"
sed -e "s|^Exec=hirefile |Exec=\"$lib/hirefile\" |" -e "s|^TryExec=.*||" \
  "$here/share/applications/hirefile.desktop" >"$share/applications/hirefile.desktop"
echo "$share/applications/hirefile.desktop" >>"$files"
put "$here/share/metainfo/io.hirefile.Hirefile.metainfo.xml" \
  "$share/metainfo/io.hirefile.Hirefile.metainfo.xml"
put "$here/share/mime/packages/hirefile.xml" "$share/mime/packages/hirefile.xml"
(cd "$here/share" && find icons -type f) | while read -r icon; do
  put "$here/share/$icon" "$share/$icon"
done

# tell the desktop, where its tools are installed
if command -v update-mime-database >/dev/null 2>&1; then
  update-mime-database "$share/mime" >/dev/null 2>&1 || true
fi
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$share/applications" 2>/dev/null || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$share/icons/hicolor/index.theme" ]; then
  gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true
fi

echo "Hirefile $("$lib/hirefile" --version | cut -d' ' -f2) installed in $lib"
case ":$PATH:" in
  *":$bin:"*) echo "Run it from your applications menu, or as: hirefile" ;;
  *) echo "Run it from your applications menu, or as: $bin/hirefile ($bin is not on your PATH)" ;;
esac
