#!/usr/bin/env python3
"""Independent reference implementation of the thidua leaderboard computation.

    python3 scripts/reference/leaderboard.py CONTENT_DIR CAMPAIGN_SLUG

prints the contract's `leaderboard.json` for one campaign to stdout. It follows
/work/shared/DESIGN.md ("The contract") and docs/content-format.md, and is meant
only to cross-check the Swift engine: it is written for clarity, not speed, and
reads CSV snapshots only (no .xlsx).

On a content error it prints `path:line:column: message` (line/column where
known) to stderr and exits 2.

Standard library + PyYAML.
"""
from __future__ import annotations

import csv
import datetime as _dt
import functools
import json
import math
import os
import re
import sys
import unicodedata

import yaml

EPS = 1e-9


# ---------------------------------------------------------------- errors

class ContentError(Exception):
    def __init__(self, path, message, line=None, column=None):
        super().__init__(message)
        self.path, self.message, self.line, self.column = path, message, line, column

    def __str__(self):
        loc = str(self.path)
        if self.line is not None:
            loc += ":%d" % self.line
            if self.column is not None:
                loc += ":%d" % self.column
        return "%s: %s" % (loc, self.message)


# ---------------------------------------------------------------- numbers

_SPACES = " \u00a0\u202f\u2009"


def parse_number(text):
    """Parse a data cell (content-format.md "Numbers in cells").

    Returns None for an empty cell, a float otherwise; raises ValueError with a
    human message when the cell is not a number.
    """
    if text is None:
        return None
    s = text.strip(_SPACES + "\t\r\n")
    if s == "":
        return None
    pct = False
    if s.endswith("%"):
        pct = True
        s = s[:-1].rstrip(_SPACES)
    neg = False
    if s.startswith("-"):
        neg = True
        s = s[1:]
    if s == "" or not re.fullmatch(r"[0-9][0-9., \u00a0\u202f\u2009]*", s) or not s[-1].isdigit():
        raise ValueError("not a number: %r" % text)
    # spaces: digit grouping, only between digits
    if any(c in s for c in _SPACES):
        if re.search(r"[^0-9][ \u00a0\u202f\u2009]|[ \u00a0\u202f\u2009][^0-9]", s):
            raise ValueError("not a number: %r" % text)
        parts = re.split(r"[ \u00a0\u202f\u2009]", s)
        if not (1 <= len(parts[0]) <= 3) or any(len(re.match(r"[0-9]*", p).group(0)) != 3 for p in parts[1:]):
            # "18 775" ok; "1 2" is not a grouping
            raise ValueError("bad digit grouping: %r" % text)
        s = "".join(parts)
    dots, commas = s.count("."), s.count(",")
    if dots == 0 and commas == 0:
        norm = s
    elif dots and commas:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        grp = "," if dec == "." else "."
        if s.count(dec) != 1:
            raise ValueError("not a number: %r" % text)
        ip, fp = s.split(dec)
        groups = ip.split(grp)
        if not (1 <= len(groups[0]) <= 3) or any(len(g) != 3 for g in groups[1:]) or fp == "":
            raise ValueError("bad digit grouping: %r" % text)
        norm = "".join(groups) + "." + fp
    else:
        sep = "." if dots else ","
        parts = s.split(sep)
        if len(parts) == 2:
            lead, tail = parts
            if lead == "" or tail == "":
                raise ValueError("not a number: %r" % text)
            if len(tail) == 3 and 1 <= len(lead) <= 3 and int(lead) != 0:
                norm = lead + tail          # grouping: 1.329 = 1329
            else:
                norm = lead + "." + tail    # decimal: 0.9918, 12,5
        else:
            if not (1 <= len(parts[0]) <= 3) or any(len(p) != 3 for p in parts[1:]):
                raise ValueError("bad digit grouping: %r" % text)
            norm = "".join(parts)
    v = float(norm)
    if pct:
        v = v / 100.0
    return -v if neg else v


