#!/usr/bin/env bash
# The README's first command: installs what is missing, builds the release preset, creates a
# synthetic demo case file if there is none (demo/demo.corroborate), prints its passphrase and
# demo sign-ins, and opens the app on it.
#
#   bash scripts/run-demo.sh
#
# Works from any directory. Uses sudo only when not root, and only to install packages.
# With no display it builds, prints everything and says how to start the app under Xvfb.
# Set CORROBORATE_SKIP_SETUP=1 to skip the package check (for a machine set up already).
# To start afresh: rm -rf demo/   (the demo file is synthetic; nothing real is lost).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Everything in the demo file is synthetic, so these values are public on purpose: they are
# printed below and are the same on every machine. Never use them for a real case file. They
# reach the CLI through the environment, never through its arguments.
readonly DEMO_PASSPHRASE="synthetic-demo-only"
readonly DEMO_USER="demo.admin"
readonly DEMO_PASSWORD="demo-admin-password"
readonly DEMO_FILE="demo/demo.corroborate"
readonly DEMO_LOG="demo/demo.corroborate.txt" # what `demo` printed: the sign-ins
readonly DEMO_NOMINALS=500
readonly DEMO_SEED=1

readonly CLI="build/release/app/corroborate-cli"
readonly GUI="build/release/ui/corroborate"

say() { echo "run-demo: $*"; }
die() {
  echo "run-demo: $*" >&2
  exit 1
}

if [ "${CORROBORATE_SKIP_SETUP:-0}" != 1 ]; then
  bash packaging/setup-debian.sh
fi

say "configuring and building the release preset (build/release)"
cmake --preset release
# Only the two programs: the demo needs no test binaries.
cmake --build --preset release --target corroborate-cli corroborate

if ! "$CLI" demo --help >/dev/null 2>&1 </dev/null; then
  die "this build of corroborate-cli has no 'demo' command yet, so no demo case file can be
made. Update the checkout and run this script again; 'corroborate-cli --help' lists the
commands this build has."
fi

if [ ! -e "$DEMO_FILE" ]; then
  say "creating $DEMO_FILE: $DEMO_NOMINALS synthetic nominals, seed $DEMO_SEED"
  mkdir -p demo
  # Build into a temporary name and rename at the end, so that an interrupted run leaves no
  # half-made file that a later run would take for the demo.
  partial="demo/.demo.partial.corroborate"
  rm -f "$partial" "$partial-wal" "$partial-shm" "$partial-journal"
  # Progress and messages (standard error) go to the terminal; the summary with the sign-ins
  # (standard output) is kept, so that later runs can show it again.
  if ! CORROBORATE_PASSPHRASE="$DEMO_PASSPHRASE" CORROBORATE_USER="$DEMO_USER" \
    CORROBORATE_PASSWORD="$DEMO_PASSWORD" \
    "$CLI" demo "$partial" --nominals "$DEMO_NOMINALS" --seed "$DEMO_SEED" \
    </dev/null >"$DEMO_LOG.new"; then
    rm -f "$partial" "$partial-wal" "$partial-shm" "$partial-journal" "$DEMO_LOG.new"
    die "corroborate-cli demo failed (its message is above); nothing was kept."
  fi
  # The file is in WAL mode; a clean exit folds the log back in, but if one is left it belongs
  # to the file and moves with it.
  for side in -wal -shm; do
    if [ -e "$partial$side" ]; then mv "$partial$side" "$DEMO_FILE$side"; fi
  done
  mv "$partial" "$DEMO_FILE"
  sed "s|$partial|$DEMO_FILE|g" "$DEMO_LOG.new" >"$DEMO_LOG"
  rm -f "$DEMO_LOG.new"
  chmod 600 "$DEMO_FILE" "$DEMO_LOG"
else
  say "using the existing $DEMO_FILE (delete the demo/ folder to make a new one)"
fi

echo
if [ -s "$DEMO_LOG" ]; then
  # What `corroborate-cli demo` printed when it made the file: the passphrase, our sign-in and
  # a second supervisor, for trying sign-off by someone other than the proposer.
  sed 's/^/  /' "$DEMO_LOG"
else
  cat <<EOF
  Case file:   $DEMO_FILE   (synthetic data only)
  Passphrase:  $DEMO_PASSPHRASE
  Sign in as:  $DEMO_USER / $DEMO_PASSWORD (officer, supervisor, administrator)
EOF
fi
echo

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  cat <<EOF
There is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so the app was built but
not opened. On a desktop session, run:
  $PWD/$GUI $PWD/$DEMO_FILE
To check that it starts on a headless machine, under a virtual X server (package xvfb):
  timeout 20 xvfb-run -a $PWD/$GUI $PWD/$DEMO_FILE
EOF
  exit 0
fi

say "opening $DEMO_FILE"
exec "$GUI" "$DEMO_FILE"
