#!/usr/bin/env python3
"""Write a random but valid thidua content folder, deterministic per seed.

    python3 scripts/reference/random_campaign.py SEED OUT_CONTENT_DIR

Creates OUT_CONTENT_DIR/site.yml and one campaign OUT_CONTENT_DIR/rnd-<seed>/
(campaign.md, units.csv, data/YYYY-MM-DD.csv, and often awards.csv).

Contract v1 features: 1-3 groups, optional size brackets, metric column
aliases (with commas, so quoted CSV cells), Vietnamese and English digit
grouping, percent cells, empty cells, roster units missing from the current
snapshot, snapshots after period.end, a baseline with baseline() indicators,
division by zero, lower-is-better indicators, per-group target maps, exact
ties (copied or scaled figures), awards with top N and per group|bracket|all.

Contract v2 features: composite targets ({value, or: CONDITION},
{value}, {when: CONDITION}, with label/illustrative, inside group maps too),
conditions with and/or/not/parentheses and comparisons of metrics and
indicators (any order), a metric used only in conditions (violations),
ranking.by as one id (seed % 3 == 0), a list that may contain score
(seed % 3 == 1) or score alone or first in a list (seed % 3 == 2), award
requirements as conditions with all_targets as a term, `require: decided`
awards with `criteria`, `top` counted among the units meeting `require`,
metric `aggregate: sum|mean|none` (totals), plan_figures, an `aliases`
column in units.csv, snapshots that name units by name or alias (a `name`,
`Tên đơn vị` or `Đơn vị` column, or data.name_column) instead of ids, and
awards.csv rows (by id, name or alias; with decisions, both date forms, and
persons), including grants the rules do not make eligible.

It deliberately avoids cases where the contract is ambiguous (see README.md):
values that differ by less than 1e-9 without being equal, "93,5 %" with a
space before the percent sign, metric headers given by id when a column alias
is set, target strings with a decimal comma, empty target maps, indicator ids
equal to metric ids, unit names that only match at a later matching tier
(prefixes, diacritics), aliases on units whose names differ only by
diacritics, unit-name cells with spaces removed, awards.csv cells with
surrounding spaces, conditions that could be defined for a unit without a row
(the literals true/false, comparisons of baseline() terms alone).

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
    ("violations", "Số vụ vi phạm quy định", "count"),       # used only in conditions
]

PERSONS = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường", "Phạm Thị Dung", "Hoàng Văn Em",
           "Vũ Thị Giang", "Đặng Minh Hải", "Bùi Thị Hoa", "Đỗ Quang Khải", "Ngô Thị Lan",
           "Dương Văn Mạnh", "Lý Thị Ngọc", "H'Lan Niê", "Y Bhin Ayun"]

DECISIONS = ["Quyết định số %d/QĐ-UBND", "Quyết định số %d/QĐ-STTTT", "Quyết định số %d/QĐ-UBND, ngày ký",
             "Công văn số %d/UBND-KGVX", "QĐ %d/QĐ-CT"]


def alias_candidates(name):
    """Other names a unit goes by (Vietnamese administrative usage)."""
    words = name.split(" ")
    head, rest = words[0].lower(), " ".join(words[1:])
    if head == "sở":
        out = [name + " tỉnh"]
        if " và " in rest:
            out.append("Sở " + rest.replace(" và ", " - "))
        return out
    if head == "huyện":
        return ["UBND huyện " + rest, "H. " + rest]
    if name.startswith("Thành phố"):
        return ["UBND thành phố " + " ".join(words[2:]), "TP. " + " ".join(words[2:])]
    if head == "phường":
        return ["UBND phường " + rest, "P. " + rest]
    if head == "xã":
        return ["UBND xã " + rest]
    return [name + " (tên cũ)"]


def name_variant(r, text):
    """The same name as a data export may write it: case, doubled inner spaces,
    surrounding spaces, NFD (all matched by the first matching tier)."""
    import unicodedata
    v = r.choice(["same", "same", "upper", "lower", "spaces", "nfd", "pad"])
    if v == "upper":
        return text.upper()
    if v == "lower":
        return text.lower()
    if v == "spaces":
        return text.replace(" ", "  ", 1)
    if v == "nfd":
        return unicodedata.normalize("NFD", text)
    if v == "pad":
        return " " + text + " "
    return text


def folded(text):
    import unicodedata
    k = unicodedata.normalize("NFD", " ".join(text.split()).lower())
    k = "".join(c for c in k if not unicodedata.combining(c))
    return k.replace("đ", "d")


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
    violations = r.choice([0, 0, 0, 0, 1, 2, 3])
    sat = r.randint(960, 1000) if star else r.randint(700, 1000)     # tenths of a percent
    days = r.randint(50, 300) if star else r.randint(50, 1500)       # hundredths of a day
    return {"total": total, "received": received, "processed": processed, "late": late,
            "paid_online": paid, "satisfaction": sat, "days": days, "violations": violations}


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
        agg = r.choice([None, None, None, "sum", "mean", "none"])
        if mid == "days" and agg is None:
            agg = r.choice(["mean", "none", None])
        if agg is not None:
            m["aggregate"] = agg
        metrics.append(m)

    # ---- conditions (v2): comparisons of metrics and indicators, and/or/not
    cmp_pool = ["received_rate >= 100%", "received_rate >= 95%", "received_rate > 80%", "late_rate <= 2%",
                "late <= 3", "late == 0", "violations == 0", "violations < 2", "violations != 1",
                "violations = 0", "processed >= received * 90%", "processed ≥ received * 95%",
                "satisfaction >= 95%", "total >= 1000", "total - received <= 50", "combined > 80%",
                "processed_rate == 100%", "days ≤ 3.5", "paid_online >= 500", "late_rate < 1%",
                "(received + processed) / 2 >= total * 0.8", "late_rate ≠ 0"]
    if has_baseline:
        cmp_pool += ["received_rate - baseline(received_rate) >= 5%", "total > baseline(total)",
                     "received_gain >= 10%"]

    def condition(depth=0):
        k = r.random()
        if depth >= 2 or k < 0.4:
            c = r.choice(cmp_pool)
            return "not " + c if r.random() < 0.1 else c
        if k < 0.5:
            return "not (%s)" % condition(depth + 1)
        op = r.choice(["and", "or"])
        parts = []
        for _ in range(r.randint(2, 3)):
            p = condition(depth + 1)
            if (" and " in p or " or " in p) and r.random() < 0.7:
                p = "(%s)" % p
            parts.append(p)
        return (" %s " % op).join(parts)

    def composite(v1, gain_like=False):
        """A v1 target, or one of the v2 map forms around it."""
        k = r.random()
        if k < 0.35:
            return v1
        if k < 0.7:
            t = {"value": v1, "or": "received_rate >= 100%" if gain_like and r.random() < 0.5 else condition()}
        elif k < 0.8:
            t = {"value": v1}
        else:
            t = {"when": condition()}
        if r.random() < 0.3:
            t["label"] = r.choice(["Đạt chỉ tiêu của Kế hoạch", "≥ +20 điểm % hoặc đã đạt 100 %",
                                   "Không có hồ sơ trễ hạn, không vi phạm"])
        if r.random() < 0.2:
            t["illustrative"] = True
        return t

    # ---- indicators
    def tgt_higher():
        return r.choice([">= 50%", "> 90%", "0.6", 0.45, "45%", ">= 0.75", "60%"])

    indicators = []
    rr = {"id": "received_rate", "name": "Tỷ lệ hồ sơ tiếp nhận trực tuyến",
          "formula": "received / total", "format": "percent", "better": "higher"}
    if declare_groups and r.random() < 0.6:
        keep = [g for g in gids if r.random() < 0.8] or [gids[0]]
        rr["target"] = {g: composite(tgt_higher()) for g in keep}
    elif r.random() < 0.8:
        rr["target"] = composite(tgt_higher())
    indicators.append(rr)
    indicators.append({"id": "processed_rate", "name": "Tỷ lệ giải quyết trực tuyến",
                       "formula": "processed / received", "format": "percent",
                       "target": composite(r.choice(["> 90%", ">= 80%", 0.9]))})
    indicators.append({"id": "late_rate", "name": "Tỷ lệ hồ sơ trễ hạn",
                       "formula": "late / total", "format": "percent", "better": "lower",
                       "target": composite(r.choice(["<= 5%", "< 5%", 0.05, "3%", "<= 0.08"]))})
    if has_baseline:
        gain = {"id": "received_gain", "name": "Mức tăng so với trước chiến dịch",
                "formula": "received_rate - baseline(received_rate)", "format": "points"}
        if declare_groups:
            gain["target"] = {g: composite(r.choice(["20%", "10%", ">= 5%", 0.15]), True) for g in gids}
        else:
            gain["target"] = composite(r.choice(["20%", "10%"]), True)
        indicators.append(gain)
        if r.random() < 0.5:
            indicators.append({"id": "total_growth", "name": "Tăng trưởng tổng hồ sơ",
                               "formula": "(total - baseline(total)) / baseline(total)",
                               "format": "percent"})
    if r.random() < 0.7:
        indicators.append({"id": "satisfaction_rate", "name": "Mức độ hài lòng",
                           "formula": "satisfaction", "format": "percent",
                           "target": composite(r.choice(["> 90%", ">= 95%", 0.9]))})
    if r.random() < 0.6:
        indicators.append({"id": "avg_days", "name": "Thời gian giải quyết bình quân",
                           "formula": "days", "format": "number", "better": "lower",
                           "target": composite(r.choice(["< 5", 7, "<= 4.5", "3.5"]))})
    indicators.append({"id": "combined", "name": "Chỉ số tổng hợp",
                       "formula": r.choice(["(received_rate + processed_rate) / 2",
                                            "(received_rate * 2 + processed_rate) / 3 * 100%",
                                            "0.5 * received_rate + 50% * processed_rate - late_rate / 10"]),
                       "format": "percent"})
    if r.random() < 0.3:
        indicators[-1]["target"] = {"when": condition()}
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
        if r.random() < 0.6:
            by.insert(r.randint(0, len(by)), "score")
    else:
        by = r.choice(["score", "score", ["score"], ["score", r.choice(["received_rate", "combined", "late_rate"])]])

    # ---- awards
    def award_condition():
        c = condition(1)
        if " and " in c or " or " in c:
            c = "(%s)" % c
        return r.choice(["all_targets and " + c, "all_targets or " + c, c, "not all_targets and " + c,
                         "all_targets and violations == 0"])

    awards = [{"id": "hoan-thanh", "name": "Giấy chứng nhận hoàn thành chỉ tiêu",
               "require": r.choice(["all_targets", "all_targets", "all_targets and violations == 0"])}]
    awards.append({"id": "giai-nhat", "name": "Giải nhất", "top": 1})
    if r.random() < 0.4:
        awards[-1]["require"] = award_condition()
    # per: bracket needs a declared group with brackets (the contract makes it an error otherwise).
    has_brackets = declare_groups and any("brackets" in g for g in groups)
    bracket_scope = "bracket" if has_brackets else "group"
    awards.append({"id": "top-bracket", "name": "Dẫn đầu quy mô", "top": r.choice([1, 2]),
                   "per": bracket_scope, "require": r.choice(["all_targets", "none", award_condition()])})
    awards.append({"id": "top-all", "name": "Bằng khen của Chủ tịch UBND tỉnh",
                   "top": r.choice([2, 3, 4]), "per": "all"})
    if r.random() < 0.5:
        awards[-1]["require"] = r.choice(["all_targets", award_condition()])
    if declare_groups and r.random() < 0.6:
        awards.append({"id": "rieng-nhom", "name": "Khen thưởng riêng",
                       "top": r.choice([1, 2, 3]), "groups": [r.choice(gids)],
                       "per": r.choice(["group", bracket_scope, "all"])})
        if r.random() < 0.5:
            awards[-1]["require"] = award_condition()
    if r.random() < 0.5:
        awards.append({"id": "chap-hanh-tot", "name": "Giấy khen chấp hành tốt kỷ luật hành chính",
                       "require": award_condition()})
        if declare_groups and r.random() < 0.4:
            awards[-1]["groups"] = r.sample(gids, r.randint(1, len(gids)))
    if r.random() < 0.6:
        awards.append({"id": "tham-muu-tot", "name": "Bằng khen cho đơn vị tham mưu tốt nhất",
                       "require": "decided",
                       "criteria": "Đơn vị tham mưu, đề xuất hiệu quả nhất cho UBND tỉnh (Mục IV.2 Kế hoạch)"})
    for a in awards:
        if r.random() < 0.2 and "criteria" not in a:
            a["criteria"] = "Theo Mục IV của Kế hoạch: %s" % a["name"].lower()
    r.shuffle(awards)

    # ---- units
    units = []
    for gi, gid in enumerate(gids):
        pool_key = gid if declare_groups else name_pool_key
        names = r.sample(NAME_POOL[pool_key], r.randint(3, min(9, len(NAME_POOL[pool_key]))))
        for k, name in enumerate(names):
            units.append({"id": "%s-%d" % (pool_key[:2] if declare_groups else "u", len(units) + 1),
                          "name": name, "group": gid, "aliases": []})
    r.shuffle(units)
    # aliases (v2): only on units whose name no other unit shares even without diacritics, and
    # each alias unique the same way, so that every name and alias matches at the first tier
    has_aliases = r.random() < 0.6
    if has_aliases:
        taken = {}
        for u in units:
            taken.setdefault(folded(u["name"]), []).append(u["id"])
        for u in units:
            if len(taken[folded(u["name"])]) > 1 or r.random() < 0.3:
                continue
            for a in alias_candidates(u["name"]):
                if folded(a) not in taken and r.random() < 0.7:
                    taken[folded(a)] = [u["id"]]
                    u["aliases"].append(a)

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
                if r.random() < (0.01 if mid == "total" else 0.04):
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
    # plan figures (v2): warnings only, never in the JSON
    pf = []
    for _ in range(r.choice([0, 0, 1, 2])):
        fig = {"id": r.choice(["total", "received", "received_rate", "late_rate"]),
               "date": r.choice([current] + ([base_date] if has_baseline else []))}
        fig["value"] = r.choice([r.randint(100, 90000), "%d%%" % r.randint(10, 99)]) \
            if fig["id"] in ("received_rate", "late_rate") else r.randint(100, 90000)
        if r.random() < 0.7:
            fig["source"] = r.choice(["Mục I.1", "Phụ lục 2", "Mục II, điểm 3"])
        if declare_groups and r.random() < 0.4:
            fig["group"] = r.choice(gids)
        pf.append(fig)
    if pf:
        fm["plan_figures"] = pf
    name_column = None
    if r.random() < 0.2:
        name_column = r.choice(["Tên đơn vị, địa phương", "Cơ quan, đơn vị"])
        fm["data"] = {"name_column": name_column}
    class NoAliases(yaml.SafeDumper):          # thidua refuses YAML anchors and aliases
        def ignore_aliases(self, data):
            return True
    text = "---\n" + yaml.dump(fm, Dumper=NoAliases, allow_unicode=True, sort_keys=False, width=200) + "---\n\n" \
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
    roster = [[idcol, "name"] + (["group"] if declare_groups else []) + ["ghi_chu"]
              + (["aliases"] if has_aliases else [])]
    for u in units:
        row = [u["id"], u["name"]] + ([u["group"]] if declare_groups else []) + [r.choice(["", "x, y"])]
        if has_aliases:
            parts = list(u["aliases"])
            if parts and r.random() < 0.3:
                parts.insert(r.randint(0, len(parts)), "")         # empty parts are ignored
            row.append(r.choice(["|", " | "]).join(parts))
        roster.append(row)
    write_csv(os.path.join(cdir, "units.csv"), roster)

    def spoken_name(u, variants=True):
        """A unit's name or one of its aliases, as an export may write it."""
        text = r.choice([u["name"]] + u["aliases"] * 2) if u["aliases"] else u["name"]
        if not variants:
            return text
        return name_variant(r, text)

    for d in dates:
        mcols = list(metrics)
        r.shuffle(mcols)
        by_name = r.random() < 0.3         # v2-era exports: units by name (or alias), no ids
        if by_name:
            header = ([] if r.random() < 0.5 else ["STT"]) + [name_column or r.choice(["name", "Tên đơn vị", "Đơn vị"])]
            extra = False
        else:
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
            if by_name:
                row = ([] if header[0] != "STT" else [str(n)]) + [spoken_name(u)]
            else:
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

    # ---- awards.csv (v2): what was granted, by id, name or alias; persons; both date forms
    if r.random() < 0.7:
        cols = ["award", "unit"] + [c for c in ("decision", "date", "person") if r.random() < 0.8]
        r.shuffle(cols)
        seen = set()
        rows = [cols]
        award_ids = [a["id"] for a in awards]
        decided = [a["id"] for a in awards if a.get("require") == "decided"]
        for _ in range(r.randint(0, 7)):
            aid = r.choice(award_ids + decided * 2)
            u = r.choice(units)
            person = r.choice(PERSONS) if "person" in cols and r.random() < 0.4 else None
            if (aid, u["id"], person) in seen:
                continue
            seen.add((aid, u["id"], person))
            when = end + dt.timedelta(days=r.randint(5, 60))
            cell = {"award": aid,
                    "unit": u["id"] if r.random() < 0.4 else spoken_name(u, variants=False),
                    "decision": r.choice(DECISIONS) % r.randint(1, 2999) if r.random() < 0.7 else "",
                    "date": r.choice([when.strftime("%d/%m/%Y"), when.isoformat(), ""]),
                    "person": person or ""}
            if r.random() < 0.3 and cell["unit"] != u["id"]:
                cell["unit"] = r.choice([cell["unit"].upper(), cell["unit"].lower()])
            rows.append([cell[c] for c in cols])
        write_csv(os.path.join(cdir, "awards.csv"), rows)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
