#!/usr/bin/env python3
"""Deterministic synthetic national campaign in thidua's content format.

Usage:
  python3 scripts/bench/national.py SEED OUT_CONTENT_DIR [options]

  --weeks N          snapshots to write into the campaign (default 52)
  --next DIR         also write the following week's snapshot (week N+1) into DIR,
                     as DIR/YYYY-MM-DD.csv, for the "add one snapshot" rebuild
  --provinces K      keep only the communes of the first K provinces (a slice for
                     profiling; the figures of the units kept are unchanged)
  --anchor-out DIR   also write the Hugo anchor's dataset format (units.csv with the 34
                     province rows, snapshots/2026-W01..W12.csv, SHA256SUMS) so that
                     run.sh can check it is byte-identical to the anchor's gen_data.py

OUT_CONTENT_DIR gets site.yml and one campaign folder, toan-quoc-2026/ (campaign.md,
units.csv, data/YYYY-MM-DD.csv). An existing OUT_CONTENT_DIR is replaced only if it
holds the marker file this script leaves (.thidua-bench-content).

The units, their names and provinces, and the weekly figures of weeks 1..12 are exactly
those of ../shared/bench/hugo-anchor/gen_data.py for the same seed (default there:
20260101): the same random stream is consumed in the same order, so both generators
render the same 3,321 communes. Differences from the anchor, by design:

  - 52 weekly snapshots (the anchor has 12); weeks 13.. continue the same random
    stream, with the weekly improvement trend slowed to 30 % after week 12 so that
    rates do not all saturate at 100 % by December;
  - the 34 provinces are thidua *groups* (each with size brackets), not units: the
    anchor's 34 province pages correspond to thidua's 34 group pages;
  - unit ids are diacritic-free slugs of the names (xa-tan-phu-3), not c0001;
  - data files use Vietnamese headers and digit grouping (1.234), as exported by
    the provincial systems, plus a name column that thidua ignores.

Snapshot k is dated on the Sunday that ends ISO week k of 2026 (2026-01-04 + 7(k-1)).
Standard library only; only random.Random.random() is used, so the output is
byte-identical on any Python 3.
"""
import argparse
import csv
import datetime
import hashlib
import io
import math
import os
import random
import shutil
import sys
import unicodedata

# ---- From the Hugo anchor's gen_data.py (same constants, same random stream) ----------

N_COMMUNES = 3321
N_WARDS = 687          # "Phường"
N_SPECIAL = 13         # "Đặc khu"; the rest (2,621) are "Xã"
ANCHOR_WEEKS = 12
YEAR = 2026

# 34 provincial-level units of the post-2025 map (6 centrally-run cities first).
PROVINCES = [
    ("Thành phố", "Hà Nội"), ("Thành phố", "Huế"), ("Thành phố", "Hải Phòng"),
    ("Thành phố", "Đà Nẵng"), ("Thành phố", "Hồ Chí Minh"), ("Thành phố", "Cần Thơ"),
    ("Tỉnh", "Lai Châu"), ("Tỉnh", "Điện Biên"), ("Tỉnh", "Sơn La"), ("Tỉnh", "Lạng Sơn"),
    ("Tỉnh", "Quảng Ninh"), ("Tỉnh", "Thanh Hóa"), ("Tỉnh", "Nghệ An"), ("Tỉnh", "Hà Tĩnh"),
    ("Tỉnh", "Cao Bằng"), ("Tỉnh", "Tuyên Quang"), ("Tỉnh", "Lào Cai"), ("Tỉnh", "Thái Nguyên"),
    ("Tỉnh", "Phú Thọ"), ("Tỉnh", "Bắc Ninh"), ("Tỉnh", "Hưng Yên"), ("Tỉnh", "Ninh Bình"),
    ("Tỉnh", "Quảng Trị"), ("Tỉnh", "Quảng Ngãi"), ("Tỉnh", "Gia Lai"), ("Tỉnh", "Khánh Hòa"),
    ("Tỉnh", "Lâm Đồng"), ("Tỉnh", "Đắk Lắk"), ("Tỉnh", "Đồng Nai"), ("Tỉnh", "Tây Ninh"),
    ("Tỉnh", "Vĩnh Long"), ("Tỉnh", "Đồng Tháp"), ("Tỉnh", "Cà Mau"), ("Tỉnh", "An Giang"),
]

