#!/bin/sh
# Writes the screenshots in docs/screenshots from the GUI suite "screenshots" (1280x800,
# offscreen, synthetic data). Usage: tests/gui/take-screenshots.sh [BUILD_DIR]
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$here/build/dev}
cmake --build "$build" --target test_gui_screenshots
mkdir -p "$here/docs/screenshots"
CORROBORATE_SCREENSHOT_DIR="$here/docs/screenshots" QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 \
    timeout 300 "$build/tests/test_gui_screenshots"
