"""Page weight budgets: a procedure page is light and runs no script; all scripts together are small."""

from __future__ import annotations

import html.parser
from urllib.parse import urlparse

import browser_support as support

KB = 1024
PROCEDURE = support.PAGES["procedure in force"]


class Stylesheets(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "link" and "stylesheet" in (a.get("rel") or "").lower().split() and a.get("href"):
            self.hrefs.append(a["href"])


def procedure_html(site):
    return site / PROCEDURE.strip("/") / "index.html"


def test_the_html_and_css_of_a_procedure_page_weigh_at_most_60_kb(site):
    page = procedure_html(site)
    parser = Stylesheets()
    parser.feed(page.read_text(encoding="utf-8"))
    assert parser.hrefs, f"{PROCEDURE} links no stylesheet"
    sizes = {PROCEDURE: page.stat().st_size}
    for href in parser.hrefs:
        url = urlparse(href)
        assert not url.netloc, f"stylesheet from another host: {href}"
        css = site / url.path.lstrip("/")
        assert css.is_file(), f"{PROCEDURE} links {href}, which the site does not have"
        sizes[href] = css.stat().st_size
    total = sum(sizes.values())
    detail = ", ".join(f"{name} {size / KB:.1f} KB" for name, size in sizes.items())
    assert total <= 60 * KB, f"HTML + CSS of {PROCEDURE} weigh {total / KB:.1f} KB > 60 KB: {detail}"


def test_all_scripts_under_assets_weigh_at_most_20_kb_together(site):
    scripts = sorted((site / "assets").rglob("*.js"))
    total = sum(f.stat().st_size for f in scripts)
    detail = ", ".join(f"{f.relative_to(site)} {f.stat().st_size / KB:.1f} KB" for f in scripts)
    assert total <= 20 * KB, f"the scripts under /assets/ weigh {total / KB:.1f} KB > 20 KB: {detail}"


def test_a_procedure_page_loads_no_script(site):
    text = procedure_html(site).read_text(encoding="utf-8")
    assert "<script" not in text.lower(), f"{PROCEDURE} contains a <script> element"
