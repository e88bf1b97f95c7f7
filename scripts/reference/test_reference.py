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
        # v1 attainment of a value part (still used, capped, when a target is not met)
        self.assertEqual(lb.v1_attainment(0.4, (">=", 0.5), "higher"), 0.8)
        self.assertEqual(lb.v1_attainment(0.6, (">=", 0.5), "higher"), 1.0)
        self.assertEqual(lb.v1_attainment(-0.1, (">=", 0.5), "higher"), 0.0)
        self.assertEqual(lb.v1_attainment(0.1, ("<=", 0.05), "lower"), 0.5)
        self.assertEqual(lb.v1_attainment(0.02, ("<=", 0.05), "lower"), 1.0)
        self.assertEqual(lb.v1_attainment(None, (">=", 0.5), "higher"), 0.0)
        self.assertEqual(lb.v1_attainment(0.0, (">=", 0.0), "higher"), 1.0)   # target <= 0: met -> 1
        self.assertEqual(lb.v1_attainment(-1.0, (">=", 0.0), "higher"), 0.0)  # not met -> 0
        # v2: 1 exactly when met; unmet value targets capped at 0.999999
        T = lambda op, t: {"value": (op, t), "cond": None}
        self.assertEqual(lb.attainment(0.4, T(">=", 0.5), "higher", False), 0.8)
        self.assertEqual(lb.attainment(0.6, T(">=", 0.5), "higher", True), 1.0)
        self.assertEqual(lb.attainment(0.9, T(">", 0.9), "higher", False), 0.999999)   # Lạng Sơn 90,0 % vs > 90 %
        self.assertEqual(lb.attainment(0.05, T("<", 0.05), "lower", False), 0.999999)  # lower, value <= t, not met
        self.assertEqual(lb.attainment(0.1, T("<=", 0.05), "lower", False), 0.5)
        self.assertEqual(lb.attainment(0.0, T("<", -1.0), "lower", False), 0.0)        # lower, value 0 -> 0
        self.assertEqual(lb.attainment(-1.0, T(">=", 0.0), "higher", False), 0.0)
        self.assertEqual(lb.attainment(None, T(">=", 0.5), "higher", False), 0.0)
        self.assertEqual(lb.attainment(1.5, {"value": None, "cond": ("bool", False)}, "higher", False), 0.0)  # when
        self.assertEqual(lb.attainment(0.1, {"value": None, "cond": ("bool", True)}, "higher", True), 1.0)
        self.assertEqual(lb.attainment(0.9, None, "higher", None), 0.9)
        self.assertEqual(lb.attainment(1.7, None, "higher", None), 1.0)
        self.assertEqual(lb.attainment(-0.2, None, "higher", None), 0.0)
        self.assertEqual(lb.attainment(None, None, "higher", None), 0.0)


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
        self.assertEqual(list(o), ["campaign", "title", "as_of", "baseline", "indicators", "totals", "units"])
        self.assertEqual(o["campaign"], "thu")
        self.assertEqual(o["as_of"], "2024-10-31")
        self.assertEqual(o["baseline"], "2024-07-16")
        self.assertEqual(o["indicators"][1], {"id": "gain", "name": "Mức tăng", "format": "points", "better": "higher"})
        self.assertEqual(list(o["units"][0]), ["id", "name", "group", "bracket", "rank", "group_rank",
                                               "bracket_rank", "score", "values", "targets_met", "awards", "granted", "url"])

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
            # v2: px4 (top 4 of all, groups [px]) counts only px units: all four qualify
            # (in v1 px-1 at rank 7 and px-3 at rank 8 did not)
            "px-1": ["bracket1", "px4"], "px-3": ["bracket1", "px4"], "kh-1": ["dat", "nhat", "bracket1"],
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
        self.assertIsNone(u["u4"]["score"])          # no row: null (v1 printed 0)
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



# ---------------------------------------------------------------- contract v2

