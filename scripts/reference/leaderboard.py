#!/usr/bin/env python3
"""Independent reference implementation of the thidua leaderboard computation.

    python3 scripts/reference/leaderboard.py CONTENT_DIR CAMPAIGN_SLUG

prints the contract's `leaderboard.json` for one campaign to stdout. It follows
the contract (v1 and v2) as docs/content-format.md states it, and is meant only to
cross-check the Swift engine: it is written for clarity, not speed, and reads
CSV snapshots only (no .xlsx). Plan-figure warnings are listed by
`plan_figure_warnings(load_campaign(...))` (they are not part of the JSON).

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



def exact_key(s):
    """Name key: NFC, lower case, surrounding spaces trimmed, inner runs of
    spaces (incl. NBSP) made one space."""
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"[\s\u00a0\u202f\u2009]+", " ", s).strip()
    return s.lower()


def folded_key(s):
    """exact_key without diacritics (đ -> d)."""
    k = unicodedata.normalize("NFD", exact_key(s))
    k = "".join(c for c in k if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", k.replace("đ", "d"))


class UnitMatcher:
    """Units by name or alias (content-format.md "Matching unit names"):
    tiers exact key, exact key without a prefix, folded key, folded key
    without a prefix; the first tier that finds anything decides."""

    def __init__(self, units, prefixes=()):
        ex_pre = sorted({exact_key(p) for p in prefixes if exact_key(p)}, key=len, reverse=True)
        fo_pre = sorted({folded_key(p) for p in prefixes if folded_key(p)}, key=len, reverse=True)

        def strip(k, pres):
            for p in pres:
                if k.startswith(p + " "):
                    return k[len(p) + 1:]
            return k
        keys = [exact_key]
        if ex_pre:
            keys.append(lambda s: strip(exact_key(s), ex_pre))
        keys.append(folded_key)
        if fo_pre:
            keys.append(lambda s: strip(folded_key(s), fo_pre))
        self.tiers = []
        for kf in keys:
            index = {}
            for pos, u in enumerate(units):
                for n in [u["name"]] + list(u.get("aliases", [])):
                    index.setdefault(kf(n), set()).add(pos)
            self.tiers.append((kf, index))
        self.units = units

    def find(self, name):
        """-> list of unit positions ([] unknown, 1 found, >1 ambiguous)."""
        for kf, index in self.tiers:
            hit = index.get(kf(name))
            if hit:
                return sorted(hit)
        return []


# ---------------------------------------------------------------- formulas and conditions

_TOKEN = re.compile(r"(?P<num>[0-9]+(?:\.[0-9]+)?%?)|(?P<id>[A-Za-z_][A-Za-z0-9_]*)"
                    r"|(?P<op><=|>=|==|!=|[-+*/()<>=≤≥≠])")
_CMP_OPS = {"<": "<", "<=": "<=", ">": ">", ">=": ">=", "==": "==", "!=": "!=",
            "≤": "<=", "≥": ">=", "=": "==", "≠": "!="}
_KEYWORDS = ("and", "or", "not", "true", "false", "all_targets")


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
    """The v1 formula language, and (condition=True) the v2 condition language.

    formula:   expr := term (('+'|'-') term)* ; term := unary (('*'|'/') unary)* ;
               unary := '-' unary | atom ;
               atom := number | number% | id | baseline '(' expr ')' | '(' expr ')'
    condition: or := and ('or' and)* ; and := not ('and' not)* ;
               not := 'not' not | cmp ; cmp := expr [OP expr] (not chained) ;
               atom also '(' or ')' | true | false | all_targets (if allowed)
    A condition must be boolean, the operands of arithmetic and comparisons
    numbers, the operands of and/or/not booleans.
    """

    def __init__(self, formula, known, condition=False, allow_all_targets=False):
        self.toks = tokenize(formula)
        self.i = 0
        self.known = known          # set of ids allowed
        self.condition = condition
        self.allow_all_targets = allow_all_targets

    def peek(self):
        return self.toks[self.i]

    def take(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def is_kw(self, word):
        t = self.peek()
        return self.condition and t[0] == "id" and t[1] == word

    def expect(self, kind, val=None):
        t = self.take()
        if t[0] != kind or (val is not None and t[1] != val):
            raise ValueError("expected %s at position %d" % (val or kind, t[2] + 1))
        return t

    def parse(self):
        node = self.or_expr() if self.condition else self.expr()
        t = self.peek()
        if t[0] != "end":
            raise ValueError("unexpected %r at position %d" % (t[1], t[2] + 1))
        if self.condition:
            if kind_of(node) != "bool":
                raise ValueError("this is a number, not a condition; compare it, e.g. `received_rate >= 50%`")
        else:
            kind_of(node)
        return node

    # conditions
    def or_expr(self):
        node = self.and_expr()
        while self.is_kw("or"):
            self.take()
            node = ("or", node, self.and_expr())
        return node

    def and_expr(self):
        node = self.not_expr()
        while self.is_kw("and"):
            self.take()
            node = ("and", node, self.not_expr())
        return node

    def not_expr(self):
        if self.is_kw("not"):
            self.take()
            return ("not", self.not_expr())
        return self.comparison()

    def comparison(self):
        left = self.expr()
        t = self.peek()
        if self.condition and t[0] == "op" and t[1] in _CMP_OPS:
            self.take()
            right = self.expr()
            t2 = self.peek()
            if t2[0] == "op" and t2[1] in _CMP_OPS:
                raise ValueError("comparisons cannot be chained (position %d)" % (t2[2] + 1))
            return ("cmp", _CMP_OPS[t[1]], left, right)
        return left

    # arithmetic
    def expr(self):
        node = self.term()
        while self.peek()[0] == "op" and self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            node = (op, node, self.term())
        return node

    def term(self):
        node = self.unary()
        while self.peek()[0] == "op" and self.peek()[1] in ("*", "/"):
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
            if self.condition and t[1] in _KEYWORDS:
                if t[1] == "true":
                    return ("bool", True)
                if t[1] == "false":
                    return ("bool", False)
                if t[1] == "all_targets" and self.allow_all_targets:
                    return ("all_targets",)
                raise ValueError("unexpected %r at position %d" % (t[1], t[2] + 1))
            if t[1] not in self.known:
                raise ValueError("unknown id %r at position %d" % (t[1], t[2] + 1))
            return ("ref", t[1])
        if t[0] == "op" and t[1] == "(":
            node = self.or_expr() if self.condition else self.expr()
            self.expect("op", ")")
            return node
        raise ValueError("unexpected %s at position %d" % ("end of formula" if t[0] == "end" else repr(t[1]), t[2] + 1))


def kind_of(node):
    """Type of an AST node, "num" or "bool"; raises ValueError on a mismatch."""
    k = node[0]
    if k in ("const", "ref", "baseline"):
        if k == "baseline" and kind_of(node[1]) != "num":
            raise ValueError("baseline() takes a number")
        return "num"
    if k in ("bool", "all_targets"):
        return "bool"
    if k == "neg":
        if kind_of(node[1]) != "num":
            raise ValueError("a condition used as a number")
        return "num"
    if k in ("+", "-", "*", "/"):
        if kind_of(node[1]) != "num" or kind_of(node[2]) != "num":
            raise ValueError("a condition used as a number")
        return "num"
    if k == "cmp":
        if kind_of(node[2]) != "num" or kind_of(node[3]) != "num":
            raise ValueError("a condition used as a number")
        return "bool"
    if k in ("and", "or"):
        if kind_of(node[1]) != "bool" or kind_of(node[2]) != "bool":
            raise ValueError("a number is not a condition; compare it, e.g. `received_rate >= 50%`")
        return "bool"
    if k == "not":
        if kind_of(node[1]) != "bool":
            raise ValueError("a number is not a condition; compare it, e.g. `received_rate >= 50%`")
        return "bool"
    raise AssertionError(k)


def uses_baseline(node):
    if node[0] == "baseline":
        return True
    return any(isinstance(c, tuple) and uses_baseline(c) for c in node[1:])


def evaluate(node, env, base_env):
    """Numeric value. env / base_env: callables id -> value|None. Undefined = None."""
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


def compare_values(op, a, b):
    """A comparison with the 1e-9 tolerance; None when a side is undefined."""
    if a is None or b is None:
        return None
    if op == ">=":
        return a >= b - EPS
    if op == ">":
        return a > b + EPS
    if op == "<=":
        return a <= b + EPS
    if op == "<":
        return a < b - EPS
    if op == "==":
        return abs(a - b) <= EPS
    if op == "!=":
        return not abs(a - b) <= EPS
    raise AssertionError(op)


def evaluate_condition(node, env, base_env, all_targets=None):
    """Three-valued: True, False or None (undefined)."""
    k = node[0]
    if k == "bool":
        return node[1]
    if k == "all_targets":
        return all_targets
    if k == "cmp":
        return compare_values(node[1], evaluate(node[2], env, base_env), evaluate(node[3], env, base_env))
    if k == "not":
        v = evaluate_condition(node[1], env, base_env, all_targets)
        return None if v is None else not v
    a = evaluate_condition(node[1], env, base_env, all_targets)
    b = evaluate_condition(node[2], env, base_env, all_targets)
    if k == "and":
        if a is False or b is False:
            return False
        if a is None or b is None:
            return None
        return True
    if k == "or":
        if a is True or b is True:
            return True
        if a is None or b is None:
            return None
        return False
    raise AssertionError(k)


def parse_condition(text, known, allow_all_targets=False):
    if isinstance(text, bool) or not isinstance(text, str):
        raise ValueError("a condition must be text, e.g. \"received_rate >= 50%%\", got %r" % (text,))
    return FormulaParser(text, known, condition=True, allow_all_targets=allow_all_targets).parse()


# ---------------------------------------------------------------- targets

_TARGET_RE = re.compile(r"^\s*(>=|<=|≥|≤|>|<)?\s*(.*?)\s*$")
_FORM_KEYS = ("value", "or", "when", "label", "illustrative")


def parse_target(raw, better):
    """A v1 target ("OP value" or a bare number) -> (op, value)."""
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


def is_target_form_map(raw):
    return isinstance(raw, dict) and any(str(k) in ("value", "when") for k in raw)


def parse_target_form(raw, better, known, has_baseline):
    """Any v2 form (not a group map) -> {"value": (op, t)|None, "cond": ast|None}.

    Forms: v1 string/number; {value: V1}; {value: V1, or: COND}; {when: COND};
    `label` and `illustrative` are accepted beside them and ignored here."""
    if not isinstance(raw, dict):
        return {"value": parse_target(raw, better), "cond": None}
    keys = [str(k) for k in raw]
    for k in keys:
        if k not in _FORM_KEYS:
            raise ValueError("unknown key %r in a target (value, or, when, label, illustrative)" % k)
    if "value" in keys and "when" in keys:
        raise ValueError("a target has either `value` or `when`, not both")
    if "or" in keys and "value" not in keys:
        raise ValueError("`or` needs `value`")
    cond = None
    for ck in ("or", "when"):
        if ck in keys:
            cond = parse_condition(raw[ck], known)
            if uses_baseline(cond) and not has_baseline:
                raise ValueError("the condition uses baseline() but no baseline date is set")
    if "value" in keys:
        return {"value": parse_target(raw["value"], better), "cond": cond}
    if "when" in keys:
        return {"value": None, "cond": cond}
    raise ValueError("a target map needs `value` or `when`")


def target_met(value, target):
    """The v1 value part: value against (op, t); undefined never meets it."""
    if value is None:
        return False
    return compare_values(target[0], value, target[1])


def full_target_met(value, target, cond_fn):
    """v2: value part met OR condition part true. cond_fn(ast) -> True/False/None."""
    if target["value"] is not None and target_met(value, target["value"]):
        return True
    if target["cond"] is not None and cond_fn(target["cond"]) is True:
        return True
    return False


def clamp01(x):
    return 0.0 if x < 0 else 1.0 if x > 1 else x


CAP = 0.999999


def v1_attainment(value, vt, better):
    """v1 attainment of a value part (op, t), as docs/content-format.md spells it."""
    if value is None:
        return 0.0
    t = vt[1]
    if better == "higher":
        if t > 0:
            return clamp01(value / t)
        return 1.0 if target_met(value, vt) else 0.0
    if value <= t + EPS:
        return 1.0
    if value == 0:
        return 0.0
    return clamp01(t / value)


def attainment(value, target, better, met):
    """v2 attainment: 1 exactly when met; an unmet value target is capped
    below one; an unmet `when` target is 0; no target: clamp(value, 0, 1)."""
    if target is None:
        return 0.0 if value is None else clamp01(value)
    if met:
        return 1.0
    if target["value"] is None:
        return 0.0
    return min(v1_attainment(value, target["value"], better), CAP)

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
        if mid in _KEYWORDS:
            raise err("metric id %r is a word of the conditions language" % mid)
        col = m.get("column")
        agg = m.get("aggregate", "sum") or "sum"
        if agg not in ("sum", "mean", "none"):
            raise err("metrics[%s].aggregate must be sum, mean or none" % mid)
        metrics.append({"id": mid, "column": str(col) if col is not None else mid,
                        "optional": m.get("optional") is True, "aggregate": agg})
    metric_ids = [m["id"] for m in metrics]
    if len(set(metric_ids)) != len(metric_ids):
        raise err("duplicate metric id")

    # indicators (formulas first; targets need every indicator id)
    raw_inds = fm.get("indicators") or []
    indicators = []
    known = set(metric_ids)
    for ind in raw_inds:
        iid = str(ind["id"])
        if iid in known:
            raise err("indicator id %r already used" % iid)
        if iid in _KEYWORDS or iid == "score":
            raise err("indicator id %r is a word of the rules (score, and, or, not, ...)" % iid)
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
        w = ind.get("weight", 1)
        if w is None:
            w = 1
        indicators.append({"id": iid, "name": str(ind.get("name", iid)), "format": str(fmt),
                           "better": better, "ast": ast, "targets": {}, "weight": float(w)})
        known.add(iid)
    ind_by_id = {i["id"]: i for i in indicators}
    all_ids = set(known)           # conditions: metrics and all indicators

    for ind, raw in zip(indicators, raw_inds):
        raw_t = raw.get("target")
        targets = {}
        try:
            if raw_t is None:
                pass
            elif isinstance(raw_t, dict) and not is_target_form_map(raw_t):
                for k, v in raw_t.items():
                    k = str(k)
                    if k not in group_by_id:
                        raise ValueError("target map names unknown group %r" % k)
                    if v is not None:
                        targets[k] = parse_target_form(v, ind["better"], all_ids, baseline is not None)
            else:
                t = parse_target_form(raw_t, ind["better"], all_ids, baseline is not None)
                for g in group_ids:
                    targets[g] = t
        except ValueError as e:
            raise err("indicators[%s].target: %s" % (ind["id"], e))
        ind["targets"] = targets

    for g in groups:
        if g["brackets"] and g["brackets"]["metric"] not in known:
            raise err("groups[%s].brackets.metric %r is not a metric" % (g["id"], g["brackets"]["metric"]))

    # ranking: a list of keys, each an indicator id or "score"
    by = (fm.get("ranking") or {}).get("by")
    if by is None:
        raise err("ranking.by is required")
    keys = [by] if isinstance(by, str) else list(by)
    if not keys:
        raise err("ranking.by is empty")
    for k in keys:
        if k != "score" and k not in ind_by_id:
            raise err("ranking.by: %r is not an indicator or score" % (k,))
    if keys.count("score") > 1:
        raise err("ranking.by: score at most once")
    rank_keys = [str(k) for k in keys]

    # awards
    awards = []
    for a in fm.get("awards") or []:
        aid = str(a["id"])
        req = a.get("require", "none")
        if req is None:
            req = "none"
        if req in ("none", "all_targets", "decided"):
            cond = None
        else:
            try:
                cond = parse_condition(req, all_ids, allow_all_targets=True)
            except ValueError as e:
                raise err("awards[%s].require: %s" % (aid, e))
            if uses_baseline(cond) and baseline is None:
                raise err("awards[%s].require uses baseline() but no baseline date is set" % aid)
            req = "condition"
        per = a.get("per", "group") or "group"
        if per not in ("group", "bracket", "all"):
            raise err("awards[%s].per must be group, bracket or all" % aid)
        top = a.get("top")
        if req == "decided" and (top is not None or a.get("per") is not None):
            raise err("awards[%s]: `top` and `per` are not allowed with require: decided" % aid)
        ag = a.get("groups")
        if ag is not None:
            for x in ag:
                if str(x) not in group_by_id:
                    raise err("awards[%s].groups: unknown group %r" % (aid, x))
        awards.append({"id": aid, "require": req, "cond": cond,
                       "top": int(top) if top is not None else None,
                       "per": per, "groups": [str(x) for x in ag] if ag is not None else None})
    award_ids = [a["id"] for a in awards]

    # data options (the ones the reference reads)
    dopt = fm.get("data") or {}
    name_column = dopt.get("name_column")
    name_prefixes = [str(p) for p in (dopt.get("name_prefixes") or [])]

    # roster
    upath = os.path.join(cdir, "units.csv")
    units = read_roster(upath, declared_groups, group_by_id)
    unit_ids = {u["id"] for u in units}
    matcher = UnitMatcher(units, name_prefixes)

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
        snaps[date] = read_snapshot(path, metrics, units, matcher, name_column)
    if baseline is not None and baseline not in snaps:
        raise err("baseline %s is not the date of a snapshot" % baseline)
    eligible = [d for d in snaps if d <= period_end]
    if not eligible:
        raise err("no snapshot dated on or before period.end %s" % period_end)
    current = max(eligible)

    # plan figures (checked by plan_figure_warnings, not part of the JSON)
    plan_figures = []
    for n, pf in enumerate(fm.get("plan_figures") or []):
        pid = str(pf.get("id"))
        if pid not in all_ids:
            raise err("plan_figures[%d].id %r is not a metric or an indicator" % (n, pid))
        raw_v = pf.get("value")
        if isinstance(raw_v, bool) or raw_v is None:
            raise err("plan_figures[%d].value must be a number" % n)
        try:
            v = float(raw_v) if isinstance(raw_v, (int, float)) else parse_number(str(raw_v))
        except ValueError as e:
            raise err("plan_figures[%d].value: %s" % (n, e))
        if v is None:
            raise err("plan_figures[%d].value must be a number" % n)
        date = _date_str(pf.get("date"), cpath, "plan_figures[%d].date" % n)
        if date not in snaps:
            raise err("plan_figures[%d].date %s is not the date of a snapshot" % (n, date))
        grp = pf.get("group")
        if grp is not None and str(grp) not in group_by_id:
            raise err("plan_figures[%d].group %r is not a group" % (n, grp))
        plan_figures.append({"id": pid, "value": v, "date": date, "source": pf.get("source"),
                             "group": str(grp) if grp is not None else None})

    camp = {"slug": slug, "title": title, "period_end": period_end, "baseline": baseline,
            "groups": groups, "group_by_id": group_by_id, "metrics": metrics,
            "indicators": indicators, "rank_keys": rank_keys, "awards": awards,
            "units": units, "snapshots": snaps, "current": current, "plan_figures": plan_figures,
            "declared_groups": declared_groups}
    camp["granted"] = read_awards_csv(os.path.join(cdir, "awards.csv"), units, matcher, award_ids)
    return camp


def read_roster(upath, declared_groups, group_by_id):
    rows = read_csv(upath)
    if not rows:
        raise ContentError(upath, "empty roster", 1, 1)
    header = [_norm_header(h) for h in rows[0][1]]

    def col(*names):
        for n in names:
            if n in header:
                return header.index(n)
        return None
    ci, cn, cg, ca = col("id", "unit"), col("name"), col("group"), col("aliases")
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
        aliases = [a.strip() for a in cell(ca).split("|")] if ca is not None else []
        aliases = [a for a in aliases if a]
        units.append({"id": uid, "name": cell(cn), "group": grp, "aliases": aliases,
                      "_line": ln, "_acol": (ca or 0) + 1})
    # an alias shared by two units, or equal to another unit's name, is an error
    names = {}
    for u in units:
        names.setdefault(exact_key(u["name"]), set()).add(u["id"])
    owner = {}
    for u in units:
        for a in u["aliases"]:
            k = exact_key(a)
            other = names.get(k, set()) - {u["id"]}
            if other:
                raise ContentError(upath, "alias %r of %s is the name of unit %s" % (a, u["id"], sorted(other)[0]),
                                   u["_line"], u["_acol"])
            if k in owner and owner[k] != u["id"]:
                raise ContentError(upath, "alias %r is shared by units %s and %s" % (a, owner[k], u["id"]),
                                   u["_line"], u["_acol"])
            owner[k] = u["id"]
    return units


_NAME_COLUMNS = ("name", "tên đơn vị", "đơn vị")


def read_snapshot(path, metrics, units, matcher, name_column=None):
    """{unit id: {metric id: value|None}}. The unit column is `unit` (or `id`)
    with ids, or else a column of names (`name`, `Tên đơn vị`, `Đơn vị`, or
    data.name_column) matched by name or alias."""
    unit_ids = {u["id"] for u in units}
    rows = read_csv(path)
    if not rows:
        raise ContentError(path, "empty snapshot", 1, 1)
    header = [_norm_header(h) for h in rows[0][1]]
    hkeys = [exact_key(h) for h in header]
    ucol, by_name = None, False
    for n in ("unit", "id"):
        if n in hkeys:
            ucol = hkeys.index(n)
            break
    if ucol is None:
        for n in ([name_column] if name_column else _NAME_COLUMNS):
            if exact_key(n) in hkeys:
                ucol, by_name = hkeys.index(exact_key(n)), True
                break
    if ucol is None:
        raise ContentError(path, "the header has no `unit` column (nor a column of unit names)", 1, 1)
    cols = {}
    others = [j for j in range(len(header)) if j != ucol]
    for m in metrics:
        c = _norm_header(m["column"])
        hit = [j for j in others if header[j] == c] or [j for j in others if header[j] == m["id"]]
        if hit:
            cols[m["id"]] = hit[0]
        elif not m["optional"]:
            raise ContentError(path, "missing column %r for metric %s" % (m["column"], m["id"]), 1, None)
    data = {}
    for ln, row in rows[1:]:
        if all(c.strip() == "" for c in row):
            continue
        label = row[ucol].strip() if ucol < len(row) else ""
        if by_name:
            found = matcher.find(label)
            if len(found) != 1:
                raise ContentError(path, "unit name %r %s" % (label, "is not in units.csv" if not found
                                                              else "could be more than one unit"), ln, ucol + 1)
            uid = units[found[0]]["id"]
        else:
            uid = label
            if uid not in unit_ids:
                raise ContentError(path, "unit %r is not in units.csv" % uid, ln, ucol + 1)
        if uid in data:
            raise ContentError(path, "unit %r appears twice" % uid, ln, ucol + 1)
        vals = {}
        for m in metrics:
            j = cols.get(m["id"])
            if j is None:
                vals[m["id"]] = None
                continue
            text = row[j] if j < len(row) else ""
            try:
                vals[m["id"]] = parse_number(text)
            except ValueError as e:
                raise ContentError(path, str(e), ln, j + 1)
        data[uid] = vals
    return data


_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_YMD = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def parse_grant_date(text):
    """dd/mm/yyyy or yyyy-mm-dd -> yyyy-mm-dd; ValueError if not a real date."""
    m = _DMY.match(text)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        m = _YMD.match(text)
        if not m:
            raise ValueError("bad date %r: write dd/mm/yyyy or yyyy-mm-dd" % text)
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return _dt.date(y, mo, d).isoformat()      # ValueError for 31/02/2024


def read_awards_csv(path, units, matcher, award_ids):
    """{unit id: [{"award", "decision", "date", "person"}]} in the file's row order."""
    granted = {u["id"]: [] for u in units}
    if not os.path.exists(path):
        return granted
    rows = read_csv(path)
    if not rows:
        return granted
    hkeys = [exact_key(h) for h in rows[0][1]]
    cols = {}
    for n in ("award", "unit", "decision", "date", "person"):
        if n in hkeys:
            cols[n] = hkeys.index(n)
    for n in ("award", "unit"):
        if n not in cols:
            raise ContentError(path, "awards.csv needs a column %r (header: award,unit,decision,date,person)" % n, 1, 1)
    by_id = {u["id"]: u for u in units}
    seen = set()
    for ln, row in rows[1:]:
        if all(c.strip() == "" for c in row):
            continue
        cell = lambda n: (row[cols[n]].strip() if cols[n] < len(row) else "") if n in cols else ""
        award = cell("award")
        if award not in award_ids:
            raise ContentError(path, "unknown award %r" % award, ln, cols["award"] + 1)
        label = cell("unit")
        if label in by_id:
            uid = label
        else:
            found = matcher.find(label) if label else []
            if len(found) != 1:
                raise ContentError(path, "unknown unit %r" % label if not found else
                                   "unit %r could be more than one unit" % label, ln, cols["unit"] + 1)
            uid = units[found[0]]["id"]
        date = cell("date")
        if date:
            try:
                date = parse_grant_date(date)
            except ValueError as e:
                raise ContentError(path, str(e), ln, cols["date"] + 1)
        person = cell("person") or None
        key = (award, uid, person)
        if key in seen:
            raise ContentError(path, "duplicate row: %s already granted to %s%s" % (
                award, uid, (" (%s)" % person) if person else ""), ln, 1)
        seen.add(key)
        granted[uid].append({"award": award, "decision": cell("decision") or None,
                             "date": date or None, "person": person})
    return granted


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
    out["_benv"] = benv
    memo[key] = out
    return out


