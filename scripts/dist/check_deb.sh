#!/bin/sh
# Installs the .deb on a clean Debian 12 with no Swift and no checkout, then
# runs `thidua new` and `thidua build` there, as an office would.
# Usage (as root): scripts/dist/check_deb.sh dist/thidua_<version>_amd64.deb
#
# The clean root is made once by `debootstrap --variant=minbase bookworm` and
# kept in .build-dist/root/base; each run works on a fresh copy of it, so the
# package's Depends are resolved by apt from deb.debian.org every time (the
# downloaded .debs are kept in .build-dist/root/apt-archives for the next run).
set -eu
deb=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")/../.." && pwd)
cache=$here/.build-dist/root
base=$cache/base
root=$cache/test
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
start=$(date +%s)

step() { echo "check_deb: $* ($(( $(date +%s) - start )) s)"; }
fail() { echo "check_deb: FAILED: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || fail "run as root (chroot and debootstrap need it)"
[ -f "$deb" ] || fail "$deb not found; run make dist"

cleanup() {
  for m in "$root/proc" "$root/dev"; do
    if mountpoint -q "$m" 2>/dev/null; then umount -l "$m"; fi
  done
  # Never remove a root that still has something mounted in it.
  if ! grep -q " $root/" /proc/mounts; then rm -rf "$root"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ ! -f "$base/.thidua-base-ok" ]; then
  step "making a clean Debian 12 root with debootstrap (first run only)"
  rm -rf "$base"
  mkdir -p "$cache"
  debootstrap --variant=minbase bookworm "$base" "$mirror" > "$cache/debootstrap.log" 2>&1 \
    || { tail -20 "$cache/debootstrap.log"; fail "debootstrap (log: $cache/debootstrap.log)"; }
  touch "$base/.thidua-base-ok"
fi

cleanup
step "copying the clean root"
cp -a "$base" "$root"
mkdir -p "$cache/apt-archives"
cp "$cache/apt-archives/"*.deb "$root/var/cache/apt/archives/" 2>/dev/null || true
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"

if chroot "$root" sh -c 'command -v swift || ls /usr/lib/swift /usr/lib/x86_64-linux-gnu/libswiftCore.so' >/dev/null 2>&1; then
  fail "the clean root has Swift in it"
fi
if find "$root" -xdev \( -name 'libswift*' -o -name 'libFoundation*.so' \) | grep -q .; then
  fail "the clean root has Swift libraries in it"
fi

step "apt-get install ./$(basename "$deb")"
cp "$deb" "$root/root/"
chroot "$root" apt-get update -qq > "$cache/apt.log" 2>&1 || { tail -20 "$cache/apt.log"; fail "apt-get update"; }
chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "/root/$(basename "$deb")" \
  >> "$cache/apt.log" 2>&1 || { tail -30 "$cache/apt.log"; fail "apt-get install (log: $cache/apt.log)"; }
cp -n "$root/var/cache/apt/archives/"*.deb "$cache/apt-archives/" 2>/dev/null || true
grep -E "^(Need to get|After this operation)" "$cache/apt.log" | sed 's/^/  /' || true

in_root() { chroot "$root" env -i HOME=/root PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 sh -ec "cd /root && $1"; }

step "thidua new, then thidua build, in the clean root"
[ "$(in_root 'command -v thidua')" = /usr/bin/thidua ] || fail "thidua is not /usr/bin/thidua"
if in_root 'command -v swift' >/dev/null 2>&1; then fail "swift is on the clean root's PATH"; fi
in_root 'thidua --version'
in_root 'thidua new dvc-2025'
in_root 'thidua build'
for page in index.html dvc-2025/index.html; do
  [ -s "$root/root/public/$page" ] || fail "public/$page was not written"
done
pngs=$(find "$root/root/public" -name '*.png' | wc -l)
[ "$pngs" -gt 0 ] || fail "no PNG share card was written"
for png in $(find "$root/root/public" -name '*.png'); do
  [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "$png is not a PNG"
done
# Kept to be looked at: the campaign's card, drawn with the fonts the package pulled in.
cp "$root/root/public/dvc-2025/share.png" "$cache/last-card.png" 2>/dev/null || cp "$(find "$root/root/public" -name '*.png' | sort | head -1)" "$cache/last-card.png"
grep -q "dvc-2025" "$root/root/public/index.html" || fail "public/index.html does not list the campaign"
# The theme came from the package, not from a checkout.
[ ! -e "$root/root/themes" ] || fail "a themes folder appeared in the working folder"
step "built $(find "$root/root/public" -type f | wc -l) files, $pngs PNG share card(s)"
# Messages come from the package's catalogues: Vietnamese by default, English with --lang en.
in_root 'thidua build' | grep -q "^Không thay đổi: " || fail "a second build of the same content did not say 'Không thay đổi' (unchanged)"
in_root 'thidua build --lang en' | grep -q "^Unchanged: " || fail "a build with --lang en did not say 'Unchanged'"
# So do the help and ArgumentParser's usage errors.
in_root 'thidua build --help' | grep -q "^CÁCH DÙNG: thidua build" || fail "thidua build --help is not in Vietnamese"
in_root 'thidua build --outptu x 2>&1 || true' | grep -qF "Lỗi: không có tuỳ chọn '--outptu'. Có phải ý bạn là '--output'?" \
  || fail "a misspelled option is not reported in Vietnamese"
step "OK: the package installs and builds on a clean Debian 12 with no Swift"
