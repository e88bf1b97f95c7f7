#!/usr/bin/env python3
"""Seed corpora for the libFuzzer harnesses, taken from the example content.

usage: seeds.py CONTENT_FOLDER OUTPUT_FOLDER

Writes OUTPUT/<harness>/<file> for every harness of `thidua-fuzz`:
csv (every CSV of the content), front-matter (every campaign.md),
formula (every formula, target and award requirement written in them),
xlsx (workbooks made from a few snapshot CSVs, written the way Excel writes
them: shared strings, numbers, an inline string, a merge, a hidden sheet)
and xlsx-part (the unzipped XML parts of those workbooks).
"""
import csv
import io
import re
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def column(n):
    letters = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        letters = chr(65 + r) + letters
    return letters


def number(text):
    plain = text.replace(".", "")
    return plain if re.fullmatch(r"-?\d+", plain) else None


def workbook_parts(rows, hidden_first=False):
    shared, index = [], {}
    cells_xml = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{column(c)}{r}"
            if value == "":
                continue
            if number(value) is not None:
                cells.append(f'<c r="{ref}" s="2"><v>{number(value)}</v></c>')
            elif r == 2 and c == 0:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(value)}</t></is></c>')
            else:
                if value not in index:
                    index[value] = len(shared)
                    shared.append(value)
                cells.append(f'<c r="{ref}" s="1" t="s"><v>{index[value]}</v></c>')
        cells_xml.append(f'<row r="{r}" spans="1:{len(row)}">' + "".join(cells) + "</row>")
    sheet = (DECL + f'<worksheet xmlns="{NS}" xmlns:r="{REL}"><dimension ref="A1"/><sheetData>'
             + "".join(cells_xml) + '</sheetData><mergeCells count="1"><mergeCell ref="A1:A1"/></mergeCells>'
             + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>')
    sst = (DECL + f'<sst xmlns="{NS}" count="{len(shared)}" uniqueCount="{len(shared)}">'
           + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in shared)
           + '<si><r><t>rich </t></r><r><t>text</t></r><rPh><t>hint</t></rPh></si></sst>')
    sheets = []
    if hidden_first:
        sheets.append('<sheet name="Ẩn" sheetId="2" state="hidden" r:id="rId2"/>')
    sheets.append('<sheet name="Tổng hợp" sheetId="1" r:id="rId1"/>')
    workbook = DECL + f'<workbook xmlns="{NS}" xmlns:r="{REL}"><sheets>' + "".join(sheets) + "</sheets></workbook>"
    rels = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
            + f'<Relationship Id="rId2" Type="{REL}/worksheet" Target="/xl/worksheets/sheet1.xml"/>'
            + f'<Relationship Id="rId3" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    root = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    types = (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             + '<Default Extension="xml" ContentType="application/xml"/></Types>')
    return [("[Content_Types].xml", types), ("_rels/.rels", root), ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", rels), ("xl/worksheets/sheet1.xml", sheet), ("xl/sharedStrings.xml", sst)]


def main(content, output):
    content, output = Path(content), Path(output)
    out = {name: output / name for name in ["csv", "front-matter", "formula", "xlsx", "xlsx-part"]}
    for folder in out.values():
        folder.mkdir(parents=True, exist_ok=True)
    csvs = sorted(content.rglob("*.csv"))
    for path in csvs:
        (out["csv"] / path.relative_to(content).as_posix().replace("/", "_")).write_bytes(path.read_bytes())
    formulas = set()
    for path in sorted(content.rglob("campaign.md")):
        text = path.read_text(encoding="utf-8")
        (out["front-matter"] / path.parent.name).write_bytes(text.encode())
        for match in re.finditer(r'\b(?:formula|target|require|value|when)\s*:\s*"([^"\n]+)"', text):
            formulas.add(match.group(1))
    for i, formula in enumerate(sorted(formulas)):
        (out["formula"] / f"f{i:03}").write_bytes(formula.encode())
    snapshots = [p for p in csvs if p.parent.name == "data"][:4]
    for i, path in enumerate(snapshots):
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))[:12]
        parts = workbook_parts(rows, hidden_first=i % 2 == 1)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, xml in parts:
                info = zipfile.ZipInfo(name, date_time=(2024, 10, 31, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, xml.encode())
        (out["xlsx"] / f"{path.parent.parent.name}-{path.stem}.xlsx").write_bytes(buffer.getvalue())
        for name, xml in parts:
            (out["xlsx-part"] / f"{i}-{name.replace('/', '_')}").write_bytes(xml.encode())


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
