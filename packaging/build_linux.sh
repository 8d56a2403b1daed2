#!/usr/bin/env bash
# Build the one-folder Linux bundle in dist/standup-buddy/ (used by `make dist`).
#
#   bash packaging/build_linux.sh            build, prune, report the size
#   bash packaging/build_linux.sh --archive  also pack dist/standup-buddy-<version>-linux-<arch>.tar.gz
#
# Environment: VENV (default .venv), BUNDLE_BUDGET_MB (default 250; the build
# fails when the unpacked bundle is larger).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${VENV:-$ROOT/.venv}"
PY="$VENV/bin/python"
BUDGET_MB="${BUNDLE_BUDGET_MB:-250}"
DIST="$ROOT/dist"
BUNDLE="$DIST/standup-buddy"
ARCHIVE=0
for arg in "$@"; do
  case "$arg" in
    --archive) ARCHIVE=1 ;;
    *) echo "usage: $0 [--archive]" >&2; exit 2 ;;
  esac
done

if [ ! -x "$PY" ]; then
  echo "No virtual environment at $VENV: run 'make venv' first." >&2
  exit 1
fi
# PyInstaller finds and strips shared libraries with binutils' objdump and strip.
for tool in objdump strip; do
  if ! command -v "$tool" >/dev/null; then
    echo "PyInstaller needs '$tool' from binutils (Debian: apt-get install binutils)." >&2
    exit 1
  fi
done
# PyInstaller is a build tool, not an app dependency: install it on demand.
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
  "$VENV/bin/pip" install -q "pyinstaller>=6.10"
fi

VERSION="$(PYTHONPATH="$ROOT/src" "$PY" -c 'import standup_buddy; print(standup_buddy.__version__)')"
echo "Building Standup Buddy $VERSION bundle..."
"$PY" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$DIST" --workpath "$ROOT/build/pyinstaller" \
  "$ROOT/packaging/standup-buddy.spec"

# The spec already filters; this catches anything a hook added afterwards.
"$PY" "$ROOT/packaging/bundle_rules.py" prune "$BUNDLE"

# Desktop integration next to the binary, laid out like /usr/share, plus the
# per-user installer that puts it in place.
APP_ID="$(PYTHONPATH="$ROOT/src" "$PY" -c 'import standup_buddy; print(standup_buddy.APP_ID)')"
rm -rf "$BUNDLE/share"
install -Dm644 "$ROOT/packaging/linux/$APP_ID.desktop" "$BUNDLE/share/applications/$APP_ID.desktop"
install -Dm644 "$ROOT/packaging/linux/$APP_ID.metainfo.xml" "$BUNDLE/share/metainfo/$APP_ID.metainfo.xml"
mkdir -p "$BUNDLE/share/icons"
cp -r "$ROOT/src/standup_buddy/assets/icons/hicolor" "$BUNDLE/share/icons/"
install -m755 "$ROOT/packaging/linux/install.sh" "$BUNDLE/install.sh"
install -m755 "$ROOT/packaging/linux/uninstall.sh" "$BUNDLE/uninstall.sh"

SIZE_MB="$("$PY" "$ROOT/packaging/bundle_rules.py" size "$BUNDLE")"
echo "Bundle: $BUNDLE"
echo "Unpacked size: $SIZE_MB MB (budget $BUDGET_MB MB)"
if ! "$PY" -c "import sys; sys.exit(0 if float('$SIZE_MB') <= float('$BUDGET_MB') else 1)"; then
  echo "The bundle is over budget: check packaging/bundle_rules.py." >&2
  exit 1
fi

if [ "$ARCHIVE" = 1 ]; then
  TARBALL="$DIST/standup-buddy-$VERSION-linux-$(uname -m).tar.gz"
  tar -C "$DIST" -czf "$TARBALL" standup-buddy
  echo "Archive: $TARBALL ($(du -h "$TARBALL" | cut -f1))"
fi

# Lets tests reuse this bundle until a source or packaging file changes.
mkdir -p "$ROOT/build/pyinstaller"
touch "$ROOT/build/pyinstaller/bundle.stamp"
