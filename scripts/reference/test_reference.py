#!/usr/bin/env python3
"""Sanity checks of the reference implementation against hand-computed values.

    python3 scripts/reference/test_reference.py
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import compare  # noqa: E402
import leaderboard as lb  # noqa: E402


def write(path, text, bom=False, crlf=False):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if crlf:
        text = text.replace("\n", "\r\n")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(("\ufeff" if bom else "") + text)


class Numbers(unittest.TestCase):
    def test_cells(self):
        cases = {
            "18.775": 18775, "2.614.507.177": 2614507177, "1,329": 1329, "18 775": 18775,
            "1\u00a0234\u00a0567": 1234567, "0.9918": 0.9918, "12,5": 12.5, "1.234,5": 1234.5,
            "1,234.5": 1234.5, "97%": 0.97, "93,5%": 0.935, "-5": -5, "-1.500": -1500,
            "0.500": 0.5, "0,935": 0.935, "1234.567": 1234.567, "12.3456": 12.3456,
            "100%": 1.0, "0": 0, " 42 ": 42, "1.329%": 13.29, "2.000,25": 2000.25,
        }
        for text, want in cases.items():
            got = lb.parse_number(text)
            self.assertAlmostEqual(got, want, places=12, msg=text)
        self.assertIsNone(lb.parse_number(""))
        self.assertIsNone(lb.parse_number("   "))
        for bad in ["abc", "1.23.4", "+5", "1e5", "12,34,5", "1.2345,6", "--1", "5.", ".5", "%", "1 2", "1,2.3,4"]:
            with self.assertRaises(ValueError, msg=bad):
                lb.parse_number(bad)

    def test_vi_format(self):
        self.assertEqual(lb.format_vi_number(1500), "1.500")
        self.assertEqual(lb.format_vi_number(3500.0), "3.500")
        self.assertEqual(lb.format_vi_number(1234567), "1.234.567")
        self.assertEqual(lb.format_vi_number(999), "999")
        self.assertEqual(lb.format_vi_number(2000.5), "2.000,5")
        self.assertEqual(lb.format_vi_number(-1500), "-1.500")


class Collation(unittest.TestCase):
    def test_order(self):
        want = ["An", "an bình", "An Bình", "Anh", "Ăn", "Âu", "Ba", "Bà", "Bả", "Bã", "Bá", "Bạ",
                "Bác", "Cà", "Dung", "Đà", "Em", "Ê", "Gia", "Ô", "Ơn", "U", "Ư", "Y"]
        import random
        shuffled = list(want)
        random.Random(1).shuffle(shuffled)
        self.assertEqual(sorted(shuffled, key=lb.vi_collation_key), want)

    def test_nfd_equals_nfc_primary(self):
        import unicodedata
        a = "Phường Bình Thủy"
        self.assertEqual(lb.vi_collation_key(a)[:3], lb.vi_collation_key(unicodedata.normalize("NFD", a))[:3])

    def test_digits_and_space(self):
        self.assertEqual(sorted(["Phường 2", "Phường 10", "Phường 1", "Phường A"], key=lb.vi_collation_key),
                         ["Phường 1", "Phường 10", "Phường 2", "Phường A"])
        # space sorts before letters: "Ba Tơ" before "Bac"
        self.assertEqual(sorted(["Bac", "Ba Tơ"], key=lb.vi_collation_key), ["Ba Tơ", "Bac"])


class Formulas(unittest.TestCase):
    def ev(self, f, env, base=None, known=None):
        ast = lb.FormulaParser(f, set(known or env)).parse()
        return lb.evaluate(ast, env.get, base.get if base is not None else None)

    def test_arith(self):
        self.assertEqual(self.ev("1 + 2 * 3", {}), 7)
        self.assertEqual(self.ev("(1 + 2) * 3", {}), 9)
        self.assertEqual(self.ev("50% * 4", {}), 2)
        self.assertEqual(self.ev("8 / 4 / 2", {}), 1)
        self.assertEqual(self.ev("10 - 4 - 3", {}), 3)
        self.assertEqual(self.ev("-x + 1", {"x": 3.0}), -2)
        self.assertAlmostEqual(self.ev("received / total", {"received": 37051.0, "total": 114251.0}), 37051 / 114251)

    def test_undefined(self):
        self.assertIsNone(self.ev("a / (b - b)", {"a": 1.0, "b": 2.0}))
        self.assertIsNone(self.ev("a + b", {"a": 1.0, "b": None}))
        self.assertIsNone(self.ev("0 * b", {"b": None}))
        self.assertEqual(self.ev("a - baseline(a)", {"a": 0.9}, {"a": 0.6}), 0.9 - 0.6)
        self.assertIsNone(self.ev("a - baseline(a)", {"a": 0.9}, {"a": None}))

    def test_errors(self):
        for bad in ["a +", "a b", "(a", "a)", "foo", "a % 2", "a ^ 2", "baseline(a", ""]:
            with self.assertRaises(ValueError, msg=bad):
                lb.FormulaParser(bad, {"a"}).parse()


class Targets(unittest.TestCase):
    def test_parse_and_tolerance(self):
        self.assertEqual(lb.parse_target(">= 50%", "higher"), (">=", 0.5))
        self.assertEqual(lb.parse_target("> 90%", "higher"), (">", 0.9))
        self.assertEqual(lb.parse_target("<= 5%", "lower"), ("<=", 0.05))
        self.assertEqual(lb.parse_target(0.9, "higher"), (">=", 0.9))
        self.assertEqual(lb.parse_target("20%", "higher"), (">=", 0.2))
        self.assertEqual(lb.parse_target(7, "lower"), ("<=", 7.0))
        self.assertEqual(lb.parse_target("< 1.500", "lower"), ("<", 1500.0))
        self.assertTrue(lb.target_met(0.7 - 0.5, (">=", 0.2)))        # 0.19999999999999996
        self.assertFalse(lb.target_met(0.2, (">", 0.2)))
        self.assertTrue(lb.target_met(0.2 + 2e-9, (">", 0.2)))
        self.assertTrue(lb.target_met(0.05 + 5e-10, ("<=", 0.05)))
        self.assertFalse(lb.target_met(0.05, ("<", 0.05)))
        self.assertFalse(lb.target_met(None, (">=", 0)))

    def test_attainment(self):
        self.assertEqual(lb.attainment(0.4, (">=", 0.5), "higher"), 0.8)
        self.assertEqual(lb.attainment(0.6, (">=", 0.5), "higher"), 1.0)
        self.assertEqual(lb.attainment(-0.1, (">=", 0.5), "higher"), 0.0)
        self.assertEqual(lb.attainment(0.1, ("<=", 0.05), "lower"), 0.5)
        self.assertEqual(lb.attainment(0.02, ("<=", 0.05), "lower"), 1.0)
        self.assertEqual(lb.attainment(0.9, None, "higher"), 0.9)
        self.assertEqual(lb.attainment(1.7, None, "higher"), 1.0)
        self.assertEqual(lb.attainment(None, (">=", 0.5), "higher"), 0.0)
        self.assertEqual(lb.attainment(0.0, (">=", 0.0), "higher"), 1.0)   # target <= 0: met -> 1
        self.assertEqual(lb.attainment(-1.0, (">=", 0.0), "higher"), 0.0)  # not met -> 0


class Ranks(unittest.TestCase):
    def test_competition(self):
        rows = [{"k": [v]} for v in [0.9, 0.8, 0.8, 0.7, 0.3, 0.1 + 0.2, 0.2]]
        lb.assign_ranks(rows, lambda r: r["k"], "rank")
        self.assertEqual([r["rank"] for r in rows], [1, 2, 2, 4, 5, 5, 7])

    def test_multi_key(self):
        rows = [{"k": k} for k in [[1, 5], [1, 5], [1, 4], [0.5, 9]]]
        lb.assign_ranks(rows, lambda r: r["k"], "rank")
        self.assertEqual([r["rank"] for r in rows], [1, 1, 3, 4])


CAMPAIGN = """---
title: "Thử nghiệm xếp hạng"
period: {start: 2024-09-01, end: 2024-10-31}
baseline: 2024-07-16
groups:
  - id: so
    name: "Sở"
  - id: px
    name: "Phường"
    brackets: {metric: total, bounds: [1500, 3500]}
  - id: kh
    name: "Khác"
