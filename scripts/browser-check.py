#!/usr/bin/env python3
"""Checks HTML reports in a real browser, as a reader would see them.

    scripts/browser-check.py REPORTS_DIR [--max-pages NAME=N ...]

For every *.html in REPORTS_DIR (such as the reports `ospo demo` writes),
headless Chromium driven by Selenium (Debian's chromium-driver) checks that:

  1. at 1280 px, and in print emulation at the width of an A4 page's text
     (184 mm), no element sticks out of the page (`main`) or the window;
  2. no two text labels of an SVG chart overlap (their bounding boxes, as
     the browser laid them out);
  3. printed to PDF on A4, no table row is split across two pages (every
     cell of a row gets invisible start and end markers; all of a row's
     markers must be on one page; a row taller than a page is let through);
  4. a report named in --max-pages prints on at most that many pages
     (default: every *-executive.html on 2).

It prints one line per problem, naming the report and the element, and
exits 1 when there is any; 0 when every report passes. Needs python3-selenium
(or `pip install selenium`), chromium and chromium-driver, and pdftotext
(poppler-utils).
"""

import argparse
import base64
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
except ImportError:  # pragma: no cover - said plainly to the user
    sys.exit("error: Selenium is not installed; run 'pip install selenium' (or apt-get install python3-selenium)")

SCREEN_WIDTH = 1280
# A4 is 210 mm wide; the reports' @page margins leave 184 mm of text, 695 CSS px.
PRINT_WIDTH = 695

# Elements sticking out of `main` (the page) or the window, with what they are.
OVERFLOW_JS = r"""
const main = document.querySelector('main');
const limit = main ? main.getBoundingClientRect() : {left: 0, right: document.documentElement.clientWidth};
const width = document.documentElement.clientWidth;
const found = [];
const outside = new Set();
for (const el of document.querySelectorAll('main *')) {
  if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
  // Report the outermost offender only: its children say nothing new.
  if (el.parentElement && outside.has(el.parentElement)) { outside.add(el); continue; }
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) continue;
  const out = Math.max(r.right - limit.right, limit.left - r.left, r.right - width);
  if (out > 1.5) {
    outside.add(el);
    const name = el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '');
    found.push([name, Math.round(out), (el.textContent || '').trim().slice(0, 60)]);
  }
}
return found.slice(0, 40);
"""

# Pairs of SVG text labels whose boxes overlap, per chart.
OVERLAP_JS = r"""
const found = [];
document.querySelectorAll('svg').forEach((svg, index) => {
  const title = (svg.querySelector('title') || {}).textContent || ('chart ' + (index + 1));
  const boxes = [...svg.querySelectorAll('text')].map(t => [t.textContent, t.getBoundingClientRect()])
    .filter(([text, r]) => text.trim() && r.width > 0);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i][1], b = boxes[j][1];
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      // Glyph boxes include line spacing; a real overlap covers more than a sliver.
      if (x > 1 && y > Math.min(a.height, b.height) * 0.25) found.push([title, boxes[i][0], boxes[j][0]]);
    }
  }
});
return found.slice(0, 40);
"""

# Puts start and end markers in every table cell, for the PDF row check.
MARK_ROWS_JS = r"""
// Header rows repeat on every page a table spans, by design: only body rows are checked.
const rows = [...document.querySelectorAll('tr')].filter(tr => !tr.closest('thead'));
rows.forEach((tr, i) => {
  [...tr.children].forEach((cell, c) => {
    cell.style.position = 'relative';
    for (const [where, edge] of [['S', 'top'], ['E', 'bottom']]) {
      const mark = document.createElement('span');
      mark.textContent = 'QZ' + where + i + 'ZQ';
      mark.style.cssText = 'position:absolute;left:0;' + edge + ':0;font-size:2px;line-height:2px;color:#fff;white-space:nowrap';
      cell.appendChild(mark);
    }
  });
});
return rows.map(tr => [tr.getBoundingClientRect().height, (tr.textContent || '').trim().replace(/QZ[SE]\d+ZQ/g, '').slice(0, 60)]);
"""


