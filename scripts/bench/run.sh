#!/usr/bin/env bash
# thidua national benchmark, side by side with the Hugo anchor.  Usage: bash scripts/bench/run.sh
#
# One command: installs hugo if missing, generates the national campaign (and the anchor's
# dataset, checked byte-identical), builds thidua (release), then times in the same run,
# interleaved: Hugo building the anchor site, thidua building the national site (both into
# fresh folders), thidua's unchanged rebuild and its rebuild after adding one snapshot.
# Prints a summary table and writes it to $RESULTS/summary.md (outside the repository).
#
# Environment (all optional):
#   RUNS     counted rounds                     default 5
#   WARMUP   uncounted rounds first             default 1
#   SEED     dataset seed                       default 20260101 (the anchor's)
#   WORK     scratch folder (replaced)          default /tmp/thidua-bench
#   RESULTS  summary, timings, logs (replaced)  default /tmp/thidua-bench-results
#   ANCHOR   the Hugo anchor folder             default <repo>/../shared/bench/hugo-anchor
#   SKIP_BUILD=1  use the existing .build-dist/swift/release/thidua (the binary `make dist` packs)
#   BASELINE_BIN=PATH  also time this thidua binary's "+1 week" rebuild in the same rounds (for
#                 example one built from an older commit), from its own 52-week site and cards;
#                 with the theme of its checkout (BASELINE_BIN=<checkout>/.build/release/thidua)
#                 or BASELINE_THEME=DIR
#   THIDUA_BIN=PATH  time this thidua binary instead (e.g. one built from another commit);
#                 the summary then names it instead of the commit
#   PROVINCES=K   smoke test on the communes of the first K provinces only (NOT comparable
#                 with Hugo's figures, which stay those of the whole anchor site)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
RUNS="${RUNS:-5}"
WARMUP="${WARMUP:-1}"
SEED="${SEED:-20260101}"
WORK="${WORK:-/tmp/thidua-bench}"
RESULTS="${RESULTS:-/tmp/thidua-bench-results}"
ANCHOR="${ANCHOR:-$REPO/../shared/bench/hugo-anchor}"
for d in "$WORK" "$RESULTS"; do
  case "$d" in /*thidua-bench*) ;; *) echo "refusing: $d must be an absolute path containing 'thidua-bench'" >&2; exit 2;; esac
  case "$d/" in "$REPO"/*) echo "refusing: $d is inside the repository" >&2; exit 2;; esac
done
[ -f "$ANCHOR/make_hugo_site.py" ] || { echo "the Hugo anchor is not at $ANCHOR (set ANCHOR=...)" >&2; exit 2; }
step() { printf '\n== %s\n' "$*"; }

step "1. Hugo"
if ! command -v hugo >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq hugo
fi
HUGO_VERSION="$(hugo version)"
echo "$HUGO_VERSION"
case "$HUGO_VERSION" in *v0.111.3*) ;; *) echo "warning: the anchor's figures are for hugo v0.111.3" >&2;; esac

step "2. Data: national campaign (52 weeks) + the anchor's dataset from the same stream"
# A previous run's folder is set aside and deleted only after the timed rounds: on a journal-less
# ext4 (this VM's), creating files within minutes of deleting a large tree is slow for any program,
# and the timed builds would pay for this deletion rather than for their own work.
rm -rf "$RESULTS" "$WORK.old"
[ -e "$WORK" ] && mv "$WORK" "$WORK.old"
mkdir -p "$WORK" "$RESULTS/logs"
python3 "$HERE/national.py" "$SEED" "$WORK/content" --next "$WORK/next" --anchor-out "$WORK/anchor-data" \
  ${PROVINCES:+--provinces "$PROVINCES"}
NEXT_FILE="$(ls "$WORK"/next/*.csv)"
DATA_SHA="$(sha256sum "$WORK/anchor-data/SHA256SUMS" | cut -d' ' -f1)"
EXPECTED="$(sed -n 's/^EXPECTED_DATA_SHA=\([0-9a-f]*\).*/\1/p' "$ANCHOR/run.sh")"
if [ "$DATA_SHA" = "$EXPECTED" ]; then
  SAME_DATA="byte-identical to the anchor's gen_data.py output (SHA256SUMS ${DATA_SHA:0:16})"
