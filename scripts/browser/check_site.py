#!/usr/bin/env python3
"""Look at a built site as a reader would, in headless Chromium.

    python3 scripts/browser/check_site.py PUBLIC_DIR BASE_PATH [--screenshots DIR]

Serves PUBLIC_DIR under BASE_PATH (e.g. /thidua/) with Python's http.server,
then for every page kind of every campaign (home, a unit, an indicator, a
group, awards, plan, the oldest period's leaderboard and one of its indicator
pages), the site index and 404.html, at 360x800 (phone) and
1280x900 (desktop):

- no horizontal overflow at 360 px (document scrollWidth <= viewport width);
- the key elements are present (h1; a ranking table and a named chart on a
  campaign home; bullet charts and the rank history on a unit page);
- no request failed and no request left 127.0.0.1 (no external fonts,
  scripts or CDNs);
- the page works without JavaScript (JavaScript is disabled in the browser);
- the console shows no error (e.g. a Content-Security-Policy violation).

Also checks, without the browser, that every .svg parses as XML and that every
internal link, stylesheet and image in every HTML page resolves to a file.
Screenshots are written only with --screenshots (keep them out of the repo).
Exits 1 and lists the problems if any check fails.
"""
import html.parser
import os
import sys
import urllib.parse
import xml.etree.ElementTree as ET

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

from serve import serve_site


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for key in ("href", "src"):
            if key in a and a[key]:
                self.urls.append(a[key])



def static_checks(public, base, problems):
    pages = 0
    for folder, _, files in os.walk(public):
        for name in files:
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, public)
            if name.endswith(".svg"):
                try:
                    ET.parse(path)
                except ET.ParseError as e:
                    problems.append("%s: SVG is not well-formed XML: %s" % (rel, e))
            if name.endswith(".html"):
                pages += 1
                parser = Links()
                parser.feed(open(path, encoding="utf-8").read())
                for url in parser.urls:
                    parts = urllib.parse.urlsplit(url)
                    if parts.scheme or url.startswith("#") or url.startswith("mailto:"):
                        continue
                    target = urllib.parse.unquote(parts.path)
                    if not target.startswith(base):
                        problems.append("%s: link %s is outside the base path %s" % (rel, url, base))
                        continue
                    local = os.path.join(public, target[len(base):])
                    if target.endswith("/"):
                        local = os.path.join(local, "index.html")
                    if not os.path.exists(local):
                        problems.append("%s: broken link %s" % (rel, url))
    return pages


