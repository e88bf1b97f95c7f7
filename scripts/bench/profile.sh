#!/usr/bin/env bash
# Profile one full thidua build of the national campaign.  Usage: bash scripts/bench/profile.sh
#
# perf with the cpu-clock software event (this VM has no hardware counters:
# `perf stat -e instructions true` says <not supported>), call graphs through frame
# pointers, then the top functions by self time and by inclusive time (demangled).
# Then a syscall summary (strace -c -w) of a small slice, to show where the write stage waits.
# valgrind (3.19, Debian 12) cannot run this binary: it rejects Swift 6.3's DWARF 5 debug
# info, and with the debug info stripped it dies with an internal SIGSEGV.
#
# Environment: WORK (default /tmp/thidua-profile), SEED (20260101), PROVINCES (all),
#              FREQ (sampling Hz, default 199), SKIP_BUILD=1,
#              REPORT_ONLY=1 (print the reports of the existing $WORK/perf.data again).
set -eu
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
WORK="${WORK:-/tmp/thidua-profile}"
SEED="${SEED:-20260101}"
FREQ="${FREQ:-199}"
case "$WORK" in /tmp/*thidua-profile*) ;; *) echo "refusing: WORK must be /tmp/...thidua-profile..." >&2; exit 2;; esac
command -v perf >/dev/null || { echo "perf is missing: apt-get install linux-perf" >&2; exit 2; }

BIN="$REPO/.build/release/thidua"
if [ "${REPORT_ONLY:-0}" != 1 ]; then
  [ "${SKIP_BUILD:-0}" = 1 ] || (cd "$REPO" && swift build -c release --product thidua 2>&1 | tail -n 1)
  rm -rf "$WORK"
  mkdir -p "$WORK"
  python3 "$HERE/national.py" "$SEED" "$WORK/content" ${PROVINCES:+--provinces "$PROVINCES"}
  python3 "$HERE/national.py" "$SEED" "$WORK/slice" --provinces 3 >/dev/null
  echo "== perf record (cpu-clock, ${FREQ} Hz) of a full build into a fresh folder"
  perf record -q -e cpu-clock -F "$FREQ" -g -o "$WORK/perf.data" \
    "$BIN" build --content "$WORK/content" --output "$WORK/out/public" --theme "$REPO/themes/default" >"$WORK/build.txt"
fi
cat "$WORK/build.txt"

demangle() { if command -v swift >/dev/null; then swift demangle --simplified; else cat; fi; }
echo
echo "== top 25 functions by self time (% of all samples)"
perf report -i "$WORK/perf.data" --no-children --sort dso,symbol --stdio -g none 2>/dev/null \
  | grep -v '^#' | grep '%' | sed 's/  */ /g; s/ - - $//' | demangle | cut -c1-160 | sed -n 1,25p | tee "$WORK/top-self.txt"
echo
echo "== top thidua/Mustache frames by inclusive time"
perf report -i "$WORK/perf.data" --children --sort symbol --stdio -g none 2>/dev/null \
  | grep -v '^#' | grep '%' | sed 's/  */ /g' | demangle \
  | grep -E 'Thidua[A-Z]|Pipeline|Stage|Chart|Pages|Mustache|Mirror|Writer|FileSystem|fsync|filter' \
  | sed 's/ - - $//' | cut -c1-160 | sed -n 1,40p | tee "$WORK/top-inclusive.txt"

echo
echo "== syscalls of a 3-province slice build (wall seconds inside each call)"
if [ "${REPORT_ONLY:-0}" = 1 ]; then
  echo "(skipped with REPORT_ONLY=1)"
elif command -v strace >/dev/null; then
  strace -f -c -w -e trace=fsync,write,openat,close,mkdir,rename,link \
    "$BIN" build --content "$WORK/slice" --output "$WORK/slice-out/public" --theme "$REPO/themes/default" 2>&1 | tail -n 12
else
  echo "strace missing (apt-get install strace); skipped"
fi
echo "perf data: $WORK/perf.data (perf report -i $WORK/perf.data)"