else
  SAME_DATA="NOT the anchor's reference dataset (SHA256SUMS ${DATA_SHA:0:16}, expected ${EXPECTED:0:16})"
  echo "warning: anchor dataset $SAME_DATA" >&2
fi
echo "anchor dataset: $SAME_DATA"
python3 "$ANCHOR/make_hugo_site.py" "$WORK/anchor-data" "$WORK/hugo-anchor-site"

step "3. thidua (release, Swift runtime linked statically: the binary the .deb installs)"
# The binary `make dist` packs (its scratch folder, its flags), so the figures are those of what
# users run. Until session 36 (07/12/2026) the bench timed `swift build -c release`, whose binary
# loads the Swift runtime and Foundation as shared libraries: about 15 ms more at every start
# (an unchanged rebuild: 70 ms against 54 ms here), and 3-5 % more on a full build.
BIN="${THIDUA_BIN:-$REPO/.build-dist/swift/release/thidua}"
if [ "${SKIP_BUILD:-0}" != 1 ] && [ -z "${THIDUA_BIN:-}" ]; then
  make -C "$REPO" --no-print-directory deps
  (cd "$REPO" && swift build -c release --static-swift-stdlib --product thidua --scratch-path .build-dist/swift 2>&1 | tail -n 2)
fi
THIDUA_COMMIT="$(git -C "$REPO" rev-parse --short HEAD)$(git -C "$REPO" diff --quiet HEAD -- Sources themes Package.swift || echo '+changes')"
[ -n "${THIDUA_BIN:-}" ] && THIDUA_COMMIT="$THIDUA_COMMIT, binary $THIDUA_BIN"

step "4. Untimed builds: checks and page counts"
"$BIN" build --content "$WORK/content" --output "$WORK/check/public" --theme "$REPO/themes/default" --lang en | tee "$RESULTS/logs/check-build.txt"
hugo -s "$WORK/hugo-anchor-site" -d "$WORK/hugo-out" | tee "$RESULTS/logs/hugo-build.txt"
python3 "$HERE/report.py" stats "$WORK/check/public" toan-quoc-2026 >"$RESULTS/thidua-stats.json"
python3 "$HERE/report.py" stats "$WORK/hugo-out" >"$RESULTS/hugo-stats.json"
if python3 -c 'import yaml' 2>/dev/null; then
  python3 "$REPO/scripts/reference/leaderboard.py" "$WORK/content" toan-quoc-2026 >"$WORK/reference.json"
  if python3 "$REPO/scripts/reference/compare.py" "$WORK/reference.json" \
       "$WORK/check/public/toan-quoc-2026/data/leaderboard.json" >"$RESULTS/logs/crosscheck.txt" 2>&1; then
    XCHECK="leaderboard.json matches the independent Python reference (scripts/reference/compare.py: no differences)"
  else
    XCHECK="leaderboard.json DIFFERS from the Python reference: see $RESULTS/logs/crosscheck.txt"
  fi
else
  XCHECK="not cross-checked (PyYAML missing)"
fi
echo "contract: $XCHECK"

step "5. Share cards (PNG)"
PNGS="$(find "$WORK/check/public" -name '*.png' | wc -l)"
if [ "$PNGS" -eq 0 ]; then
  CARDS="SKIPPED — this thidua writes no PNG share cards yet (they are being added on another branch); this step reports them once they land"
else
  CARD_STAGE="$(grep -o 'card[a-z]* [0-9.]* s' "$RESULTS/logs/check-build.txt" | head -n1 || true)"
  if [ -n "$CARD_STAGE" ]; then
    SECS="$(echo "$CARD_STAGE" | awk '{print $2}')"
    CARDS="$PNGS PNG files; stage '$CARD_STAGE' in the first build = $(awk -v s="$SECS" -v n="$PNGS" 'BEGIN{printf "%.1f ms", 1000*s/n}') per card (see the stage medians above for the timed rounds)"
  else
    CARDS="$PNGS PNG files; the build reports no card stage, so no per-card time"
  fi