metrics:
  - id: total
    name: "Tổng"
    column: "Tổng số hồ sơ"
  - id: online
    column: "Tiếp nhận trực tuyến, toàn trình"
indicators:
  - id: received_rate
    name: "Tỷ lệ tiếp nhận trực tuyến"
    formula: "online / total"
    format: percent
    target: {so: ">= 80%", px: "> 65%"}
  - id: gain
    name: "Mức tăng"
    formula: "received_rate - baseline(received_rate)"
    format: points
    target: {so: "20%"}
ranking:
  by: received_rate
awards:
  - {id: dat, name: "Đạt", require: all_targets}
  - {id: nhat, name: "Nhất", top: 1}
  - {id: top2, name: "Top 2", top: 2, per: all}
  - {id: bracket1, name: "Nhất quy mô", top: 1, per: bracket}
  - {id: px4, name: "Phường top 4", top: 4, per: all, groups: [px]}
---
Nội dung.
"""

UNITS = """unit,name,group,ghi chú
so-a,Sở Y tế,so,
so-b,Sở Tư pháp,so,"a, b"
so-c,Sở Công Thương,so,
so-d,Sở Nội vụ,so,
so-e,Sở Xây dựng,so,
so-f,Sở Ăn uống,so,
px-1,Phường Một,px,
px-2,Phường Bà,px,
px-3,Phường Ba Tơ,px,
px-4,Phường Ba,px,
kh-1,Ban Khác,kh,
"""

BASELINE = """id,Tổng số hồ sơ,"Tiếp nhận trực tuyến, toàn trình"
so-a,100,60
so-b,100,50
so-c,100,50
so-d,100,50
so-e,100,50
so-f,0,0
px-1,100,50
px-2,100,50
px-3,100,50
px-4,100,50
kh-1,100,50
"""

CURRENT = """unit,STT,"Tiếp nhận trực tuyến, toàn trình",Tổng số hồ sơ
so-a,1,90,100
so-b,2,160,200
so-c,3,80,100
so-d,4,700,"1.000"
so-f,5,0,0
px-1,6,600,"1,000"
px-2,7,1.400,2 000
px-3,8,"2.000",4.000
px-4,9,1050,1500
kh-1,10,1,10
,,,
"""

AFTER_END = """unit,Tổng số hồ sơ,"Tiếp nhận trực tuyến, toàn trình"
so-d,100,100
"""


class Campaign(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        c = os.path.join(cls.tmp.name, "content")
        write(os.path.join(c, "site.yml"), 'title: "T"\nbase_url: "https://x.vn/"\n')
        d = os.path.join(c, "thu")
        write(os.path.join(d, "campaign.md"), CAMPAIGN, crlf=True)
        write(os.path.join(d, "units.csv"), UNITS, bom=True)
        write(os.path.join(d, "data", "2024-07-16.csv"), BASELINE, crlf=True)
        write(os.path.join(d, "data", "2024-09-30.csv"), BASELINE.replace("so-a,100,60", "so-a,100,10"))
        write(os.path.join(d, "data", "2024-10-31.csv"), CURRENT, bom=True, crlf=True)
        write(os.path.join(d, "data", "2024-11-15.csv"), AFTER_END)
        cls.content = c
        cls.out = lb.leaderboard(c, "thu")
        cls.by_id = {u["id"]: u for u in cls.out["units"]}

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_header(self):
        o = self.out
        self.assertEqual(list(o), ["campaign", "title", "as_of", "baseline", "indicators", "units"])
        self.assertEqual(o["campaign"], "thu")
        self.assertEqual(o["as_of"], "2024-10-31")
        self.assertEqual(o["baseline"], "2024-07-16")
        self.assertEqual(o["indicators"][1], {"id": "gain", "name": "Mức tăng", "format": "points", "better": "higher"})
        self.assertEqual(list(o["units"][0]), ["id", "name", "group", "bracket", "rank", "group_rank",
                                               "bracket_rank", "score", "values", "targets_met", "awards", "url"])

    def test_order_and_ranks(self):
        got = [(u["id"], u["rank"], u["group_rank"], u["bracket_rank"]) for u in self.out["units"]]
        self.assertEqual(got, [
            ("so-a", 1, 1, None),
            ("so-c", 2, 2, None), ("so-b", 2, 2, None),              # Công Thương < Tư pháp
            ("px-4", 4, 1, 1), ("px-2", 4, 1, 1), ("so-d", 4, 4, None),  # Ba < Bà < Sở
            ("px-1", 7, 3, 1), ("px-3", 8, 4, 1), ("kh-1", 9, 1, None),
            ("so-f", None, None, None), ("so-e", None, None, None),  # unranked: Ăn < Xây
        ])

    def test_brackets(self):
        b = {k: self.by_id[k]["bracket"] for k in ["px-1", "px-2", "px-3", "px-4", "so-a"]}
        self.assertEqual(b, {"px-1": "< 1.500", "px-2": "1.500 – 3.500", "px-3": "≥ 3.500",
                             "px-4": "1.500 – 3.500", "so-a": None})

    def test_values_and_targets(self):
        a = self.by_id["so-a"]
        self.assertEqual(a["values"], {"received_rate": 0.9, "gain": 0.9 - 0.6})
        self.assertEqual(a["targets_met"], {"received_rate": True, "gain": True})
        d = self.by_id["so-d"]
        self.assertAlmostEqual(d["values"]["gain"], 0.2, places=12)
        self.assertEqual(d["targets_met"], {"received_rate": False, "gain": True})  # 0.1999.. within 1e-9
        self.assertEqual(self.by_id["so-e"]["values"], {"received_rate": None, "gain": None})
        self.assertEqual(self.by_id["so-f"]["values"], {"received_rate": None, "gain": None})
        self.assertEqual(self.by_id["so-f"]["targets_met"], {"received_rate": False, "gain": False})
        self.assertEqual(self.by_id["px-1"]["targets_met"], {"received_rate": False})
        self.assertEqual(self.by_id["kh-1"]["targets_met"], {})
        self.assertIsNone(self.by_id["so-a"]["score"])
        self.assertEqual(self.by_id["px-2"]["url"], "/thu/px-2/")

    def test_awards(self):
        want = {
            "so-a": ["dat", "nhat", "top2", "bracket1"], "so-b": ["dat", "top2"], "so-c": ["dat", "top2"],
            "so-d": [], "so-e": [], "so-f": [],
            "px-2": ["dat", "nhat", "bracket1", "px4"], "px-4": ["dat", "nhat", "bracket1", "px4"],
            "px-1": ["bracket1"], "px-3": ["bracket1"], "kh-1": ["dat", "nhat", "bracket1"],
        }
        self.assertEqual({k: u["awards"] for k, u in self.by_id.items()}, want)

    def test_cli_and_compare(self):
        p = subprocess.run([sys.executable, os.path.join(HERE, "leaderboard.py"), self.content, "thu"],
                           capture_output=True, text=True, check=True)
        self.assertEqual(json.loads(p.stdout), self.out)
        b = json.loads(p.stdout)
        self.assertEqual(compare.diff(self.out, b), [])
        b["units"][0]["values"]["received_rate"] = 0.9 + 1e-12
        self.assertEqual(compare.diff(self.out, b), [])
        b["units"][0]["values"]["received_rate"] = 0.91
        b["units"][1], b["units"][2] = b["units"][2], b["units"][1]
        b["units"][3]["awards"] = []
        b["units"][4]["rank"] = None
        self.assertEqual(compare.diff(self.out, b), [
            "units: order so-a, so-c, so-b, px-4, px-2, so-d, px-1, px-3, kh-1, so-f, so-e"
            " != so-a, so-b, so-c, px-4, px-2, so-d, px-1, px-3, kh-1, so-f, so-e",
            "units[so-a].values.received_rate: 0.9 != 0.91",
            'units[px-4].awards: length 4 != 0',
            'units[px-4].awards[0]: "dat" != (missing)',
            'units[px-4].awards[1]: "nhat" != (missing)',
            'units[px-4].awards[2]: "bracket1" != (missing)',
            'units[px-4].awards[3]: "px4" != (missing)',
            "units[px-2].rank: 4 != null",
        ])

    def test_errors(self):
        d = os.path.join(self.content, "thu", "data")
        bad = os.path.join(d, "2024-10-01.csv")
        write(bad, "unit,Tổng số hồ sơ,\"Tiếp nhận trực tuyến, toàn trình\"\nso-a,12x,1\n")
        try:
            with self.assertRaises(lb.ContentError) as cm:
                lb.leaderboard(self.content, "thu")
            self.assertEqual((cm.exception.line, cm.exception.column), (2, 2))
            self.assertTrue(str(cm.exception).startswith(bad + ":2:2: "))
            write(bad, "unit,Tổng số hồ sơ,\"Tiếp nhận trực tuyến, toàn trình\"\nso-z,1,1\n")
            with self.assertRaises(lb.ContentError) as cm:
                lb.leaderboard(self.content, "thu")
            self.assertEqual((cm.exception.line, cm.exception.column), (2, 1))
        finally:
            os.remove(bad)


SCORE = """---
title: "Điểm"
period: {start: 2024-01-01, end: 2024-12-31}
metrics: [{id: a}, {id: b}, {id: c}]
indicators:
  - {id: r, formula: a, format: percent, target: 0.5}
  - {id: l, formula: b, format: percent, better: lower, target: "<= 5%"}
  - {id: s, formula: c, format: percent, weight: 2}
  - {id: z, formula: "a * 0", weight: 0}
