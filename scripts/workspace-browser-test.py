#!/usr/bin/env python3
"""Browser test of the team's web workspace (`ospo serve`) in real headless
Chromium (Selenium with Debian's chromium-driver; axe-core through
axe-selenium-python).

Usage: scripts/workspace-browser-test.py [--ospo .build/debug/ospo] [--shots DIR]

The story of issue 17, through the pages a person uses:
- a consultant, a lead and a viewer each choose their password from the
  one-time link `ospo user add` printed, then log in;
- the consultant starts an assessment, invites two respondents, and both
  answer through their private links; the consultant sees the scorecard
  change, raises the capacity in the profile, sees the plan change and
  accepts it as the roadmap;
- the lead records a measure reading and sees the objective's status change;
- the viewer reads the executive summary but reaches no edit page (404).
axe-core checks every page visited (and the report documents shown in the
viewer's frame) for serious or critical violations. Screenshots at 1280 px
and 375 px wide go to --shots. Exits 1 on the first failure.
"""
import argparse, os, re, subprocess, tempfile

import browser_support
from browser_support import check, serve
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

parser = argparse.ArgumentParser()
parser.add_argument("--ospo", default=".build/debug/ospo")
parser.add_argument("--shots", default="workspace-shots")
parser.add_argument("--port", type=int, default=18282)
args = parser.parse_args()
os.makedirs(args.shots, exist_ok=True)
folder = tempfile.mkdtemp(prefix="workspace-browser-")
env = dict(os.environ, OSPO_DB=os.path.join(folder, "team.sqlite"))
base = f"http://127.0.0.1:{args.port}"
password = "harbour lights at dusk"
checked_pages = set()


def ospo(*arguments):
    return subprocess.run([args.ospo, *arguments], env=env, check=True, capture_output=True, text=True).stdout


def browser():
    return browser_support.browser(width=1280)


def accessible(driver, page):
    browser_support.accessible(driver, page)
    checked_pages.add(page)


def shoot(driver, name):
    browser_support.shoot(driver, args.shots, name, back_to=1280)


def submit(driver, button_text=None, form=None):
    """Clicks a submit button (by its text, else the form's first) and waits for the next page."""
    page = driver.find_element(By.TAG_NAME, "html")
    if button_text:
        button = driver.find_element(By.XPATH, f"//button[normalize-space()={xpath_literal(button_text)}]")
    else:
        button = (form or driver).find_element(By.CSS_SELECTOR, "button[type=submit]")
    button.click()
    WebDriverWait(driver, 20).until(lambda _: replaced(page))


def replaced(element):
    """Whether the page `element` belonged to has been replaced by the next
    (Chromium may answer "no such node" rather than "stale" for it)."""
    try:
        element.is_enabled()
        return False
    except WebDriverException:
        return True


def xpath_literal(text):
    return f'"{text}"' if '"' not in text else "concat('" + text.replace("'", "',\"'\",'") + "')"


def main_text(driver):
    return driver.find_element(By.TAG_NAME, "main").text


def set_up_and_log_in(driver, link, name):
    """Chooses the password from the setup link, then logs in."""
    driver.get(link)
    check("Choose your password" in driver.page_source, f"{name}'s setup link opens the password page")
    if "setup" not in checked_pages:
        accessible(driver, "setup")
        shoot(driver, "setup")
    driver.find_element(By.NAME, "password").send_keys(password)
    driver.find_element(By.NAME, "repeat").send_keys(password)
    submit(driver, "Set the password")
    check("/login" in driver.current_url and "Your password is set" in driver.page_source,
          f"{name}'s password is set and the login page says so")
    if "login" not in checked_pages:
        accessible(driver, "login")
        shoot(driver, "login")
    driver.find_element(By.NAME, "name").send_keys(name)
    driver.find_element(By.NAME, "password").send_keys(password)
    submit(driver, "Log in")
    check(driver.current_url.rstrip("/") == base, f"{name} is logged in and sees the organisations")


