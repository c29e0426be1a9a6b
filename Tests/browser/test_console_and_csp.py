"""No console error and no Content Security Policy violation, served with default-src 'self'."""

from __future__ import annotations

import html.parser
import re
import time

import pytest

import browser_support as support


def problems_on(driver, base_url, path) -> list[str]:
    ignore = base_url + path if path == support.PAGES["not found"] else None
    log = driver.get_log("browser")
    severe = [e for e in log if e.get("level") == "SEVERE"]
    if ignore:
        severe = [e for e in severe if not (e["message"].startswith(ignore) and "404" in e["message"])]
    found = [f"console {e['level']}: {e['message']}" for e in severe]
    found += [
        f"console CSP message: {e['message']}"
        for e in log
        if "Content Security Policy" in e.get("message", "") and e not in severe
    ]
    found += [
        f"CSP violation: {v['directive']} blocked {v['blocked'] or 'inline'} at {v['source']}:{v['line']} {v['sample'] or ''}"
        for v in support.csp_violations(driver)
    ]
    return found


def test_the_test_server_sends_the_content_security_policy_header(base_url):
    import urllib.request

    with urllib.request.urlopen(base_url + "/") as response:
        header = response.headers["Content-Security-Policy"] or ""
    # Ours sends exactly the pages' policy; nginx (scripts/nginx-test) adds directives to it.
    directives = [d.strip() for d in header.split(";")]
    assert support.CSP in directives, f"the server sends Content-Security-Policy: {header!r}, without {support.CSP!r}"


def test_the_violation_listener_sees_an_inline_script_blocked_by_the_policy(open_page, base_url):
    driver = open_page("/")
    driver.execute_script(
        "const s = document.createElement('script'); s.textContent = 'window.__ran = 1'; document.body.append(s);"
    )
    assert support.wait_until(lambda: support.csp_violations(driver)), "no securitypolicyviolation event was seen"
    assert driver.execute_script("return window.__ran === undefined")


@pytest.mark.parametrize("path", list(support.PAGES.values()), ids=list(support.PAGES.keys()))
def test_every_kind_of_page_loads_without_console_errors_or_csp_violations(open_page, base_url, path):
    driver = open_page(path)
    time.sleep(0.3)  # let deferred scripts and late requests settle
    found = problems_on(driver, base_url, path)
    assert not found, f"{path}:\n" + "\n".join(found)


def test_the_search_page_after_typing_a_query_has_no_console_errors_or_csp_violations(open_page, base_url):
    path = support.PAGES["search"]
    driver = open_page(path)
    support.type_into(support.search_input(driver), "thai san")
    results = support.wait_for_first_result(driver, "2.000693")
    assert results, f"typing 'thai san' on {path} showed no result"
    support.wait_until(lambda: "q=" in driver.current_url, timeout=3)
    found = problems_on(driver, base_url, path)
    assert not found, f"{path} after typing 'thai san':\n" + "\n".join(found)


def test_the_catalogue_after_using_a_filter_has_no_console_errors_or_csp_violations(open_page, base_url):
    path = support.PAGES["catalogue"]
    driver = open_page(path)
    control = support.filter_control(driver, "full")
    assert control is not None, f"{path} has no filter control offering the online level 'full'"
    total = len(support.catalogue_rows(driver))
    support.choose(driver, control, "full")
    narrowed = support.wait_until(lambda: 0 < len(support.visible_codes(driver)) < total)
    assert narrowed, f"choosing the online level 'full' did not narrow the {total} rows of {path}"
    found = problems_on(driver, base_url, path)
    assert not found, f"{path} after filtering:\n" + "\n".join(found)


class PageScan(html.parser.HTMLParser):
    """Collects what a default-src 'self' policy forbids or needs, from one HTML file."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.csp_meta = []
        self.problems = []
        self.in_inline_script = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        line = self.getpos()[0]
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "content-security-policy":
            self.csp_meta.append(a.get("content") or "")
        if tag == "style":
            self.problems.append(f"{line}: <style> element")
        if tag == "script":
            if not a.get("src"):
                self.problems.append(f"{line}: inline <script>")
            elif re.match(r"^(https?:)?//", a["src"]):
                self.problems.append(f"{line}: third-party script {a['src']}")
        if tag in ("link", "img", "iframe", "source", "audio", "video", "embed", "object"):
            loads = tag != "link" or set((a.get("rel") or "").lower().split()) & {
                "stylesheet", "icon", "preload", "modulepreload", "manifest", "prefetch"}
            for key in ("src", "srcset", "data") + (("href",) if loads else ()):
                if re.match(r"^(https?:)?//", a.get(key) or ""):
                    self.problems.append(f"{line}: <{tag} {key}> loads from another host: {a[key]}")
        for key, value in attrs:
            if key == "style":
                self.problems.append(f"{line}: style= attribute on <{tag}>")
            if key.startswith("on"):
                self.problems.append(f"{line}: event-handler attribute {key}= on <{tag}>")
            if key in ("href", "src", "action") and (value or "").strip().lower().startswith("javascript:"):
                self.problems.append(f"{line}: javascript: URL in {key}= on <{tag}>")


def test_every_html_file_declares_the_policy_and_uses_nothing_it_forbids(site):
    files = sorted(site.rglob("*.html"))
    assert files
    failures = []
    for file in files:
        scan = PageScan()
        scan.feed(file.read_text(encoding="utf-8"))
        relative = file.relative_to(site)
        if scan.csp_meta != [support.CSP]:
            failures.append(f"{relative}: expected one <meta http-equiv=\"Content-Security-Policy\" "
                            f"content=\"{support.CSP}\">, found {scan.csp_meta}")
        failures += [f"{relative}:{p}" for p in scan.problems]
    assert not failures, f"{len(failures)} problem(s):\n" + "\n".join(failures[:200])
