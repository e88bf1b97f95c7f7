#!/usr/bin/env python3
""""Find your unit" and the embeds, in headless Chromium.

    python3 scripts/browser/check_find.py PUBLIC_DIR BASE_PATH

Serves PUBLIC_DIR under BASE_PATH (e.g. /thidua/) and, on the example site:

- the Cần Thơ campaign home (360 px): typing "xa my khanh" (no diacritics,
  lower case) in the finder leaves exactly one row visible, "Xã Mỹ Khánh
  (Phong Điền)", and hides the other 65 and the sections of the other
  groups; "PHONG DIEN" finds the units whose name holds "Phong Điền" (đ
  folds to d); the group filter leaves only that group's rows;
- the group page of the communes: sorting the score column puts the rows in
  descending, then ascending order of the figures as the page prints them
  (1.234,5 and 93,5% read as numbers here, independently of the script;
  missing values last both ways), with aria-sort set; a third click brings
  back the ranking order; a percentage column sorts by value (100,0% above
  99,2%);
- with JavaScript off, the same pages are complete: every unit of
  units.csv has its row, nothing is hidden and no finder is shown;
- the campaign embed and a unit embed, framed in a 360 px "portal" page on
  another origin at the snippet's own height, show everything down to the
  "xem chi tiết" link; with the snippet's resizing script (its origin
  pointed at the local server; a unit page links to the leaderboard's
  embed section #nhung for it, and following that link opens the section),
  the frame takes the embed's height;
- a unit page at 360 px: its neighbours table overflows and the "swipe
  sideways" hint above it shows (the script shows hints on every page, not
  only on pages with a finder).

Exits 1 and lists the problems if any check fails.
"""
import csv
import html
import os
import re
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

from serve import mount, serve_folder

CAMPAIGN = "can-tho-2024"
GROUP = "xa"
WANTED = "Xã Mỹ Khánh (Phong Điền)"


def number(text):
    """A figure as the page prints it (Vietnamese), or None when missing."""
    text = text.replace("\u00a0", " ").strip()
    match = re.match(r"^[+-]?[\d.]+(,\d+)?", text)
    if not text or text == "—" or not match:
        return None
    return float(match.group(0).replace(".", "").replace(",", "."))


def browser(javascript=True):
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--hide-scrollbars"):
        options.add_argument(flag)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 360, "height": 800, "deviceScaleFactor": 1, "mobile": True})
    return driver


def unit_rows(driver):
    """(name, displayed) of every unit row of the finder's tables."""
    return driver.execute_script("""
        return Array.from(document.querySelectorAll('table.ranking[data-find] tbody tr')).filter(function (r) {
            return r.querySelector('th[scope=row]');
        }).map(function (r) { return [r.querySelector('th[scope=row]').textContent.trim(), r.offsetParent !== null]; });""")


def column_texts(driver, column):
    return driver.execute_script("""
        var column = arguments[0];
        return Array.from(document.querySelectorAll('table.ranking[data-find] tbody tr')).filter(function (r) {
            return r.querySelector('th[scope=row]');
        }).map(function (r) {
            var c = r.cells[column], t = '';
            c.childNodes.forEach(function (n) { if (!(n.nodeType === 1 && n.matches('.status, .sr'))) t += n.textContent; });
            return t.trim();
        });""", column)


def header_index(driver, label):
    return driver.execute_script("""
        var cells = document.querySelector('table.ranking[data-find] thead tr').cells, label = arguments[0];
        for (var i = 0; i < cells.length; i++) { if (cells[i].textContent.indexOf(label) === 0) return i; }
        return -1;""", label)


def click_sort(driver, column):
    driver.find_elements(By.CSS_SELECTOR, "table.ranking[data-find] thead th")[column] \
        .find_element(By.CSS_SELECTOR, "button.sort").click()


def check_search(driver, origin, base, units, problems):
    driver.get(origin + base + CAMPAIGN + "/")
    box = driver.find_element(By.ID, "finder-q")
    box.send_keys("xa my khanh")
    rows = unit_rows(driver)
    shown = [name for name, displayed in rows if displayed]
    if shown != [WANTED]:
        problems.append("search 'xa my khanh': visible rows %r, expected [%r]" % (shown[:5], WANTED))
    if len(rows) != len(units) or sum(1 for _, d in rows if not d) != len(units) - 1:
        problems.append("search 'xa my khanh': %d rows, %d hidden; expected %d and %d"
                        % (len(rows), sum(1 for _, d in rows if not d), len(units), len(units) - 1))
    sections = driver.execute_script(
        "return Array.from(document.querySelectorAll('section.group')).filter(function (s) { return !s.hidden; }).length")
    if sections != 1:
        problems.append("search 'xa my khanh': %d group sections shown, expected 1" % sections)
    status = driver.find_element(By.CSS_SELECTOR, ".finder-status").text
    if "1/%d" % len(units) not in status:
        problems.append("search 'xa my khanh': status %r does not say 1/%d" % (status, len(units)))
    box.clear()
    box.send_keys("PHONG DIEN")
    shown = sorted(name for name, displayed in unit_rows(driver) if displayed)
    expected = sorted(name for name in units.values() if "Phong Điền" in name)
    if shown != expected or not expected:
        problems.append("search 'PHONG DIEN': %r, expected %r" % (shown, expected))
    box.clear()
    box.send_keys(" ")
    box.clear()
    driver.execute_script("arguments[0].dispatchEvent(new Event('input'))", box)
    if not all(displayed for _, displayed in unit_rows(driver)):
        problems.append("clearing the search does not show every row again")
    select = driver.find_element(By.ID, "finder-group")
    option = [o for o in select.find_elements(By.TAG_NAME, "option") if o.get_attribute("value")][-1]
    option.click()
    groups = driver.execute_script("""
        return Array.from(document.querySelectorAll('table.ranking[data-find] tbody tr')).filter(function (r) {
            return r.offsetParent !== null; }).map(function (r) { return r.getAttribute('data-group'); });""")
    if not groups or set(groups) != {option.get_attribute("value")}:
        problems.append("group filter %r shows rows of %r" % (option.get_attribute("value"), sorted(set(groups))))


