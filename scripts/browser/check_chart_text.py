#!/usr/bin/env python3
"""Measure every chart's text as a reader sees it, at three widths.

    python3 scripts/browser/check_chart_text.py SITE_DIR BASE_PATH [--report]

Serves SITE_DIR under BASE_PATH (e.g. /thidua/) and opens one page of every
page kind of every campaign (the pages `check_axe.py` opens) in headless
Chromium at 360, 768 and 1280 px, every `<details>` opened. For every
`<text>` of every inline SVG it takes the rendered font size in CSS px (the
computed font size times the SVG's scale on screen) and fails when it is
under 11 or over 20 px. In the same SVG, two texts whose boxes overlap, or
a text crossed by a `<line>`, fail too (a label the target line runs
through). `--report` prints every text's size, not only the failures.

Exits 1 on any failure.
"""
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from check_axe import pages
from serve import serve_site

SMALLEST, LARGEST = 11.0, 20.0
WIDTHS = ((360, 800, True), (768, 1000, True), (1280, 900, False))

# For every SVG: its texts (size, box, content) and its lines' boxes.
MEASURE = """
document.querySelectorAll('details').forEach(d => { d.open = true; });
const svgs = [];
for (const svg of document.querySelectorAll('svg')) {
  if (svg.parentElement.closest('svg')) continue;
  const title = (svg.querySelector('title') || {}).textContent || '';
  const texts = [];
  for (const t of svg.querySelectorAll('text')) {
    const r = t.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const m = t.getScreenCTM();
    const scale = Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
    texts.push({size: parseFloat(getComputedStyle(t).fontSize) * scale, text: t.textContent.slice(0, 50),
                box: [r.left, r.top, r.right, r.bottom]});
  }
  const lines = [];
  for (const l of svg.querySelectorAll('line')) {
    // The geometry's box has no stroke: a vertical line's is 0 px wide.
    const r = l.getBoundingClientRect(), w = (parseFloat(getComputedStyle(l).strokeWidth) || 1) / 2;
    lines.push([r.left - w, r.top - w, r.right + w, r.bottom + w]);
  }
  if (texts.length) svgs.push({title: title.slice(0, 60), texts: texts, lines: lines});
}
return svgs;
"""


def overlap(a, b, slack=1.0):
    """Whether boxes a and b overlap by more than `slack` px each way."""
    return (min(a[2], b[2]) - max(a[0], b[0]) > slack) and (min(a[3], b[3]) - max(a[1], b[1]) > slack)


def ink_box(box, size):
    """A text's box without the line-height padding above and below the letters."""
    pad = max(0.0, (box[3] - box[1]) - size) / 2
    return [box[0], box[1] + pad, box[2], box[3] - pad]


def check(svgs, where):
    failures = []
    for svg in svgs:
        texts = svg["texts"]
        for t in texts:
            if not SMALLEST <= t["size"] <= LARGEST:
                failures.append("%s: text %.1f px (want %g–%g) in “%s”: %s" % (
                    where, t["size"], SMALLEST, LARGEST, svg["title"], t["text"]))
        boxes = [ink_box(t["box"], t["size"]) for t in texts]
        for i in range(len(texts)):
            for j in range(i + 1, len(texts)):
                if overlap(boxes[i], boxes[j]):
                    failures.append("%s: texts overlap in “%s”: “%s” and “%s”" % (
                        where, svg["title"], texts[i]["text"], texts[j]["text"]))
            for line in svg["lines"]:
                if overlap(boxes[i], line, slack=0.5):
                    failures.append("%s: a line crosses the text “%s” in “%s”" % (
                        where, texts[i]["text"], svg["title"]))
    return failures


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    report = "--report" in argv
    if len(args) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 64
    site, base = args
    if not base.endswith("/"):
        base += "/"
    server, origin = serve_site(site, base)
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--hide-scrollbars"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    failures, measured, sizes = [], 0, []
    try:
        for kind, url in pages(site, base):
            for width, height, mobile in WIDTHS:
                driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                       {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})
                driver.get(origin + url)
                svgs = driver.execute_script(MEASURE)
                where = "%s (%s) @%dpx" % (url, kind, width)
                for svg in svgs:
                    for t in svg["texts"]:
                        measured += 1
                        sizes.append(t["size"])
                        if report:
                            print("%s %.1f px “%s”: %s" % (where, t["size"], svg["title"], t["text"]))
                failures += check(svgs, where)
    finally:
        driver.quit()
        server.shutdown()
    for failure in failures:
        print(failure)
    span = "%.1f–%.1f px" % (min(sizes), max(sizes)) if sizes else "none"
    print("chart text: %d texts measured at 360, 768 and 1280 px (sizes %s), %d failure(s)"
          % (measured, span, len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