class Conditions(unittest.TestCase):
    KNOWN = {"a", "b", "rate", "violations"}

    def ev(self, text, env, base=None, all_targets=None, allow=False):
        ast = lb.parse_condition(text, self.KNOWN, allow_all_targets=allow)
        return lb.evaluate_condition(ast, env.get, base.get if base is not None else None, all_targets)

    def test_comparisons_and_tolerance(self):
        env = {"a": 0.7 - 0.5, "b": 0.2, "rate": 0.9}
        self.assertIs(self.ev("a >= 20%", env), True)               # 0.19999999999999996
        self.assertIs(self.ev("a > 20%", env), False)
        self.assertIs(self.ev("a == b", env), True)
        self.assertIs(self.ev("a = b", env), True)
        self.assertIs(self.ev("a != b", env), False)
        self.assertIs(self.ev("a ≠ b", env), False)
        self.assertIs(self.ev("rate > 90%", env), False)            # Lạng Sơn: 90,0 % is not "trên 90 %"
        self.assertIs(self.ev("rate ≥ 90%", env), True)
        self.assertIs(self.ev("rate < 0.9", env), False)
        self.assertIs(self.ev("rate ≤ 0.9", env), True)
        self.assertIs(self.ev("rate + 0.1 >= 100%", env), True)
        self.assertIs(self.ev("a * 2 + 1 > (b + 1) * 2 - 1", env), False)   # 1.4 > 1.4

    def test_precedence(self):
        env = {"a": 1.0, "b": 0.0}
        # not binds tighter than and, and tighter than or
        self.assertIs(self.ev("a > 0 or a > 0 and b > 0", env), True)      # a>0 or (a>0 and b>0)
        self.assertIs(self.ev("(a > 0 or a > 0) and b > 0", env), False)
        self.assertIs(self.ev("not a > 0 or b == 0", env), True)           # (not a>0) or b==0
        self.assertIs(self.ev("not (a > 0 or b == 0)", env), False)
        self.assertIs(self.ev("not not b == 0", env), True)
        self.assertIs(self.ev("true and not false", env), True)

    def test_three_valued(self):
        env = {"a": None, "b": 1.0}
        self.assertIsNone(self.ev("a > 0", env))
        self.assertIsNone(self.ev("a / 0 >= 0", {"a": 1.0}))                # division by zero
        self.assertIs(self.ev("a > 0 and b < 0", env), False)               # false and U = false
        self.assertIsNone(self.ev("a > 0 and b > 0", env))                  # true and U = U
        self.assertIs(self.ev("a > 0 or b > 0", env), True)                 # true or U = true
        self.assertIsNone(self.ev("a > 0 or b < 0", env))                   # false or U = U
        self.assertIsNone(self.ev("not a > 0", env))                        # not U = U
        self.assertIs(self.ev("b - baseline(b) >= 20%", {"b": 0.5}, {"b": 0.3}), True)
        self.assertIsNone(self.ev("b - baseline(b) >= 20%", {"b": 0.5}, {"b": None}))
        self.assertIs(self.ev("all_targets and violations == 0", {"violations": 0.0}, all_targets=True, allow=True), True)
        self.assertIs(self.ev("all_targets and violations == 0", {"violations": None}, all_targets=False, allow=True), False)
        self.assertIsNone(self.ev("all_targets and violations == 0", {"violations": None}, all_targets=True, allow=True))

    def test_errors(self):
        for bad in ["a", "a + b", "20%", "a < b < 1", "a and b > 0", "not a", "(a > 0) + 1",
                    "a > 0 and", "a >", "unknown > 1", "a > 0 or (b", "all_targets", "a => 1", "a ** 2 > 0", ""]:
            with self.assertRaises(ValueError, msg=bad):
                lb.parse_condition(bad, self.KNOWN)
        lb.parse_condition("all_targets", self.KNOWN, allow_all_targets=True)
        # formulas keep the v1 language: no comparisons
        for bad in ["a > 1", "a and b"]:
            with self.assertRaises(ValueError, msg=bad):
                lb.FormulaParser(bad, self.KNOWN).parse()


class TargetForms(unittest.TestCase):
    KNOWN = {"received_rate", "received_gain", "violations"}

    def met(self, raw, value, env, better="higher"):
        t = lb.parse_target_form(raw, better, self.KNOWN, True)
        return lb.full_target_met(value, t, lambda ast: lb.evaluate_condition(ast, env.get, None))

    def test_forms(self):
        dn = {"value": ">= 20%", "or": "received_rate >= 100%"}
        # Đắk Nông, Sở Kế hoạch và Đầu tư: 1.329 of 1.329 dossiers online at the baseline,
        # 1.993 of 1.993 now: the gain is 0 but the department is at 100 %.
        gain = 664 / 664 - 1329 / 1329
        self.assertEqual(gain, 0.0)
        self.assertTrue(self.met(dn, gain, {"received_rate": 1993 / 1993}))
        # Sở Công Thương: 99,2 % now, gains 0,3 points: not met
        self.assertFalse(self.met(dn, 10140 / 10189 - 18621 / 18775, {"received_rate": 28761 / 28964}))
        self.assertTrue(self.met(dn, 0.25, {"received_rate": 0.4}))
        self.assertTrue(self.met(dn, None, {"received_rate": 1.0}))         # true or U
        self.assertFalse(self.met(dn, None, {"received_rate": None}))
        self.assertTrue(self.met({"value": "> 90%"}, 0.91, {}))
        self.assertFalse(self.met({"value": "> 90%", "label": "Trên 90%", "illustrative": True}, 0.9, {}))
        self.assertTrue(self.met({"when": "violations == 0"}, None, {"violations": 0.0}))
        self.assertFalse(self.met({"when": "violations == 0"}, 1.0, {"violations": None}))   # U: not met
        self.assertTrue(self.met("< 5%", 0.04, {}, "lower"))
        self.assertTrue(self.met(0.05, 0.05, {}, "lower"))

    def test_errors(self):
        for bad in [{"value": "20%", "when": "violations == 0"}, {"or": "violations == 0"},
                    {"value": "20%", "or": "violations"}, {"when": "violations"}, {"value": "20%", "foo": 1},
                    {"label": "x"}, {"when": 5}]:
            with self.assertRaises(ValueError, msg=str(bad)):
                lb.parse_target_form(bad, "higher", self.KNOWN, True)
        with self.assertRaises(ValueError):
            lb.parse_target_form({"when": "baseline(violations) > 0"}, "higher", self.KNOWN, False)