def aggregate_metrics(camp, date, unit_ids):
    """Totals' metrics at a snapshot over the given units that have a row."""
    snap = camp["snapshots"][date]
    rows = [snap[u] for u in unit_ids if u in snap]
    out = {}
    for m in camp["metrics"]:
        cells = [r[m["id"]] for r in rows if r.get(m["id"]) is not None]
        if m["aggregate"] == "none" or not cells:
            out[m["id"]] = None
        elif m["aggregate"] == "sum":
            out[m["id"]] = sum_in_order(cells)
        else:
            out[m["id"]] = sum_in_order(cells) / len(cells)
    return out


def sum_in_order(xs):
    s = 0.0
    for x in xs:
        s += x
    return s


def totals_at(camp, date, unit_ids):
    """{"metrics": {...}, "values": {...}} of a set of units at a snapshot:
    formulas on the aggregated metrics (a ratio of sums), baseline() on the
    baseline snapshot's totals of the same set."""
    def values_of(d):
        vals = dict(aggregate_metrics(camp, d, unit_ids))
        metrics_only = dict(vals)
        env = vals.__getitem__
        base = camp["baseline"]
        if base is None:
            benv = None
        elif base == d:
            benv = env
        else:
            benv = values_of(base)[2].__getitem__
        for ind in camp["indicators"]:
            vals[ind["id"]] = evaluate(ind["ast"], env, benv)
        return metrics_only, {i["id"]: vals[i["id"]] for i in camp["indicators"]}, vals
    m, v, _ = values_of(date)
    return {"metrics": m, "values": v}


