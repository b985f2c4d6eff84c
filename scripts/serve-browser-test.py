#!/usr/bin/env python3
"""Browser test of `ospo serve` in real headless Chromium (Selenium with
Debian's chromium-driver; axe-core through axe-selenium-python).

Usage: scripts/serve-browser-test.py [--ospo .build/debug/ospo] [--shots DIR]

A respondent opens their link, answers a section including a follow-up and,
in another section, "not applicable" with its justification, reloads,
resumes and finishes; then the same with scripts disabled. axe-core checks
every respondent page (with scripts on: axe runs as a script) for serious
or critical violations. Screenshots at
375 px and 1280 px wide go to --shots. Exits 1 on the first failure.
"""
import argparse, os, subprocess, tempfile

import browser_support
from browser_support import accessible, check, serve
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

parser = argparse.ArgumentParser()
parser.add_argument("--ospo", default=".build/debug/ospo")
parser.add_argument("--shots", default="serve-shots")
parser.add_argument("--port", type=int, default=18181)
args = parser.parse_args()
os.makedirs(args.shots, exist_ok=True)
folder = tempfile.mkdtemp(prefix="serve-browser-")
env = dict(os.environ, OSPO_DB=os.path.join(folder, "browser.sqlite"))
base = f"http://127.0.0.1:{args.port}"


def ospo(*arguments):
    return subprocess.run([args.ospo, *arguments], env=env, check=True, capture_output=True, text=True).stdout


ospo("org", "add", "Harbour Tools")
ospo("assessment", "new", "harbour-tools", "--questionnaire", "ospo-interview")
links = {}
for name in ["Rosa Script", "Nils Plain"]:
    line = ospo("invite", "1", "--respondent", name, "--role", "ospo-lead", "--base-url", base)
    links[name] = line.split()[-1]
server = serve(args.ospo, args.port, env)


def shoot(driver, name):
    browser_support.shoot(driver, args.shots, name)


def visible(driver, qid):
    return driver.find_element(By.ID, f"q-{qid}").is_displayed()


def choose(driver, qid, value):
    driver.find_element(By.CSS_SELECTOR, f"input[name='choice.{qid}'][value='{value}']").click()


def submit(driver):
    """Posts the page's form and waits for the page that answers it."""
    page = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(driver, 10).until(expected_conditions.staleness_of(page))


def section_with(driver, home, qid):
    number = 1
    while True:
        driver.get(f"{home}/section/{number}")
        if driver.find_elements(By.ID, f"q-{qid}"):
            return number
        number += 1


try:
    # With scripts: every change is saved at once; follow-ups appear.
    driver = browser_support.browser(width=375, scripts=True)
    driver.get(links["Rosa Script"])
    check("/r/" not in driver.current_url, "the link's token left the address bar")
    home = driver.current_url
    check("Who sees your answers" in driver.page_source, "the welcome page says who sees the answers")
    accessible(driver, "welcome")
    shoot(driver, "welcome")
    driver.find_element(By.LINK_TEXT, "Start").click()
    check(not visible(driver, "STR-04"), "the follow-up STR-04 is hidden at first")
    choose(driver, "STR-01", "yes")
    choose(driver, "STR-03", "yes")
    WebDriverWait(driver, 10).until(lambda d: visible(d, "STR-04"))
    check(True, "STR-04 appeared once STR-03 was answered yes")
    choose(driver, "STR-04", "no")
    WebDriverWait(driver, 10).until(lambda d: "Saved" in d.find_element(By.CSS_SELECTOR, "#q-STR-04 .status").text)
    accessible(driver, "a section")
    shoot(driver, "section")
    number = section_with(driver, home, "POL-05")
    driver.find_element(By.NAME, "justification.POL-05").send_keys("we publish nothing of our own")
    choose(driver, "POL-05", "na")
    WebDriverWait(driver, 10).until(lambda d: "Saved" in d.find_element(By.CSS_SELECTOR, "#q-POL-05 .status").text)
    driver.refresh()
    check(driver.find_element(By.CSS_SELECTOR, "input[name='choice.POL-05'][value='na']").is_selected(), "the not-applicable answer is kept after a reload")
    driver.get(home)
    check("Continue" in driver.page_source, "coming back offers to continue")
    driver.find_element(By.LINK_TEXT, "Continue").click()
    check(driver.find_element(By.CSS_SELECTOR, "input[name='choice.STR-04'][value='no']").is_selected() or "/section/1" not in driver.current_url,
          "resumed with earlier answers in place")
    driver.get(home + "/finish")
    check("we publish nothing of our own" in driver.page_source, "the summary shows the justification")
    accessible(driver, "the summary")
    shoot(driver, "finish")
    driver.quit()

    # Without scripts: the form posts a section at a time.
    driver = browser_support.browser(width=375, scripts=False)
    driver.get(links["Nils Plain"])
    home = driver.current_url
    driver.find_element(By.LINK_TEXT, "Start").click()
    check(not visible(driver, "STR-04"), "without scripts, STR-04 is hidden at first")
    choose(driver, "STR-03", "yes")
    submit(driver)
    check("/section/1" in driver.current_url and visible(driver, "STR-04"), "the post came back to the section with STR-04 shown")
    choose(driver, "STR-04", "yes")
    submit(driver)
    check("/section/2" in driver.current_url, "the next post went on to section 2" + ("" if "/section/2" in driver.current_url else f" (at {driver.current_url}: {driver.find_element(By.TAG_NAME, 'main').text[:600]})"))
    section_with(driver, home, "POL-05")
    choose(driver, "POL-05", "na")
    submit(driver)
    check("needs a justification" in driver.page_source, "not applicable without a justification is refused with the reason")
    driver.find_element(By.NAME, "justification.POL-05").send_keys("nothing is published")
    submit(driver)
    driver.get(home + "/finish")
    check("nothing is published" in driver.page_source, "without scripts, the summary shows the saved answers")
    driver.quit()
finally:
    server.terminate()
    server.wait(timeout=30)
print("browser test passed")