def format_vi_number(x):
    """Vietnamese number for bracket labels: 1500 -> '1.500', 0.5 -> '0,5'."""
    x = float(x)
    neg = x < 0
    x = abs(x)
    if x == int(x):
        ip, fp = str(int(x)), ""
    else:
        r = repr(x)
        if "e" in r:
            r = "%.15f" % x
            r = r.rstrip("0")
        ip, fp = r.split(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    s = ".".join(groups)
    if fp:
        s += "," + fp
    return ("-" if neg else "") + s


# ---------------------------------------------------------------- Vietnamese collation

_ALPHABET = "a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z".split()
_ALPHA_INDEX = {c: i for i, c in enumerate(_ALPHABET)}
# tone marks: secondary weights, order none, grave, hook, tilde, acute, dot below
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
# letter-forming marks (primary): breve, circumflex, horn
_LETTER_MARKS = ("\u0306", "\u0302", "\u031b")


def vi_collation_key(name):
    """Sort key: primary letters (Vietnamese alphabet), secondary tones,
    tertiary case (lower first), then the raw string.

    Spaces sort before punctuation, punctuation before digits, digits before
    letters (CLDR-like, non-ignorable). f, j, w, z take their Latin places.
    """
    nfd = unicodedata.normalize("NFD", name)
    prim, sec, ter = [], [], []
    i = 0
    while i < len(nfd):
        c = nfd[i]
        i += 1
        marks = []
        while i < len(nfd) and unicodedata.combining(nfd[i]):
            marks.append(nfd[i])
            i += 1
        low = c.lower()
        upper = 1 if c != low else 0
        letter_marks = "".join(m for m in marks if m in _LETTER_MARKS)
        tone = 0
        other = []
        for m in marks:
            if m in _TONES:
                tone = _TONES[m]
            elif m not in _LETTER_MARKS:
                other.append(ord(m))
        letter = unicodedata.normalize("NFC", low + letter_marks)
        if letter in _ALPHA_INDEX:
            p = (4, _ALPHA_INDEX[letter])
        elif low in _ALPHA_INDEX:           # unusual mark on a letter
            p = (4, _ALPHA_INDEX[low])
            other.extend(ord(m) for m in letter_marks)
        elif c.isspace():
            p = (0, 0)
        elif "0" <= c <= "9":
            p = (3, ord(c) - 48)
        elif c.isalpha():
            p = (5, ord(low))
        else:
            p = (1, ord(c))
        prim.append(p)
        sec.append((tone, tuple(other)))
        ter.append(upper)
    return (prim, sec, ter, name)


# ---------------------------------------------------------------- CSV

def read_csv(path):
    """Rows of a CSV file as (line_number, [cells]); BOM and CRLF tolerated."""
    rows = []
    try:
        with open(path, "r", encoding="utf-8-sig", newline="") as f:
            reader = csv.reader(f)
            start = 1
            for row in reader:
                rows.append((start, row))
                start = reader.line_num + 1
    except UnicodeDecodeError as e:
        raise ContentError(path, "not UTF-8 text (%s)" % e)
    except csv.Error as e:
        raise ContentError(path, "CSV error: %s" % e)
    return rows


def _norm_header(s):
    return unicodedata.normalize("NFC", s.strip(_SPACES + "\t"))


# ---------------------------------------------------------------- formulas

_TOKEN = re.compile(r"\s*(?:(?P<num>[0-9]+(?:\.[0-9]+)?%?)|(?P<id>[A-Za-z_][A-Za-z0-9_]*)|(?P<op>[-+*/()]))")


def tokenize(formula):
    toks = []
    pos = 0
    s = formula
    while True:
        while pos < len(s) and s[pos].isspace():
            pos += 1
        if pos >= len(s):
            break
        m = _TOKEN.match(s, pos)
        if not m or m.end() == pos:
            raise ValueError("unexpected character %r at position %d" % (s[pos], pos + 1))
        if m.group("num") is not None:
            toks.append(("num", m.group("num"), pos))
        elif m.group("id") is not None:
            toks.append(("id", m.group("id"), pos))
        else:
            toks.append(("op", m.group("op"), pos))
        pos = m.end()
    toks.append(("end", None, len(s)))
    return toks


class FormulaParser:
    """expr := term (('+'|'-') term)* ; term := unary (('*'|'/') unary)* ;
    unary := '-' unary | atom ; atom := number | number% | id | baseline '(' expr ')' | '(' expr ')'"""

    def __init__(self, formula, known):
        self.toks = tokenize(formula)
        self.i = 0
        self.known = known          # set of ids allowed

    def peek(self):
        return self.toks[self.i]

    def take(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expect(self, kind, val=None):
        t = self.take()
        if t[0] != kind or (val is not None and t[1] != val):
            raise ValueError("expected %s at position %d" % (val or kind, t[2] + 1))
        return t

    def parse(self):
        node = self.expr()
        t = self.peek()
        if t[0] != "end":
            raise ValueError("unexpected %r at position %d" % (t[1], t[2] + 1))
        return node

    def expr(self):
        node = self.term()
        while self.peek()[0] == "op" and self.peek()[1] in "+-":
            op = self.take()[1]
            node = (op, node, self.term())
        return node

    def term(self):
        node = self.unary()
        while self.peek()[0] == "op" and self.peek()[1] in "*/":
            op = self.take()[1]
            node = (op, node, self.unary())
        return node

    def unary(self):
        t = self.peek()
        if t[0] == "op" and t[1] == "-":
            self.take()
            return ("neg", self.unary())
        return self.atom()

    def atom(self):
        t = self.take()
        if t[0] == "num":
            s = t[1]
            if s.endswith("%"):
                return ("const", float(s[:-1]) / 100.0)
            return ("const", float(s))
        if t[0] == "id":
            if t[1] == "baseline" and self.peek()[0] == "op" and self.peek()[1] == "(":
                self.take()
                inner = self.expr()
                self.expect("op", ")")
                return ("baseline", inner)
            if t[1] not in self.known:
                raise ValueError("unknown id %r at position %d (metrics and earlier indicators only)" % (t[1], t[2] + 1))
            return ("ref", t[1])
        if t[0] == "op" and t[1] == "(":
            node = self.expr()
            self.expect("op", ")")
            return node
        raise ValueError("unexpected %s at position %d" % ("end of formula" if t[0] == "end" else repr(t[1]), t[2] + 1))


def uses_baseline(node):
    if node[0] == "baseline":
        return True
    return any(isinstance(c, tuple) and uses_baseline(c) for c in node[1:])


def evaluate(node, env, base_env):
    """env / base_env: callables id -> value|None. Undefined = None."""
    k = node[0]
    if k == "const":
        return node[1]
    if k == "ref":
        return env(node[1])
    if k == "baseline":
        if base_env is None:
            return None
        return evaluate(node[1], base_env, base_env)
    if k == "neg":
        v = evaluate(node[1], env, base_env)
        return None if v is None else -v
    a = evaluate(node[1], env, base_env)
    b = evaluate(node[2], env, base_env)
    if a is None or b is None:
        return None
    if k == "+":
        r = a + b
    elif k == "-":
        r = a - b
    elif k == "*":
        r = a * b
    else:
        if b == 0:
            return None
        r = a / b
    if math.isnan(r) or math.isinf(r):
        return None
    return r


# ---------------------------------------------------------------- targets

_TARGET_RE = re.compile(r"^\s*(>=|<=|≥|≤|>|<)?\s*(.*?)\s*$")


def parse_target(raw, better):
    """-> (op, value)."""
    if isinstance(raw, bool) or raw is None:
        raise ValueError("bad target %r" % (raw,))
    default_op = ">=" if better == "higher" else "<="
    if isinstance(raw, (int, float)):
        return (default_op, float(raw))
    if isinstance(raw, str):
        m = _TARGET_RE.match(raw)
        op = m.group(1) or default_op
        op = {"≥": ">=", "≤": "<="}.get(op, op)
        v = parse_number(m.group(2))
        if v is None:
            raise ValueError("bad target %r" % raw)
        return (op, v)
    raise ValueError("bad target %r" % (raw,))


def target_met(value, target):
    if value is None:
        return False
    op, t = target
    if op == ">=":
        return value >= t - EPS
    if op == ">":
        return value > t + EPS
    if op == "<=":
        return value <= t + EPS
    if op == "<":
        return value < t - EPS
    raise AssertionError(op)


def clamp01(x):
    return 0.0 if x < 0 else 1.0 if x > 1 else x


def attainment(value, target, better):
    if value is None:
        return 0.0
    if target is None:
        return clamp01(value)
    t = target[1]
    if better == "higher":
        if t > 0:
            return clamp01(value / t)
        return 1.0 if target_met(value, target) else 0.0
    # lower
    if value <= t + EPS:
        return 1.0
    if value == 0:
        return 0.0  # unreachable for t >= 0; t < 0 and value 0 > t
    return clamp01(t / value)


# ---------------------------------------------------------------- loading

_DATE_FILE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})\.(csv|xlsx)$")