fi
echo "$CARDS"

if [ -n "${BASELINE_BIN:-}" ] && [ -z "${BASELINE_THEME:-}" ]; then
  BASELINE_THEME="$(cd "$(dirname "$BASELINE_BIN")/../.." && pwd)/themes/default"
fi
if [ -n "${BASELINE_BIN:-}" ]; then
  [ -d "$BASELINE_THEME" ] || { echo "the baseline's theme is not at $BASELINE_THEME (set BASELINE_THEME=...)" >&2; exit 2; }
  BASELINE_NAME="$BASELINE_BIN ($(git -C "$(dirname "$BASELINE_THEME")" rev-parse --short HEAD 2>/dev/null || echo 'commit unknown'))"
fi

step "6. Timed rounds ($RUNS + $WARMUP warm-up)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$HERE/bench.py" --thidua "$BIN" --theme "$REPO/themes/default" --content "$WORK/content" \
  --next-file "$NEXT_FILE" --hugo-site "$WORK/hugo-anchor-site" --work "$WORK" --results "$RESULTS" \
  --runs "$RUNS" --warmup "$WARMUP" ${BASELINE_BIN:+--baseline "$BASELINE_BIN" --baseline-theme "$BASELINE_THEME"} \
  || BENCH_FAILED=$?
[ -f "$RESULTS/timings.json" ] || { echo "no round completed" >&2; exit 1; }
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

# Same input, same bytes: the site the timed rounds started from was a second, separate build.
A="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["tree_sha256"])' "$RESULTS/thidua-stats.json")"
B="$(python3 "$HERE/report.py" stats "$WORK/thidua-out/public" | python3 -c 'import json,sys; print(json.load(sys.stdin)["tree_sha256"])')"
[ "$A" = "$B" ] && DET="two builds byte-identical" || DET="two builds DIFFER ($A vs $B)"

MACHINE="$(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n1)), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(. /etc/os-release && echo "$PRETTY_NAME"), $(swift --version 2>/dev/null | head -n1 | sed 's/ (.*//')"
INPUT="national: $(($(wc -l <"$WORK/content/toan-quoc-2026/units.csv") - 1)) communes in $(awk -F, 'NR > 1 {g[$NF] = 1} END {print length(g)}' "$WORK/content/toan-quoc-2026/units.csv") province groups, $(ls "$WORK/content/toan-quoc-2026/data" | wc -l) weekly snapshots, $(du -sh "$WORK/content" | cut -f1) of CSV (seed $SEED); anchor: 3,355 units, 12 weekly CSVs, $SAME_DATA; Hugo output tree sha256 $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["tree_sha256"])' "$RESULTS/hugo-stats.json") (anchor reference: $(sed -n "s/.*output tree sha256 \`\([0-9a-f]*\)\`.*/\1/p" "$ANCHOR/README.md"))"
python3 - "$RESULTS/env.json" <<EOF
import json, sys
json.dump({"machine": """$MACHINE""", "thidua": "commit $THIDUA_COMMIT, release build with the Swift runtime linked statically (as make dist packs it)",
           "baseline": """${BASELINE_NAME:-none}""",
           "hugo": """$HUGO_VERSION""".split(" BuildDate")[0], "input": """$INPUT""",
           "cards": """$CARDS""", "deterministic": """$DET""", "crosscheck": """$XCHECK"""}, open(sys.argv[1], "w"), indent=1)
EOF

rm -rf "$WORK.old"

step "Summary"
python3 "$HERE/report.py" summary "$RESULTS"
echo "written: $RESULTS/summary.md (raw: timings.json, *-stats.json, logs/)"
if [ -n "${BENCH_FAILED:-}" ]; then
  echo "warning: the timed rounds stopped early (exit $BENCH_FAILED); the summary covers the rounds completed" >&2
  exit 1
fi
