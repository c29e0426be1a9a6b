"""Long lists: a field's own page of the catalogue, and the numbered pages of each list.

The sample site fits every list on one page, so the tests of numbered pages skip on it. To run
them, build a generated site with lists longer than a page and point the suite at it:

    .build/debug/make-corpus --procedures 2000 --decisions 250 --feedback 450 --output /tmp/lists
    cp -r templates /tmp/lists/ && .build/debug/build-site --root /tmp/lists --output /tmp/lists-out
    bash scripts/browser-test /tmp/lists-out -k test_pagination
"""

from __future__ import annotations

import json
import re
import subprocess

import pytest

import browser_support as support
from test_accessibility import run_axe
from test_layout import OVERFLOW_JS, emulate

FIELD_PAGE = support.PAGES["field page"]
PAGE_FOLDER = re.compile(r"/trang-(\d+)/$")

PAGINATION_JS = r"""
const nav = document.querySelector('nav.pagination');
if (!nav) return null;
const href = (sel) => { const a = nav.querySelector(sel); return a ? new URL(a.href).pathname : null; };
return {label: nav.getAttribute('aria-label'), status: (nav.querySelector('.pagination__status') || {}).textContent,
        current: Array.from(nav.querySelectorAll('a[aria-current=page]'), (a) => new URL(a.href).pathname),
        prev: href('a[rel=prev]'), next: href('a[rel=next]')};
"""


@pytest.fixture(scope="module")
def numbered(site) -> list[str]:
    """Addresses of every numbered page (`.../trang-n/`) of the site under test."""
    found = sorted("/" + str(p.parent.relative_to(site)) + "/" for p in site.rglob("trang-*/index.html"))
    if not found:
        pytest.skip(f"{site} has no list longer than a page; build a generated site to test numbered pages (see this file)")
    return found


def first_page(address: str) -> str:
    return PAGE_FOLDER.sub("/", address)


def second_page_of(numbered: list[str], prefix: str) -> str:
    pages = [a for a in numbered if a.startswith(prefix) and a.endswith("/trang-2/")]
    if not pages:
        pytest.skip(f"no list under {prefix} is longer than a page on this site")
    return pages[0]


def test_the_field_page_filters_its_rows_and_offers_no_field_choice(open_page):
    driver = open_page(FIELD_PAGE)
    rows = support.catalogue_rows(driver)
    assert rows and all(r["visible"] for r in rows)
    assert len({r["field"] for r in rows}) == 1, "a field's page lists one field"
    assert driver.execute_script("return document.querySelector('main form [name=\"linh-vuc\"]')") is None
    values = sorted({r["online"] for r in rows})
    value = next((v for v in values if 0 < sum(r["online"] == v for r in rows) < len(rows)), None)
    if value is None:
        pytest.skip(f"every procedure of {FIELD_PAGE} has the same online level")
    support.choose(driver, support.filter_control(driver, value), value)
    expected = sorted(r["code"] for r in rows if r["online"] == value)
    assert support.wait_until(lambda: sorted(support.visible_codes(driver)) == expected), (
        f"online level {value!r}: visible {sorted(support.visible_codes(driver))}, expected {expected}"
    )


@pytest.mark.parametrize("prefix", ["/thu-tuc/linh-vuc/", "/dich-vu-cong-truc-tuyen/", "/quyet-dinh/", "/phan-anh-kien-nghi/"])
def test_a_numbered_page_marks_itself_and_its_links_lead_back_and_on(open_page, numbered, prefix):
    second = second_page_of(numbered, prefix)
    driver = open_page(second)
    nav = driver.execute_script(PAGINATION_JS)
    assert nav, f"{second} has no nav.pagination"
    assert nav["label"], "the page navigation has no accessible name"
    assert re.fullmatch(r"Trang 2/\d+", nav["status"].strip()), nav["status"]
    assert nav["current"] == [second]
    assert nav["prev"] == first_page(second)
    driver.find_element("css selector", "nav.pagination a[rel=prev]").click()
    assert support.wait_until(lambda: support.path_of(driver.current_url) == first_page(second))
    support.wait_for_load(driver)
    back = driver.execute_script(PAGINATION_JS)
    assert back["current"] == [first_page(second)] and back["prev"] is None and back["next"] == second


def test_filters_on_a_numbered_page_say_they_cover_that_page(open_page, numbered):
    second = second_page_of(numbered, "/thu-tuc/linh-vuc/")
    driver = open_page(second)
    rows = support.catalogue_rows(driver)
    online = sorted({r["online"] for r in rows})
    value = online[0]
    support.choose(driver, support.filter_control(driver, value), value)
    expected = sorted(r["code"] for r in rows if r["online"] == value)
    assert support.wait_until(lambda: sorted(support.visible_codes(driver)) == expected)
    assert support.wait_until(lambda: (support.status_text(driver) or "").endswith("trên trang này")), support.status_text(driver)


@pytest.fixture(scope="module")
def axe_script():
    return support.axe_source()


@pytest.mark.parametrize("prefix", ["/thu-tuc/linh-vuc/", "/dich-vu-cong-truc-tuyen/", "/quyet-dinh/", "/phan-anh-kien-nghi/"])
def test_a_numbered_page_has_no_wcag_a_or_aa_violation_under_axe(open_page, numbered, axe_script, prefix):
    second = second_page_of(numbered, prefix)
    run_axe(open_page(second), axe_script, second)


def test_the_catalogue_listing_fields_has_no_wcag_a_or_aa_violation_under_axe(open_page, numbered, axe_script):
    driver = open_page(support.PAGES["catalogue"])
    assert not support.catalogue_rows(driver), "a catalogue longer than a page lists fields, not rows"
    run_axe(driver, axe_script, "/thu-tuc/ listing fields")


def test_a_numbered_page_does_not_scroll_sideways_at_320_px(driver, open_page, numbered):
    emulate(driver, 320)
    for prefix in ("/thu-tuc/linh-vuc/", "/dich-vu-cong-truc-tuyen/"):
        second = second_page_of(numbered, prefix)
        open_page(second)
        m = driver.execute_script(OVERFLOW_JS)
        assert m["scrollWidth"] <= m["innerWidth"] == 320, f"{second} at 320 px: {', '.join(m['wide'])}"


def test_the_list_pages_have_no_nu_html_checker_error(site, numbered):
    """The Nu checker over the lists only: a generated site has too many pages to check them all."""
    lists = ["thu-tuc", "dich-vu-cong-truc-tuyen", "quyet-dinh", "phan-anh-kien-nghi"]
    files = [site / folder / "index.html" for folder in lists]
    files += sorted((site / "thu-tuc" / "linh-vuc").rglob("index.html"))
    files += [site / a.strip("/") / "index.html" for a in numbered if not a.startswith("/thu-tuc/")]
    command = ["java", "-jar", str(support.vnu_jar()), "--errors-only", "--format", "json", "--exit-zero-always"]
    completed = subprocess.run(command + [str(f) for f in files], capture_output=True, text=True, timeout=300)
    messages = json.loads(completed.stderr.strip() or completed.stdout.strip())["messages"]
    problems = [m for m in messages if m.get("type") in ("error", "non-document-error")]
    assert not problems, "\n".join(f"{m.get('url')}:{m.get('lastLine')}: {m.get('message')}" for m in problems[:30])
