#!/usr/bin/env python3
"""Cross-check a thidua binary against the reference on random campaigns.

    python3 scripts/reference/crosscheck.py THIDUA_BINARY [FIRST_SEED [COUNT]]

For each seed: random_campaign.py SEED -> content, `THIDUA build --content
content --output out`, leaderboard.py -> ref.json, then compare.py
ref.json out/rnd-SEED/data/leaderboard.json. Also compares two v2 warnings
that are not in the JSON: how many plan figures the build warns about, and
which (award, unit) grants of awards.csv it reports as not eligible by the
rules. Prints the differences per seed (reference first, engine second) and
exits 1 if any seed differs or fails to build. Work files go to a temporary folder that is removed afterwards
(set KEEP=1 to keep it and print its path).
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import compare  # noqa: E402
import leaderboard as lb  # noqa: E402


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 64
    binary = os.path.abspath(argv[1])
    first = int(argv[2]) if len(argv) > 2 else 0
    count = int(argv[3]) if len(argv) > 3 else 50
    tmp = tempfile.mkdtemp(prefix="thidua-crosscheck-")
    bad = 0
    try:
        for seed in range(first, first + count):
            content = os.path.join(tmp, "c%d" % seed)
            out = os.path.join(tmp, "o%d" % seed)
            subprocess.run([sys.executable, os.path.join(HERE, "random_campaign.py"), str(seed), content], check=True)
            camp = lb.load_campaign(content, "rnd-%d" % seed)
            ref = lb.compute(camp)
            p = subprocess.run([binary, "build", "--content", content, "--output", out, "--lang", "en"],
                               capture_output=True, text=True)
            if p.returncode != 0:
                bad += 1
                print("seed %d: build failed (exit %d)\n%s%s" % (seed, p.returncode, p.stdout, p.stderr))
                continue
            path = os.path.join(out, "rnd-%d" % seed, "data", "leaderboard.json")
            try:
                with open(path, encoding="utf-8") as f:
                    got = json.load(f)
            except (OSError, ValueError) as e:
                bad += 1
                print("seed %d: %s" % (seed, e))
                continue
            diffs = compare.diff(ref, got)
            want_pf = len(lb.plan_figure_warnings(camp))
            got_pf = p.stderr.count("warning: the plan prints")
            if want_pf != got_pf:
                diffs.append("plan figure warnings: %d != %d" % (want_pf, got_pf))
            want_g = sorted(lb.ineligible_grants(camp, ref))
            got_g = sorted(set(re.findall(r'award "([^"]+)" is granted to unit "([^"]+)", which the plan', p.stderr)))
            if want_g != got_g:
                diffs.append("grants not eligible by the rules: %s != %s" % (want_g, got_g))
            if diffs:
                bad += 1
                print("seed %d: %d difference(s) (reference != engine)" % (seed, len(diffs)))
                for d in diffs:
                    print("  " + d)
        print("%d of %d seeds differ" % (bad, count))
    finally:
        if os.environ.get("KEEP"):
            print("work files kept in", tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
