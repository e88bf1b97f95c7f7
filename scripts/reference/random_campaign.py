#!/usr/bin/env python3
"""Write a random but valid thidua content folder, deterministic per seed.

    python3 scripts/reference/random_campaign.py SEED OUT_CONTENT_DIR

Creates OUT_CONTENT_DIR/site.yml and one campaign OUT_CONTENT_DIR/rnd-<seed>/
(campaign.md, units.csv, data/YYYY-MM-DD.csv). The campaign exercises: 1-3
groups, optional size brackets, metric column aliases (with commas, so quoted
CSV cells), Vietnamese and English digit grouping, percent cells, empty
cells, roster units missing from the current snapshot, snapshots after
period.end, a baseline with baseline() indicators, division by zero,
lower-is-better indicators, per-group target maps, ranking.by as one id
(seed % 3 == 0), a list (seed % 3 == 1) or score (seed % 3 == 2), exact ties
(copied or scaled figures), and awards with top N and per group|bracket|all.

It deliberately avoids cases where the contract is ambiguous (see README.md):
values that differ by less than 1e-9 without being equal, bracket metrics
missing for a unit that has a row, "93,5 %" with a space before the percent
sign, metric headers given by id when a column alias is set, target strings
with a decimal comma, empty target maps, indicator ids equal to metric ids.

Standard library + PyYAML. Only `random.Random(seed)` is used.
"""
import csv
import datetime as dt
import io
import os
import random
import sys

import yaml

GROUP_POOL = [
    ("so-nganh", "Các Sở, Ban, ngành cấp tỉnh"),
    ("huyen", "UBND các huyện, thành phố"),
    ("phuong", "Khối UBND phường"),
    ("xa", "Khối UBND xã, thị trấn"),
]

NAME_POOL = {
    "so-nganh": ["Sở Công Thương", "Sở Tư pháp", "Sở Y tế", "Sở Xây dựng", "Sở Nội vụ",
                 "Sở Tài chính", "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ",
                 "Sở Văn hóa, Thể thao và Du lịch", "Sở Nông nghiệp và Môi trường",
                 "Sở Dân tộc và Tôn giáo", "Ban Quản lý các khu công nghiệp", "sở Ngoại vụ",
                 "Sở Giao thông vận tải", "Thanh tra tỉnh", "Công an tỉnh"],
    "huyen": ["Huyện Cư Jút", "Huyện Đắk Mil", "Huyện Krông Nô", "Huyện Đắk Song",
              "Huyện Đắk R'Lấp", "Huyện Tuy Đức", "Huyện Đắk Glong", "Thành phố Gia Nghĩa",
              "Huyện Chi Lăng", "Huyện Hữu Lũng", "huyện Bắc Sơn", "Huyện Ba Tơ"],
    "phuong": ["Phường An Hòa", "Phường An Hoà", "Phường Bình Thủy", "Phường Cái Khế",
               "Phường Ba", "Phường Bà", "Phường Bả", "Phường Bã", "Phường Bá", "Phường Bạ",
               "Phường Ăn Quán", "Phường Âu Cơ", "Phường Đông Hải", "Phường Dương Kinh",
               "Phường 1", "Phường 10", "Phường 2", "phường An Bình", "Phường Anh Dũng"],
    "xa": ["Xã Quang Lang", "Xã Chi Lăng", "Xã Vân An", "Xã Vạn Linh", "Xã Hòa Bình",
           "Xã Nhân Lý", "Xã Mai Sao", "Xã Bằng Hữu", "Xã Bắc Thủy", "Xã Thượng Cường",
           "Xã Y Tịch", "Xã Gia Lộc", "Xã Ơn Thủy", "Xã Ô Lâu", "Xã Ư Sơn", "Xã U Minh"],
}

METRICS = [
    # id, alias (or None), kind
    ("total", "Tổng số hồ sơ", "count"),
    ("received", "Hồ sơ tiếp nhận trực tuyến", "count"),
    ("processed", "Số hồ sơ giải quyết trực tuyến, toàn trình", "count"),
    ("late", "Hồ sơ trễ hạn", "count"),
    ("paid_online", "Giao dịch thanh toán trực tuyến", "count"),
    ("satisfaction", "Mức độ hài lòng (%)", "percent"),
    ("days", "Thời gian giải quyết bình quân, ngày", "decimal"),
]


def fmt_int(r, n):
    style = r.choice(["plain", "plain", "dot", "comma", "space"])
    s = str(abs(n))
    if style != "plain" and len(s) > 3:
        sep = {"dot": ".", "comma": ",", "space": " "}[style]
        groups = []
        while len(s) > 3:
            groups.insert(0, s[-3:])
            s = s[:-3]
        groups.insert(0, s)
        s = sep.join(groups)
    return ("-" if n < 0 else "") + s