def _date_str(v, path, what):
    if isinstance(v, _dt.datetime):
        v = v.date()
    if isinstance(v, _dt.date):
        return v.isoformat()
    if isinstance(v, str):
        try:
            return _dt.date.fromisoformat(v.strip()).isoformat()
        except ValueError:
            pass
    raise ContentError(path, "%s must be a date YYYY-MM-DD, got %r" % (what, v))


def read_front_matter(path):
    try:
        with open(path, "r", encoding="utf-8-sig", newline="") as f:
            text = f.read()
    except OSError as e:
        raise ContentError(path, str(e))
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not lines or lines[0].strip() != "---":
        raise ContentError(path, "campaign.md must start with '---' front matter", 1, 1)
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            fm = "\n".join(lines[1:i])
            break
    else:
        raise ContentError(path, "front matter is not closed with '---'", 1, 1)
    try:
        data = yaml.safe_load(fm) or {}
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise ContentError(path, "YAML: %s" % e, mark.line + 2 if mark else None, mark.column + 1 if mark else None)
    if not isinstance(data, dict):
        raise ContentError(path, "front matter must be a mapping")
    return data


def load_campaign(content_dir, slug):
    cdir = os.path.join(content_dir, slug)
    cpath = os.path.join(cdir, "campaign.md")
    fm = read_front_matter(cpath)

    def err(msg):
        return ContentError(cpath, msg)

    title = fm.get("title")
    if not isinstance(title, str) or not title.strip():
        raise err("title is required")
    period = fm.get("period")
    if not isinstance(period, dict) or "end" not in period:
        raise err("period: {start, end} is required")
    period_end = _date_str(period["end"], cpath, "period.end")
    baseline = fm.get("baseline")
    baseline = _date_str(baseline, cpath, "baseline") if baseline is not None else None

    # groups
    groups = []
    if fm.get("groups") is None:
        groups = [{"id": "all", "brackets": None}]
        declared_groups = False
    else:
        declared_groups = True
        for g in fm["groups"]:
            gid = str(g.get("id"))
            br = g.get("brackets")
            if br is not None:
                bounds = br.get("bounds")
                if isinstance(bounds, (int, float)):
                    bounds = [bounds]
                if not bounds or any(isinstance(b, bool) or not isinstance(b, (int, float)) for b in bounds):
                    raise err("groups[%s].brackets.bounds must be numbers" % gid)
                bounds = [float(b) for b in bounds]
                if any(bounds[i] >= bounds[i + 1] for i in range(len(bounds) - 1)):
                    raise err("groups[%s].brackets.bounds must be ascending" % gid)
                br = {"metric": str(br.get("metric")), "bounds": bounds}
            groups.append({"id": gid, "brackets": br})
    group_ids = [g["id"] for g in groups]
    group_by_id = {g["id"]: g for g in groups}

    # metrics
    metrics = []
    for m in fm.get("metrics") or []:
        mid = str(m["id"])
        col = m.get("column")
        metrics.append({"id": mid, "column": str(col) if col is not None else mid})
    metric_ids = [m["id"] for m in metrics]
    if len(set(metric_ids)) != len(metric_ids):
        raise err("duplicate metric id")

    # indicators
    indicators = []
    known = set(metric_ids)
    for ind in fm.get("indicators") or []:
        iid = str(ind["id"])
        if iid in known:
            raise err("indicator id %r already used" % iid)
        if ind.get("formula") is None:
            raise err("indicators[%s].formula is required" % iid)
        formula = str(ind["formula"])
        better = ind.get("better", "higher") or "higher"
        if better not in ("higher", "lower"):
            raise err("indicators[%s].better must be higher or lower" % iid)
        fmt = ind.get("format", "number") or "number"
        try:
            ast = FormulaParser(formula, known).parse()
        except ValueError as e:
            raise err("indicators[%s].formula: %s" % (iid, e))
        if uses_baseline(ast) and baseline is None:
            raise err("indicators[%s].formula uses baseline() but no baseline date is set" % iid)
        raw_t = ind.get("target")
        targets = {}
        try:
            if raw_t is None:
                pass
            elif isinstance(raw_t, dict):
                for k, v in raw_t.items():
                    k = str(k)
                    if k not in group_by_id:
                        raise ValueError("target map names unknown group %r" % k)
                    if v is not None:
                        targets[k] = parse_target(v, better)
            else:
                t = parse_target(raw_t, better)
                for g in group_ids:
                    targets[g] = t
        except ValueError as e:
            raise err("indicators[%s].target: %s" % (iid, e))
        w = ind.get("weight", 1)
        if w is None:
            w = 1
        indicators.append({"id": iid, "name": str(ind.get("name", iid)), "format": str(fmt),
                           "better": better, "ast": ast, "targets": targets, "weight": float(w)})
        known.add(iid)
    ind_by_id = {i["id"]: i for i in indicators}

    for g in groups:
        if g["brackets"] and g["brackets"]["metric"] not in known:
            raise err("groups[%s].brackets.metric %r is not a metric" % (g["id"], g["brackets"]["metric"]))

    # ranking
    by = (fm.get("ranking") or {}).get("by")
    if by is None:
        raise err("ranking.by is required")
    if by == "score":
        rank_keys = "score"
    else:
        keys = [by] if isinstance(by, str) else list(by)
        for k in keys:
            if k not in ind_by_id:
                raise err("ranking.by: %r is not an indicator" % (k,))
        rank_keys = [str(k) for k in keys]

    # awards
    awards = []
    for a in fm.get("awards") or []:
        req = a.get("require", "none") or "none"
        if req not in ("none", "all_targets"):
            raise err("awards[%s].require must be all_targets or none" % a.get("id"))
        per = a.get("per", "group") or "group"
        if per not in ("group", "bracket", "all"):
            raise err("awards[%s].per must be group, bracket or all" % a.get("id"))
        top = a.get("top")
        ag = a.get("groups")
        awards.append({"id": str(a["id"]), "require": req, "top": int(top) if top is not None else None,
                       "per": per, "groups": [str(x) for x in ag] if ag is not None else None})

    # roster
    upath = os.path.join(cdir, "units.csv")
    rows = read_csv(upath)
    if not rows:
        raise ContentError(upath, "empty roster", 1, 1)
    header = [_norm_header(h) for h in rows[0][1]]

    def col(*names):
        for n in names:
            if n in header:
                return header.index(n)
        return None
    ci, cn, cg = col("id", "unit"), col("name"), col("group")
    if ci is None or cn is None:
        raise ContentError(upath, "units.csv needs columns id and name", 1, 1)
    if declared_groups and cg is None:
        raise ContentError(upath, "units.csv needs a group column", 1, 1)
    units = []
    seen = set()
    for ln, row in rows[1:]:
        if all(c.strip() == "" for c in row):
            continue
        cell = lambda j: row[j].strip() if j is not None and j < len(row) else ""
        uid = cell(ci)
        if not re.fullmatch(r"[a-z0-9-]+", uid):
            raise ContentError(upath, "bad unit id %r" % uid, ln, ci + 1)
        if uid in seen:
            raise ContentError(upath, "duplicate unit id %r" % uid, ln, ci + 1)
        seen.add(uid)
        grp = cell(cg) if declared_groups else "all"
        if grp not in group_by_id:
            raise ContentError(upath, "unknown group %r" % grp, ln, (cg or 0) + 1)
        units.append({"id": uid, "name": cell(cn), "group": grp})
    unit_ids = {u["id"] for u in units}

    # snapshots
    ddir = os.path.join(cdir, "data")
    snaps = {}
    for fn in sorted(os.listdir(ddir)) if os.path.isdir(ddir) else []:
        m = _DATE_FILE.match(fn)
        if not m:
            continue
        path = os.path.join(ddir, fn)
        date = "%s-%s-%s" % m.group(1, 2, 3)
        if m.group(4) == "xlsx":
            raise ContentError(path, "the reference implementation reads CSV snapshots only")
        if date in snaps:
            raise ContentError(path, "two snapshots for %s" % date)
        snaps[date] = read_snapshot(path, metrics, unit_ids)
    if baseline is not None and baseline not in snaps:
        raise err("baseline %s is not the date of a snapshot" % baseline)
    eligible = [d for d in snaps if d <= period_end]
    if not eligible:
        raise err("no snapshot dated on or before period.end %s" % period_end)
    current = max(eligible)

    return {"slug": slug, "title": title, "period_end": period_end, "baseline": baseline,
            "groups": groups, "group_by_id": group_by_id, "metrics": metrics,
            "indicators": indicators, "rank_keys": rank_keys, "awards": awards,
            "units": units, "snapshots": snaps, "current": current}


