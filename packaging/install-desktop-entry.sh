#!/usr/bin/env bash
# Install (or remove) Working Interview Observer's menu entry, icons and AppStream metadata
# for the current user. No root needed; running it again just refreshes the same files.
#
#   packaging/install-desktop-entry.sh                     # Exec=wi-desktop (must be on PATH)
#   packaging/install-desktop-entry.sh --exec ~/apps/wi-desktop/wi-desktop   # a built bundle
#   packaging/install-desktop-entry.sh --uninstall
#
# Files go under ${XDG_DATA_HOME:-~/.local/share}: applications/, icons/hicolor/, metainfo/.
set -euo pipefail

APP_ID="io.github.wi_desktop.WiDesktop"
SIZES="16 32 48 64 128 256"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ICON_SRC="$HERE/../resources/icons"
DATA_HOME="${XDG_DATA_HOME:-$HOME/.local/share}"
APPS_DIR="$DATA_HOME/applications"
ICON_THEME_DIR="$DATA_HOME/icons/hicolor"
METAINFO_DIR="$DATA_HOME/metainfo"

usage() {
  sed -n '2,9s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

exec_path=""
uninstall=0
while [ $# -gt 0 ]; do
  case "$1" in
    --exec)
      [ $# -ge 2 ] || { echo "error: --exec needs the path of the program" >&2; exit 2; }
      exec_path="$2"; shift 2 ;;
    --exec=*) exec_path="${1#--exec=}"; shift ;;
    --uninstall) uninstall=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "error: unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done

refresh_caches() {
  # Optional helpers: desktops pick the files up without them, only more slowly.
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$APPS_DIR" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$ICON_THEME_DIR/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$ICON_THEME_DIR" 2>/dev/null || true
  fi
}

if [ "$uninstall" = 1 ]; then
  rm -f "$APPS_DIR/$APP_ID.desktop" "$METAINFO_DIR/$APP_ID.metainfo.xml" \
        "$ICON_THEME_DIR/scalable/apps/$APP_ID.svg"
  for size in $SIZES; do
    rm -f "$ICON_THEME_DIR/${size}x${size}/apps/$APP_ID.png"
  done
  refresh_caches
  echo "Removed the $APP_ID menu entry, icons and metadata from $DATA_HOME"
  exit 0
fi

for required in "$HERE/$APP_ID.desktop" "$HERE/$APP_ID.metainfo.xml" "$ICON_SRC/wi-desktop.svg"; do
  [ -f "$required" ] || { echo "error: missing $required" >&2; exit 1; }
done

# The menu entry; with --exec, Exec and TryExec point at that program instead of the PATH.
desktop_tmp="$(mktemp)"
trap 'rm -f "$desktop_tmp"' EXIT
if [ -n "$exec_path" ]; then
  case "$exec_path" in /*) ;; *) exec_path="$PWD/$exec_path" ;; esac
  [ -x "$exec_path" ] || echo "warning: $exec_path is not an executable file (yet)" >&2
  case "$exec_path" in
    *[[:space:]\"\'\\\`\$]*)
      echo "error: the program path must not contain spaces or quotes: $exec_path" >&2
      exit 2 ;;
  esac
  sed -e "s|^Exec=.*|Exec=$exec_path|" -e "s|^TryExec=.*|TryExec=$exec_path|" \
    "$HERE/$APP_ID.desktop" >"$desktop_tmp"
else
  cp "$HERE/$APP_ID.desktop" "$desktop_tmp"
  command -v wi-desktop >/dev/null 2>&1 \
    || echo "warning: wi-desktop is not on PATH; the menu hides the entry until it is (or use --exec)" >&2
fi
install -D -m 0644 "$desktop_tmp" "$APPS_DIR/$APP_ID.desktop"

# Icons, under the application id so that Icon= in the entry finds them.
install -D -m 0644 "$ICON_SRC/wi-desktop.svg" "$ICON_THEME_DIR/scalable/apps/$APP_ID.svg"
for size in $SIZES; do
  png="$ICON_SRC/wi-desktop-$size.png"
  [ -f "$png" ] || { echo "error: missing $png (run packaging/render_icons.py)" >&2; exit 1; }
  install -D -m 0644 "$png" "$ICON_THEME_DIR/${size}x${size}/apps/$APP_ID.png"
done

install -D -m 0644 "$HERE/$APP_ID.metainfo.xml" "$METAINFO_DIR/$APP_ID.metainfo.xml"

refresh_caches
echo "Installed the $APP_ID menu entry, icons and metadata into $DATA_HOME"