FIRST = ["Tân", "Hòa", "An", "Phước", "Thạnh", "Bình", "Long", "Phú", "Mỹ", "Đông", "Tây",
         "Nam", "Bắc", "Vĩnh", "Hưng", "Thái", "Quang", "Xuân", "Trung", "Hiệp", "Thuận",
         "Định", "Khánh", "Lộc", "Thịnh", "Gia", "Đức", "Hải", "Sơn", "Thanh", "Hồng", "Minh",
         "Nhơn", "Cát", "Đại", "Kim", "Yên", "Lạc", "Tiên", "Hương"]
SECOND = ["Phú", "Bình", "Hòa", "Lợi", "Thành", "Hưng", "An", "Lộc", "Thạnh", "Mỹ", "Tây",
          "Đông", "Sơn", "Hải", "Phước", "Long", "Tiến", "Thịnh", "Xuân", "Trung", "Khánh",
          "Quang", "Điền", "Hiệp", "Nghĩa", "Tân", "Vinh", "Phong", "Châu", "Lâm", "Giang",
          "Hà", "Đồng", "Lập", "Thủy", "Tường", "Cường", "Kiệt"]

ANCHOR_HEADER = ["unit_id", "total_dossiers", "received_online", "processed_online",
                 "payments_online", "payments_total"]


class Rng:
    """Everything derived from Random.random() only (stable across Python versions)."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    def u(self, a=0.0, b=1.0):
        return a + (b - a) * self.r.random()

    def below(self, n):
        return min(int(self.r.random() * n), n - 1)

    def normal(self, mu=0.0, sigma=1.0):
        u1 = 1.0 - self.r.random()          # (0, 1]
        u2 = self.r.random()
        return mu + sigma * math.sqrt(-2.0 * math.log(u1)) * math.cos(2.0 * math.pi * u2)

    def shuffle(self, xs):
        for i in range(len(xs) - 1, 0, -1):
            j = self.below(i + 1)
            xs[i], xs[j] = xs[j], xs[i]


def clip(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


def allocate(rng, total, n):
    """Split `total` communes over n provinces (min 38 each), largest-remainder rounding."""
    weights = [rng.u(0.6, 1.6) for _ in range(n)]
    for i in (0, 4):                        # Hà Nội, Hồ Chí Minh are the largest
        weights[i] = 2.6
    base = 38
    rest = total - base * n
    s = sum(weights)
    raw = [rest * w / s for w in weights]
    counts = [int(x) for x in raw]
    order = sorted(range(n), key=lambda i: (-(raw[i] - counts[i]), i))
    for i in order[: rest - sum(counts)]:
        counts[i] += 1
    return [base + c for c in counts]


def progress(week):
    """Weeks of trend since week 1: as in the anchor up to week 12, then at 30 %."""
    return week - 1 if week <= ANCHOR_WEEKS else (ANCHOR_WEEKS - 1) + 0.3 * (week - ANCHOR_WEEKS)


class Dataset:
    """The anchor's units and per-unit profiles; weekly figures drawn on demand, in order."""

    def __init__(self, seed):
        rng = self.rng = Rng(seed)
        counts = allocate(rng, N_COMMUNES, len(PROVINCES))
        assert sum(counts) == N_COMMUNES
        commune_prov = []
        for p, c in enumerate(counts):
            commune_prov += [p] * c
        city = lambda p: PROVINCES[p][0] == "Thành phố"
        score = [(rng.u() * (3.0 if city(p) else 1.0), i) for i, p in enumerate(commune_prov)]
        score.sort(reverse=True)
        kind = ["commune"] * N_COMMUNES
        for _, i in score[:N_WARDS]:
            kind[i] = "ward"
        rest = [i for _, i in score[N_WARDS:]]
        rng.shuffle(rest)
        for i in rest[:N_SPECIAL]:
            kind[i] = "special_zone"

        prefix = {"commune": "Xã", "ward": "Phường", "special_zone": "Đặc khu"}
        seen = {}
        units = []   # (anchor id, name, province_id, group)
        for p, (pre, name) in enumerate(PROVINCES):
            units.append(("p%02d" % (p + 1), "%s %s" % (pre, name), "p%02d" % (p + 1), "province"))
        for i, p in enumerate(commune_prov):
            base = "%s %s" % (FIRST[rng.below(len(FIRST))], SECOND[rng.below(len(SECOND))])
            if base.split()[0] == base.split()[1]:
                base = "%s %s" % (base.split()[0], SECOND[(SECOND.index(base.split()[1]) + 1) % len(SECOND)])
            key = (kind[i], base)
            seen[key] = seen.get(key, 0) + 1
            units.append(("c%04d" % (i + 1), "%s %s %d" % (prefix[kind[i]], base, seen[key]),
                          "p%02d" % (p + 1), kind[i]))
        self.units = units

        profile = {}
        for uid, _, _, group in units:
            if group == "province":
                size = math.exp(rng.normal(7.8, 0.45))
            else:
                size = math.exp(rng.normal(4.4, 0.8)) * (1.6 if group == "ward" else 1.0)
            rate = clip(rng.normal(0.47, 0.17), 0.02, 0.98)
            trend = rng.normal(0.008, 0.01)
            proc = rng.u(0.75, 0.99)
            fee = rng.u(0.15, 0.6)
            pay = clip(rng.normal(0.35, 0.15), 0.0, 0.95)
            profile[uid] = (size, rate, trend, proc, fee, pay)
        self.profile = profile
        self.next_week = 1

    def week(self):
        """The next week's rows: {anchor id: (total, received, processed, pay_online, pay_total)}."""
        rng, week = self.rng, self.next_week
        self.next_week += 1
        rows = {}
        for uid, _, _, group in self.units:
            size, rate, trend, proc, fee, pay = self.profile[uid]
            if group != "province" and rng.u() < 0.004:     # a week with nothing filed
                rows[uid] = (0, 0, 0, 0, 0)
                continue
            total = max(0, int(round(size * clip(rng.normal(1.0, 0.18), 0.3, 2.0))))
            r = clip(rate + trend * progress(week) + rng.normal(0.0, 0.04), 0.0, 1.0)
            received = int(round(total * r))
            processed = int(round(received * clip(proc + rng.normal(0.0, 0.03), 0.0, 1.0)))
            pay_total = int(round(total * clip(fee + rng.normal(0.0, 0.03), 0.0, 1.0)))
            pay_online = int(round(pay_total * clip(pay + trend * progress(week) + rng.normal(0.0, 0.04), 0.0, 1.0)))
            assert 0 <= processed <= received <= total and 0 <= pay_online <= pay_total <= total
            rows[uid] = (total, received, processed, pay_online, pay_total)
        return week, rows


