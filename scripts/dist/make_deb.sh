#!/bin/sh
# Packs a release thidua binary (Swift runtime and Foundation linked
# statically) and the default theme into dist/thidua_<version>_amd64.deb.
# Usage: scripts/dist/make_deb.sh BINARY OUTDIR
# The version is the binary's own (`thidua --version`, Sources/ThiduaSupport/Version.swift).
set -eu
bin=$1
# The Swift packages the binary was built from (their licences go into the package).
checkouts=$(cd "$(dirname "$bin")/.." && pwd)/checkouts
outdir=$2
here=$(cd "$(dirname "$0")/../.." && pwd)
version=$("$bin" --version)
arch=$(dpkg --print-architecture)
work=$here/.build-dist/deb
stage=$work/thidua_${version}_$arch
deb=$outdir/thidua_${version}_$arch.deb

# A statically linked Swift runtime: the binary must not need any libswift*/Foundation
# shared object, which a machine without a Swift toolchain does not have.
if ldd "$bin" | grep -Ei 'libswift|libFoundation|lib_FoundationICU|libdispatch|libBlocksRuntime|not found'; then
  echo "make_deb: $bin needs the shared libraries above; build it with --static-swift-stdlib" >&2
  exit 1
fi

rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/usr/bin" "$stage/usr/share/thidua/themes" "$stage/usr/share/doc/thidua" "$outdir"
install -m 0755 "$bin" "$stage/usr/bin/thidua"
strip --strip-unneeded "$stage/usr/bin/thidua"
cp -R "$here/themes/default" "$stage/usr/share/thidua/themes/default"
find "$stage/usr/share" -type d -exec chmod 0755 {} +
find "$stage/usr/share" -type f -exec chmod 0644 {} +
gzip -9n -c "$here/README.md" > "$stage/usr/share/doc/thidua/README.md.gz"
chmod 0644 "$stage/usr/share/doc/thidua/README.md.gz"
"$here/scripts/dist/copyright.sh" "$checkouts" > "$stage/usr/share/doc/thidua/copyright"
chmod 0644 "$stage/usr/share/doc/thidua/copyright"

# Runtime dependencies: the shared libraries the binary links (NEEDED), mapped to
# packages with their minimum versions by dpkg-shlibdeps, which wants a debian/control.
mkdir -p "$work/shlibs/debian"
printf 'Source: thidua\n\nPackage: thidua\nArchitecture: any\n' > "$work/shlibs/debian/control"
libs=$(cd "$work/shlibs" && dpkg-shlibdeps -O "$stage/usr/bin/thidua" 2>"$work/shlibdeps.log" | sed -n 's/^shlibs:Depends=//p')
# librsvg's pkg-config also links gio and gdk-pixbuf, which librsvg2-2 depends on anyway: not worth a warning.
grep -v "useless dependency" "$work/shlibdeps.log" >&2 || true
if [ -z "$libs" ]; then echo "make_deb: dpkg-shlibdeps found no dependency" >&2; exit 1; fi
# fonts-noto-core: the share images (PNG, through librsvg and fontconfig) are drawn in Noto Sans;
# fonts-dejavu-core: the signs Noto Sans lacks (≥ ✓ ✗ ▲ ▼), named next in every chart's fonts.
depends="$libs, fonts-noto-core, fonts-dejavu-core"
size=$(du -sk "$stage/usr" | cut -f1)
cat > "$stage/DEBIAN/control" <<EOF
Package: thidua
Version: $version
Architecture: $arch
Maintainer: thidua <thidua@localhost>
Installed-Size: $size
Depends: $depends
Recommends: rsync, openssh-client
Suggests: libreoffice-calc-nogui
Section: web
Priority: optional
Description: static site generator for emulation campaign leaderboards
 thidua builds public leaderboard websites for Vietnamese government
 emulation campaigns (phong trào thi đua) from a content folder of plain
 files: a campaign plan, a list of units and data snapshots (CSV, .xlsx;
 .xls through LibreOffice, which the package suggests).
 .
 The default theme is installed in /usr/share/thidua/themes/default.
EOF
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
echo "$deb: $(du -k "$deb" | cut -f1) KiB; Depends: $depends"
