#!/usr/bin/env bash
# An experiment for upstream, never shipped (packages come from the mirror at released versions):
# builds thidua against the checked-out swift-mustache with swift-mustache-lookups.diff applied, so
# that it can be timed side by side with the normal release build. Prints the patched binary's path.
#   bash scripts/bench/mustache-experiment.sh      (WORK=/tmp/thidua-bench-mustache by default)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
WORK="${WORK:-/tmp/thidua-bench-mustache}"
case "$WORK" in /*thidua-bench*) ;; *) echo "refusing: $WORK must be an absolute path containing 'thidua-bench'" >&2; exit 2;; esac
CHECKOUT="$REPO/.build/checkouts/swift-mustache"
[ -d "$CHECKOUT" ] || { echo "swift-mustache is not checked out: run 'make deps' or 'swift build' first" >&2; exit 2; }
rm -rf "$WORK"
mkdir -p "$WORK/thidua"
cp -r "$CHECKOUT" "$WORK/swift-mustache"
rm -rf "$WORK/swift-mustache/.git"
(cd "$WORK/swift-mustache" && git apply "$HERE/swift-mustache-lookups.diff")
git -C "$REPO" archive HEAD | tar -x -C "$WORK/thidua"
# A path dependency keeps the package's name: the folder is called swift-mustache.
sed -i "s|.package(url: \"https://github.com/hummingbird-project/swift-mustache\", from: \"[0-9.]*\"),|.package(path: \"$WORK/swift-mustache\"),|" \
  "$WORK/thidua/Package.swift"
grep -q "path: \"$WORK/swift-mustache\"" "$WORK/thidua/Package.swift" \
  || { echo "Package.swift names swift-mustache differently now: update this script" >&2; exit 1; }
(cd "$WORK/thidua" && swift build -c release --product thidua 2>&1 | tail -n 1) >&2
echo "$WORK/thidua/.build/release/thidua"
