#!/usr/bin/env bash
# Reads the real AT-SPI tree of Corroborate, as Orca would, on a virtual display: the welcome
# page, the main window after sign-in, a review session and some dialogs, and lists every
# reachable control without a name (scripts/check-accessibility.py). Run by hand; the CTest
# suite gui.accessibility checks the same through QAccessible.
#
#   bash scripts/check-accessibility.sh [BUILD_DIR]     (default build/dev)
#
# Needs xvfb, openbox, xdotool, at-spi2-core and python3-pyatspi (Debian's /usr/bin/python3). Uses display :96 unless
# CHECK_DISPLAY is set.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build=${1:-build/dev}
cli="$build/app/corroborate-cli"
gui="$build/ui/corroborate"
[ -x "$cli" ] && [ -x "$gui" ] || { echo "check-accessibility: build first ($build)" >&2; exit 1; }
display=${CHECK_DISPLAY:-:96}
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

export CORROBORATE_PASSPHRASE='accessibility check passphrase'
export CORROBORATE_USER=demo.admin CORROBORATE_PASSWORD='accessibility check password'
"$cli" demo "$work/demo.corroborate" --nominals 30 >/dev/null 2>&1
unset CORROBORATE_PASSPHRASE CORROBORATE_PASSWORD

Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
sleep 1
export DISPLAY=$display XDG_CONFIG_HOME=$work/config
openbox >/dev/null 2>&1 &
pids+=($!)

dbus-run-session -- bash -s "$gui" "$work/demo.corroborate" <<'INNER'
set -uo pipefail
gui=$1 file=$2
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
launcher=$!
sleep 1
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 timeout 300 "$gui" "$file" >/dev/null 2>&1 &
app=$!
sleep 4
status=0
look() {
  echo "=== $1"
  sleep 1.5
  /usr/bin/python3 scripts/check-accessibility.py || status=1
}
key() { xdotool key --clearmodifiers "$@"; sleep 0.7; }
look "passphrase page"
xdotool type --delay 20 'accessibility check passphrase'; key Return; sleep 3
look "sign-in page"
xdotool type --delay 20 'demo.admin'; key Tab
xdotool type --delay 20 'accessibility check password'; key Return; sleep 4
look "main window (due for review)"
key ctrl+3; sleep 2
look "the reason for looking (asked before a record is shown)"
xdotool type --delay 20 'Accessibility check'; key Return; sleep 2
look "main window (all nominals, a record shown)"
key ctrl+r; sleep 3
look "review session, step 1"
key alt+4; look "review session, step 4 (decision)"
key ctrl+comma; look "settings dialog"; key Escape
key ctrl+shift+n; look "new nominal dialog"; key Escape
key F1; look "user guide"; key Escape
kill "$app" "$launcher" 2>/dev/null
exit $status
INNER