def compute_totals(camp, date=None):
    date = date or camp["current"]
    units = camp["units"]
    out = {"all": totals_at(camp, date, [u["id"] for u in units]), "groups": {}}
    for g in camp["groups"]:
        out["groups"][g["id"]] = totals_at(camp, date, [u["id"] for u in units if u["group"] == g["id"]])
    return out


def plan_figure_warnings(camp):
    """The plan figures that `check`/`build` would warn about: a list of
    {"id", "value", "date", "source", "group", "total", "reason"}, reason
    "differs" or "undefined". Metrics and number/money indicators: more than
    0.5 % of the printed figure apart; percent/points indicators: more than
    0.005 (half a percentage point) apart."""
    fmt = {i["id"]: i["format"] for i in camp["indicators"]}
    warnings = []
    for pf in camp["plan_figures"]:
        ids = [u["id"] for u in camp["units"] if pf["group"] is None or u["group"] == pf["group"]]
        t = totals_at(camp, pf["date"], ids)
        total = t["metrics"][pf["id"]] if pf["id"] in t["metrics"] else t["values"][pf["id"]]
        w = dict(pf, total=total)
        if total is None:
            warnings.append(dict(w, reason="undefined"))
            continue
        if fmt.get(pf["id"]) in ("percent", "points"):
            bad = abs(total - pf["value"]) > 0.005
        else:
            bad = abs(total - pf["value"]) > 0.005 * abs(pf["value"])
        if bad:
            warnings.append(dict(w, reason="differs"))
    return warnings


