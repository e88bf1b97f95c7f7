#!/usr/bin/env python3
"""Compare two leaderboard.json files field by field.

    python3 scripts/reference/compare.py A.json B.json

Prints one line per difference, e.g.
    units[so-y-te].values.received_rate: 0.3 != 0.31
and exits 1 if there is any (0 if none, 2 on unreadable input).

Numbers are equal when |a - b| <= 1e-9 or |a - b| <= 1e-9 * max(|a|, |b|);
integers and floats compare by value (1 == 1.0), but booleans are not numbers
and null is only equal to null. Lists of objects that all carry an "id" are
matched by id (units[so-y-te], indicators[received_rate]) and their order is
compared separately; other lists are compared by position. Object keys are
compared as sets, and key order is reported too (the contract fixes it).

Contract v2 fields go through the same rules: `totals` (an object of
objects: totals.all.metrics.total, totals.groups.huyen.values.received_rate,
numbers with the tolerance above, null only equal to null, group order as key
order) and each unit's `granted` (a list in awards.csv row order, compared by
position: units[so-y-te].granted[0].date).
"""
import json
import sys

TOL = 1e-9


def fmt(v):
    return json.dumps(v, ensure_ascii=False)


def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def num_eq(a, b):
    d = abs(a - b)
    return d <= TOL or d <= TOL * max(abs(a), abs(b))


def compare(a, b, path, out):
    if is_num(a) and is_num(b):
        if not num_eq(a, b):
            out.append("%s: %s != %s" % (path, fmt(a), fmt(b)))
        return
    if type(a) is not type(b):
        out.append("%s: %s != %s" % (path, fmt(a), fmt(b)))
        return
    if isinstance(a, dict):
        for k in a:
            if k not in b:
                out.append("%s.%s: %s != (missing)" % (path, k, fmt(a[k])))
        for k in b:
            if k not in a:
                out.append("%s.%s: (missing) != %s" % (path, k, fmt(b[k])))
        common_a = [k for k in a if k in b]
        common_b = [k for k in b if k in a]
        if common_a != common_b:
            out.append("%s: key order %s != %s" % (path or "(top)", fmt(common_a), fmt(common_b)))
        for k in common_a:
            compare(a[k], b[k], "%s.%s" % (path, k) if path else k, out)
        return
    if isinstance(a, list):
        keyed = all(isinstance(x, dict) and "id" in x for x in a + b) and (a or b)
        if keyed:
            ids_a = [x["id"] for x in a]
            ids_b = [x["id"] for x in b]
            if len(set(map(str, ids_a))) == len(ids_a) and len(set(map(str, ids_b))) == len(ids_b):
                ma = {str(x["id"]): x for x in a}
                mb = {str(x["id"]): x for x in b}
                for i in ids_a:
                    if str(i) not in mb:
                        out.append("%s[%s]: present != (missing)" % (path, i))
                for i in ids_b:
                    if str(i) not in ma:
                        out.append("%s[%s]: (missing) != present" % (path, i))
                oa = [str(i) for i in ids_a if str(i) in mb]
                ob = [str(i) for i in ids_b if str(i) in ma]
                if oa != ob:
                    out.append("%s: order %s != %s" % (path, ", ".join(oa), ", ".join(ob)))
                for i in oa:
                    compare(ma[i], mb[i], "%s[%s]" % (path, i), out)
                return
        if len(a) != len(b):
            out.append("%s: length %d != %d" % (path, len(a), len(b)))
        for i, (x, y) in enumerate(zip(a, b)):
            compare(x, y, "%s[%d]" % (path, i), out)
        for i in range(len(b), len(a)):
            out.append("%s[%d]: %s != (missing)" % (path, i, fmt(a[i])))
        for i in range(len(a), len(b)):
            out.append("%s[%d]: (missing) != %s" % (path, i, fmt(b[i])))
        return
    if a != b:
        out.append("%s: %s != %s" % (path, fmt(a), fmt(b)))


def diff(a, b):
    out = []
    compare(a, b, "", out)
    return out


def main(argv):
    if len(argv) != 3:
        print("usage: compare.py A.json B.json", file=sys.stderr)
        return 64
    docs = []
    for p in argv[1:]:
        try:
            with open(p, encoding="utf-8") as f:
                docs.append(json.load(f))
        except (OSError, ValueError) as e:
            print("%s: %s" % (p, e), file=sys.stderr)
            return 2
    out = diff(*docs)
    for line in out:
        print(line)
    return 1 if out else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
