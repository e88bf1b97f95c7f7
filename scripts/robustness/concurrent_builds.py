#!/usr/bin/env python3
"""Two builds into one output folder at once leave one whole site or the other.

    python3 scripts/robustness/concurrent_builds.py THIDUA_BINARY [ROUNDS]

Builds two different contents (the example site, and the example site
without two campaigns and with another figure) once each into reference
folders, then ROUNDS times starts both builds at the same moment into one
shared output folder (with --allow-removal, since each round replaces the
other's campaigns) and checks that both exit 0 and that the folder is,
byte for byte, exactly one of the two references. Then checks --no-wait:
while one build holds the folder, a second fails at once with a message;
and one content folder built into two outputs at once (sharing the card
cache) gives two whole sites.
"""
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def tree(root):
    files = {}
    for folder, _, names in os.walk(root):
        for name in names:
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                files[os.path.relpath(path, root)] = f.read()
    return files


def main(argv):
    binary = os.path.abspath(argv[1])
    rounds = int(argv[2]) if len(argv) > 2 else 6
    tmp = tempfile.mkdtemp(prefix="thidua-concurrent-")
    a = os.path.join(tmp, "a", "content")
    b = os.path.join(tmp, "b", "content")
    shutil.copytree(os.path.join(REPO, "content"), a)
    shutil.copytree(os.path.join(REPO, "content"), b)
    for themes in (os.path.join(tmp, "a", "themes"), os.path.join(tmp, "b", "themes")):
        shutil.copytree(os.path.join(REPO, "themes"), themes)
    data = os.path.join(b, "lang-son-2024", "data", "2024-12-26.csv")
    with open(data, encoding="utf-8") as f:
        text = f.read()
    with open(data, "w", encoding="utf-8") as f:
        f.write(text.replace("phong-quan-ly-thuong-mai,1.439,", "phong-quan-ly-thuong-mai,1.539,", 1))

    def build(content, output, *extra):
        return subprocess.Popen([binary, "build", "--content", content, "--output", output, "--lang", "en", *extra],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    refs = {}
    for name, content in (("a", a), ("b", b)):
        out = os.path.join(tmp, "ref-" + name)
        p = build(content, out)
        _, err = p.communicate()
        assert p.returncode == 0, err
        refs[name] = tree(out)
    assert refs["a"] != refs["b"]

    shared = os.path.join(tmp, "shared", "public")
    outcomes = []
    for round in range(rounds):
        first, second = (a, b) if round % 2 == 0 else (b, a)
        p1 = build(first, shared, "--allow-removal")
        p2 = build(second, shared, "--allow-removal")
        _, e1 = p1.communicate()
        _, e2 = p2.communicate()
        assert p1.returncode == 0 and p2.returncode == 0, (p1.returncode, e1, p2.returncode, e2)
        got = tree(shared)
        match = [name for name, ref in refs.items() if ref == got]
        assert match, "round %d: the output is neither site (%d files; references %d and %d)" % (
            round, len(got), len(refs["a"]), len(refs["b"]))
        waited = "Waiting: another thidua build" in (e1 + e2)
        outcomes.append((match[0], waited))

    # --no-wait: a build that finds the folder locked fails at once, and names the other process.
    # The folder holds b, so building a takes a whole build, not an "unchanged" check.
    p0 = build(b, shared, "--allow-removal")
    p0.communicate()
    assert p0.returncode == 0
    p1 = build(a, shared, "--allow-removal")
    time.sleep(0.05)
    deadline = time.time() + 5
    refused = None
    while time.time() < deadline and p1.poll() is None:
        p2 = build(b, shared, "--allow-removal", "--no-wait")
        _, e2 = p2.communicate()
        if p2.returncode != 0:
            refused = e2
            break
    p1.communicate()
    assert p1.returncode == 0
    assert refused is not None and "is writing this folder; wait for it to finish, or run again without --no-wait" in refused, refused
    assert tree(shared) == refs["a"]
    # One content folder into two outputs at once, with an empty card cache:
    # both render the same cards into the one cache.
    shutil.rmtree(os.path.join(tmp, "a", ".thidua-cache"))
    o1, o2 = os.path.join(tmp, "one"), os.path.join(tmp, "two")
    p1, p2 = build(a, o1), build(a, o2)
    _, e1 = p1.communicate()
    _, e2 = p2.communicate()
    assert p1.returncode == 0 and p2.returncode == 0, (e1, e2)
    assert tree(o1) == refs["a"] and tree(o2) == refs["a"]
    shutil.rmtree(tmp)
    print("concurrent builds: %d rounds, each left one whole site (%s); --no-wait refused while locked; one content into two outputs at once: two whole sites"
          % (rounds, ", ".join("%s%s" % (m, " after waiting" if w else "") for m, w in outcomes)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
