#!/usr/bin/env bash
# Installs every build and test dependency of Corroborate on Debian 12, Debian 13 and
# Ubuntu 24.04. Idempotent: packages already present are left alone, and apt is not touched at
# all when nothing is missing. Uses sudo only when not root (and only when something has to be
# installed). On Debian 12 SQLCipher 4 comes from Debian's official bookworm-backports, because
# the main archive only has 3.4.1, which the build refuses; elsewhere from the main archive.
#
# Usage: bash packaging/setup-debian.sh
# Safe to run beside another apt: it waits up to 10 minutes for the dpkg lock.
set -euo pipefail

say() { echo "setup: $*"; }
die() {
  echo "setup: $*" >&2
  exit 1
}

if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
  die "this script needs apt and dpkg (Debian 12, Debian 13 or Ubuntu 24.04)."
fi

# shellcheck disable=SC1091
. /etc/os-release
distro="${ID:-unknown}"
codename="${VERSION_CODENAME:-}"
case "$distro:$codename" in
  debian:bookworm | debian:trixie | ubuntu:noble) ;;
  *) say "warning: ${PRETTY_NAME:-this system} is not one of Debian 12, Debian 13 or Ubuntu 24.04; trying anyway." ;;
esac

# Root commands go through sudo when we are not root; asked for only when really needed.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    die "not root and sudo is missing; run this script as root to install: $*"
  fi
}

build_pkgs=(build-essential cmake ninja-build pkg-config git ccache
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-charts-dev
  libqt6opengl6-dev libqt6charts6
  libqt6svg6 qt6-qpa-plugins libgl-dev libsodium-dev libssl-dev libqpdf-dev)
# Tests and looking at output: Xvfb for the GUI, PDF tools for packs, validators for packaging
# and the scripts.
test_pkgs=(xvfb xauth xdotool imagemagick poppler-utils qpdf desktop-file-utils appstream
  clang-format shellcheck fonts-dejavu-core man-db)
cipher_pkgs=(libsqlcipher-dev sqlcipher)

missing() {
  local p out=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || out+=("$p")
  done
  echo "${out[@]:-}"
}

apt_opts=(-y -q -o DPkg::Lock::Timeout=600 --no-install-recommends)
export DEBIAN_FRONTEND=noninteractive
updated=0
apt_update() {
  if [ "$updated" -eq 0 ]; then
    as_root apt-get -q -o DPkg::Lock::Timeout=600 update
    updated=1
  fi
}

# SQLCipher 4.x bundles SQLite >= 3.40 (the version pkg-config reports); Debian 12's 3.4.1
# package reports 3.15. The stock shell (used by the tests) must be SQLCipher 4 as well.
sqlcipher_ok() {
  pkg-config --exists 'sqlcipher >= 3.40' 2>/dev/null || return 1
  local shell_version
  shell_version=$(dpkg-query -W -f='${Version}' sqlcipher 2>/dev/null) || return 1
  dpkg --compare-versions "$shell_version" ge 4
}

cipher_target=()
if [ "$distro" = debian ] && [ "$codename" = bookworm ]; then
  # Only enabled sources count: not comments, not files renamed to disable them.
  shopt -s nullglob
  sources=(/etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources)
  shopt -u nullglob
  if ! grep -qsE '^[^#]*bookworm-backports' "${sources[@]}" /dev/null; then
    say "enabling Debian's official bookworm-backports for SQLCipher 4"
    echo "deb http://deb.debian.org/debian bookworm-backports main" |
      as_root tee /etc/apt/sources.list.d/bookworm-backports.list >/dev/null
    updated=0
  fi
  cipher_target=(-t bookworm-backports)
fi

todo=$(missing "${build_pkgs[@]}" "${test_pkgs[@]}")
if [ -n "$todo" ]; then
  say "installing: $todo"
  apt_update
  # shellcheck disable=SC2086 # $todo is a list of package names
  as_root apt-get install "${apt_opts[@]}" $todo
fi
if ! sqlcipher_ok || [ -n "$(missing "${cipher_pkgs[@]}")" ]; then
  say "installing SQLCipher 4: ${cipher_pkgs[*]} ${cipher_target[*]:-}"
  apt_update
  as_root apt-get install "${apt_opts[@]}" "${cipher_target[@]}" "${cipher_pkgs[@]}"
fi
if ! sqlcipher_ok; then
  die "SQLCipher 4 could not be installed (pkg-config sqlcipher reports SQLite $(pkg-config --modversion sqlcipher 2>/dev/null || echo none), package sqlcipher $(dpkg-query -W -f='${Version}' sqlcipher 2>/dev/null || echo none)). See README.md, Troubleshooting."
fi
say "all dependencies present (SQLCipher $(dpkg-query -W -f='${Version}' sqlcipher), bundling SQLite $(pkg-config --modversion sqlcipher))."
