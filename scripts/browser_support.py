"""What the browser tests of `ospo serve` share: starting the server and
waiting for it, a headless Chromium driven by Selenium (Debian's chromium
and chromium-driver), axe-core through axe-selenium-python, screenshots at
375 px and 1280 px wide, and one way to report a check."""
import os, subprocess, sys, time, urllib.request

from axe_selenium_python import Axe
from selenium import webdriver


def check(condition, message):
    """Prints `ok: message`, or `FAILED: message` and exits 1."""
    if not condition:
        print(f"FAILED: {message}")
        sys.exit(1)
    print(f"ok: {message}")


def serve(ospo, port, env, base_url=None):
    """Starts `ospo serve` on `port` and returns once /health answers."""
    arguments = [ospo, "serve", "--port", str(port)] + (["--base-url", base_url] if base_url else [])
    server = subprocess.Popen(arguments, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/health")
            break
        except OSError:
            time.sleep(0.1)
    return server


def browser(width=1280, scripts=True):
    """A headless Chromium, `width` px wide, with or without scripts."""
    options = webdriver.ChromeOptions()
    options.add_argument("--headless=new")
    options.add_argument("--no-sandbox")
    options.add_argument(f"--window-size={width},900")
    if not scripts:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.binary_location = "/usr/bin/chromium"
    return webdriver.Chrome(service=webdriver.ChromeService(executable_path="/usr/bin/chromedriver"), options=options)


def accessible(driver, page):
    """axe-core on the page in hand: no serious or critical violation."""
    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    bad = [v for v in results["violations"] if v.get("impact") in ("serious", "critical")]
    detail = "; ".join(f"{v['id']}: {v['help']} at {[n['target'] for n in v['nodes'][:3]]} "
                       f"{v['nodes'][0].get('failureSummary', '')[:300]}" for v in bad)
    check(not bad, f"axe: no serious or critical violation on {page}" + (f": {detail}" if bad else ""))


def shoot(driver, folder, name, back_to=375):
    """Full-page screenshots at 375 and 1280 px into `folder`; the window
    goes back to `back_to` px wide."""
    for width in (375, 1280):
        driver.set_window_size(width, 900)
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(width, min(height, 6000))
        driver.save_screenshot(os.path.join(folder, f"{name}-{width}.png"))
    driver.set_window_size(back_to, 900)