def check_hints(driver, origin, base, problems):
    """On a unit page (no finder), each "swipe sideways" hint shows exactly when its table overflows."""
    page = CAMPAIGN + "/xa-my-khanh/"
    driver.get(origin + base + page)
    hints = driver.execute_script("""
        return Array.from(document.querySelectorAll('.scroll-hint')).map(function (h) {
            var w = h.nextElementSibling;
            return [w.scrollWidth > w.clientWidth + 1, h.offsetParent !== null];
        });""")
    # Its embed section links to the leaderboard's for the resizing script: the link opens that section.
    links = driver.find_elements(By.CSS_SELECTOR, 'details.embed a[href$="#nhung"]')
    if not links:
        problems.append("%s: no link to the leaderboard's embed section (#nhung)" % page)
    else:
        driver.get(links[0].get_attribute("href"))
        opened = driver.execute_script("""var d = document.getElementById('nhung');
            return d && d.open && Array.from(d.querySelectorAll('textarea')).some(function (t) {
                return t.value.indexOf('<script>') === 0; });""")
        if not opened:
            problems.append("%s: the link to #nhung does not open a section showing the resizing script" % page)
        driver.get(origin + base + page)
    if not any(overflows for overflows, _ in hints):
        problems.append("%s at 360 px: no table overflows, the hint check checks nothing" % page)
    for overflows, shown in hints:
        if overflows != shown:
            problems.append("%s at 360 px: a table %s and its hint is %s"
                            % (page, "overflows" if overflows else "fits", "shown" if shown else "hidden"))


def check_sort(driver, origin, base, problems):
    driver.get(origin + base + CAMPAIGN + "/nhom/" + GROUP + "/")
    ranks = column_texts(driver, 0)
    score = header_index(driver, "Điểm")
    if score < 0:
        problems.append("group page: no Điểm column")
        return
    values = [number(t) for t in column_texts(driver, score)]
    present = [v for v in values if v is not None]
    click_sort(driver, score)
    after = [number(t) for t in column_texts(driver, score)]
    if after[:len(present)] != sorted(present, reverse=True) or any(v is not None for v in after[len(present):]):
        problems.append("sorting Điểm: %r is not descending with missing values last" % after[:8])
    th = driver.find_elements(By.CSS_SELECTOR, "table.ranking[data-find] thead th")[score]
    if th.get_attribute("aria-sort") != "descending":
        problems.append("sorting Điểm: aria-sort is %r, expected descending" % th.get_attribute("aria-sort"))
    click_sort(driver, score)
    after = [number(t) for t in column_texts(driver, score)]
    if after[:len(present)] != sorted(present) or th.get_attribute("aria-sort") != "ascending":
        problems.append("sorting Điểm again: %r, aria-sort %r" % (after[:8], th.get_attribute("aria-sort")))
    click_sort(driver, score)
    if column_texts(driver, 0) != ranks or th.get_attribute("aria-sort") is not None:
        problems.append("a third click does not bring back the ranking order")
    rate = header_index(driver, "a)")
    if rate < 0:
        problems.append("group page: no column a)")
        return
    click_sort(driver, rate)
    texts = column_texts(driver, rate)
    after = [number(t) for t in texts]
    present = [v for v in after if v is not None]
    if present != sorted(present, reverse=True) or not all(t.endswith("%") for t in texts if number(t) is not None):
        problems.append("sorting column a): %r is not in descending order of value" % texts[:8])


def check_without_javascript(origin, base, units, in_group, problems):
    driver = browser(javascript=False)
    try:
        for path, expected in ((CAMPAIGN + "/", units), (CAMPAIGN + "/nhom/" + GROUP + "/", in_group)):
            driver.get(origin + base + path)
            rows = unit_rows(driver)
            if len(rows) != expected or not all(displayed for _, displayed in rows):
                problems.append("JavaScript off, %s: %d rows (%d shown), expected %d"
                                % (path, len(rows), sum(1 for _, d in rows if d), expected))
            if driver.find_elements(By.CSS_SELECTOR, ".finder, button.sort"):
                problems.append("JavaScript off, %s: the finder shows" % path)
    finally:
        driver.quit()