def group3(s, sep):
    groups = []
    while len(s) > 3:
        groups.insert(0, s[-3:])
        s = s[:-3]
    groups.insert(0, s)
    return sep.join(groups)


def fmt_decimal(r, hundredths):
    """A value with at most 2 decimals, given as an integer number of hundredths."""
    ip, fp = divmod(hundredths, 100)
    fs = ("%02d" % fp).rstrip("0")
    style = r.choice(["vi", "en", "vi_grouped", "en_grouped"])
    if not fs:
        return fmt_int(r, ip)
    if style == "vi":
        return "%d,%s" % (ip, fs)
    if style == "en":
        return "%d.%s" % (ip, fs)
    if style == "vi_grouped":
        return "%s,%s" % (group3(str(ip), "."), fs)
    return "%s.%s" % (group3(str(ip), ","), fs)


def fmt_percent(r, tenths_of_percent):
    """satisfaction given in tenths of a percent (935 = 93,5 %)."""
    ip, fp = divmod(tenths_of_percent, 10)
    style = r.choice(["pct", "pct", "frac"])
    if style == "frac":
        # a fraction written as a decimal: 0,935 (zero leading part => decimal)
        s = "%.3f" % (tenths_of_percent / 1000.0)
        s = s.rstrip("0").rstrip(".")
        if s in ("0", "1"):
            return s
        return s.replace(".", r.choice([",", "."]))
    if fp == 0:
        return "%d%%" % ip
    return "%d%s%d%%" % (ip, r.choice([",", "."]), fp)


def make_figures(r, size_hint):
    total = r.choice([0] * 1 + [r.randint(1, 40)] * 2 + [r.randint(40, 6000)] * 7)
    if size_hint is not None:
        total = size_hint
    star = r.random() < 0.25             # a unit that meets most targets
    rate = r.uniform(0.85, 1.0) if star else r.random()
    received = int(round(total * rate))
    processed = int(round(received * (r.uniform(0.92, 1.0) if star else r.uniform(0.5, 1.0))))
    late = int(round(total * (r.uniform(0.0, 0.03) if star else r.uniform(0.0, 0.12))))
    paid = r.randint(0, 2000)
    sat = r.randint(960, 1000) if star else r.randint(700, 1000)     # tenths of a percent
    days = r.randint(50, 300) if star else r.randint(50, 1500)       # hundredths of a day
    return {"total": total, "received": received, "processed": processed, "late": late,
            "paid_online": paid, "satisfaction": sat, "days": days}


def scaled(fig, k):
    out = dict(fig)
    for key in ("total", "received", "processed", "late"):
        out[key] = fig[key] * k
    return out