def driver():
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary:
        options.binary_location = binary
    path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    if not os.path.exists(path):
        sys.exit("error: chromedriver is not installed; install the Debian package 'chromium-driver'")
    return webdriver.Chrome(service=Service(path), options=options)


def set_width(browser, width, media):
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": width, "height": 1200, "deviceScaleFactor": 1, "mobile": False})
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": media})


def pdf_pages(data):
    """The text of each page of a PDF, through pdftotext."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "report.pdf")
        with open(path, "wb") as file:
            file.write(data)
        text = subprocess.run(["pdftotext", "-raw", path, "-"], check=True, capture_output=True, text=True).stdout
    return text.split("\f")


def check(browser, page, max_pages):
    name = os.path.basename(page)
    problems = []
    browser.get("file://" + os.path.abspath(page))
    for width, media, label in ((SCREEN_WIDTH, "screen", "at 1280 px"), (PRINT_WIDTH, "print", "in print (A4)")):
        set_width(browser, width, media)
        for element, amount, text in browser.execute_script(OVERFLOW_JS):
            problems.append(f"{name}: {label}, <{element}> sticks out of the page by {amount} px: '{text}'")
        if media == "screen":
            for chart, first, second in browser.execute_script(OVERLAP_JS):
                problems.append(f"{name}: in the chart '{chart}', the labels '{first}' and '{second}' overlap")
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    rows = browser.execute_script(MARK_ROWS_JS)
    printed = browser.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True,
                                                          "displayHeaderFooter": False})
    pages = pdf_pages(base64.b64decode(printed["data"]))
    where = {}
    for number, text in enumerate(pages, start=1):
        for mark in re.findall(r"QZ([SE]\d+)ZQ", text):
            where.setdefault(int(mark[1:]), set()).add(number)
    # A4 is 297 mm; less the margins, about 1010 CSS px of text a page.
    for index, (height, text) in enumerate(rows):
        spread = where.get(index, set())
        if len(spread) > 1 and height < 1000:
            problems.append(f"{name}: a table row is split across pages {min(spread)}–{max(spread)}: '{text}'")
    count = len([p for p in pages if p.strip()])
    marked = len(where)
    if rows and marked == 0:
        problems.append(f"{name}: no row marker found in the PDF; the row check did not run (is pdftotext installed?)")
    limit = max_pages.get(name)
    if limit is not None and count > limit:
        problems.append(f"{name}: prints on {count} A4 pages; at most {limit} allowed")
    return problems, count


def main():
    parser = argparse.ArgumentParser(description="Check HTML reports in headless Chromium.")
    parser.add_argument("folder")
    parser.add_argument("--max-pages", action="append", default=[], metavar="NAME=N",
                        help="a report (file name) that must print on at most N A4 pages")
    arguments = parser.parse_args()
    pages = sorted(glob.glob(os.path.join(arguments.folder, "*.html")))
    if not pages:
        sys.exit(f"error: no HTML report in {arguments.folder}; make some with 'ospo demo'")
    max_pages = {os.path.basename(p): 2 for p in pages if p.endswith("-executive.html")}
    for entry in arguments.max_pages:
        name, _, count = entry.partition("=")
        if not count.isdigit():
            sys.exit(f"error: --max-pages takes NAME=N, found '{entry}'")
        max_pages[name] = int(count)
    browser = driver()
    failed = 0
    try:
        for page in pages:
            problems, count = check(browser, page, max_pages)
            for problem in problems:
                print("FAIL " + problem)
            failed += len(problems)
            if not problems:
                print(f"ok   {os.path.basename(page)} ({count} A4 pages)")
    finally:
        browser.quit()
    if failed:
        print(f"{failed} problems in the reports of {arguments.folder}", file=sys.stderr)
        return 1
    print(f"checked {len(pages)} reports in {arguments.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
