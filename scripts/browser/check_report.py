#!/usr/bin/env python3
"""Read the official A4 reports (PDF) of a built site as text, and check them
against the pages that link to them.

    python3 scripts/browser/check_report.py PUBLIC_DIR BASE_PATH

Every campaign home and period page links its report (`p.report-link`). For
each such page and its PDF, with poppler's tools:

- `pdfinfo`: every page is A4, all portrait (595 x 842 pts) or all
  landscape (842 x 595: tables of many columns), and the title is
  "Báo cáo kết quả thi đua, số liệu đến ngày dd/mm/yyyy" with the page's date;
- `pdffonts`: every font is embedded TrueType (text kept as text, never
  drawn as outlines or Type 3 glyphs);
- `pdftotext -layout`, page by page: each page says "Trang i/N" and the
  data date, and page 1 the national motto;
- `pdftotext -raw` (text in drawing order, so that a name wrapped over two
  lines of its cell reads as one): every unit name of the page's ranking
  tables, and every figure of their cells (values, scores, ranks, changes),
  is in the PDF at least as many times as in the tables, with its
  diacritics exactly as the page writes them (compared in NFC, no
  normalisation of the PDF's text beyond white space). A figure in
  percentage points ("+1,7 điểm phần trăm") is looked for as its number:
  the report says the unit once, in the column's header, which must then
  read "(điểm phần trăm)".

Exits 1 and lists the problems if any check fails.
"""
import html.parser
import os
import re
import subprocess
import sys
import unicodedata
import urllib.parse
from collections import Counter


class RankingTables(html.parser.HTMLParser):
    """Unit names and cell figures of every `table.ranking`, the report link and the data date."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.names, self.figures = [], []
        self.report, self.as_of = None, None
        self.depth = 0          # inside table.ranking
        self.cell = None        # 'name' | 'num' | None
        self.skip = 0           # inside span.status / span.sr (words, not figures)
        self.text = ""
        self.in_report = self.in_asof = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "p" and "report-link" in classes:
            self.in_report = True
        if self.in_report and tag == "a":
            self.report = a.get("href")
        if tag == "table" and "ranking" in classes:
            self.depth += 1
        if not self.depth:
            return
        if tag in ("th", "td", "tr"):
            # The theme leaves out the end tags of rows and cells: the next one ends the last.
            self.close_cell()
        if tag == "th" and "name" in classes and a.get("scope") == "row":
            self.cell, self.text = "name", ""
        elif tag == "td" and ("num" in classes or "change" in classes):
            self.cell, self.text = "num", ""
        elif tag == "span" and self.cell and ({"status", "sr"} & set(classes)):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag == "p":
            self.in_report = False
        if tag in ("th", "td", "tr", "tbody", "table"):
            self.close_cell()
        if tag == "table" and self.depth:
            self.depth -= 1
        if tag == "span" and self.skip:
            self.skip -= 1

    def close_cell(self):
        if self.cell:
            text = " ".join(self.text.split())
            if text:
                (self.names if self.cell == "name" else self.figures).append(text)
            self.cell = None

    def handle_data(self, data):
        if self.cell and not self.skip:
            self.text += data


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def nfc(text):
    return unicodedata.normalize("NFC", text)


def count(text, needle):
    """Occurrences of `needle` in `text` between white space (or the ends)."""
    return len(re.findall(r"(?<!\S)" + re.escape(needle) + r"(?!\S)", text))


def check(public, base):
    problems, reports = [], 0
    for folder, _, files in sorted(os.walk(public)):
        if "index.html" not in files:
            continue
        page = os.path.join(folder, "index.html")
        tables = RankingTables()
        with open(page, encoding="utf-8") as f:
            html = f.read()
        tables.feed(html)
        if not tables.report:
            continue
        reports += 1
        path = urllib.parse.unquote(tables.report)
        if not path.startswith(base):
            problems.append(f"{page}: the report link {tables.report} is outside {base}")
            continue
        pdf = os.path.join(public, path[len(base):])
        if not os.path.isfile(pdf):
            problems.append(f"{page}: the report {tables.report} does not exist")
            continue
        where = os.path.relpath(pdf, public)
        date = re.search(r"(\d{4})-(\d{2})-(\d{2})\.pdf$", pdf)
        date = f"{date.group(3)}/{date.group(2)}/{date.group(1)}" if date else "?"

        info = run("pdfinfo", pdf)
        pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
        sizes = run("pdfinfo", "-f", "1", "-l", str(pages), pdf)
        found_sizes = {size.strip() for _, size in re.findall(r"^Page\s+(\d+) size:\s+(.*)$", sizes, re.M)}
        if found_sizes not in ({"595 x 842 pts (A4)"}, {"842 x 595 pts (A4)"}):
            problems.append(f"{where}: pages of {sorted(found_sizes)}, not all A4 portrait or all A4 landscape")
        title = re.search(r"^Title:\s+(.*)$", info, re.M)
        expected_title = f"Báo cáo kết quả thi đua, số liệu đến ngày {date}"
        if not title or nfc(title.group(1).strip()) != expected_title:
            problems.append(f"{where}: title {title.group(1) if title else None!r}, expected {expected_title!r}")
        fonts = run("pdffonts", pdf).splitlines()[2:]
        for line in fonts:
            if "TrueType" not in line or " yes yes yes " not in line:
                problems.append(f"{where}: a font is not embedded TrueType with a Unicode map: {line.strip()}")

        for number in range(1, pages + 1):
            text = run("pdftotext", "-layout", "-f", str(number), "-l", str(number), pdf, "-")
            if f"Trang {number}/{pages}" not in text:
                problems.append(f"{where}: page {number} does not say 'Trang {number}/{pages}'")
            if f"Số liệu đến ngày {date}" not in text:
                problems.append(f"{where}: page {number} does not give the data date {date}")
            if number == 1:
                for motto in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO"):
                    if motto not in text:
                        problems.append(f"{where}: page 1 lacks {motto!r}")

        raw = " ".join(run("pdftotext", "-raw", pdf, "-").split())
        if not tables.names:
            problems.append(f"{page}: no ranking table to compare the report with")
        unit = " điểm phần trăm"
        if any(f.endswith(unit) for f in tables.figures) and "(điểm phần trăm)" not in raw:
            problems.append(f"{where}: figures in percentage points, but no header says '(điểm phần trăm)'")
        figures = [f[:-len(unit)] if f.endswith(unit) else f for f in tables.figures]
        for what, items in (("unit name", tables.names), ("figure", figures)):
            for item, wanted in Counter(nfc(i) for i in items).items():
                found = count(raw, item)
                if found < wanted:
                    problems.append(f"{where}: {what} {item!r} appears {found} time(s), the page's tables have it {wanted} time(s)")
        print(f"{where}: {pages} page(s), {len(tables.names)} units and {len(tables.figures)} figures of {os.path.relpath(page, public)} found")
    if reports == 0:
        problems.append(f"{public}: no page links an official report")
    return problems


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    public, base = sys.argv[1], sys.argv[2]
    problems = check(public, base if base.endswith("/") else base + "/")
    for problem in problems:
        print("FAIL " + problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