def sample_pages(public, base):
    urls = [base, base + "404.html"]
    for campaign in sorted(os.listdir(public)):
        folder = os.path.join(public, campaign)
        if not os.path.isdir(folder) or campaign in ("assets", "embed"):
            continue
        urls.append(base + campaign + "/")
        subs = sorted(d for d in os.listdir(folder) if os.path.isdir(os.path.join(folder, d)))
        units = [d for d in subs if d not in ("data", "ke-hoach", "chi-so", "khen-thuong", "nhom", "ky", "bao-cao")]
        if units:
            urls.append(base + campaign + "/" + units[0] + "/")
        for section in ("ke-hoach", "khen-thuong"):
            if section in subs:
                urls.append(base + campaign + "/" + section + "/")
        for section in ("chi-so", "nhom"):
            if section in subs:
                first = sorted(os.listdir(os.path.join(folder, section)))[0]
                urls.append(base + campaign + "/" + section + "/" + first + "/")
        # The oldest period's leaderboard and its first indicator page.
        if "ky" in subs:
            period = sorted(os.listdir(os.path.join(folder, "ky")))[0]
            urls.append(base + campaign + "/ky/" + period + "/")
            indicators = os.path.join(folder, "ky", period, "chi-so")
            if os.path.isdir(indicators):
                urls.append(base + campaign + "/ky/" + period + "/chi-so/" + sorted(os.listdir(indicators))[0] + "/")
        # The portal embeds of the campaign and of its first unit.
        if os.path.isdir(os.path.join(public, "embed", campaign)):
            urls.append(base + "embed/" + campaign + "/")
            if units:
                urls.append(base + campaign + "/" + units[0] + "/embed.html")
    return urls


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 64
    public, base = argv[1], argv[2]
    if not base.endswith("/"):
        base += "/"
    shots = argv[argv.index("--screenshots") + 1] if "--screenshots" in argv else None
    problems = []
    pages = static_checks(public, base, problems)
    server, origin = serve_site(public, base)

    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--hide-scrollbars"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    checked = 0
    try:
        for url in sample_pages(public, base):
            for width, height, mobile in ((360, 800, True), (1280, 900, False)):
                driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                       {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})
                driver.get(origin + url)
                checked += 1
                where = "%s @%dpx" % (url, width)
                scroll = driver.execute_script("return document.documentElement.scrollWidth")
                if scroll > width:
                    problems.append("%s: horizontal overflow (scrollWidth %d)" % (where, scroll))
                if not driver.find_elements(By.TAG_NAME, "h1"):
                    problems.append("%s: no <h1>" % where)
                path = url[len(base):]
                kind = path.strip("/").split("/")
                if kind[0] == "embed" or kind[-1] == "embed.html":
                    if len(driver.find_elements(By.TAG_NAME, "a")) != 1:
                        problems.append("%s: an embed must have exactly one link (xem chi tiết)" % where)
                    if kind[-1] == "embed.html" and not driver.find_elements(By.CSS_SELECTOR, "figure svg"):
                        problems.append("%s: no bullet chart in the unit embed" % where)
                    kind = []
                if len(kind) == 1 and kind[0] and kind[0] != "404.html":
                    if not driver.find_elements(By.CSS_SELECTOR, "table.ranking"):
                        problems.append("%s: no ranking table" % where)
                    # A chart's accessible name: an SVG's <title>, or the
                    # ranked bars' figure (HTML rows) labelled by its title.
                    if not driver.find_elements(By.CSS_SELECTOR, "figure.chart svg title, figure.bars[aria-labelledby]"):
                        problems.append("%s: no chart with a <title>" % where)
                if len(kind) == 3 and kind[1] == "ky":
                    if not driver.find_elements(By.CSS_SELECTOR, "table.ranking"):
                        problems.append("%s: no ranking table" % where)
                    if not driver.find_elements(By.CSS_SELECTOR, "nav.period-nav a"):
                        problems.append("%s: no links to the other periods" % where)
                if len(kind) == 2 and kind[1] not in ("ke-hoach", "khen-thuong", "feed.xml"):
                    if not driver.find_elements(By.CSS_SELECTOR, "figure.bullet svg"):
                        problems.append("%s: no bullet chart" % where)
                for entry in driver.get_log("performance"):
                    message = entry["message"]
                    if '"Network.requestWillBeSent"' in message and '"url":"http' in message \
                            and "127.0.0.1" not in message.split('"url":"', 1)[1][:40]:
                        problems.append("%s: external request %s" % (where, message.split('"url":"', 1)[1][:80]))
                    if '"Network.loadingFailed"' in message:
                        problems.append("%s: a request failed" % where)
                for entry in driver.get_log("browser"):
                    if entry.get("level") == "SEVERE" and "favicon.ico" not in entry.get("message", ""):
                        problems.append("%s: console error: %s" % (where, entry.get("message", "")[:160]))
                if shots:
                    os.makedirs(shots, exist_ok=True)
                    name = (path.strip("/").replace("/", "_") or "index") + "-%d.png" % width
                    driver.set_window_size(width, height)
                    driver.save_screenshot(os.path.join(shots, name))
    finally:
        driver.quit()
        server.shutdown()
    for problem in problems:
        print(problem)
    print("%d HTML pages link-checked, %d page views in Chromium, %d problem(s)" % (pages, checked, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
