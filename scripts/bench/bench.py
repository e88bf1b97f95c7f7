#!/usr/bin/env python3
"""Timed part of scripts/bench/run.sh: thidua and Hugo side by side, interleaved.

Usage (run.sh passes everything):
  python3 bench.py --thidua BIN --theme DIR --content DIR --next-file CSV
                   --hugo-site DIR --work DIR --results DIR [--runs N] [--warmup N]

RUNS counted + WARMUP uncounted rounds. First the fresh builds of every round (Hugo and thidua,
alternating which goes first so neither always runs on a warmer cache), then every round's
rebuilds:
  hugo_full        hugo --quiet -s SITE -d <fresh empty folder>    (the anchor's "fresh" case)
  thidua_full      thidua build --output <fresh folder>             (no previous site)
  thidua_unchanged thidua build --output OUT   (OUT, a copy made for the round, already holds
                                                this exact site)
  thidua_change_value  one count in the latest week's CSV raised by 1 (the first row's last
                   whole-number cell), thidua build --output OUT; then (untimed) the CSV restored
  thidua_add_week  copy the next week's CSV into data/, thidua build --output OUT;
                   then (untimed) the CSV is removed and the card cache restored. The build
                   returns once the new site is live; the replaced site's files are deleted by a
                   detached rm, which every step waits for before the next starts ("settled":
                   the time until then, reported beside the wall time)
  base_add_week    with --baseline BIN: the same "+1 week" build by another thidua binary (for
                   example today's main), from its own copy of the 52-week site and card cache,
                   made by that binary; it runs right after thidua_add_week in the same round
No output tree is deleted until every round is done: each fresh build gets a folder of its own,
and each round's rebuilds start from their own copy of the 52-week site. (The anchor's run.sh
does the same, building into new mktemp folders. On this VM's journal-less ext4, creating
files in the minute after a large tree was deleted is slow for any program: the allocator scans
past every recently freed inode. Deleting between builds made both tools' times depend on what
the previous step had deleted.)
The share-card cache sits beside the content folder and keeps only the last build's cards, so
each series builds its own copy of the content: the fresh builds use --content (their cache
holds the 52-week cards of run.sh's check build: cards reused, as for a site rebuilt from
scratch), the unchanged and "+1 week" rebuilds a copy under WORK/series-week whose cache is
restored to the 52-week cards after every "+1 week" build (so each renders the changed cards).
Each run is one child process, timed with a monotonic clock around start..reap; user/sys
seconds and peak RSS come from wait4() for that child. Ratios are computed per round
(same moment, same load) and the median of those is quoted. Standard library only.
"""
import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time

STAGE_RE = re.compile(r"([a-z][a-z-]*) ([0-9.]+) s")


def deleting():
    """Whether a deletion thidua left running is still going: it renames a replaced site (beside
    the output) and a week's stale cards (in .thidua-cache) to .<name>.removing-<pid> and leaves
    them to a detached rm once the new site is live."""
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                with open("/proc/%s/cmdline" % pid, "rb") as f:
                    if b".removing-" in f.read():
                        return True
            except OSError:
                continue
    return False


def settle():
    """Waits until no such deletion is going: the next step must not share the machine with it."""
    while deleting():
        time.sleep(0.01)


def timed(cmd, stdout_path=None):
    """Run cmd once; stdout goes to stdout_path (a file, so no pipe deadlock). Starts when no
    deletion is going, and waits for those it leaves (settle), recording "settled": the time
    until then."""
    settle()
    out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)
    _, status, ru = os.wait4(p.pid, 0)
    t1 = time.monotonic()
    settle()
    t2 = time.monotonic()
    p.returncode = os.waitstatus_to_exitcode(status)
    if stdout_path:
        out.close()
    text = open(stdout_path, encoding="utf-8", errors="replace").read() if stdout_path else ""
    if p.returncode != 0:
        sys.exit("failed (exit %d): %s\n%s" % (p.returncode, " ".join(cmd), text))
    return {"wall": t1 - t0, "settled": t2 - t0, "user": ru.ru_utime, "sys": ru.ru_stime,
            "cpu": ru.ru_utime + ru.ru_stime, "rss_mib": ru.ru_maxrss / 1024.0, "out": text}