def ineligible_grants(camp, out):
    """(award, unit) pairs that awards.csv grants although the rules do not
    make the unit eligible, for awards that are not `decided` (the engine
    warns about each). `out` is compute(camp)'s result."""
    decided = {a["id"] for a in camp["awards"] if a["require"] == "decided"}
    pairs = []
    for u in out["units"]:
        for g in u["granted"]:
            pair = (g["award"], u["id"])
            if g["award"] not in decided and g["award"] not in u["awards"] and pair not in pairs:
                pairs.append(pair)
    return pairs


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
    ind_by_id = {i["id"]: i for i in inds}
    uses_score = "score" in camp["rank_keys"]
    rows = []
    for u in camp["units"]:
        iv = indicator_values(camp, u["id"], cur, memo)
        allvals = iv["_all"]
        env, benv = allvals.__getitem__, iv["_benv"]
        cond_fn = lambda ast, env=env, benv=benv: evaluate_condition(ast, env, benv)
        g = camp["group_by_id"][u["group"]]
        values = {i["id"]: iv[i["id"]] for i in inds}
        targets_met = {}
        score_num = score_den = 0.0
        for i in inds:
            t = i["targets"].get(u["group"])
            met = None
            if t is not None:
                met = full_target_met(values[i["id"]], t, cond_fn)
                targets_met[i["id"]] = met
            if i["weight"] > 0:
                score_num += i["weight"] * attainment(values[i["id"]], t, i["better"], met)
                score_den += i["weight"]
        has_row = u["id"] in camp["snapshots"][cur]
        r = {"unit": u, "values": values, "targets_met": targets_met, "env": env, "benv": benv,
             "all_targets": all(targets_met.values()),
             "bracket": bracket_of(camp, g, allvals), "has_brackets": bool(g["brackets"]),
             "rank": None, "group_rank": None, "bracket_rank": None, "score": None}
        if uses_score and has_row:
            r["score"] = 100.0 * score_num / score_den if score_den > 0 else 0.0
        key = []
        for k in camp["rank_keys"]:
            if k == "score":
                key.append((r["score"], "higher"))
            else:
                key.append((values[k], ind_by_id[k]["better"]))
        r["key"] = key
        r["ranked"] = has_row and all(v is not None for v, _ in key)
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

    # awards: the proposal
    def meets_require(r, a):
        if a["groups"] is not None and r["unit"]["group"] not in a["groups"]:
            return False
        if a["require"] == "decided":
            return False
        if a["require"] == "all_targets":
            return r["all_targets"]
        if a["require"] == "condition":
            return evaluate_condition(a["cond"], r["env"], r["benv"], r["all_targets"]) is True
        return True

    def scope_of(r, a):
        """(scope key, rank field) for a top award; None when not eligible."""
        if a["per"] == "all":
            return ("all",), "rank"
        if a["per"] == "bracket" and r["has_brackets"]:
            if r["bracket"] is None:
                return None
            return ("bracket", r["unit"]["group"], r["bracket"]), "bracket_rank"
        return ("group", r["unit"]["group"]), "group_rank"

    for r in rows:
        r["awards"] = []
    for a in camp["awards"]:
        if a["top"] is None:
            for r in rows:
                if meets_require(r, a):
                    r["awards"].append(a["id"])
            continue
        scopes = {}
        for r in ranked:                      # rank order
            if not meets_require(r, a):
                continue
            sc = scope_of(r, a)
            if sc is None:
                continue
            scopes.setdefault(sc[0], []).append((r, sc[1]))
        for members in scopes.values():
            if len(members) <= a["top"]:
                chosen = members
            else:
                nth, field = members[a["top"] - 1]
                cutoff = nth[field]
                chosen = [(r, f) for r, f in members if r[f] <= cutoff]
            for r, _ in chosen:
                r["awards"].append(a["id"])
    # keep the front matter's award order in each unit's list
    order = {a["id"]: n for n, a in enumerate(camp["awards"])}
    for r in rows:
        r["awards"].sort(key=order.__getitem__)

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
            "awards": r["awards"], "granted": camp["granted"][u["id"]],
            "url": "/%s/%s/" % (camp["slug"], u["id"]),
        })
    return {
        "campaign": camp["slug"], "title": camp["title"], "as_of": cur, "baseline": camp["baseline"],
        "indicators": [{"id": i["id"], "name": i["name"], "format": i["format"], "better": i["better"]}
                       for i in inds],
        "totals": compute_totals(camp, cur),
        "units": units_out,
    }


def leaderboard(content_dir, slug):
    return compute(load_campaign(content_dir, slug))


def main(argv):
    if len(argv) != 3:
        print("usage: leaderboard.py CONTENT_DIR CAMPAIGN_SLUG", file=sys.stderr)
        return 64
    try:
        camp = load_campaign(argv[1], argv[2])
        out = compute(camp)
    except ContentError as e:
        print(str(e), file=sys.stderr)
        return 2
    for w in plan_figure_warnings(camp):
        print("%s: warning: the plan prints %s = %r on %s%s, but the totals give %r" % (
            os.path.join(argv[1], argv[2], "campaign.md"), w["id"], w["value"], w["date"],
            " (%s)" % w["source"] if w["source"] else "", w["total"]), file=sys.stderr)
    print(json.dumps(out, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
