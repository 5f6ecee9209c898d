#!/usr/bin/env bash
# Installs every build and test dependency of Corroborate on Debian 12, Debian 13 and
# Ubuntu 24.04. Idempotent: packages already present are left alone. Uses sudo only when
# not root. On Debian 12 SQLCipher 4 comes from Debian's official bookworm-backports, because
# the main archive only has 3.4.1, which the build refuses.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "setup: not root and sudo is missing; run this script as root." >&2
    exit 1
  fi
fi

. /etc/os-release
codename="${VERSION_CODENAME:-}"

build_pkgs=(build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  libqt6svg6 qt6-qpa-plugins libgl-dev libsodium-dev libssl-dev)
test_pkgs=(xvfb xauth xdotool imagemagick poppler-utils desktop-file-utils appstream
  clang-format fonts-dejavu-core)
cipher_pkgs=(libsqlcipher-dev sqlcipher)

missing() {
  local out=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || out+=("$p")
  done
  echo "${out[@]:-}"
}

apt_opts=(-y -q -o DPkg::Lock::Timeout=600 --no-install-recommends)
export DEBIAN_FRONTEND=noninteractive
updated=0
apt_update() { [ "$updated" -eq 1 ] || { $SUDO apt-get -q -o DPkg::Lock::Timeout=600 update; updated=1; }; }

sqlcipher_ok() {
  # SQLCipher 4.x bundles SQLite >= 3.40; the 3.4.1 package reports 3.15.
  pkg-config --exists 'sqlcipher >= 3.40' 2>/dev/null
}

backports=()
if [ "${ID:-}" = debian ] && [ "$codename" = bookworm ]; then
  if ! grep -rqs "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/; then
    echo "setup: enabling Debian's official bookworm-backports for SQLCipher 4"
    echo "deb http://deb.debian.org/debian bookworm-backports main" |
      $SUDO tee /etc/apt/sources.list.d/bookworm-backports.list >/dev/null
    updated=0
  fi
  backports=(-t bookworm-backports)
fi

todo=$(missing "${build_pkgs[@]}" "${test_pkgs[@]}")
if [ -n "$todo" ]; then
  apt_update
  # shellcheck disable=SC2086
  $SUDO apt-get install "${apt_opts[@]}" $todo
fi
if ! sqlcipher_ok || [ -n "$(missing "${cipher_pkgs[@]}")" ]; then
  apt_update
  $SUDO apt-get install "${apt_opts[@]}" "${backports[@]}" "${cipher_pkgs[@]}"
fi
if ! sqlcipher_ok; then
  echo "setup: SQLCipher 4 could not be installed (pkg-config sqlcipher reports $(pkg-config --modversion sqlcipher 2>/dev/null || echo none))." >&2
  exit 1
fi
echo "setup: all dependencies present (SQLCipher bundles SQLite $(pkg-config --modversion sqlcipher))."
