#!/usr/bin/env bash
# Remove a Standup Buddy installed by install.sh for the current user.
#
#   uninstall.sh           remove the app; ask before touching your history
#   uninstall.sh --purge   also delete your settings and break history
#   uninstall.sh --keep    keep your settings and history without asking
set -euo pipefail

APP_ID="io.github.standup_buddy.StandupBuddy"
PREFIX="${PREFIX:-$HOME/.local}"
APP_DIR="$PREFIX/lib/standup-buddy"
SHARE="$PREFIX/share"
CONFIG_DIR="${XDG_CONFIG_HOME:-$HOME/.config}/standup-buddy"
DATA_DIR="${XDG_DATA_HOME:-$HOME/.local/share}/standup-buddy"
AUTOSTART_DIR="${XDG_CONFIG_HOME:-$HOME/.config}/autostart"

PURGE=ask
case "${1:-}" in
  --purge) PURGE=yes ;;
  --keep) PURGE=no ;;
  "") ;;
  *) echo "usage: $0 [--purge|--keep]" >&2; exit 2 ;;
esac

if [ -L "$PREFIX/bin/standup-buddy" ] && [ "$(readlink "$PREFIX/bin/standup-buddy")" = "$APP_DIR/standup-buddy" ]; then
  rm -f "$PREFIX/bin/standup-buddy"
fi
rm -f "$SHARE/applications/$APP_ID.desktop" "$SHARE/metainfo/$APP_ID.metainfo.xml"
rm -f "$SHARE"/icons/hicolor/*/apps/"$APP_ID".*
# The "start at login" entry the app's settings wrote, whatever its file name.
if [ -d "$AUTOSTART_DIR" ]; then
  { grep -l -x "X-StandupBuddy-Autostart=true" "$AUTOSTART_DIR"/*.desktop 2>/dev/null || true; } | while read -r entry; do
    rm -f "$entry"
  done
fi
rm -rf "$APP_DIR"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" || true
echo "Standup Buddy has been removed."

if [ ! -e "$CONFIG_DIR" ] && [ ! -e "$DATA_DIR" ]; then
  exit 0
fi
if [ "$PURGE" = ask ]; then
  PURGE=no
  if [ -t 0 ]; then
    printf 'Also delete your settings and break history (%s, %s)? [y/N] ' "$CONFIG_DIR" "$DATA_DIR"
    read -r answer
    case "$answer" in [yY]*) PURGE=yes ;; esac
  fi
fi
if [ "$PURGE" = yes ]; then
  rm -rf "$CONFIG_DIR" "$DATA_DIR"
  echo "Your settings and history have been deleted."
else
  echo "Your settings and history are kept in $CONFIG_DIR and $DATA_DIR."
fi
