#!/usr/bin/env bash
# Installs the built app (dist/recoveryjournal from packaging/build.sh) into the desktop: the folder under
# PREFIX/lib/recoveryjournal, the command PREFIX/bin/recoveryjournal, the menu entry, the icon at every standard size
# and the AppStream metadata that software centres read.
#   PREFIX   where to install (default ~/.local: just you, no root; /usr/local for everyone)
#   DESTDIR  stage the files under this folder instead, for a distribution package
#   BUNDLE   the built folder (default dist/recoveryjournal)
# With --uninstall it removes what it installed from PREFIX.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
prefix="${PREFIX:-$HOME/.local}"
bundle="${BUNDLE:-$here/../dist/recoveryjournal}"
root="${DESTDIR:-}$prefix"
icons="$root/share/icons/hicolor"

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$root/lib/recoveryjournal"
    rm -f "$root/bin/recoveryjournal" "$root/share/applications/recoveryjournal.desktop" \
        "$root/share/metainfo/io.github.recoveryjournal.metainfo.xml" "$icons"/*/apps/recoveryjournal.png \
        "$icons/scalable/apps/recoveryjournal.svg"
    echo "Removed Recovery Journal from $prefix (your journal is left where it is)"
    exit 0
fi

if [ ! -x "$bundle/recoveryjournal" ]; then
    echo "There is no built app in $bundle: run packaging/build.sh first" >&2
    exit 1
fi
install -d "$root/lib" "$root/bin" "$root/share/applications" "$root/share/metainfo"
rm -rf "$root/lib/recoveryjournal"
cp -R "$bundle" "$root/lib/recoveryjournal"
ln -sfn ../lib/recoveryjournal/recoveryjournal "$root/bin/recoveryjournal"
# The menu starts the command by its full path: PREFIX/bin is not on every desktop's PATH.
sed "s|^Exec=recoveryjournal|Exec=$prefix/bin/recoveryjournal|" "$here/recoveryjournal.desktop" \
    > "$root/share/applications/recoveryjournal.desktop"
chmod 644 "$root/share/applications/recoveryjournal.desktop"
install -m 644 "$here/io.github.recoveryjournal.metainfo.xml" "$root/share/metainfo/"
for png in "$here"/icons/*/recoveryjournal.png; do
    size="$(basename "$(dirname "$png")")"
    install -D -m 644 "$png" "$icons/$size/apps/recoveryjournal.png"
done
install -D -m 644 "$here/../resources/icons/recoveryjournal.svg" "$icons/scalable/apps/recoveryjournal.svg"
if [ -z "${DESTDIR:-}" ]; then  # menus and icon themes notice the new files at once where these tools exist
    update-desktop-database -q "$root/share/applications" 2>/dev/null || true
    gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
fi
echo "Installed Recovery Journal $("$root/bin/recoveryjournal" --version 2>/dev/null | cut -d' ' -f2) in $prefix"