def stages(text):
    """'  load 0.12 s · model 0.50 s …' -> {'load': 0.12, ...} (the last such line)."""
    found = {}
    for line in text.splitlines():
        if " s · " in line or re.fullmatch(r"\s+[a-z-]+ [0-9.]+ s", line):
            found = {k: float(v) for k, v in STAGE_RE.findall(line)}
    return found


def rmtree(path):
    if os.path.lexists(path):
        shutil.rmtree(path)


def main():
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("bench.py: terminated"))
    ap = argparse.ArgumentParser()
    for name in ("thidua", "theme", "content", "next-file", "hugo-site", "work", "results"):
        ap.add_argument("--" + name, required=True)
    ap.add_argument("--hugo", default="hugo")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--baseline", help="another thidua binary whose \"+1 week\" build is timed in the same rounds")
    ap.add_argument("--baseline-theme", help="the baseline's own theme folder (default: --theme)")
    a = ap.parse_args()

    campaign = next(d for d in sorted(os.listdir(a.content))
                    if os.path.isfile(os.path.join(a.content, d, "campaign.md")))
    assert not os.path.exists(os.path.join(a.content, campaign, "data", os.path.basename(a.next_file))), \
        "the next week is already in the content"
    # The rebuild series' own content and card cache (see the docstring). Hard links share the
    # PNGs of the check build's cache: thidua never rewrites a cached file, it replaces or removes it.
    week_root = os.path.join(a.work, "series-week")
    week_content = os.path.join(week_root, "content")
    week_cache = os.path.join(week_root, ".thidua-cache")
    week_cache_backup = os.path.join(a.work, "series-week-cache-52weeks")
    full_cache = os.path.join(os.path.dirname(os.path.abspath(a.content)), ".thidua-cache")
    rmtree(week_root)
    os.makedirs(week_root)
    subprocess.run(["cp", "-a", a.content, week_content], check=True)
    if os.path.isdir(full_cache):
        subprocess.run(["cp", "-al", full_cache, week_cache], check=True)
    added = os.path.join(week_content, campaign, "data", os.path.basename(a.next_file))
    out = os.path.join(a.work, "thidua-out", "public")
    backup = os.path.join(a.work, "thidua-out-52weeks")
    fresh_root = os.path.join(a.work, "fresh")
    log_dir = os.path.join(a.results, "logs")
    os.makedirs(log_dir, exist_ok=True)

    def thidua(output, content=a.content, binary=None):
        if binary:  # the baseline may predate --lang
            return [binary, "build", "--content", content, "--output", output, "--theme", a.baseline_theme or a.theme]
        return [a.thidua, "build", "--content", content, "--output", output, "--theme", a.theme, "--lang", "en"]

    latest = os.path.join(week_content, campaign, "data",
                          sorted(f for f in os.listdir(os.path.join(week_content, campaign, "data")) if f.endswith(".csv"))[-1])
    with open(latest, encoding="utf-8") as f:
        latest_text = f.read()

    def change_one_value():
        lines = latest_text.split("\n")
        cells = lines[1].split(",")
        assert '"' not in lines[1], "the first row of %s is quoted" % latest
        k = max(i for i, c in enumerate(cells) if c.strip().isdigit())
        cells[k] = str(int(cells[k]) + 1)
        lines[1] = ",".join(cells)
        with open(latest, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))

    def restore_latest():
        with open(latest, "w", encoding="utf-8") as f:
            f.write(latest_text)

    # The baseline's own series: content, card cache and 52-week site made by the baseline binary.
    base_root = os.path.join(a.work, "series-base")
    base_content = os.path.join(base_root, "content")
    base_cache = os.path.join(base_root, ".thidua-cache")
    base_cache_backup = os.path.join(a.work, "series-base-cache-52weeks")
    base_backup = os.path.join(a.work, "base-out-52weeks")
    base_added = os.path.join(base_content, campaign, "data", os.path.basename(a.next_file))
    if a.baseline:
        rmtree(base_root)
        os.makedirs(base_root)
        subprocess.run(["cp", "-a", a.content, base_content], check=True)
        rmtree(base_backup)
        timed(thidua(os.path.join(base_backup, "public"), base_content, a.baseline), os.path.join(log_dir, "base_prepare.txt"))
        rmtree(base_cache_backup)
        if os.path.isdir(base_cache):
            subprocess.run(["cp", "-al", base_cache, base_cache_backup], check=True)

    def restore_base_cache():
        rmtree(base_cache)
        if os.path.isdir(base_cache_backup):
            subprocess.run(["cp", "-al", base_cache_backup, base_cache], check=True)

    def restore_week_cache():
        rmtree(week_cache)
        if os.path.isdir(week_cache_backup):
            subprocess.run(["cp", "-al", week_cache_backup, week_cache], check=True)

    # The site the unchanged and add-a-week rebuilds start from (a copy per round, made untimed),
    # and the rebuild series' card cache.
    rmtree(os.path.dirname(out))
    os.makedirs(os.path.dirname(out))
    rmtree(fresh_root)
    timed(thidua(out, week_content), os.path.join(log_dir, "prepare.txt"))
    rmtree(backup)
    subprocess.run(["cp", "-a", out, backup], check=True)
    rmtree(week_cache_backup)
    if os.path.isdir(week_cache):
        subprocess.run(["cp", "-al", week_cache, week_cache_backup], check=True)

    kinds = ("hugo_full", "thidua_full", "thidua_unchanged", "thidua_change_value", "thidua_add_week") + \
        (("base_add_week",) if a.baseline else ())
    samples = {k: [] for k in kinds}
    stage_samples = {k: {} for k in kinds if k != "hugo_full"}
    loads = []
    total = a.warmup + a.runs
    rounds = [{} for _ in range(total)]

    def record(i, rnd):
        if i < a.warmup:
            return
        for k, v in rnd.items():
            samples[k].append(v)
            if k in stage_samples:
                for st, sec in stages(v["out"]).items():
                    stage_samples[k].setdefault(st, []).append(sec)

    # First every fresh build, Hugo and thidua alternating which goes first; then the rebuild
    # series, whose "+1 week" build replaces a whole site (and so deletes one).
    for i in range(total):
        loads.append(os.getloadavg()[0])
        rnd = rounds[i]

        def fresh(name, cmd_for):
            d = os.path.join(fresh_root, str(i), name)
            os.makedirs(d)
            rnd[name + "_full"] = timed(cmd_for(d), os.path.join(log_dir, name + "_full.txt"))

        hugo = lambda: fresh("hugo", lambda d: [a.hugo, "--quiet", "-s", a.hugo_site, "-d", d])
        mine = lambda: fresh("thidua", lambda d: thidua(os.path.join(d, "public")))
        for step in ((hugo, mine) if i % 2 == 0 else (mine, hugo)):
            step()
        rendered = re.search(r"share images: (\d+) rendered", rnd["thidua_full"]["out"])
        if rendered and rendered.group(1) != "0":
            print("  warning: the fresh build rendered %s share cards instead of reusing the cache"
                  % rendered.group(1), file=sys.stderr, flush=True)
        tag = "round %d/%d%s" % (i + 1, total, "" if i >= a.warmup else " (warm-up, not counted)")
        print("  %-30s hugo %.2f s · thidua %.2f s (×%.2f) · load %.2f"
              % (tag, rnd["hugo_full"]["wall"], rnd["thidua_full"]["wall"],
                 rnd["thidua_full"]["wall"] / rnd["hugo_full"]["wall"], loads[-1]), flush=True)
    for i in range(total):
        rnd = rounds[i]
        # Each round's rebuilds start from their own copy of the 52-week site (made untimed).
        out_i = os.path.join(a.work, "thidua-out-%d" % i, "public")
        os.makedirs(os.path.dirname(out_i))
        subprocess.run(["cp", "-a", backup, out_i], check=True)
        rnd["thidua_unchanged"] = timed(thidua(out_i, week_content), os.path.join(log_dir, "thidua_unchanged.txt"))
        if "Unchanged" not in rnd["thidua_unchanged"]["out"]:
            sys.exit("the unchanged rebuild was not detected as unchanged:\n" + rnd["thidua_unchanged"]["out"])
        change_one_value()
        try:
            rnd["thidua_change_value"] = timed(thidua(out_i, week_content),
                                               os.path.join(log_dir, "thidua_change_value.txt"))
        finally:
            restore_latest()
        shutil.copyfile(a.next_file, added)
        try:
            rnd["thidua_add_week"] = timed(thidua(out_i, week_content), os.path.join(log_dir, "thidua_add_week.txt"))
        finally:
            os.remove(added)
            restore_week_cache()
        base_text = ""
        if a.baseline:
            base_i = os.path.join(a.work, "base-out-%d" % i, "public")
            os.makedirs(os.path.dirname(base_i))
            subprocess.run(["cp", "-a", os.path.join(base_backup, "public"), base_i], check=True)
            shutil.copyfile(a.next_file, base_added)
            try:
                rnd["base_add_week"] = timed(thidua(base_i, base_content, a.baseline),
                                             os.path.join(log_dir, "base_add_week.txt"))
            finally:
                os.remove(base_added)
                restore_base_cache()
            base_text = " · baseline +1 week %.2f s" % rnd["base_add_week"]["wall"]
        tag = "round %d/%d%s" % (i + 1, total, "" if i >= a.warmup else " (warm-up, not counted)")
        print("  %-30s unchanged %.2f s · one value %.2f s · +1 week %.2f s%s"
              % (tag, rnd["thidua_unchanged"]["wall"], rnd["thidua_change_value"]["wall"],
                 rnd["thidua_add_week"]["wall"], base_text), flush=True)
        record(i, rnd)
        if i >= a.warmup:
            summarize(samples, stage_samples, loads + [os.getloadavg()[0]], a)
    loads.append(os.getloadavg()[0])
    rmtree(fresh_root)
    rmtree(week_cache_backup)
    for i in range(total):
        rmtree(os.path.join(a.work, "thidua-out-%d" % i))
        rmtree(os.path.join(a.work, "base-out-%d" % i))
    rmtree(base_cache_backup)
    summarize(samples, stage_samples, loads, a)


