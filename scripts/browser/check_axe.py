#!/usr/bin/env python3
"""Run axe-core on one page of every page kind, at phone and desktop width.

    python3 scripts/browser/check_axe.py SITE_DIR BASE_PATH

Serves SITE_DIR under BASE_PATH (e.g. /thidua/) with Python's http.server and
opens, in headless Chromium at 360x800 and 1280x900, for every campaign: the
campaign home, a unit page, an indicator page, a group page, the awards page,
the plan page (which holds the method section) and the portal embeds of the
campaign and of a unit; and the site home and 404.html. Every other HTML page
kind found in the campaign folder is opened too, so a new kind is not missed.
axe-core comes from the axe-selenium-python package (make testdeps). Every
rule of axe-core runs, best practices included.

Prints each violation (rule id, impact, target selector, page, width) and
exits 1 on any violation.
"""
import os
import sys

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from serve import serve_site

KNOWN = ("data", "ke-hoach", "chi-so", "khen-thuong", "nhom", "ky", "bao-cao")



def first_page(folder, url):
    """The first page below `folder` (sorted), as a URL under `url`."""
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if os.path.isdir(path) and os.path.exists(os.path.join(path, "index.html")):
            return url + name + "/"
        if name.endswith(".html"):
            return url + name
    return None


def pages(site, base):
    """(kind, url) for one page of every page kind of every campaign."""
    found = [("site home", base), ("404", base + "404.html")]
    for campaign in sorted(os.listdir(site)):
        folder = os.path.join(site, campaign)
        if not os.path.isdir(folder) or campaign in ("assets", "embed"):
            continue
        home = base + campaign + "/"
        found.append(("campaign home", home))
        subs = sorted(d for d in os.listdir(folder) if os.path.isdir(os.path.join(folder, d)))
        units = [d for d in subs if d not in KNOWN and os.path.exists(os.path.join(folder, d, "index.html"))]
        if units:
            found.append(("unit", home + units[0] + "/"))
        for section, kind in (("ke-hoach", "plan and method"), ("khen-thuong", "awards")):
            if os.path.exists(os.path.join(folder, section, "index.html")):
                found.append((kind, home + section + "/"))
        for section, kind in (("chi-so", "indicator"), ("nhom", "group"), ("ky", "snapshot")):
            if os.path.isdir(os.path.join(folder, section)):
                url = first_page(os.path.join(folder, section), home + section + "/")
                if url:
                    found.append((kind, url))
        for section in subs:
            if section in KNOWN or section in units:
                continue
            url = first_page(os.path.join(folder, section), home + section + "/")
            if url:
                found.append(("other (%s)" % section, url))
        embed = os.path.join(site, "embed", campaign)
        if os.path.isdir(embed):
            found.append(("campaign embed", base + "embed/" + campaign + "/"))
            unit_embeds = sorted(u for u in units if os.path.isfile(os.path.join(folder, u, "embed.html")))
            if unit_embeds:
                found.append(("unit embed", base + campaign + "/" + unit_embeds[0] + "/embed.html"))
    return found


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 64
    site, base = argv[1], argv[2]
    if not base.endswith("/"):
        base += "/"
    server, origin = serve_site(site, base)
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--hide-scrollbars"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_script_timeout(120)
    violations = 0
    views = 0
    rules = {}
    version = "?"
    try:
        for kind, url in pages(site, base):
            for width, height, mobile in ((360, 800, True), (1280, 900, False)):
                driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                       {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})
                driver.get(origin + url)
                axe = Axe(driver)
                axe.inject()
                # Every rule, best practices included; only experimental rules stay off.
                results = axe.run(options="{resultTypes: ['violations']}")
                version = results.get("testEngine", {}).get("version", version)
                views += 1
                for violation in results["violations"]:
                    rules[violation["id"]] = rules.get(violation["id"], 0) + 1
                    for node in violation["nodes"]:
                        violations += 1
                        target = " ".join(str(t) for t in node["target"])
                        print("%s %s %s — %s (%s) @%dpx: %s" % (
                            violation["id"], violation["impact"], target, url, kind, width,
                            node.get("failureSummary", "").replace("\n", " ")[:300]))
    finally:
        driver.quit()
        server.shutdown()
    summary = ", ".join("%s ×%d" % item for item in sorted(rules.items())) or "none"
    print("axe-core %s: %d page views, %d violation(s) (rules: %s)" % (version, views, violations, summary))
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
