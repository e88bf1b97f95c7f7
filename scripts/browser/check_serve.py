#!/usr/bin/env python3
"""`thidua serve` picks up an edited snapshot without a restart.

    python3 scripts/browser/check_serve.py THIDUA_BINARY

Copies content/ and themes/ to a temporary folder, starts `thidua serve` on a
free port, reads a unit page, edits that unit's figure in the latest
snapshot (all its dossiers online), and waits (up to 20 s) until the served
data and page show the new figure (100,0%);
then breaks a cell and checks that the page shows the error with file:line:column.
"""
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError):
        return ""


def wait_for(url, needle, seconds=20):
    end = time.time() + seconds
    while time.time() < end:
        if needle in fetch(url):
            return True
        time.sleep(0.3)
    return False


def main(argv):
    binary = os.path.abspath(argv[1])
    tmp = tempfile.mkdtemp(prefix="thidua-serve-")
    shutil.copytree(os.path.join(REPO, "content", "lang-son-2024"), os.path.join(tmp, "content", "lang-son-2024"))
    shutil.copy(os.path.join(REPO, "content", "site.yml"), os.path.join(tmp, "content", "site.yml"))
    shutil.copytree(os.path.join(REPO, "themes"), os.path.join(tmp, "themes"))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([binary, "serve", "--port", str(port)], cwd=tmp,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    problems = []
    try:
        data = os.path.join(tmp, "content", "lang-son-2024", "data")
        latest = sorted(os.listdir(data))[-1]
        path = os.path.join(data, latest)
        lines = open(path, encoding="utf-8").read().splitlines()
        unit = lines[1].split(",")[0]
        page = "http://127.0.0.1:%d/lang-son-2024/%s/" % (port, unit)
        data_url = "http://127.0.0.1:%d/lang-son-2024/data/leaderboard.json" % port
        if not wait_for(page, "<h1>"):
            problems.append("the unit page was never served")
        before = fetch(data_url)
        # Every dossier of the first row's unit online: its online rate becomes 100,0%.
        header = lines[0].split(",")
        cells = lines[1].split(",")
        total, online = header.index("Tổng số hồ sơ"), header.index("Hồ sơ phát sinh trực tuyến")
        cells[online] = cells[total]
        lines[1] = ",".join(cells)
        open(path, "w", encoding="utf-8").write("\n".join(lines) + "\n")
        end = time.time() + 20
        while time.time() < end and fetch(data_url) == before:
            time.sleep(0.3)
        if fetch(data_url) == before:
            problems.append("the edited snapshot did not change the served data")
        if not wait_for(page, "100,0%"):
            problems.append("the unit page does not show the new rate 100,0%")
        cells[1] = "hai"
        lines[1] = ",".join(cells)
        open(path, "w", encoding="utf-8").write("\n".join(lines) + "\n")
        if not wait_for(page, "%s:2:2:" % latest):
            problems.append("the build error was not shown on the page")
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)
    for p in problems:
        print(p)
    print("serve: %d problem(s)" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