def read_snapshot(path, metrics, unit_ids):
    rows = read_csv(path)
    if not rows:
        raise ContentError(path, "empty snapshot", 1, 1)
    header = [_norm_header(h) for h in rows[0][1]]
    if not header or header[0] not in ("unit", "id"):
        raise ContentError(path, "first header cell must be 'unit' (or 'id')", 1, 1)
    cols = {}
    for m in metrics:
        c = _norm_header(m["column"])
        if c in header[1:]:
            cols[m["id"]] = header.index(c, 1)
        elif m["id"] in header[1:]:
            cols[m["id"]] = header.index(m["id"], 1)
        else:
            raise ContentError(path, "missing column %r for metric %s" % (m["column"], m["id"]), 1, None)
    data = {}
    for ln, row in rows[1:]:
        if all(c.strip() == "" for c in row):
            continue
        uid = row[0].strip()
        if uid not in unit_ids:
            raise ContentError(path, "unit %r is not in units.csv" % uid, ln, 1)
        if uid in data:
            raise ContentError(path, "unit %r appears twice" % uid, ln, 1)
        vals = {}
        for mid, j in cols.items():
            text = row[j] if j < len(row) else ""
            try:
                vals[mid] = parse_number(text)
            except ValueError as e:
                raise ContentError(path, str(e), ln, j + 1)
        data[uid] = vals
    return data