# ---- thidua content ---------------------------------------------------------------------

CAMPAIGN = "toan-quoc-2026"
MARKER = ".thidua-bench-content"
FIRST_DAY = datetime.date(YEAR, 1, 4)        # Sunday ending ISO week 1 of 2026

METRICS = [  # (id, name, column header in the data files, anchor field index)
    ("total", "Tổng số hồ sơ tiếp nhận", "Tổng số hồ sơ", 0),
    ("received_online", "Hồ sơ tiếp nhận trực tuyến", "Hồ sơ tiếp nhận trực tuyến", 1),
    ("processed_online", "Hồ sơ giải quyết trực tuyến", "Hồ sơ giải quyết trực tuyến", 2),
    ("pay_online", "Giao dịch thanh toán trực tuyến", "Giao dịch thanh toán trực tuyến", 3),
    ("pay_total", "Giao dịch thanh toán phí, lệ phí", "Tổng giao dịch thanh toán", 4),
]


def slug(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    out, dash = [], False
    for c in text:
        if "a" <= c <= "z" or "0" <= c <= "9":
            out.append(c)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


def day(week):
    return FIRST_DAY + datetime.timedelta(days=7 * (week - 1))


def grouped(n):
    """Vietnamese digit grouping: 18775 -> 18.775."""
    s = str(n)
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return ".".join(parts)


def csv_text(rows):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


CAMPAIGN_MD = """---
title: "Thi đua “Nâng cao tỷ lệ hồ sơ trực tuyến và thanh toán trực tuyến” của xã, phường, đặc khu năm 2026"
issuer: "Văn phòng Chính phủ"
document: "Số: /KH-VPCP (minh hoạ)"
period: {{start: {start}, end: {end}}}
# Số liệu MINH HOẠ do scripts/bench/national.py sinh ra (seed {seed}): {units} đơn vị cấp xã
# của {groups} tỉnh, thành phố; mỗi tệp data/ là số liệu của một tuần.
baseline: {baseline}
sample: true
groups:
{groups_yaml}metrics:
{metrics_yaml}indicators:
  - id: received_rate
    name: "Tỷ lệ hồ sơ tiếp nhận trực tuyến"
    formula: "received_online / total"
    format: percent
    target: ">= 50%"
  - id: processed_rate
    name: "Tỷ lệ hồ sơ giải quyết trực tuyến"
    formula: "processed_online / received_online"
    format: percent
    target: ">= 90%"
  - id: payment_rate
    name: "Tỷ lệ thanh toán trực tuyến"
    formula: "pay_online / pay_total"
    format: percent
    target: ">= 45%"
  - id: received_gain
    name: "Mức tăng tỷ lệ tiếp nhận trực tuyến so với tuần đầu"
    formula: "received_rate - baseline(received_rate)"
    format: points
    target: ">= 10%"
  - id: online_volume
    name: "Số hồ sơ tiếp nhận trực tuyến trong tuần"
    formula: "received_online"
    format: number
# The anchor's ordering: the online-received rate, ties broken by the online volume.
ranking:
  by: [received_rate, online_volume]
awards:
  - id: co-thi-dua
    name: "Cờ thi đua của Chính phủ"
    require: all_targets
    top: 3
    per: all
  - id: bang-khen
    name: "Bằng khen của Thủ tướng Chính phủ"
    require: all_targets
    top: 1
    per: bracket
  - id: giay-khen
    name: "Giấy khen của Chủ tịch UBND tỉnh, thành phố"
    require: all_targets
---

**KẾ HOẠCH (MINH HOẠ)**

**Phát động thi đua “Nâng cao tỷ lệ hồ sơ trực tuyến và thanh toán trực tuyến” của xã, phường, đặc khu năm 2026**

Đây là một chiến dịch minh hoạ ở quy mô toàn quốc, dùng để đo hiệu năng của thidua:
{units} xã, phường, đặc khu của {groups} tỉnh, thành phố, {weeks} tuần số liệu.

## I. MỤC ĐÍCH, YÊU CẦU

1. Nâng cao tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trực tuyến
   tại Bộ phận Một cửa cấp xã.
2. Tăng tỷ lệ thanh toán phí, lệ phí trực tuyến trên Cổng Dịch vụ công quốc gia.
3. Công khai kết quả hằng tuần để người dân, doanh nghiệp theo dõi.

## II. CHỈ TIÊU

| Chỉ tiêu | Mức |
|---|---|
| Tỷ lệ hồ sơ tiếp nhận trực tuyến | từ 50% trở lên |
| Tỷ lệ hồ sơ giải quyết trực tuyến | từ 90% trở lên |
| Tỷ lệ thanh toán trực tuyến | từ 45% trở lên |
| Mức tăng tỷ lệ tiếp nhận trực tuyến so với tuần đầu | từ 10 điểm % trở lên |

## III. KHEN THƯỞNG

- **Cờ thi đua của Chính phủ**: 03 đơn vị dẫn đầu toàn quốc, đạt tất cả chỉ tiêu.
- **Bằng khen của Thủ tướng Chính phủ**: đơn vị dẫn đầu mỗi nhóm quy mô của mỗi tỉnh,
  thành phố, đạt tất cả chỉ tiêu.
- **Giấy khen của Chủ tịch UBND tỉnh, thành phố**: các đơn vị đạt tất cả chỉ tiêu.
"""

SITE_YML = """title: "Thi đua dịch vụ công trực tuyến toàn quốc (minh hoạ)"
base_url: "https://dichvucong.example.gov.vn/thidua/"
language: vi
organization: "Ví dụ minh hoạ thidua — số liệu tổng hợp"
"""

BRACKETS = "brackets: {metric: total, bounds: [50, 150]}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("seed", type=int)
    ap.add_argument("out")
    ap.add_argument("--weeks", type=int, default=52)
    ap.add_argument("--next", metavar="DIR")
    ap.add_argument("--provinces", type=int, default=len(PROVINCES))
    ap.add_argument("--anchor-out", metavar="DIR")
    args = ap.parse_args()
    if not 1 <= args.provinces <= len(PROVINCES):
        ap.error("--provinces must be 1..%d" % len(PROVINCES))
    if args.weeks < ANCHOR_WEEKS and args.anchor_out:
        ap.error("--anchor-out needs --weeks >= %d" % ANCHOR_WEEKS)

    out = os.path.abspath(args.out)
    if os.path.exists(out):
        if os.listdir(out) and not os.path.exists(os.path.join(out, MARKER)):
            sys.exit("refusing to replace %s: not empty and not made by national.py" % out)
        shutil.rmtree(out)
    os.makedirs(out)
    write(os.path.join(out, MARKER), "made by scripts/bench/national.py\n")

    ds = Dataset(args.seed)
    prov_ids = ["p%02d" % (p + 1) for p in range(args.provinces)]
    group_of = {pid: slug(PROVINCES[p][1]) for p, pid in enumerate(prov_ids)}
    assert len(set(group_of.values())) == len(group_of)

    communes = [u for u in ds.units if u[3] != "province" and u[2] in group_of]
    ids, used = {}, set()
    for aid, name, _, _ in communes:
        sid, n = slug(name), 2
        while sid in used:                # e.g. Thạnh / Thanh fold to the same slug
            sid, n = "%s-%d" % (slug(name), n), n + 1
        used.add(sid)
        ids[aid] = sid

    camp = os.path.join(out, CAMPAIGN)
    groups_yaml = "".join('  - id: %s\n    name: "%s %s"\n    %s\n'
                          % (group_of[pid], PROVINCES[p][0], PROVINCES[p][1], BRACKETS)
                          for p, pid in enumerate(prov_ids))
    metrics_yaml = "".join('  - id: %s\n    name: "%s"\n    column: "%s"\n' % (m, n, c)
                           for m, n, c, _ in METRICS)
    write(os.path.join(out, "site.yml"), SITE_YML)
    write(os.path.join(camp, "campaign.md"), CAMPAIGN_MD.format(
        start=day(1) - datetime.timedelta(days=3), end=day(args.weeks + 1) + datetime.timedelta(days=28),
        baseline=day(1), seed=args.seed, units=grouped(len(communes)), groups=len(prov_ids), weeks=args.weeks,
        groups_yaml=groups_yaml, metrics_yaml=metrics_yaml))
    write(os.path.join(camp, "units.csv"), csv_text(
        [["id", "name", "group"]] + [[ids[a], n, group_of[p]] for a, n, p, _ in communes]))

    header = ["unit", "Tên đơn vị"] + [c for _, _, c, _ in METRICS]

    def snapshot(rows):
        return csv_text([header] + [[ids[a], n] + [grouped(rows[a][k]) for _, _, _, k in METRICS]
                                    for a, n, _, _ in communes])

    anchor_files = []
    for _ in range(args.weeks):
        week, rows = ds.week()
        write(os.path.join(camp, "data", "%s.csv" % day(week)), snapshot(rows))
        if args.anchor_out and week <= ANCHOR_WEEKS:
            anchor_files.append(("snapshots/%d-W%02d.csv" % (YEAR, week), csv_text(
                [ANCHOR_HEADER] + [[u[0]] + list(rows[u[0]]) for u in ds.units])))
    if args.next:
        week, rows = ds.week()
        write(os.path.join(os.path.abspath(args.next), "%s.csv" % day(week)), snapshot(rows))

    if args.anchor_out:
        anchor_files.insert(0, ("units.csv", csv_text([["id", "name", "province_id", "group"]] + ds.units)))
        sums = ""
        for rel, text in anchor_files:
            path = os.path.join(args.anchor_out, rel)
            write(path, text)
            sums += "%s  %s\n" % (hashlib.sha256(text.encode("utf-8")).hexdigest(), rel)
        write(os.path.join(args.anchor_out, "SHA256SUMS"), sums)

    print("wrote %s: %d communes in %d provinces (groups), %d weekly snapshots %s..%s%s"
          % (camp, len(communes), len(prov_ids), args.weeks, day(1), day(args.weeks),
             "; next week %s in %s" % (day(args.weeks + 1), args.next) if args.next else ""))


if __name__ == "__main__":
    main()
