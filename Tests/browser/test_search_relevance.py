"""Ranked search finds procedures in citizens' words: abbreviations, everyday phrasing, typos."""

from __future__ import annotations

import json

import browser_support as support
import search_relevance

SEARCH = support.PAGES["search"]
# Measured on the sample site: hit@5 100 %, nothing without a result (Benchmarks/README.md).
HIT5_FLOOR = 0.95


def test_the_relevance_set_finds_every_query_and_most_in_the_first_five(open_page, site):
    driver = open_page(SEARCH)
    index = json.loads((site / "tim-kiem" / "chi-muc.json").read_text(encoding="utf-8"))
    figures = search_relevance.measure(driver, index)
    assert figures["queries"] >= 60
    assert not figures["empty"], f"queries without a result: {figures['empty']}"
    assert figures["hit5"] >= HIT5_FLOOR, (
        f"{search_relevance.summary(figures)}; not in the first five: {figures['missed']}")


def run(driver, query: str) -> list[str]:
    driver.set_script_timeout(30)
    return driver.execute_async_script(
        "const done = arguments[1]; window.__search.ready.then(() => done(window.__search.run(arguments[0])));", query)


def test_an_abbreviation_finds_the_title_written_out_and_the_page_says_how_it_understood(open_page):
    driver = open_page(SEARCH)
    support.type_into(support.search_input(driver), "rut bhxh 1 lan")
    results = support.wait_for_first_result(driver, "1.014173")
    assert results and results[0]["code"] == "1.014173", results[:3]
    said = support.wait_until(lambda: "bảo hiểm xã hội một" in (support.status_text(driver) or "") and support.status_text(driver))
    assert said and said.startswith("Kết quả cho"), f"the status says {support.status_text(driver)!r}"


def test_matched_words_of_the_title_are_marked_as_text(open_page):
    driver = open_page(SEARCH)
    support.type_into(support.search_input(driver), "thai san")
    support.wait_for_first_result(driver, "2.000693")
    marks = driver.execute_script(
        "const a = document.querySelector('#ket-qua li a');"
        "return {marks: [...a.querySelectorAll('mark')].map((m) => m.textContent), text: a.textContent};")
    assert marks["marks"] == ["thai", "sản"], marks
    assert marks["text"] == "Giải quyết hưởng chế độ thai sản"


def test_a_word_one_typo_away_still_finds_below_the_exact_spelling(open_page):
    driver = open_page(SEARCH)
    typo = run(driver, "luong huw")
    exact = run(driver, "luong huu")
    assert typo and typo[0] in ("1.014171", "1.014172", "1.001742"), typo[:5]
    assert set(typo[:5]) & set(exact[:5]), (typo[:5], exact[:5])


def test_words_of_one_or_two_letters_are_never_corrected(open_page):
    driver = open_page(SEARCH)
    # `xz` is one edit from `xa`, a word of many titles; the trailing space ends the word.
    assert run(driver, "xz ") == []
    assert set(run(driver, "thai xz ")) == set(run(driver, "thai "))


def test_every_word_found_ranks_above_some_words_found(open_page):
    driver = open_page(SEARCH)
    # Only the maternity procedures have both; many titles have `hưởng`, or `con`.
    codes = run(driver, "hưởng thai sản sinh con")
    assert set(codes[:2]) == {"2.000693", "1.014166"}, codes[:5]
    assert len(codes) > 2


def test_a_procedure_with_every_word_ranks_above_a_closer_title_missing_one(open_page):
    driver = open_page(SEARCH)
    # 1.001632 (`… bị TNLĐ lần đầu`) has every word but `hai`; 1.001643's keywords say `lần hai`.
    codes = run(driver, "bị tai nạn lao động lần hai")
    assert codes[:2] == ["1.001643", "1.001632"], codes[:5]


def test_a_title_that_starts_with_the_query_ranks_above_a_shorter_one_saying_it_later(open_page):
    driver = open_page(SEARCH)
    # 1.001710 (`Giải quyết điều chỉnh, hủy quyết định, …`) is the shorter title; 1.014162
    # (`Điều chỉnh thông tin …`) is about what was typed.
    codes = run(driver, "điều chỉnh")
    assert codes[:2] == ["1.014162", "1.001710"], codes[:5]


def test_stop_words_alone_rank_titles_that_have_them(open_page):
    driver = open_page(SEARCH)
    codes = run(driver, "thủ tục")
    assert codes[:2] == ["1.014137", "1.014140"], codes


def test_a_query_without_result_suggests_the_catalogue_and_the_portal(open_page):
    driver = open_page(SEARCH)
    field = support.search_input(driver)
    support.type_into(field, "xyzzy khongcothutucnay")
    shown = support.wait_until(lambda: driver.execute_script("return !document.getElementById('tim-kiem-khong-co').hidden"))
    assert shown, "no suggestion is shown when nothing is found"
    links = driver.execute_script(
        "return [...document.querySelectorAll('#tim-kiem-khong-co a')].map((a) => a.getAttribute('href'));")
    assert "/thu-tuc/" in links and any(link.startswith("https://dichvucong.gov.vn") for link in links), links
    support.type_into(field, "thai san")
    support.wait_for_first_result(driver, "2.000693")
    hidden = support.wait_until(lambda: driver.execute_script("return document.getElementById('tim-kiem-khong-co').hidden"))
    assert hidden, "the suggestion stays when results are shown"


def test_query_words_side_by_side_in_a_title_rank_above_the_same_words_apart(open_page, site):
    driver = open_page(SEARCH)
    index = json.loads((site / "tim-kiem" / "chi-muc.json").read_text(encoding="utf-8"))
    titles = {p["code"]: support.fold(p["title"]) for p in index["procedures"]}
    codes = run(driver, "chế độ bảo hiểm")
    # Many shorter titles say `chế độ`, with `bảo hiểm` among the procedure's other words;
    # one that says `chế độ bảo hiểm` comes first.
    assert codes and "che do bao hiem" in titles[codes[0]], [(c, titles[c]) for c in codes[:4]]
    assert len([c for c in codes if "che do bao hiem" not in titles[c]]) > 2