def wait_saved(driver, question):
    WebDriverWait(driver, 20).until(lambda d: "Saved" in d.find_element(By.CSS_SELECTOR, f"#q-{question} .status").text)


def answer_everything(driver, home):
    """Answers every question shown, section by section, with its first
    option (follow-ups included as they appear); returns how many."""
    answered = 0
    number = 1
    while True:
        driver.get(f"{home}/section/{number}")
        if not driver.find_elements(By.CSS_SELECTOR, "form[data-save]"):
            return answered
        while True:
            open_questions = [q for q in driver.find_elements(By.CSS_SELECTOR, ".question[data-question]")
                              if q.is_displayed() and not q.find_elements(By.CSS_SELECTOR, "input[type=radio]:checked")]
            if not open_questions:
                break
            question = open_questions[0]
            question.find_element(By.CSS_SELECTOR, "input[type=radio]").click()
            wait_saved(driver, question.get_attribute("data-question"))
            answered += 1
        number += 1
        if "/finish" in driver.current_url:
            return answered


def visit(driver, path, page, shot=None):
    driver.get(base + path)
    check("Page not found" not in driver.page_source, f"{page} ({path}) opens")
    accessible(driver, page)
    if shot:
        shoot(driver, shot)


ospo("init")
ospo("org", "add", "Harbour Tools")
links = {}
for name, role, scope in [("cy", "consultant", []), ("lee", "lead", ["--org", "harbour-tools"]),
                          ("vi", "viewer", ["--org", "harbour-tools"])]:
    printed = ospo("user", "add", name, "--role", role, *scope, "--base-url", base)
    links[name] = re.search(r"http://\S+/setup/\S+", printed).group(0)
server = serve(args.ospo, args.port, env, base_url=base)