def build_campaign(files):
    tmp = tempfile.TemporaryDirectory()
    d = os.path.join(tmp.name, "x")
    for name, text in files.items():
        write(os.path.join(d, name), text)
    return tmp, tmp.name


LANG_SON = """---
title: "Lạng Sơn (trích)"
period: {start: 2024-06-15, end: 2024-12-26}
metrics: [{id: total}, {id: online}, {id: processed_online}, {id: fee_dossiers}, {id: paid_online}]
indicators:
  - {id: online_rate, formula: "online / total", format: percent, target: "> 90%"}
  - {id: processed_rate, formula: "processed_online / total", format: percent, target: "> 95%"}
  - {id: payment_rate, formula: "paid_online / fee_dossiers", format: percent, target: "> 45%"}
ranking: {by: score}
awards:
  - {id: bang-khen, name: "Bằng khen", require: all_targets, top: 1, per: all}
---
"""
LANG_SON_UNITS = """id,name
phong-quan-ly-thuong-mai,Phòng Quản lý thương mại
phong-ky-thuat-an-toan-moi-truong,Phòng Kỹ thuật an toàn - Môi trường
phong-quan-ly-nang-luong,Phòng Quản lý năng lượng
phong-quan-ly-cong-nghiep,Phòng Quản lý công nghiệp
"""
LANG_SON_DATA = """unit,total,online,processed_online,fee_dossiers,paid_online
phong-quan-ly-thuong-mai,1.439,1.365,1.396,1.030,492
phong-ky-thuat-an-toan-moi-truong,569,528,546,499,233
phong-quan-ly-nang-luong,154,140,146,91,28
phong-quan-ly-cong-nghiep,130,117,124,62,32
"""


class LangSon(unittest.TestCase):
    def test_ninety_percent_is_not_above_ninety(self):
        tmp, c = build_campaign({"campaign.md": LANG_SON, "units.csv": LANG_SON_UNITS,
                                 "data/2024-12-26.csv": LANG_SON_DATA})
        self.addCleanup(tmp.cleanup)
        o = lb.leaderboard(c, "x")
        u = {x["id"]: x for x in o["units"]}
        cn = u["phong-quan-ly-cong-nghiep"]
        self.assertEqual(cn["values"]["online_rate"], 0.9)                  # 117 / 130
        self.assertEqual(cn["targets_met"], {"online_rate": False, "processed_rate": True, "payment_rate": True})
        # v1 gave 100 (attainment 0.9 / 0.9 = 1); v2 caps the unmet target at 0.999999
        self.assertEqual(cn["score"], 100.0 * (0.999999 + 1 + 1) / 3)
        self.assertLess(cn["score"], 100)
        nl = u["phong-quan-ly-nang-luong"]   # 140/154 = 90,9 % met; 146/154 = 94,8 % < 95 %; 28/91 = 30,8 %
        self.assertEqual(nl["score"], 100.0 * (1 + (146 / 154) / 0.95 + (28 / 91) / 0.45) / 3)
        self.assertEqual([(x["id"], x["rank"]) for x in o["units"]], [
            ("phong-ky-thuat-an-toan-moi-truong", 1), ("phong-quan-ly-thuong-mai", 1),
            ("phong-quan-ly-cong-nghiep", 3), ("phong-quan-ly-nang-luong", 4)])
        self.assertEqual(u["phong-quan-ly-thuong-mai"]["awards"], ["bang-khen"])
        self.assertEqual(u["phong-ky-thuat-an-toan-moi-truong"]["awards"], ["bang-khen"])
        self.assertEqual(cn["awards"], [])
        self.assertEqual(cn["granted"], [])


