#!/usr/bin/env bash
# Proves the Debian package from the outside: clones the repository's committed HEAD into a
# scratch folder, builds the .deb there (release preset, no tests), runs lintian on it, makes a
# clean root file system with debootstrap, installs the .deb into it with apt, and runs the
# installed corroborate-cli there (chroot): it makes a demo case file and evaluates it.
#
#   bash scripts/check-package.sh                  Debian 12 (bookworm + bookworm-backports)
#   bash scripts/check-package.sh --ubuntu         Ubuntu 24.04 (noble; archive.ubuntu.com)
#   bash scripts/check-package.sh --deb FILE.deb   skip the build, check this package
#   bash scripts/check-package.sh --keep           keep the scratch folder for a look
#
# Needs root (debootstrap and chroot), network access to the distribution's archive, and the
# build dependencies (packaging/setup-debian.sh) plus debootstrap and lintian. Takes minutes;
# it is not part of the CTest suite. See packaging/README.md.
set -euo pipefail

usage() {
  sed -n '2,13s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

target=debian
deb=""
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --ubuntu) target=ubuntu ;;
    --deb)
      shift
      deb=$(realpath "${1:?--deb needs a file}")
      ;;
    --keep) keep=1 ;;
    -h | --help)
      usage
      exit 0
      ;;
    *)
      echo "check-package: unknown argument '$1'" >&2
      usage >&2
      exit 1
      ;;
  esac
  shift
done

say() { echo "=== check-package: $*"; }
die() {
  echo "check-package: $*" >&2
  exit 1
}

[ "$(id -u)" -eq 0 ] || die "needs root (debootstrap and chroot); run it with sudo."
for tool in git cmake cpack debootstrap lintian dpkg-deb chroot; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is missing (apt-get install debootstrap lintian; bash packaging/setup-debian.sh)."
done

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
scratch=$(mktemp -d /var/tmp/corroborate-check.XXXXXX)
root="$scratch/root"
cleanup() {
  # Never leave a mount behind, whatever happened.
  for m in "$root/proc" "$root/dev/pts" "$root/dev"; do
    mountpoint -q "$m" 2>/dev/null && umount -l "$m"
  done
  if [ "$keep" -eq 1 ]; then
    say "kept $scratch"
  else
    rm -rf "$scratch"
  fi
}
trap cleanup EXIT
started=$SECONDS
step_started=$SECONDS
timing() { say "$1 took $((SECONDS - step_started)) s"; step_started=$SECONDS; }

if [ -z "$deb" ]; then
  say "cloning the committed HEAD of $source_dir (uncommitted changes are not in it)"
  git clone -q --no-hardlinks "$source_dir" "$scratch/src"
  git -C "$scratch/src" log -1 --format='    at %h %s'
  # The release preset (hardened, optimised) without the tests; the shared ccache if there is one.
  cmake -S "$scratch/src" -B "$scratch/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCORROBORATE_HARDENING=ON -DBUILD_TESTING=OFF -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
  cmake --build "$scratch/build" -j"$(nproc)"
  (cd "$scratch/build" && cpack >/dev/null)
  deb=$(ls "$scratch"/build/corroborate_*.deb)
  timing "build from a clean clone"
fi
say "package: $(basename "$deb")"
dpkg-deb -f "$deb" Package Version Maintainer Homepage Depends Recommends

say "lintian"
# Errors fail the check; warnings are printed (each one is justified in packaging/README.md).
lintian --tag-display-limit 0 --fail-on error "$deb" || die "lintian reports errors (above)."
timing "lintian"

if [ "$target" = debian ]; then
  suite=bookworm
  mirror=http://deb.debian.org/debian
  sources="deb $mirror bookworm main
deb $mirror bookworm-backports main"
else
  suite=noble
  mirror=http://archive.ubuntu.com/ubuntu
  sources="deb $mirror noble main universe"
  [ -e /usr/share/debootstrap/scripts/noble ] || die "this debootstrap does not know Ubuntu 24.04 (noble); use Debian 13's or Ubuntu's debootstrap."
fi
say "debootstrap --variant=minbase $suite from $mirror"
debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$scratch/debootstrap.log" 2>&1 ||
  { tail -20 "$scratch/debootstrap.log"; die "debootstrap failed (log above)."; }
printf '%s\n' "$sources" >"$root/etc/apt/sources.list"
timing "debootstrap"

mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

say "apt install ./$(basename "$deb") in the clean root"
in_root apt-get -q update >/dev/null
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
  "/tmp/$(basename "$deb")" | tail -3
in_root dpkg -s corroborate | grep -E '^(Status|Version):'
timing "apt install"

say "the installed corroborate-cli makes a demo file and evaluates it"
in_root corroborate-cli --version
in_root env CORROBORATE_PASSPHRASE='check package passphrase' CORROBORATE_USER=admin \
  CORROBORATE_PASSWORD='check package password' \
  corroborate-cli demo /tmp/demo.corroborate --nominals 40 --seed 7 >/dev/null
in_root env CORROBORATE_PASSPHRASE='check package passphrase' corroborate-cli verify /tmp/demo.corroborate
in_root env CORROBORATE_PASSPHRASE='check package passphrase' CORROBORATE_USER=admin \
  CORROBORATE_PASSWORD='check package password' \
  corroborate-cli evaluate /tmp/demo.corroborate | head -8
for f in /usr/share/man/man1/corroborate.1.gz /usr/share/man/man1/corroborate-cli.1.gz \
  /usr/share/bash-completion/completions/corroborate-cli /usr/share/doc/corroborate/guide/index.html \
  /usr/share/mime/packages/uk.police.corroborate.Corroborate.xml \
  /usr/share/icons/hicolor/scalable/apps/uk.police.corroborate.Corroborate.svg; do
  [ -e "$root$f" ] || die "$f was not installed."
done
in_root env QT_QPA_PLATFORM=offscreen corroborate --version
timing "run the installed programs"
say "passed ($target, $((SECONDS - started)) s in all)"