def main(argv):
    if len(argv) != 3:
        print("usage: random_campaign.py SEED OUT_CONTENT_DIR", file=sys.stderr)
        return 64
    seed = int(argv[1])
    out = argv[2]
    r = random.Random(seed)
    slug = "rnd-%d" % seed

    # ---- groups
    ngroups = r.randint(1, 3)
    chosen = r.sample(GROUP_POOL, ngroups)
    declare_groups = ngroups > 1 or r.random() < 0.5
    groups = []
    for gid, gname in chosen:
        g = {"id": gid, "name": gname}
        if r.random() < 0.5:
            g["brackets"] = {"metric": "total",
                             "bounds": r.choice([[1500, 3500], [1000], [500, 1500, 3000], [2000.5]])}
        groups.append(g)
    if not declare_groups:
        gids = ["all"]
        name_pool_key = chosen[0][0]
    else:
        gids = [g["id"] for g in groups]

    # ---- dates
    start = dt.date(2024, 1, 1) + dt.timedelta(days=r.randint(0, 700))
    end = start + dt.timedelta(days=r.randint(30, 120))
    has_baseline = r.random() < 0.8
    base_date = start - dt.timedelta(days=r.randint(1, 30))
    mids = sorted({start + dt.timedelta(days=r.randint(0, (end - start).days)) for _ in range(r.randint(1, 3))})
    current_on_end = r.random() < 0.3
    if current_on_end:
        mids = sorted(set(mids) | {end})
    after = sorted({end + dt.timedelta(days=r.randint(1, 40)) for _ in range(r.randint(1, 2))})
    dates = sorted({base_date} | set(mids) | set(after))
    current = max(d for d in dates if d <= end)

    # ---- metrics
    metrics = []
    for mid, alias, _ in METRICS:
        m = {"id": mid, "name": alias}
        if r.random() < 0.6:
            m["column"] = alias
        metrics.append(m)

    # ---- indicators
    def tgt_higher():
        return r.choice([">= 50%", "> 90%", "0.6", 0.45, "45%", ">= 0.75", "60%"])

    indicators = []
    rr = {"id": "received_rate", "name": "Tỷ lệ hồ sơ tiếp nhận trực tuyến",
          "formula": "received / total", "format": "percent", "better": "higher"}
    if declare_groups and r.random() < 0.6:
        keep = [g for g in gids if r.random() < 0.8] or [gids[0]]
        rr["target"] = {g: tgt_higher() for g in keep}
    elif r.random() < 0.8:
        rr["target"] = tgt_higher()
    indicators.append(rr)
    indicators.append({"id": "processed_rate", "name": "Tỷ lệ giải quyết trực tuyến",
                       "formula": "processed / received", "format": "percent",
                       "target": r.choice(["> 90%", ">= 80%", 0.9])})
    indicators.append({"id": "late_rate", "name": "Tỷ lệ hồ sơ trễ hạn",
                       "formula": "late / total", "format": "percent", "better": "lower",
                       "target": r.choice(["<= 5%", "< 5%", 0.05, "3%", "<= 0.08"])})
    if has_baseline:
        gain = {"id": "received_gain", "name": "Mức tăng so với trước chiến dịch",
                "formula": "received_rate - baseline(received_rate)", "format": "points"}
        if declare_groups:
            gain["target"] = {g: r.choice(["20%", "10%", ">= 5%", 0.15]) for g in gids}
        else:
            gain["target"] = r.choice(["20%", "10%"])
        indicators.append(gain)
        if r.random() < 0.5:
            indicators.append({"id": "total_growth", "name": "Tăng trưởng tổng hồ sơ",
                               "formula": "(total - baseline(total)) / baseline(total)",
                               "format": "percent"})
    if r.random() < 0.7:
        indicators.append({"id": "satisfaction_rate", "name": "Mức độ hài lòng",
                           "formula": "satisfaction", "format": "percent",
                           "target": r.choice(["> 90%", ">= 95%", 0.9])})
    if r.random() < 0.6:
        indicators.append({"id": "avg_days", "name": "Thời gian giải quyết bình quân",
                           "formula": "days", "format": "number", "better": "lower",
                           "target": r.choice(["< 5", 7, "<= 4.5", "3.5"])})
    indicators.append({"id": "combined", "name": "Chỉ số tổng hợp",
                       "formula": r.choice(["(received_rate + processed_rate) / 2",
                                            "(received_rate * 2 + processed_rate) / 3 * 100%",
                                            "0.5 * received_rate + 50% * processed_rate - late_rate / 10"]),
                       "format": "percent"})
    if r.random() < 0.7:
        indicators.append({"id": "paid_per_unpaid", "name": "Thanh toán / hồ sơ chưa trực tuyến",
                           "formula": "paid_online / (total - received)", "format": "number"})
    if r.random() < 0.5:
        indicators.append({"id": "payments", "name": "Số giao dịch thanh toán trực tuyến",
                           "formula": "paid_online", "format": "number"})
    # weights
    for ind in indicators:
        w = r.choice([None, None, 1, 2, 0.5, 0])
        if w is not None:
            ind["weight"] = w
    if all(ind.get("weight", 1) <= 0 for ind in indicators):
        indicators[0]["weight"] = 1

    ind_ids = [i["id"] for i in indicators]
    mode = seed % 3
    if mode == 0:
        by = r.choice(["received_rate", "combined", "late_rate"] + (["received_gain"] if has_baseline else []))
    elif mode == 1:
        by = [r.choice(["received_rate", "combined"]), r.choice(["late_rate", "processed_rate"])]
        if "avg_days" in ind_ids and r.random() < 0.5:
            by.append("avg_days")
    else:
        by = "score"

    # ---- awards
    awards = [{"id": "hoan-thanh", "name": "Giấy chứng nhận hoàn thành chỉ tiêu", "require": "all_targets"}]
    awards.append({"id": "giai-nhat", "name": "Giải nhất", "top": 1})
    # per: bracket needs a declared group with brackets (the contract makes it an error otherwise).
    has_brackets = declare_groups and any("brackets" in g for g in groups)
    bracket_scope = "bracket" if has_brackets else "group"
    awards.append({"id": "top-bracket", "name": "Dẫn đầu quy mô", "top": r.choice([1, 2]),
                   "per": bracket_scope, "require": r.choice(["all_targets", "none"])})
    awards.append({"id": "top-all", "name": "Bằng khen của Chủ tịch UBND tỉnh",
                   "top": r.choice([2, 3, 4]), "per": "all"})
    if declare_groups and r.random() < 0.6:
        awards.append({"id": "rieng-nhom", "name": "Khen thưởng riêng",
                       "top": r.choice([1, 2, 3]), "groups": [r.choice(gids)],
                       "per": r.choice(["group", bracket_scope, "all"])})
    r.shuffle(awards)

    # ---- units
    units = []
    for gi, gid in enumerate(gids):
        pool_key = gid if declare_groups else name_pool_key
        names = r.sample(NAME_POOL[pool_key], r.randint(3, min(9, len(NAME_POOL[pool_key]))))
        for k, name in enumerate(names):
            units.append({"id": "%s-%d" % (pool_key[:2] if declare_groups else "u", len(units) + 1),
                          "name": name, "group": gid})
    r.shuffle(units)

    # ---- figures per snapshot
    figures = {d: {} for d in dates}
    for u in units:
        prev = None
        for d in dates:
            f = make_figures(r, None)
            figures[d][u["id"]] = f
    # ties: copy or scale another unit's figures (in the current and baseline snapshots)
    for u in units:
        if r.random() < 0.35:
            same_group = [v for v in units if v["group"] == u["group"] and v is not u]
            src = r.choice(same_group or units)
            for d in sorted({current, base_date}):
                k = r.choice([1, 1, 2])
                fig = scaled(figures[d][src["id"]], k)
                if k > 1 and fig["total"] > 9999:
                    fig = dict(figures[d][src["id"]])
                figures[d][u["id"]] = fig
    # absent units and empty cells
    absent = {d: set() for d in dates}
    for d in dates:
        for u in units:
            if r.random() < (0.15 if d == current else 0.1):
                absent[d].add(u["id"])
    empties = {}
    for d in dates:
        for u in units:
            for mid, _, _ in METRICS:
                if mid != "total" and r.random() < 0.04:
                    empties[(d, u["id"], mid)] = True

    # ---- write
    cdir = os.path.join(out, slug)
    os.makedirs(os.path.join(cdir, "data"), exist_ok=True)
    with open(os.path.join(out, "site.yml"), "w", encoding="utf-8") as f:
        f.write('title: "Thi đua ngẫu nhiên %d"\nbase_url: "https://example.gov.vn/thidua/"\nlanguage: vi\n' % seed)

    fm = {"title": "Phong trào thi đua ngẫu nhiên số %d" % seed,
          "issuer": "Sở Thông tin và Truyền thông", "document": "Số: %d/KH-STTTT" % seed,
          "period": {"start": start, "end": end}}
    if has_baseline:
        fm["baseline"] = base_date
    if r.random() < 0.3:
        fm["sample"] = True
    if declare_groups:
        fm["groups"] = groups
    fm["metrics"] = metrics
    fm["indicators"] = indicators
    fm["ranking"] = {"by": by}
    fm["awards"] = awards
    text = "---\n" + yaml.safe_dump(fm, allow_unicode=True, sort_keys=False, width=200) + "---\n\n" \
        "# Kế hoạch thi đua %d\n\nNội dung kế hoạch (dữ liệu minh họa).\n" % seed
    with open(os.path.join(cdir, "campaign.md"), "w", encoding="utf-8", newline="") as f:
        f.write(text)

    def write_csv(path, rows):
        eol = r.choice(["\n", "\r\n"])
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator=eol)
        for row in rows:
            w.writerow(row)
        data = buf.getvalue()
        if r.random() < 0.4:
            data = "\ufeff" + data
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(data)

    idcol = r.choice(["id", "unit"])
    roster = [[idcol, "name"] + (["group"] if declare_groups else []) + ["ghi_chu"]]
    for u in units:
        roster.append([u["id"], u["name"]] + ([u["group"]] if declare_groups else []) + [r.choice(["", "x, y"])])
    write_csv(os.path.join(cdir, "units.csv"), roster)

    for d in dates:
        mcols = list(metrics)
        r.shuffle(mcols)
        header = [r.choice(["unit", "id"])]
        extra = r.random() < 0.5
        if extra:
            header += ["STT", "name"]
        header += [m.get("column", m["id"]) for m in mcols]
        rows = [header]
        present = [u for u in units if u["id"] not in absent[d]]
        r.shuffle(present)
        for n, u in enumerate(present, 1):
            f = figures[d][u["id"]]
            row = [u["id"]]
            if extra:
                row += [str(n), u["name"]]
            for m in mcols:
                mid = m["id"]
                if empties.get((d, u["id"], mid)):
                    row.append(r.choice(["", " "]))
                    continue
                kind = next(k for i, _, k in METRICS if i == mid)
                if kind == "count":
                    row.append(fmt_int(r, f[mid]))
                elif kind == "percent":
                    row.append(fmt_percent(r, f[mid]))
                else:
                    row.append(fmt_decimal(r, f[mid]))
            rows.append(row)
        if r.random() < 0.3:
            rows.append([""] * len(header))      # a blank trailing row
        write_csv(os.path.join(cdir, "data", d.isoformat() + ".csv"), rows)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
