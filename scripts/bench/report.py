#!/usr/bin/env python3
"""Output statistics and the summary table of scripts/bench/run.sh.

  python3 report.py stats DIR [CAMPAIGN]   -> JSON on stdout: pages, files, bytes, largest pages,
                                             tree sha256; with CAMPAIGN (a thidua site), the unit
                                             and group pages counted separately
  python3 report.py summary RESULTS_DIR    -> reads RESULTS_DIR/{timings,env,thidua-stats,
                                             hugo-stats}.json, prints the table, writes summary.md
Standard library only.
"""
import hashlib
import json
import os
import sys

RESERVED = {"data", "ke-hoach", "chi-so", "khen-thuong", "nhom", "embed", "assets"}


def stats(root, campaign=None):
    files, html, svg, png = [], [], [], []
    for d, dirs, names in os.walk(root):
        dirs.sort()
        for n in sorted(names):
            p = os.path.join(d, n)
            rel = os.path.relpath(p, root)
            if rel.startswith(".thidua"):          # thidua's marker/manifest, not a page
                continue
            size = os.path.getsize(p)
            files.append((rel, size))
            if n.endswith(".html"):
                html.append((size, rel))
            elif n.endswith(".svg"):
                svg.append((size, rel))
            elif n.endswith(".png"):
                png.append((size, rel))
    # The anchor's tree hash: sha256 of `find . -type f | LC_ALL=C sort | xargs sha256sum`.
    listing = b""
    for rel in sorted((rel.encode() for rel, _ in files)):
        with open(os.path.join(root.encode(), rel), "rb") as f:
            listing += hashlib.sha256(f.read()).hexdigest().encode() + b"  ./" + rel + b"\n"
    html.sort(reverse=True)
    svg.sort(reverse=True)
    out = {
        "files": len(files), "bytes": sum(s for _, s in files),
        "html_pages": len(html), "html_bytes": sum(s for s, _ in html),
        "svg_files": len(svg), "png_files": len(png),
        "largest_html": html[:5], "largest_svg": svg[:1],
        "html_over_300k": sum(1 for s, _ in html if s > 300 * 1024),
        "median_html": sorted(s for s, _ in html)[len(html) // 2] if html else 0,
        "tree_sha256": hashlib.sha256(listing).hexdigest()[:16],
    }
    if campaign:
        base = os.path.join(root, campaign)
        units = [d for d in os.listdir(base) if d not in RESERVED
                 and os.path.isfile(os.path.join(base, d, "index.html"))]
        groups = os.listdir(os.path.join(base, "nhom")) if os.path.isdir(os.path.join(base, "nhom")) else []
        out["unit_pages"] = len(units)
        out["group_pages"] = len(groups)
        out["unit_page_median"] = sorted(os.path.getsize(os.path.join(base, u, "index.html"))
                                         for u in units)[len(units) // 2] if units else 0
    return out


def kib(n):
    return "%.0f KiB" % (n / 1024.0)


def summary(results):
    load = lambda name: json.load(open(os.path.join(results, name)))
    t, env, ts, hs = load("timings.json"), load("env.json"), load("thidua-stats.json"), load("hugo-stats.json")
    st, r = t["steps"], t["ratios"]
    lines = []
    add = lines.append
    add("# thidua national benchmark vs Hugo (anchor site)")
    add("")
    add("- machine: %s" % env["machine"])
    add("- load (1-min average) during the timed rounds: %s; other users' processes were running"
        % ", ".join("%.2f" % x for x in t["load_1min"]))
    add("- thidua: %s; hugo: %s" % (env["thidua"], env["hugo"]))
    add("- input: %s" % env["input"])
    add("- %d counted rounds (+%d warm-up): first each round's Hugo and thidua full builds into "
        "fresh folders (order alternating; no output tree deleted until the end, as in the anchor's "
        "run.sh), then each round's thidua unchanged rebuild, rebuild after one changed value and "
        "rebuild after adding one snapshot (and, with BASELINE_BIN, the baseline's rebuild after adding it). "
        "Medians; ratios are the median of per-round ratios." % (t["runs"], t["warmup"]))
    add("")
    add("| step | wall s (min–max) | cpu s | peak RSS MiB | vs |")
    add("|---|---|---|---|---|")
    names = {
        "hugo_full": "Hugo: anchor site, fresh output folder",
        "thidua_full": "thidua: national site, fresh output folder",
        "thidua_unchanged": "thidua: unchanged rebuild",
        "thidua_change_value": "thidua: rebuild after one changed value",
        "thidua_add_week": "thidua: rebuild after adding week 53",
        "base_add_week": "baseline (%s): rebuild after adding week 53" % env.get("baseline", "?"),
    }
    vs = {
        "hugo_full": "1",
        "thidua_full": "**×%.2f Hugo** (cpu ×%.2f)" % (r["full_vs_hugo_wall"], r["full_vs_hugo_cpu"]),
        "thidua_unchanged": "**%.1f %% of full**" % (100 * r["unchanged_vs_full"]),
        "thidua_change_value": "**%.1f %% of full**" % (100 * r["change_value_vs_full"]),
        "thidua_add_week": "%.0f %% of full, ×%.2f Hugo" % (100 * r["add_week_vs_full"], r["add_week_vs_hugo"])
        + (", **×%.2f the baseline's**" % r["add_week_vs_baseline"] if "add_week_vs_baseline" in r else ""),
        "base_add_week": "1 (baseline)",
    }
    for k in ("hugo_full", "thidua_full", "thidua_unchanged", "thidua_change_value", "thidua_add_week", "base_add_week"):
        if k not in st:
            continue
        s = st[k]
        add("| %s | %.2f (%.2f–%.2f) | %.2f | %.0f | %s |" % (
            names[k], s["wall"]["median"], s["wall"]["min"], s["wall"]["max"], s["cpu"]["median"],
            s["rss_mib"]["max"], vs[k]))
    add("")
    for k in ("thidua_full", "thidua_change_value", "thidua_add_week", "base_add_week", "thidua_unchanged"):
        if k in st and st[k].get("stages"):
            who = "the baseline's" if k.startswith("base") else "thidua's own"
            add("- %s, %s stage times (median s): %s" % (names[k].split(": ")[1], who, " · ".join(
                "%s %.2f" % (a, b) for a, b in st[k]["stages"].items())))
    add("- per-round full-build ratios thidua/Hugo: %s" % ", ".join("%.2f" % x for x in r["full_vs_hugo_wall_all"]))
    if "add_week_vs_baseline_all" in r:
        add("- per-round \"+1 week\" ratios thidua/baseline: %s"
            % ", ".join("%.2f" % x for x in r["add_week_vs_baseline_all"]))
    if "settled" in st.get("thidua_add_week", {}):
        add("- rebuild after adding week 53, until the replaced site's files were deleted too (thidua "
            "returns once the new site is live and leaves that to a detached rm): %.2f s%s" % (
                st["thidua_add_week"]["settled"]["median"],
                ", ×%.2f the baseline's" % r["add_week_settled_vs_baseline"] if "add_week_settled_vs_baseline" in r else ""))
    add("")
    add("| output | thidua (national, 52 weeks) | Hugo (anchor, 12 weeks) |")
    add("|---|---|---|")
    add("| HTML pages | %d (%d unit + %d group pages + %d others) | %d (3,355 unit pages + home + list) |" % (
        ts["html_pages"], ts["unit_pages"], ts["group_pages"],
        ts["html_pages"] - ts["unit_pages"] - ts["group_pages"], hs["html_pages"]))
    add("| files (all) | %d (%d SVG, %d PNG) | %d |" % (ts["files"], ts["svg_files"], ts["png_files"], hs["files"]))
    add("| bytes (all) | %d (%s) | %d (%s) |" % (ts["bytes"], kib(ts["bytes"]), hs["bytes"], kib(hs["bytes"])))
    add("| largest HTML page | %d bytes `%s` | %d bytes `%s` |" % (
        ts["largest_html"][0][0], ts["largest_html"][0][1], hs["largest_html"][0][0], hs["largest_html"][0][1]))
    add("| HTML pages > 300 KiB | %d | %d |" % (ts["html_over_300k"], hs["html_over_300k"]))
    add("| median HTML page | %d bytes (unit page median %d) | %d bytes |" % (
        ts["median_html"], ts["unit_page_median"], hs["median_html"]))
    add("| output tree sha256 | %s (%s) | %s |" % (ts["tree_sha256"], env["deterministic"], hs["tree_sha256"]))
    add("")
    add("- next largest thidua pages: %s" % ", ".join("%s (%d)" % (p, s) for s, p in ts["largest_html"][1:]))
    add("- contract: %s" % env.get("crosscheck", "not checked"))
    add("- share cards: %s" % env["cards"])
    text = "\n".join(lines) + "\n"
    with open(os.path.join(results, "summary.md"), "w", encoding="utf-8") as f:
        f.write(text)
    sys.stdout.write(text)


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "stats":
        json.dump(stats(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None), sys.stdout, indent=1)
        print()
    elif len(sys.argv) == 3 and sys.argv[1] == "summary":
        summary(sys.argv[2])
    else:
        sys.exit(__doc__)