DAK_NONG = """---
title: "Đắk Nông (trích, v2)"
period: {start: 2024-09-01, end: 2024-10-31}
baseline: 2024-07-16
groups:
  - {id: so-nganh, name: "Các Sở, Ban, ngành cấp tỉnh"}
  - {id: huyen, name: "UBND các huyện, thành phố"}
  - {id: xa, name: "Xã (chưa có số liệu)"}
data:
  name_column: "Tên đơn vị"
metrics:
  - {id: total, column: "Tổng số hồ sơ"}
  - {id: received_online, column: "Hồ sơ tiếp nhận trực tuyến"}
  - {id: payments, column: "Số giao dịch thanh toán trực tuyến", aggregate: mean}
  - {id: staff, column: "Số cán bộ", aggregate: none}
indicators:
  - id: received_rate
    formula: "received_online / total"
    format: percent
    target: {so-nganh: ">= 50%", huyen: ">= 50%"}
  - id: received_rate_new
    formula: "(received_online - baseline(received_online)) / (total - baseline(total))"
    format: percent
    weight: 0
  - id: received_gain
    formula: "received_rate_new - baseline(received_rate)"
    format: points
    target:
      so-nganh: {value: ">= 20%", or: "received_rate >= 100%"}
      huyen: {value: "10%", label: "Tăng ít nhất 10 điểm %"}
  - id: staff_per_dossier
    formula: "staff / total"
    weight: 0
ranking:
  by: [score, received_rate]
plan_figures:
  - {id: total, value: 114251, date: 2024-07-16, source: "Mục II.1"}
  - {id: total, value: 41779, date: 2024-07-16, source: "tổng 8 đơn vị"}
  - {id: total, value: 41900, date: 2024-07-16}
  - {id: total, value: 42000, date: 2024-07-16}
  - {id: received_rate, value: "57,3%", date: 2024-07-16}
  - {id: received_rate, value: "56%", date: 2024-07-16}
  - {id: staff, value: 10, date: 2024-07-16}
  - {id: received_online, value: 20600, date: 2024-07-16, group: so-nganh}
  - {id: payments, value: 33, date: 2024-10-31}
  - {id: total, value: 1, date: 2024-10-31, group: xa}
awards:
  - {id: bang-khen, name: "Bằng khen của Chủ tịch UBND tỉnh", require: all_targets, top: 1}
  - {id: giay-khen, name: "Giấy khen", require: "received_gain >= 15% and not received_rate >= 100%", top: 1, per: all}
  - {id: huyen-tien-bo, name: "Huyện tiến bộ", top: 1, per: all, groups: [huyen]}
  - {id: tu-van, name: "Bằng khen tham mưu", require: decided, criteria: "Đơn vị tham mưu tốt nhất"}
  - {id: khen-ca-nhan, name: "Khen cá nhân", require: "all_targets or received_rate_new >= 50%"}
---
"""
DAK_NONG_UNITS = """id,name,group,aliases
so-ke-hoach-va-dau-tu,Sở Kế hoạch và Đầu tư,so-nganh,Sở KH&ĐT| Sở Kế hoạch - Đầu tư |
so-thong-tin-va-truyen-thong,Sở Thông tin và Truyền thông,so-nganh,Sở TT&TT
so-cong-thuong,Sở Công Thương,so-nganh,
so-tu-phap,Sở Tư pháp,so-nganh,
so-noi-vu,Sở Nội vụ,so-nganh,
so-y-te,Sở Y tế,so-nganh,
ubnd-huyen-krong-no,UBND huyện Krông Nô,huyen,Huyện Krông Nô|Krông Nô
ubnd-huyen-tuy-duc,UBND huyện Tuy Đức,huyen,Huyện Tuy Đức
xa-dak-ha,Xã Đắk Ha,xa,
"""
# the real figures of Appendix 2 and 3, as of 16/07/2024
DAK_NONG_BASE = """unit,Tổng số hồ sơ,Hồ sơ tiếp nhận trực tuyến,Số giao dịch thanh toán trực tuyến,Số cán bộ
so-ke-hoach-va-dau-tu,1.329,1.329,0,4
so-thong-tin-va-truyen-thong,77,77,0,3
so-cong-thuong,18.775,18.621,0,
so-tu-phap,2.549,552,55,5
so-noi-vu,241,10,0,2
so-y-te,433,162,0,6
ubnd-huyen-krong-no,10.566,2.602,39,9
ubnd-huyen-tuy-duc,7.809,697,63,7
"""
# the sample snapshot of 31/10/2024, by name (and aliases); Sở Y tế has no row
DAK_NONG_CUR = """STT,Tên đơn vị,Tổng số hồ sơ,Hồ sơ tiếp nhận trực tuyến,Số giao dịch thanh toán trực tuyến,Số cán bộ
1,Sở KH&ĐT,1.993,1.993,0,4
2,sở thông tin và  truyền thông,119,119,0,3
3,Sở Công Thương,28.964,28.761,0,8
4,Sở Tư pháp,4.006,1.298,220,5
5,Sở Nội vụ,383,47,0,2
6,Krông Nô,16.067,4.805,86,9
7,UBND HUYỆN TUY ĐỨC,11.933,1.234,133,7
"""
DAK_NONG_AWARDS = """award,unit,decision,date,person
bang-khen,so-ke-hoach-va-dau-tu,Quyết định số 1234/QĐ-UBND,15/11/2024,
tu-van,Sở Tư pháp,Quyết định số 1235/QĐ-UBND,2024-11-15,
khen-ca-nhan,Sở KH&ĐT,,,Nguyễn Văn An
khen-ca-nhan,sở kế hoạch và  đầu tư,,,Trần Thị Bình
giay-khen,Huyện Tuy Đức,,,
khen-ca-nhan,so-ke-hoach-va-dau-tu,Quyết định số 9/QĐ-STTTT,,
"""