def check_embeds(driver, origin, base, public, problems):
    """Each embed framed at the snippet's height in a 360 px column of a page on another origin."""
    portal_dir = tempfile.mkdtemp(prefix="thidua-portal-")
    portal, portal_origin = serve_folder(portal_dir)
    try:
        for page, embed in ((CAMPAIGN + "/", "embed/" + CAMPAIGN + "/"),
                            (CAMPAIGN + "/xa-my-khanh/", CAMPAIGN + "/xa-my-khanh/embed.html")):
            text = open(os.path.join(public, page, "index.html"), encoding="utf-8").read()
            snippets = [html.unescape(s) for s in re.findall(r"<textarea[^>]*>(.*?)</textarea>", text, re.S)]
            frames = [s for s in snippets if s.startswith("<iframe")]
            scripts = [s for s in snippets if s.startswith("<script>")]
            # A unit page links to the leaderboard's embed section for the
            # resizing script (the same for every embed) instead of repeating it.
            elsewhere = re.search(r'<a href="%s(%s/)#nhung">' % (re.escape(base), re.escape(CAMPAIGN)), text)
            if not scripts and elsewhere and page != CAMPAIGN + "/":
                home = open(os.path.join(public, elsewhere.group(1), "index.html"), encoding="utf-8").read()
                if '<details class="embed" id="nhung">' not in home:
                    problems.append("%s: the leaderboard has no embed section #nhung" % page)
                scripts = [html.unescape(s) for s in re.findall(r"<textarea[^>]*>(.*?)</textarea>", home, re.S)
                           if html.unescape(s).startswith("<script>")]
            if not frames or not scripts:
                problems.append("%s: no iframe snippet or no resizing script" % page)
                continue
            height = int(re.search(r'height="(\d+)"', frames[0]).group(1))
            local = origin + base + embed
            frame = re.sub(r'src="[^"]*"', 'src="%s"' % local, frames[0])
            site_origin = re.search(r'e\.origin!=="([^"]*)"', scripts[0]).group(1)
            script = scripts[0].replace(site_origin, origin)
            for name, body in (("fixed", frame), ("resized", frame + script)):
                with open(os.path.join(portal_dir, name + ".html"), "w", encoding="utf-8") as f:
                    f.write('<!DOCTYPE html><html lang="vi"><meta charset="utf-8"><meta name="viewport" '
                            'content="width=device-width, initial-scale=1"><body style="margin:0">'
                            '<div style="width:360px">%s</div></body></html>' % body)
                driver.get(portal_origin + "/" + name + ".html")
                time.sleep(1.0)
                iframe = driver.find_element(By.TAG_NAME, "iframe")
                outer = iframe.size["height"]
                driver.switch_to.frame(iframe)
                needed = driver.execute_script("return Math.ceil(document.body.getBoundingClientRect().height)")
                link = driver.execute_script("return document.querySelector('.details a').getBoundingClientRect().bottom")
                width = driver.execute_script("return document.documentElement.clientWidth")
                driver.switch_to.default_content()
                if name == "fixed":
                    if outer != height or link > height or needed > height:
                        problems.append("%s at 360 px with the snippet's height %d: content %d px, link bottom %d"
                                        % (embed, height, needed, link))
                    if width > 360:
                        problems.append("%s: %d px wide in a 360 px column" % (embed, width))
                    print("%s: snippet height %d, needed at 360 px %d" % (embed, height, needed))
                elif abs(outer - needed) > 2:
                    problems.append("%s: the resizing script left the frame %d px for %d px of content" % (embed, outer, needed))
    finally:
        portal.shutdown()


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 64
    public, base = argv[1], argv[2]
    if not base.endswith("/"):
        base += "/"
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "content", CAMPAIGN, "units.csv"),
              encoding="utf-8") as f:
        roster = list(csv.DictReader(f))
    units = {row["id"]: row["name"] for row in roster}
    in_group = sum(1 for row in roster if row["group"] == GROUP)
    problems = []
    workdir = tempfile.mkdtemp(prefix="thidua-find-")
    server, origin = serve_folder(mount(public, base, workdir))
    driver = browser()
    try:
        check_search(driver, origin, base, units, problems)
        check_sort(driver, origin, base, problems)
        check_hints(driver, origin, base, problems)
        check_embeds(driver, origin, base, public, problems)
        for entry in driver.get_log("browser"):
            if entry.get("level") == "SEVERE" and "favicon.ico" not in entry.get("message", ""):
                problems.append("console error: %s" % entry.get("message", "")[:160])
    finally:
        driver.quit()
    check_without_javascript(origin, base, len(units), in_group, problems)
    server.shutdown()
    for problem in problems:
        print(problem)
    print("find your unit, sorting, JavaScript off and embeds: %d problem(s)" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
