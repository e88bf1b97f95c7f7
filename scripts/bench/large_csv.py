#!/usr/bin/env python3
"""How long `thidua check` takes on one 50 MB snapshot.

    python3 scripts/bench/large_csv.py THIDUA_BINARY [MEGABYTES]

Copies the Lạng Sơn campaign and replaces its latest snapshot with (1) its
rows followed by MEGABYTES (default 50) of blank rows (`,,,,,`), and (2) its
rows repeated to that size (every repeat is a duplicate-row error, so the
run ends in errors, after reading the whole file). Prints the wall-clock
time and peak memory of `thidua check` on each, best of three.
"""
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def timed(args):
    best = None
    for _ in range(3):
        start = time.time()
        subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        elapsed = time.time() - start
        best = elapsed if best is None else min(best, elapsed)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    return best, peak


def main(argv):
    binary = os.path.abspath(argv[1])
    size = int(argv[2]) if len(argv) > 2 else 50
    tmp = tempfile.mkdtemp(prefix="thidua-large-csv-")
    content = os.path.join(tmp, "content")
    shutil.copytree(os.path.join(REPO, "content", "lang-son-2024"), os.path.join(content, "lang-son-2024"))
    shutil.copy(os.path.join(REPO, "content", "site.yml"), content)
    shutil.copytree(os.path.join(REPO, "themes"), os.path.join(tmp, "themes"))
    path = os.path.join(content, "lang-son-2024", "data", "2024-12-26.csv")
    with open(path, encoding="utf-8") as f:
        rows = f.read()
    row = rows.splitlines()[2] + "\n"
    for name, filler in (("blank rows", ",,,,,\n"), ("repeated rows", row)):
        with open(path, "w", encoding="utf-8") as f:
            f.write(rows + filler * (size * 1_000_000 // len(filler.encode())))
        seconds, peak = timed([binary, "check", "--content", content])
        print("%d MB of %s: %.2f s (best of 3), peak RSS of all runs so far %d MB" % (size, name, seconds, peak))
    shutil.rmtree(tmp)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
