#!/usr/bin/env bash
# The README's second command: installs what is missing, builds, and runs the whole test suite.
#
#   bash scripts/run-tests.sh           developer build (build/dev), then ctest --preset dev
#   bash scripts/run-tests.sh --asan    the same under AddressSanitizer + UBSan (build/asan)
#
# Works from any directory. Uses sudo only when not root, and only to install packages.
# GUI tests run offscreen (the test presets set QT_QPA_PLATFORM=offscreen): no display needed.
# Set CORROBORATE_SKIP_SETUP=1 to skip the package check (for a machine set up already).
# Extra ctest arguments go after --, e.g.: bash scripts/run-tests.sh -- -R core --parallel 2
set -euo pipefail

usage() {
  sed -n '2,10s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

preset=dev
ctest_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --asan) preset=asan ;;
    -h | --help)
      usage
      exit 0
      ;;
    --)
      shift
      ctest_args=("$@")
      break
      ;;
    *)
      echo "run-tests: unknown argument '$1'" >&2
      usage >&2
      exit 1
      ;;
  esac
  shift
done

cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [ "${CORROBORATE_SKIP_SETUP:-0}" != 1 ]; then
  bash packaging/setup-debian.sh
fi

echo "run-tests: configuring and building the '$preset' preset (build/$preset)"
cmake --preset "$preset"
cmake --build --preset "$preset"

echo "run-tests: running the tests ('$preset' preset)"
ctest --preset "$preset" "${ctest_args[@]}"