ranking: {by: score}
awards:
  - {id: nhat, name: "Nhất", top: 1}
  - {id: moi, name: "Tất cả"}
---
"""
SCORE_UNITS = "id,name\nu1,Một\nu2,Hai\nu3,Ba\nu4,Bốn\n"
SCORE_DATA = "unit,a,b,c\nu1,40%,10%,90%\nu2,60%,2%,\nu3,\"0,4\",\"0,1\",\"0,9\"\n"

LIST = SCORE.replace("ranking: {by: score}", "ranking: {by: [r, l]}").replace('title: "Điểm"', 'title: "Danh sách"')
LIST_DATA = "unit,a,b,c\nu1,40%,10%,1\nu2,40%,5%,1\nu3,50%,90%,1\nu4,99%,,1\n"


class ScoreAndList(unittest.TestCase):
    def build(self, fm, units, data):
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        d = os.path.join(tmp.name, "x")
        write(os.path.join(d, "campaign.md"), fm)
        write(os.path.join(d, "units.csv"), units)
        write(os.path.join(d, "data", "2024-06-30.csv"), data)
        return lb.leaderboard(tmp.name, "x")

    def test_score(self):
        o = self.build(SCORE, SCORE_UNITS, SCORE_DATA)
        u = {x["id"]: x for x in o["units"]}
        # u1: 100 * (1*0.8 + 1*0.5 + 2*0.9) / 4 = 77.5 ; u2: 100 * (1 + 1 + 0) / 4 = 50
        self.assertAlmostEqual(u["u1"]["score"], 77.5, places=9)
        self.assertAlmostEqual(u["u3"]["score"], 77.5, places=9)
        self.assertAlmostEqual(u["u2"]["score"], 50.0, places=9)
        self.assertEqual(u["u4"]["score"], 0.0)
        self.assertEqual([(x["id"], x["rank"]) for x in o["units"]],
                         [("u3", 1), ("u1", 1), ("u2", 3), ("u4", None)])   # Ba < Một
        self.assertEqual(u["u1"]["group"], "all")
        self.assertEqual(u["u1"]["awards"], ["nhat", "moi"])
        self.assertEqual(u["u4"]["awards"], ["moi"])
        self.assertEqual(u["u2"]["targets_met"], {"r": True, "l": True})

    def test_list(self):
        o = self.build(LIST, SCORE_UNITS, LIST_DATA)
        self.assertEqual([(x["id"], x["rank"]) for x in o["units"]],
                         [("u3", 1), ("u2", 2), ("u1", 3), ("u4", None)])
        self.assertTrue(all(x["score"] is None for x in o["units"]))


class RandomCampaigns(unittest.TestCase):
    def test_generate_and_compute(self):
        with tempfile.TemporaryDirectory() as tmp:
            seen_by = set()
            for seed in range(12):
                out = os.path.join(tmp, str(seed))
                subprocess.run([sys.executable, os.path.join(HERE, "random_campaign.py"), str(seed), out], check=True)
                o1 = lb.leaderboard(out, "rnd-%d" % seed)
                out2 = os.path.join(tmp, "again-%d" % seed)
                subprocess.run([sys.executable, os.path.join(HERE, "random_campaign.py"), str(seed), out2], check=True)
                o2 = lb.leaderboard(out2, "rnd-%d" % seed)
                self.assertEqual(json.dumps(o1), json.dumps(o2))   # deterministic
                seen_by.add(seed % 3)
                ranks = [u["rank"] for u in o1["units"]]
                ranked = [r for r in ranks if r is not None]
                self.assertEqual(ranked, sorted(ranked))
                self.assertTrue(all(r is None for r in ranks[len(ranked):]))
                if ranked:
                    self.assertEqual(ranked[0], 1)
            self.assertEqual(seen_by, {0, 1, 2})


if __name__ == "__main__":
    unittest.main()