def summarize(samples, stage_samples, loads, a):
    med = lambda xs: statistics.median(xs)
    summary = {"runs": len(samples["hugo_full"]), "warmup": a.warmup, "load_1min": loads, "steps": {}, "ratios": {}}
    for k, xs in samples.items():
        summary["steps"][k] = {m: {"min": min(x[m] for x in xs), "median": med([x[m] for x in xs]),
                                   "max": max(x[m] for x in xs)}
                               for m in ("wall", "settled", "user", "sys", "cpu", "rss_mib")}
        if k in stage_samples:
            summary["steps"][k]["stages"] = {st: med(v) for st, v in stage_samples[k].items()}
    per_round = lambda num, den, m="wall": [x[m] / y[m] for x, y in zip(samples[num], samples[den])]
    summary["ratios"] = {
        "full_vs_hugo_wall": med(per_round("thidua_full", "hugo_full")),
        "full_vs_hugo_cpu": med(per_round("thidua_full", "hugo_full", "cpu")),
        "full_vs_hugo_wall_all": per_round("thidua_full", "hugo_full"),
        "unchanged_vs_full": med(per_round("thidua_unchanged", "thidua_full")),
        "add_week_vs_full": med(per_round("thidua_add_week", "thidua_full")),
        "add_week_vs_hugo": med(per_round("thidua_add_week", "hugo_full")),
        "change_value_vs_full": med(per_round("thidua_change_value", "thidua_full")),
    }
    if samples.get("base_add_week"):
        summary["ratios"]["add_week_vs_baseline"] = med(per_round("thidua_add_week", "base_add_week"))
        summary["ratios"]["add_week_vs_baseline_all"] = per_round("thidua_add_week", "base_add_week")
        summary["ratios"]["add_week_settled_vs_baseline"] = med(per_round("thidua_add_week", "base_add_week", "settled"))
    with open(os.path.join(a.results, "timings.json"), "w") as f:
        json.dump(summary, f, indent=1)




if __name__ == "__main__":
    main()
