"""Keyboard only: the skip link comes first, and a search can be made and opened without a pointer."""

from __future__ import annotations

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

import browser_support as support

QUERY = "thai san"

ACTIVE_JS = r"""
const a = document.activeElement;
if (!a || a === document.body) return {tag: a ? 'body' : null};
let path = null;
try { path = a.href ? new URL(a.href, location.href).pathname : null; } catch (e) {}
return {tag: a.tagName.toLowerCase(), id: a.id, type: a.type || null, href: a.getAttribute('href'), path,
        text: (a.textContent || '').trim(), inMain: !!a.closest('main'), isMain: a.tagName === 'MAIN',
        code: a.closest('tr[data-code]') ? a.closest('tr[data-code]').dataset.code : null};
"""


def press(driver, *keys):
    ActionChains(driver).send_keys(*keys).perform()


def active(driver) -> dict:
    return driver.execute_script(ACTIVE_JS)


def tab_until(driver, wanted, limit: int) -> tuple[dict | None, list[dict]]:
    """Presses Tab until wanted(active element) holds; returns it and the path walked."""
    walked = []
    for _ in range(limit):
        press(driver, Keys.TAB)
        now = active(driver)
        walked.append(now)
        if wanted(now):
            return now, walked
    return None, walked


def summary(walked: list[dict]) -> str:
    return " → ".join(f"{w.get('tag')}#{w.get('id') or ''}[{w.get('href') or w.get('type') or ''}]" for w in walked[-40:])


def test_the_first_tab_reaches_the_skip_link_and_enter_moves_focus_to_main(open_page):
    driver = open_page("/")
    press(driver, Keys.TAB)
    first = active(driver)
    assert first.get("tag") == "a" and first.get("href") == "#noi-dung", f"the first Tab focused {first}"
    assert first["text"] == "Chuyển đến nội dung chính"
    assert driver.execute_script(
        "const r = document.activeElement.getBoundingClientRect(); return r.width > 1 && r.height > 1 && r.bottom > 0"
    ), "the focused skip link is not visible on screen"
    press(driver, Keys.ENTER)
    assert support.wait_until(lambda: driver.execute_script("return location.hash") == "#noi-dung", timeout=3)
    now = active(driver)
    assert now.get("isMain") or now.get("inMain"), (
        f"after Enter on the skip link focus is on {now}, not on main#noi-dung (main needs tabindex=\"-1\")"
    )
    following, walked = tab_until(driver, lambda a: a.get("tag") != "body", limit=1)
    assert following and following.get("inMain"), f"the next Tab after the skip link left main: {summary(walked)}"


def test_with_the_keyboard_alone_a_user_searches_and_opens_the_first_result(open_page, base_url):
    driver = open_page("/")
    field, walked = tab_until(driver, lambda a: a.get("tag") == "input" and a.get("type") == "search", limit=40)
    assert field, f"Tab never reached a search field on /: {summary(walked)}"
    press(driver, QUERY)
    press(driver, Keys.ENTER)
    landed = support.wait_until(
        lambda: support.path_of(driver.current_url) in ("/thu-tuc/", "/tim-kiem/")
        and support.query_params(driver.current_url).get("q") == [QUERY]
    )
    assert landed, f"Enter in the search field led to {driver.current_url}"
    support.wait_for_load(driver)
    page = support.path_of(driver.current_url)

    if page == "/tim-kiem/":
        results = support.wait_for_first_result(driver, "2.000693")
        assert results, "the search page shows no result for the query from the address"
        first_code = results[0]["code"]
    else:
        def first_visible():
            codes = support.visible_codes(driver)
            total = len(support.catalogue_rows(driver))
            return codes[0] if codes and len(codes) < total else None

        first_code = support.wait_until(first_visible)
        assert first_code, f"the catalogue did not narrow its rows to the query {QUERY!r} from the address"
        row = next(r for r in support.catalogue_rows(driver) if r["code"] == first_code)
        assert all(" " + w in " " + row["text"] for w in QUERY.split()), f"first row {first_code} does not match {QUERY!r}"

    target = f"/thu-tuc/{first_code}/"
    link, walked = tab_until(driver, lambda a: a.get("tag") == "a" and a.get("path") == target, limit=120)
    assert link, f"Tab never reached the first result {target} on {page}: {summary(walked)}"
    skipped = [w for w in walked[:-1] if w.get("tag") == "a" and support.PROCEDURE_PATH.match(w.get("path") or "")]
    assert not skipped, f"Tab reached other procedure links before the first result: {summary(skipped)}"
    press(driver, Keys.ENTER)
    assert support.wait_until(lambda: support.path_of(driver.current_url) == target), (
        f"Enter on the first result led to {driver.current_url}, expected {target}"
    )
    support.wait_for_load(driver)
    heading = driver.execute_script("const h = document.querySelector('main h1'); return h && h.textContent.trim()")
    assert heading, f"{target} has no h1"
    code_shown = driver.execute_script("return document.querySelector('main').textContent.includes(arguments[0])", first_code)
    assert code_shown, f"the procedure page {target} does not show its code"