org = "/o/harbour-tools"
try:
    # ---- The consultant: an assessment, two invitations.
    cy = browser()
    set_up_and_log_in(cy, links["cy"], "cy")
    accessible(cy, "organisations")
    shoot(cy, "home")
    visit(cy, org, "the organisation's page")
    Select(cy.find_element(By.NAME, "questionnaire")).select_by_value("ospo-interview")
    submit(cy, "Start the assessment")
    assessment = re.search(r"/a/(\d+)", cy.current_url)
    check(assessment is not None, f"starting an assessment leads to its page ({cy.current_url})")
    assessment_path = f"{org}/a/{assessment.group(1)}"
    accessible(cy, "the scorecard")
    before = main_text(cy)
    visit(cy, assessment_path + "/invitations", "the invitations")
    cy.find_element(By.NAME, "list").send_keys("Rosa Lind, ospo-lead\nSam Okafor, executive")
    submit(cy, "Make the links")
    respondent_links = [field.get_attribute("value") for field in cy.find_elements(By.CSS_SELECTOR, "input[readonly]")]
    respondent_links = [link for link in respondent_links if "/r/" in link]
    check(len(respondent_links) == 2, "two private links are shown once, to copy"
          + ("" if len(respondent_links) == 2 else f" (at {cy.current_url}: {main_text(cy)[:1500]!r})"))
    accessible(cy, "the new links")
    shoot(cy, "invitations-made")

    # ---- Both respondents answer through their links: the OSPO lead every
    # question put to them (the first option of each, so that the plan has
    # gaps to close), the executive two.
    for index, link in enumerate(respondent_links):
        respondent = browser()
        respondent.get(link)
        home = respondent.current_url
        respondent.find_element(By.LINK_TEXT, "Start").click()
        if index == 0:
            answered = answer_everything(respondent, home)
            check(answered > 50, f"the OSPO lead answered every question put to them ({answered}) through the link")
        else:
            for question in ("STR-01", "STR-03"):
                respondent.find_element(By.CSS_SELECTOR, f"input[name='choice.{question}'][value='yes']").click()
                wait_saved(respondent, question)
            check(True, "the executive answered STR-01 and STR-03 through the link")
        respondent.quit()

    visit(cy, assessment_path, "the scorecard after the answers", shot="scorecard")
    check(main_text(cy) != before, "the consultant sees the scorecard change with the answers")
    visit(cy, assessment_path + "/invitations", "the invitations with progress", shot="invitations")
    check("started" in main_text(cy) or "finished" in main_text(cy), "the invitations show who has started")

    # ---- Raise capacity in the profile, see the plan change, accept it.
    visit(cy, org + "/plan", "the plan")
    visit(cy, org + "/profile", "the profile editor")
    capacity = cy.find_element(By.NAME, "capacity")
    old_capacity = capacity.get_attribute("value")
    capacity.clear()
    capacity.send_keys("90")
    submit(cy, "Save and show the plan")
    check(cy.find_element(By.NAME, "capacity").get_attribute("value") == "90", "the edited capacity is kept")
    check("of 90 person-days" in main_text(cy),
          f"the edited plan beside the current one plans with the new capacity ({old_capacity} → 90 person-days a phase)")
    accessible(cy, "the edited plan")
    shoot(cy, "profile")
    submit(cy, "Accept this plan as the roadmap")
    check("accepted=1" in cy.current_url, "the plan is accepted as the roadmap"
          + ("" if "accepted=1" in cy.current_url else f" (at {cy.current_url}: {main_text(cy)[:800]!r})"))
    visit(cy, org + "/reports", "the reports", shot="reports")
    visit(cy, org + "/history", "the history")
    check("account:cy" in main_text(cy), "the history names the consultant's account")
    cy.quit()

    # ---- The lead: record a reading, see the status change.
    lee = browser()
    set_up_and_log_in(lee, links["lee"], "lee")
    visit(lee, org + "/objectives", "the objectives board", shot="board")
    objective_links = [a.get_attribute("href") for a in lee.find_elements(By.CSS_SELECTOR, "main a[href*='/objectives/']")]
    check(objective_links, "the board lists the roadmap's objectives")
    measured = None
    for href in objective_links:
        lee.get(href)
        if lee.find_elements(By.NAME, "measure"):
            measured = href
            break
    check(measured is not None, "an objective with a measure has the reading form")
    accessible(lee, "an objective")
    status_before = lee.find_element(By.CSS_SELECTOR, ".status-line .badge").text
    target_text = re.search(r"Target: \D*?(-?[0-9][0-9.,]*)", main_text(lee))
    check(target_text is not None, "the objective shows its measure's target")
    target = target_text.group(1).replace(",", "")
    lee.find_element(By.NAME, "value").send_keys(target)
    submit(lee, "Record the reading")
    check("Page not found" not in lee.page_source and lee.find_elements(By.CSS_SELECTOR, ".status-line .badge"),
          "the reading is recorded and the objective shown again")
    status_after = lee.find_element(By.CSS_SELECTOR, ".status-line .badge").text
    check(status_after != status_before, f"the objective's status changed with the reading ({status_before!r} → {status_after!r})")
    shoot(lee, "objective")
    visit(lee, org + "/progress", "the progress report", shot="progress")
    lee.quit()

    # ---- The viewer: reads, and reaches no edit page.
    vi = browser()
    set_up_and_log_in(vi, links["vi"], "vi")
    visit(vi, org + "/executive", "the executive summary", shot="executive")
    frame = vi.find_elements(By.TAG_NAME, "iframe")
    if frame:
        vi.get(frame[0].get_attribute("src"))
        accessible(vi, "the executive summary's document")
    visit(vi, org + "/roadmap", "the roadmap")
    for path in (org + "/profile", assessment_path + "/invitations", org + "/objectives", "/accounts"):
        vi.get(base + path)
        check("Page not found" in vi.page_source, f"the viewer gets 'Page not found' at {path}")
    accessible(vi, "the page-not-found page")
    vi.get(base + "/")
    submit(vi, "Log out")
    check("/login" in vi.current_url and "You are logged out" in vi.page_source, "logging out returns to the login page")
    vi.quit()
finally:
    server.terminate()
    server.wait(timeout=30)
print(f"workspace browser test passed; axe checked {len(checked_pages)} pages")