# ---------------------------------------------------------------- computing

def indicator_values(camp, unit_id, date, memo):
    """All indicator values of a unit at a snapshot date (None = undefined)."""
    key = (unit_id, date)
    if key in memo:
        return memo[key]
    row = camp["snapshots"][date].get(unit_id)        # None: no row
    base = camp["baseline"]
    vals = {}
    for m in camp["metrics"]:
        vals[m["id"]] = row.get(m["id"]) if row is not None else None
    env = vals.__getitem__
    if base is None:
        benv = None
    elif base == date:
        benv = env            # baseline(x) at the baseline snapshot is x there
    else:
        benv = indicator_values(camp, unit_id, base, memo)["_all"].__getitem__
    for ind in camp["indicators"]:
        vals[ind["id"]] = evaluate(ind["ast"], env, benv)
    out = {ind["id"]: vals[ind["id"]] for ind in camp["indicators"]}
    out["_all"] = vals
    memo[key] = out
    return out


def bracket_of(camp, group, allvals):
    br = group["brackets"]
    if not br:
        return None
    x = allvals.get(br["metric"])
    if x is None:
        return None
    bounds = br["bounds"]
    idx = sum(1 for b in bounds if x >= b)
    if idx == 0:
        label = "< " + format_vi_number(bounds[0])
    elif idx == len(bounds):
        label = "≥ " + format_vi_number(bounds[-1])
    else:
        label = "%s – %s" % (format_vi_number(bounds[idx - 1]), format_vi_number(bounds[idx]))
    return label


