"""Instant search on /tim-kiem/: accents, case and đ/d fold; the query lives in the address."""

from __future__ import annotations

import re

import pytest

import browser_support as support

SEARCH = support.PAGES["search"]
MATERNITY = "2.000693"
MATERNITY_TITLE = "Giải quyết hưởng chế độ thai sản"


def numbers_in(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\d+", text or "")]


def describe(results: list[dict]) -> str:
    return ", ".join(f"{r['code']} {r['title']!r}" for r in results[:8]) or "no result"


@pytest.mark.parametrize("query", ["thai san", "THAI SẢN", "thai sản"])
def test_typing_maternity_in_any_case_or_accent_shows_the_maternity_procedure_first(open_page, query):
    driver = open_page(SEARCH)
    support.type_into(support.search_input(driver), query)
    results = support.wait_for_first_result(driver, MATERNITY)
    assert results and results[0]["code"] == MATERNITY, f"{query!r} gave: {describe(results)}"
    assert MATERNITY_TITLE in results[0]["title"]


def test_typing_a_procedure_code_shows_that_procedure_first(open_page):
    driver = open_page(SEARCH)
    support.type_into(support.search_input(driver), MATERNITY)
    results = support.wait_for_first_result(driver, MATERNITY)
    assert results and results[0]["code"] == MATERNITY, f"'{MATERNITY}' gave: {describe(results)}"


def test_a_query_without_the_d_stroke_finds_titles_written_with_it(open_page, site):
    driver = open_page(SEARCH)
    field = support.search_input(driver)
    support.type_into(field, "dang ky")
    found = support.wait_until(
        lambda: [r for r in support.search_results(driver) if "đăng ký" in r["title"].lower()]
    )
    assert found, f"'dang ky' found no title with 'Đăng ký': {describe(support.search_results(driver))}"
    plain = support.search_results(driver)
    # The same query written with the letter đ gives the same results.
    support.type_into(field, "đăng ký")
    same = support.wait_until(lambda: support.search_results(driver) == plain and plain)
    assert same, f"'đăng ký' gave {describe(support.search_results(driver))}, 'dang ky' gave {describe(plain)}"


def test_the_query_is_kept_in_the_address_and_a_reload_shows_the_same_results(open_page):
    driver = open_page(SEARCH)
    support.type_into(support.search_input(driver), "thai sản")
    results = support.wait_for_first_result(driver, MATERNITY)
    assert results and results[0]["code"] == MATERNITY, describe(results)
    in_address = support.wait_until(lambda: support.query_params(driver.current_url).get("q") == ["thai sản"])
    assert in_address, f"the address does not carry ?q=thai sản: {driver.current_url}"
    address = driver.current_url
    driver.refresh()
    support.wait_for_load(driver)
    assert driver.current_url == address
    again = support.wait_for_first_result(driver, MATERNITY)
    assert again == results, f"after a reload: {describe(again)}; before: {describe(results)}"
    assert support.search_input(driver).get_attribute("value") == "thai sản"


def test_opening_an_address_with_a_query_shows_its_results(open_page, base_url):
    driver = open_page(SEARCH + "?q=thai+san")
    results = support.wait_for_first_result(driver, MATERNITY)
    assert results and results[0]["code"] == MATERNITY, describe(results)


def test_the_status_region_announces_how_many_procedures_were_found(open_page):
    driver = open_page(SEARCH)
    status = driver.execute_script(
        "const s = document.querySelector('main [role=status], main [aria-live]');"
        "return s && {role: s.getAttribute('role'), live: s.getAttribute('aria-live')};"
    )
    assert status, "the search page has no status region (role=status or aria-live) in main"
    assert status["role"] == "status" or status["live"] in ("polite", "assertive"), status
    support.type_into(support.search_input(driver), "thai san")
    results = support.wait_for_first_result(driver, MATERNITY)
    assert results
    text = support.wait_until(lambda: (support.status_text(driver) or "") if numbers_in(support.status_text(driver)) else "")
    assert text, f"the status region says {support.status_text(driver)!r} after finding {len(results)} procedures"
    counts = numbers_in(text)
    assert len(results) in counts or (max(counts) > len(results) >= 10), (
        f"the status says {text!r} but {len(results)} results are shown"
    )


def test_a_query_that_matches_nothing_shows_no_result_and_says_so(open_page):
    driver = open_page(SEARCH)
    support.type_into(support.search_input(driver), "xyzzy khongcothutucnay")
    says_none = lambda text: bool(text) and (0 in numbers_in(text) or "không" in text.lower())
    text = support.wait_until(lambda: says_none(support.status_text(driver)) and support.status_text(driver))
    assert text, f"the status says {support.status_text(driver)!r} when nothing matches"
    assert support.search_results(driver) == []


OTHER_RESULTS_JS = r"""
const section = document.getElementById('ket-qua-khac-muc');
if (!section || section.hidden) return [];
return Array.from(section.querySelectorAll('li'), (li) => ({
  url: new URL(li.querySelector('a').href).pathname, title: li.querySelector('a').textContent.trim(),
  meta: li.querySelector('.search-results__meta').textContent.trim()}));
"""


@pytest.mark.parametrize(
    "query, url, kind",
    [
        ("41/2024/QH15", "/van-ban/luat-41-2024-qh15/", "Văn bản"),
        ("VssID", "/tin-tuc/vssid-ho-tro-nop-ho-so-thai-san/", "Tin tức"),
    ],
)
def test_a_document_number_and_a_news_title_word_find_their_pages_labelled_as_such(open_page, site, query, url, kind):
    assert (site / url.strip("/") / "index.html").is_file(), f"the sample site has no page {url}"
    driver = open_page(SEARCH)
    support.type_into(support.search_input(driver), query)
    found = support.wait_until(lambda: [r for r in driver.execute_script(OTHER_RESULTS_JS) if r["url"] == url])
    assert found, f"{query!r} listed {driver.execute_script(OTHER_RESULTS_JS)}, not {url}"
    assert found[0]["meta"].startswith(kind + " · "), found[0]
    # A query that matches neither hides the section again.
    support.type_into(support.search_input(driver), "xyzzy")
    hidden = "return document.getElementById('ket-qua-khac-muc').hidden"
    assert support.wait_until(lambda: driver.execute_script(hidden)), "the section stays shown"
