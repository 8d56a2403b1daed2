#!/usr/bin/env bash
# Install the Standup Buddy bundle for the current user (no root needed).
#
# Run it from the unpacked bundle folder:   ./install.sh
# It copies the app to ~/.local/lib/standup-buddy, puts a `standup-buddy`
# command in ~/.local/bin, and adds the app to your applications menu.
# Set PREFIX to install somewhere else than ~/.local.
set -euo pipefail

APP_ID="io.github.standup_buddy.StandupBuddy"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PREFIX="${PREFIX:-$HOME/.local}"
APP_DIR="$PREFIX/lib/standup-buddy"
BIN_DIR="$PREFIX/bin"
SHARE="$PREFIX/share"

if [ ! -x "$HERE/standup-buddy" ] || [ ! -d "$HERE/share" ]; then
  echo "Run this script from the unpacked Standup Buddy folder." >&2
  exit 1
fi
if [ "$HERE" = "$APP_DIR" ]; then
  echo "Standup Buddy is already installed in $APP_DIR." >&2
  exit 0
fi

echo "Installing Standup Buddy into $APP_DIR"
# Copy to a temporary name first so a failed copy never leaves half an app.
mkdir -p "$PREFIX/lib"
rm -rf "$APP_DIR.new"
cp -a "$HERE" "$APP_DIR.new"
rm -rf "$APP_DIR"
mv "$APP_DIR.new" "$APP_DIR"

mkdir -p "$BIN_DIR"
ln -sfn "$APP_DIR/standup-buddy" "$BIN_DIR/standup-buddy"

# The menu entry runs the installed binary by its full path: ~/.local/bin is
# not on every desktop session's PATH.
mkdir -p "$SHARE/applications"
sed "s|^Exec=standup-buddy|Exec=\"$APP_DIR/standup-buddy\"|" \
  "$APP_DIR/share/applications/$APP_ID.desktop" > "$SHARE/applications/$APP_ID.desktop"
mkdir -p "$SHARE/metainfo"
cp "$APP_DIR/share/metainfo/$APP_ID.metainfo.xml" "$SHARE/metainfo/"
for icon in "$APP_DIR"/share/icons/hicolor/*/apps/"$APP_ID".*; do
  rel="${icon#"$APP_DIR/share/icons/"}"
  mkdir -p "$SHARE/icons/$(dirname "$rel")"
  cp "$icon" "$SHARE/icons/$rel"
done

# Refresh the menu and icon caches where the desktop keeps them; harmless if absent.
command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true

echo "Done. Start Standup Buddy from your applications menu, or run: $BIN_DIR/standup-buddy"
echo "To remove it later, run: $APP_DIR/uninstall.sh"