def assign_ranks(ordered, keyf, field):
    """ordered: ranked units in sorted order; competition ranking with EPS ties."""
    prev = None
    for pos, u in enumerate(ordered, 1):
        k = keyf(u)
        if prev is not None and all(abs(a - b) <= EPS for a, b in zip(k, prev[1])):
            u[field] = prev[0][field]
        else:
            u[field] = pos
        prev = (u, k)


def compute(camp):
    memo = {}
    cur = camp["current"]
    inds = camp["indicators"]
    rows = []
    for u in camp["units"]:
        iv = indicator_values(camp, u["id"], cur, memo)
        g = camp["group_by_id"][u["group"]]
        values = {i["id"]: iv[i["id"]] for i in inds}
        targets_met = {}
        for i in inds:
            t = i["targets"].get(u["group"])
            if t is not None:
                targets_met[i["id"]] = target_met(values[i["id"]], t)
        has_row = u["id"] in camp["snapshots"][cur]
        r = {"unit": u, "values": values, "targets_met": targets_met,
             "bracket": bracket_of(camp, g, iv["_all"]), "has_brackets": bool(g["brackets"]),
             "rank": None, "group_rank": None, "bracket_rank": None, "score": None}
        if camp["rank_keys"] == "score":
            num = 0.0
            den = 0.0
            for i in inds:
                if i["weight"] > 0:
                    a = attainment(values[i["id"]], i["targets"].get(u["group"]), i["better"])
                    num += i["weight"] * a
                    den += i["weight"]
            r["score"] = 100.0 * num / den if den > 0 else 0.0
            r["key"] = [(r["score"], "higher")]
            r["ranked"] = has_row
        else:
            r["key"] = [(values[k], next(i["better"] for i in inds if i["id"] == k)) for k in camp["rank_keys"]]
            r["ranked"] = has_row and all(v is not None for v, _ in r["key"])
        rows.append(r)

    def cmp_keys(a, b):
        for (va, d), (vb, _) in zip(a["key"], b["key"]):
            if abs(va - vb) <= EPS:
                continue
            better_a = va > vb if d == "higher" else va < vb
            return -1 if better_a else 1
        return 0

    def cmp_full(a, b):
        c = cmp_keys(a, b)
        if c:
            return c
        ka, kb = vi_collation_key(a["unit"]["name"]), vi_collation_key(b["unit"]["name"])
        if ka != kb:
            return -1 if ka < kb else 1
        return (a["unit"]["id"] > b["unit"]["id"]) - (a["unit"]["id"] < b["unit"]["id"])

    ranked = sorted([r for r in rows if r["ranked"]], key=functools.cmp_to_key(cmp_full))
    keyf = lambda r: [v for v, _ in r["key"]]
    assign_ranks(ranked, keyf, "rank")
    for g in camp["groups"]:
        sub = [r for r in ranked if r["unit"]["group"] == g["id"]]
        assign_ranks(sub, keyf, "group_rank")
        if g["brackets"]:
            labels = []
            for r in sub:
                if r["bracket"] is not None and r["bracket"] not in labels:
                    labels.append(r["bracket"])
            for lab in labels:
                assign_ranks([r for r in sub if r["bracket"] == lab], keyf, "bracket_rank")

    # awards
    for r in rows:
        r["awards"] = []
        for a in camp["awards"]:
            if a["groups"] is not None and r["unit"]["group"] not in a["groups"]:
                continue
            if a["require"] == "all_targets" and not all(r["targets_met"].values()):
                continue
            if a["top"] is not None:
                if not r["ranked"]:
                    continue
                if a["per"] == "all":
                    rk = r["rank"]
                elif a["per"] == "bracket" and r["has_brackets"]:
                    rk = r["bracket_rank"]
                else:
                    rk = r["group_rank"]
                if rk is None or rk > a["top"]:
                    continue
            r["awards"].append(a["id"])

    unranked = sorted([r for r in rows if not r["ranked"]],
                      key=lambda r: (vi_collation_key(r["unit"]["name"]), r["unit"]["id"]))
    ranked_out = sorted(ranked, key=lambda r: (r["rank"], vi_collation_key(r["unit"]["name"]), r["unit"]["id"]))

    units_out = []
    for r in ranked_out + unranked:
        u = r["unit"]
        units_out.append({
            "id": u["id"], "name": u["name"], "group": u["group"], "bracket": r["bracket"],
            "rank": r["rank"], "group_rank": r["group_rank"], "bracket_rank": r["bracket_rank"],
            "score": r["score"], "values": r["values"], "targets_met": r["targets_met"],
            "awards": r["awards"], "url": "/%s/%s/" % (camp["slug"], u["id"]),
        })
    return {
        "campaign": camp["slug"], "title": camp["title"], "as_of": cur, "baseline": camp["baseline"],
        "indicators": [{"id": i["id"], "name": i["name"], "format": i["format"], "better": i["better"]}
                       for i in inds],
        "units": units_out,
    }


def leaderboard(content_dir, slug):
    return compute(load_campaign(content_dir, slug))


def main(argv):
    if len(argv) != 3:
        print("usage: leaderboard.py CONTENT_DIR CAMPAIGN_SLUG", file=sys.stderr)
        return 64
    try:
        out = leaderboard(argv[1], argv[2])
    except ContentError as e:
        print(str(e), file=sys.stderr)
        return 2
    print(json.dumps(out, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