class DakNong(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp, c = build_campaign({"campaign.md": DAK_NONG, "units.csv": DAK_NONG_UNITS,
                                     "data/2024-07-16.csv": DAK_NONG_BASE, "data/2024-10-31.csv": DAK_NONG_CUR,
                                     "awards.csv": DAK_NONG_AWARDS})
        cls.content = c
        cls.camp = lb.load_campaign(c, "x")
        cls.out = lb.compute(cls.camp)
        cls.u = {x["id"]: x for x in cls.out["units"]}

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_gain_or_already_at_100(self):
        kh = self.u["so-ke-hoach-va-dau-tu"]
        self.assertEqual(kh["values"]["received_gain"], 0.0)          # 664/664 - 1329/1329
        self.assertEqual(kh["targets_met"], {"received_rate": True, "received_gain": True})
        ct = self.u["so-cong-thuong"]                                  # 99,3 %, +0,3 points: not met
        g = (28761 - 18621) / (28964 - 18775) - 18621 / 18775
        self.assertEqual(ct["values"]["received_gain"], g)
        self.assertEqual(ct["targets_met"], {"received_rate": True, "received_gain": False})
        self.assertEqual(ct["score"], 100 * (1 + g / 0.2) / 2)
        tp = self.u["so-tu-phap"]
        self.assertEqual(tp["values"]["received_gain"], (1298 - 552) / (4006 - 2549) - 552 / 2549)
        self.assertEqual(tp["targets_met"], {"received_rate": False, "received_gain": True})
        self.assertEqual(tp["score"], 100 * ((1298 / 4006) / 0.5 + 1) / 2)
        td = self.u["ubnd-huyen-tuy-duc"]                              # +4,1 points < 10
        g = (1234 - 697) / (11933 - 7809) - 697 / 7809
        self.assertEqual(td["targets_met"], {"received_rate": False, "received_gain": False})
        self.assertEqual(td["score"], 100 * ((1234 / 11933) / 0.5 + g / 0.1) / 2)
        self.assertEqual(self.u["xa-dak-ha"]["targets_met"], {})        # no target for group xa

    def test_ranking_score_then_rate(self):
        got = [(x["id"], x["rank"], x["group_rank"]) for x in self.out["units"]]
        self.assertEqual(got, [
            ("so-ke-hoach-va-dau-tu", 1, 1), ("so-thong-tin-va-truyen-thong", 1, 1),  # 100 and 100 %: tied
            ("so-tu-phap", 3, 3),            # 82,4
            ("ubnd-huyen-krong-no", 4, 1),   # 79,9
            ("so-noi-vu", 5, 4),             # 62,3
            ("so-cong-thuong", 6, 5),        # 50,9
            ("ubnd-huyen-tuy-duc", 7, 2),    # 30,8
            ("so-y-te", None, None), ("xa-dak-ha", None, None)])     # no row: unranked, score null
        self.assertIsNone(self.u["so-y-te"]["score"])
        self.assertIsNone(self.u["xa-dak-ha"]["score"])
        self.assertEqual(self.u["so-noi-vu"]["score"], 100 * ((47 / 383) / 0.5 + 1) / 2)
        self.assertEqual(self.u["ubnd-huyen-krong-no"]["score"], 100 * ((4805 / 16067) / 0.5 + 1) / 2)

    def test_awards(self):
        got = {k: v["awards"] for k, v in self.u.items()}
        self.assertEqual(got, {
            # bang-khen: all targets, top 1 per group: the two tied at the 1st place; no district meets all
            # khen-ca-nhan: all_targets, or received_rate_new >= 50 % (Tư pháp: 746/1457 = 51,2 %)
            "so-ke-hoach-va-dau-tu": ["bang-khen", "khen-ca-nhan"],
            "so-thong-tin-va-truyen-thong": ["bang-khen", "khen-ca-nhan"],
            # giay-khen: top 1 of all among gain >= 15 points and not at 100 %: Tư pháp (rank 3) —
            # the two units ranked 1st fail `require` and no longer block it
            "so-tu-phap": ["giay-khen", "khen-ca-nhan"],
            "ubnd-huyen-krong-no": ["huyen-tien-bo"],   # top 1 of all, among districts only (rank 4)
            "so-cong-thuong": ["khen-ca-nhan"],        # received_rate_new 10.140/10.189 = 99,5 %
            "so-noi-vu": [], "ubnd-huyen-tuy-duc": [],
            # no row: received_rate_new undefined, all_targets false (the group has targets): false or U
            "so-y-te": [],
            # no row, but group xa has no target: all_targets is true, and khen-ca-nhan has no `top`
            "xa-dak-ha": ["khen-ca-nhan"],
        })

    def test_all_targets_true_without_targets(self):
        # require: all_targets alone, without top: true for a unit of a group without targets (even
        # without a row), false for a unit with no row in a group with targets
        camp = dict(self.camp, awards=[{"id": "a", "require": "all_targets", "cond": None, "top": None,
                                        "per": "group", "groups": None}])
        u = {x["id"]: x for x in lb.compute(camp)["units"]}
        self.assertEqual(u["xa-dak-ha"]["awards"], ["a"])
        self.assertEqual(u["so-y-te"]["awards"], [])

    def test_granted(self):
        g = {k: v["granted"] for k, v in self.u.items()}
        self.assertEqual(g["so-ke-hoach-va-dau-tu"], [
            {"award": "bang-khen", "decision": "Quyết định số 1234/QĐ-UBND", "date": "2024-11-15", "person": None},
            {"award": "khen-ca-nhan", "decision": None, "date": None, "person": "Nguyễn Văn An"},
            {"award": "khen-ca-nhan", "decision": None, "date": None, "person": "Trần Thị Bình"},
            {"award": "khen-ca-nhan", "decision": "Quyết định số 9/QĐ-STTTT", "date": None, "person": None}])
        self.assertEqual(g["so-tu-phap"], [{"award": "tu-van", "decision": "Quyết định số 1235/QĐ-UBND",
                                            "date": "2024-11-15", "person": None}])
        # granted although the rules do not make it eligible: shown (the engine warns)
        self.assertEqual(g["ubnd-huyen-tuy-duc"], [{"award": "giay-khen", "decision": None, "date": None,
                                                    "person": None}])
        self.assertEqual(g["so-y-te"], [])
        # the engine warns about grants of rule-based awards to units the rules do not make eligible
        # (tu-van is decided: granting it is never a warning)
        self.assertEqual(lb.ineligible_grants(self.camp, self.out), [("giay-khen", "ubnd-huyen-tuy-duc")])
        self.assertEqual(list(self.out["units"][0]), ["id", "name", "group", "bracket", "rank", "group_rank",
                                                      "bracket_rank", "score", "values", "targets_met", "awards",
                                                      "granted", "url"])

    def test_totals(self):
        t = self.out["totals"]
        self.assertEqual(list(t), ["all", "groups"])
        self.assertEqual(list(t["groups"]), ["so-nganh", "huyen", "xa"])
        cur_total = 1993 + 119 + 28964 + 4006 + 383 + 16067 + 11933        # Sở Y tế has no row now
        cur_online = 1993 + 119 + 28761 + 1298 + 47 + 4805 + 1234
        base_total = 1329 + 77 + 18775 + 2549 + 241 + 433 + 10566 + 7809  # with Sở Y tế at the baseline
        base_online = 1329 + 77 + 18621 + 552 + 10 + 162 + 2602 + 697
        a = t["all"]
        self.assertEqual(a["metrics"], {"total": cur_total, "received_online": cur_online,
                                        "payments": (220 + 86 + 133) / 7, "staff": None})
        self.assertEqual(list(a["values"]), ["received_rate", "received_rate_new", "received_gain", "staff_per_dossier"])
        self.assertEqual(a["values"]["received_rate"], cur_online / cur_total)          # a ratio of sums
        new = (cur_online - base_online) / (cur_total - base_total)
        self.assertEqual(a["values"]["received_rate_new"], new)
        self.assertEqual(a["values"]["received_gain"], new - base_online / base_total)
        self.assertIsNone(a["values"]["staff_per_dossier"])                              # needs a `none` metric
        h = t["groups"]["huyen"]
        self.assertEqual(h["metrics"]["total"], 16067 + 11933)
        self.assertEqual(h["values"]["received_rate"], (4805 + 1234) / (16067 + 11933))
        self.assertEqual(h["values"]["received_gain"],
                         (4805 + 1234 - 2602 - 697) / (16067 + 11933 - 10566 - 7809) - (2602 + 697) / (10566 + 7809))
        x = t["groups"]["xa"]
        self.assertEqual(x, {"metrics": {"total": None, "received_online": None, "payments": None, "staff": None},
                             "values": {"received_rate": None, "received_rate_new": None, "received_gain": None,
                                        "staff_per_dossier": None}})
        self.assertEqual(list(self.out), ["campaign", "title", "as_of", "baseline", "indicators", "totals", "units"])

    def test_plan_figures(self):
        w = [(x["id"], x["value"], x["group"], x["reason"]) for x in lb.plan_figure_warnings(self.camp)]
        self.assertEqual(w, [
            ("total", 114251.0, None, "differs"),        # 41.779 in the data
            # 41.779: equal; 41.900: 0,29 % apart: no warning
            ("total", 42000.0, None, "differs"),         # 0,53 % apart
            # received_rate 24.050 / 41.779 = 57,6 %: "57,3%" within 0,5 points
            ("received_rate", 0.56, None, "differs"),
            ("staff", 10.0, None, "undefined"),          # aggregate: none
            ("received_online", 20600.0, "so-nganh", "differs"),   # 20.751, 0,73 % apart
            # payments at 31/10: mean (220 + 86 + 133) / 7 = 62,7 vs 33
            ("payments", 33.0, None, "differs"),
            ("total", 1.0, "xa", "undefined"),           # no unit of group xa has a row
        ])


class RosterAndGrantErrors(unittest.TestCase):
    def run_with(self, units=DAK_NONG_UNITS, awards=DAK_NONG_AWARDS, cur=DAK_NONG_CUR):
        tmp, c = build_campaign({"campaign.md": DAK_NONG, "units.csv": units, "data/2024-07-16.csv": DAK_NONG_BASE,
                                 "data/2024-10-31.csv": cur, "awards.csv": awards})
        self.addCleanup(tmp.cleanup)
        return lb.leaderboard(c, "x")

    def err(self, **kw):
        with self.assertRaises(lb.ContentError) as cm:
            self.run_with(**kw)
        e = cm.exception
        return os.path.basename(e.path), e.line, e.column, e.message

    def test_aliases(self):
        shared = DAK_NONG_UNITS.replace("so-noi-vu,Sở Nội vụ,so-nganh,", "so-noi-vu,Sở Nội vụ,so-nganh,Sở TT&TT")
        self.assertEqual(self.err(units=shared)[:3], ("units.csv", 6, 4))
        named = DAK_NONG_UNITS.replace("so-noi-vu,Sở Nội vụ,so-nganh,", "so-noi-vu,Sở Nội vụ,so-nganh,sở  y tế")
        self.assertEqual(self.err(units=named)[:3], ("units.csv", 6, 4))

    def test_awards_csv(self):
        head = "award,unit,decision,date,person\n"
        self.assertEqual(self.err(awards=head + "bang-khen-x,so-y-te,,,\n")[:3], ("awards.csv", 2, 1))
        self.assertEqual(self.err(awards=head + "bang-khen,Sở Ngoại vụ,,,\n")[:3], ("awards.csv", 2, 2))
        self.assertEqual(self.err(awards=head + "bang-khen,so-y-te,,31/02/2024,\n")[:3], ("awards.csv", 2, 4))
        self.assertEqual(self.err(awards=head + "bang-khen,so-y-te,,2024/11/15,\n")[:3], ("awards.csv", 2, 4))
        dup = head + "bang-khen,so-y-te,QĐ 1,,\nbang-khen,Sở Y tế,QĐ 2,,\n"
        self.assertEqual(self.err(awards=dup)[:2], ("awards.csv", 3))
        dup_person = head + "bang-khen,so-y-te,,,An\nbang-khen,so-y-te,,,An\n"
        self.assertEqual(self.err(awards=dup_person)[:2], ("awards.csv", 3))
        self.assertEqual(self.err(awards="award,decision\nbang-khen,QĐ\n")[:2], ("awards.csv", 1))
        # any column order, optional columns absent; same unit with and without a person is fine
        o = self.run_with(awards="unit,award\nSở Y tế,tu-van\n")
        u = {x["id"]: x for x in o["units"]}
        self.assertEqual(u["so-y-te"]["granted"], [{"award": "tu-van", "decision": None, "date": None, "person": None}])
        o = self.run_with(awards=head + "bang-khen,so-y-te,,,\nbang-khen,so-y-te,,,An\n")
        self.assertEqual(len({x["id"]: x for x in o["units"]}["so-y-te"]["granted"]), 2)

    def test_data_by_name(self):
        unknown = DAK_NONG_CUR.replace("Krông Nô,", "Huyện Krông Na,")
        self.assertEqual(self.err(cur=unknown)[:3], ("2024-10-31.csv", 7, 2))
        twice = DAK_NONG_CUR.replace("5,Sở Nội vụ", "5,Sở Kế hoạch - Đầu tư")
        self.assertEqual(self.err(cur=twice)[:3], ("2024-10-31.csv", 6, 2))
        # with a unit column, ids win over the names column
        by_id = "unit,Tên đơn vị,Tổng số hồ sơ,Hồ sơ tiếp nhận trực tuyến,Số giao dịch thanh toán trực tuyến,Số cán bộ\n" \
                "so-y-te,Sở Nội vụ,10,5,0,1\n"
        u = {x["id"]: x for x in self.run_with(cur=by_id)["units"]}
        self.assertEqual(u["so-y-te"]["values"]["received_rate"], 0.5)
        self.assertIsNone(u["so-noi-vu"]["rank"])


TOP = """---
title: "Top among eligible"
period: {start: 2024-01-01, end: 2024-12-31}
metrics: [{id: a}, {id: v}]
indicators:
  - {id: r, formula: a, format: percent, target: ">= 50%"}
ranking: {by: r}
awards:
  - {id: t2, name: "Hai", top: 2, require: "v == 0"}
  - {id: t1-all, name: "Một", top: 1, require: "all_targets and v == 0"}
  - {id: none-left, name: "Không ai", top: 1, require: "v > 100"}
  - {id: quyet-dinh, name: "Quyết định", require: decided}
---
"""
TOP_UNITS = "id,name\nu1,An\nu2,Bình\nu3,Chi\nu4,Dung\nu5,Em\nu6,Giang\n"
# r: u1 .9 (v 1), u2 .8, u3 .8, u4 .8 (v 0 for u2..u4), u5 .4 (v 0), u6 none
TOP_DATA = "unit,a,v\nu1,90%,1\nu2,80%,0\nu3,80%,0\nu4,80%,0\nu5,40%,0\nu6,,0\n"


class TopAmongEligible(unittest.TestCase):
    def test_ties_at_nth(self):
        tmp, c = build_campaign({"campaign.md": TOP, "units.csv": TOP_UNITS, "data/2024-06-30.csv": TOP_DATA})
        self.addCleanup(tmp.cleanup)
        o = lb.leaderboard(c, "x")
        u = {x["id"]: (x["rank"], x["awards"]) for x in o["units"]}
        self.assertEqual(u, {
            "u1": (1, []),                                   # v = 1: fails require, does not block
            "u2": (2, ["t2", "t1-all"]), "u3": (2, ["t2", "t1-all"]), "u4": (2, ["t2", "t1-all"]),  # tie at 2nd
            "u5": (5, []),                                   # rank 5 > rank of the 2nd eligible (2)
            "u6": (None, []),                                # unranked: never a top award
        })
        self.assertTrue(all(x["score"] is None for x in o["units"]))
        with self.assertRaises(lb.ContentError):
            bad = TOP.replace("require: decided}", "require: decided, top: 1}")
            tmp2, c2 = build_campaign({"campaign.md": bad, "units.csv": TOP_UNITS, "data/2024-06-30.csv": TOP_DATA})
            self.addCleanup(tmp2.cleanup)
            lb.leaderboard(c2, "x")

    def test_score_in_list(self):
        fm = TOP.replace("ranking: {by: r}", "ranking: {by: [score, r]}").replace(
            "target: \">= 50%\"}", "target: \">= 50%\"}\n  - {id: w, formula: v, weight: 0}")
        tmp, c = build_campaign({"campaign.md": fm, "units.csv": TOP_UNITS, "data/2024-06-30.csv": TOP_DATA})
        self.addCleanup(tmp.cleanup)
        o = lb.leaderboard(c, "x")
        got = [(x["id"], x["rank"], x["score"]) for x in o["units"]]
        # u1..u4 meet r (score 100) and are ordered by r; u5 0.4/0.5; u6 has a row: score 0, r undefined -> unranked
        self.assertEqual(got, [("u1", 1, 100.0), ("u2", 2, 100.0), ("u3", 2, 100.0), ("u4", 2, 100.0),
                               ("u5", 5, 80.0), ("u6", None, 0.0)])
        fm2 = fm.replace("[score, r]", "[r, score]")
        tmp, c = build_campaign({"campaign.md": fm2, "units.csv": TOP_UNITS, "data/2024-06-30.csv": TOP_DATA})
        self.addCleanup(tmp.cleanup)
        self.assertEqual([(x["id"], x["rank"]) for x in lb.leaderboard(c, "x")["units"]],
                         [("u1", 1), ("u2", 2), ("u3", 2), ("u4", 2), ("u5", 5), ("u6", None)])
        with self.assertRaises(lb.ContentError):
            tmp, c = build_campaign({"campaign.md": fm.replace("[score, r]", "[score, r, score]"),
                                     "units.csv": TOP_UNITS, "data/2024-06-30.csv": TOP_DATA})
            self.addCleanup(tmp.cleanup)
            lb.leaderboard(c, "x")


class CompareV2(unittest.TestCase):
    def test_granted_and_totals(self):
        a = {"totals": {"all": {"metrics": {"total": 41779.0}, "values": {"r": 0.5756}}},
             "units": [{"id": "u", "granted": [{"award": "x", "decision": None, "date": "2024-11-15", "person": "An"}]}]}
        b = json.loads(json.dumps(a))
        b["totals"]["all"]["metrics"]["total"] = 41779 + 1e-6
        b["totals"]["all"]["values"]["r"] = 0.5756 * (1 + 1e-12)
        self.assertEqual(compare.diff(a, b), [])
        b["totals"]["all"]["values"]["r"] = None
        b["units"][0]["granted"][0]["person"] = None
        b["units"][0]["granted"].append({"award": "y", "decision": None, "date": None, "person": None})
        self.assertEqual(compare.diff(a, b), [
            "totals.all.values.r: 0.5756 != null",
            "units[u].granted: length 1 != 2",
            'units[u].granted[0].person: "An" != null',
            'units[u].granted[1]: (missing) != {"award": "y", "decision": null, "date": null, "person": null}'])


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
