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
import zipfile

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


def write_damaged_workbook(path, damage):
    """A one-sheet workbook whose xl/workbook.xml has `damage` (old, new) applied."""
    workbook = (b'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                b'<sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>').replace(*damage)
    parts = {
        "[Content_Types].xml": b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            b'<Default Extension="xml" ContentType="application/xml"/></Types>',
        "_rels/.rels": b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": workbook,
        "xl/_rels/workbook.xml.rels": b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            b'<row r="1"><c r="A1" t="inlineStr"><is><t>unit</t></is></c></row></sheetData></worksheet>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


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
        # Damaged workbooks that once crashed the whole preview (a byte that
        # is not UTF-8 in an element name; a processing instruction without
        # data): the preview stays up, keeps the last site and shows the error.
        for name, damage in (("2025-01-31.xlsx", (b"<sheets>", b"<sheets\xff>")),
                             ("2025-02-28.xlsx", (b"<sheets>", b"<?xm?><sheets>"))):
            broken = os.path.join(data, name)
            write_damaged_workbook(broken, damage)
            if not wait_for(page, name):
                problems.append("the error of the damaged %s was not shown on the page" % name)
            if server.poll() is not None:
                problems.append("thidua serve ended (%s) on the damaged %s" % (server.returncode, name))
                break
            if "<h1>" not in fetch(page):
                problems.append("the previous site was not kept after the damaged %s" % name)
            os.remove(broken)
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
